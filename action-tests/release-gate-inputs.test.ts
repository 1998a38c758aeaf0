/**
 * Bad input to release-gate: each is one error line naming the input and the accepted form,
 * reported before any request (the GitHub stand-in sees none), with no stack trace and no output.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { type GitHubEmulator, startGitHub } from '@deploy-actions/harness/emulators/github'
import { inputsNamed, oneError } from './refusals.ts'
import { runStep } from '@deploy-actions/harness/runner'

describe('release-gate refuses bad input before any request', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await startGitHub()
  })
  afterAll(() => gh.close())

  const cases: Array<{ what: string; inputs: Record<string, string>; env?: Record<string, string>; error: RegExp }> = [
    {
      what: 'an override without a reason',
      inputs: { override: 'true' },
      error: /^Input 'override-reason' is required with override: true: say why/,
    },
    {
      what: 'an override reason too short to say anything',
      inputs: { override: 'true', 'override-reason': 'urgent' },
      error: /^Input 'override-reason' is required with override: true/,
    },
    {
      what: 'a reason without the override',
      inputs: { 'override-reason': 'because the CEO asked nicely' },
      error: /^Input 'override-reason' is only read with override: true/,
    },
    {
      what: 'an override that is not a boolean',
      inputs: { override: 'yes please' },
      error: /^Input 'override' must be true or false; got "yes please"$/,
    },
    {
      what: 'a window without hours',
      inputs: { windows: 'Tue-Thu' },
      error:
        /^Input 'windows' \(line 1\) must be a window such as "Tue-Thu 10:00-14:00 America\/Los_Angeles".*: needs days and hours$/,
    },
    {
      what: 'a window in an unknown zone',
      inputs: { windows: 'Mon-Fri 09:00-17:00 Pacific' },
      error: /^Input 'windows' \(line 1\) must be a window .*: "Pacific" is not an IANA time zone/,
    },
    {
      what: 'a window over midnight',
      inputs: { windows: 'Mon 22:00-02:00' },
      error: /^Input 'windows' \(line 1\) must be a window .*ends before it starts/,
    },
    {
      what: 'a freeze that is not a date',
      inputs: { freezes: 'Christmas week' },
      error: /^Input 'freezes' \(line 1\) must be a freeze such as "2026-12-20\.\.2027-01-04 holidays".*: needs a date/,
    },
    {
      what: 'a freeze on a date that does not exist',
      inputs: { freezes: '2026-02-30' },
      error: /^Input 'freezes' \(line 1\) must be a freeze .*"2026-02-30" is not a calendar date$/,
    },
    {
      what: 'an unknown time zone',
      inputs: { timezone: 'PST' },
      error: /^Input 'timezone' must be an IANA time zone such as America\/Los_Angeles or UTC; got "PST"$/,
    },
    {
      what: 'a clock without a zone',
      inputs: { now: '2026-11-24 10:30' },
      error: /^Input 'now' must be an ISO 8601 time with a zone/,
    },
    {
      what: 'a short SHA',
      inputs: { sha: 'ffac537' },
      error: /^Input 'sha' must be a full 40-character commit SHA; got "ffac537"$/,
    },
    {
      what: 'a version that is no tag name',
      inputs: { version: 'v1.5.0 final' },
      error: /^Input 'version' must be a tag name such as v1\.5\.0.*; got "v1\.5\.0 final"$/,
    },
    {
      what: 'no version on a branch push',
      inputs: {},
      env: { GITHUB_REF: 'refs/heads/main' },
      error: /^Input 'version' is required when the workflow does not run on a tag/,
    },
    {
      what: 'allow-prerelease that is not a boolean',
      inputs: { 'allow-prerelease': 'sometimes' },
      error: /^Input 'allow-prerelease' must be true or false; got "sometimes"$/,
    },
    {
      what: 'a policy file that is not there',
      inputs: { 'policy-file': '.github/deploy-policy.yml' },
      error:
        /^Input 'policy-file' must be a YAML or JSON file in the workspace \(check out the repository first\); "\.github\/deploy-policy\.yml" does not exist$/,
    },
    {
      what: 'a check both required and ignored',
      inputs: { 'required-checks': 'build', 'ignore-checks': 'build' },
      error: /^Input 'ignore-checks' cannot ignore a required check: build$/,
    },
    {
      what: 'a token with a line break, refused without echoing it',
      inputs: { token: 'ghs_tokenPastedWithNewline01\nmore' },
      error: /^Input 'token' must be a secret value \(it holds a line break\)$/,
    },
  ]

  for (const c of cases) {
    test(c.what, async () => {
      const requests = gh.requests.length
      const r = await runStep('release-gate', {
        inputs: { token: gh.token, ...c.inputs },
        env: { GITHUB_API_URL: gh.url, ...c.env },
      })
      const message = oneError(r)
      assert.match(message, c.error)
      assert.equal(gh.requests.length, requests, 'no request reached GitHub')
      assert.deepEqual(r.outputs, {}, 'no output set')
    })
  }

  test('every problem is reported at once, one line each', async () => {
    const requests = gh.requests.length
    const r = await runStep('release-gate', {
      inputs: { token: gh.token, windows: 'Tue-Thu\nMon 10:00-12:00 Nowhere/City', freezes: 'soon', override: 'true' },
      env: { GITHUB_API_URL: gh.url },
    })
    assert.equal(r.exitCode, 1)
    assert.deepEqual(inputsNamed(r), ['freezes', 'override-reason', 'windows', 'windows'])
    assert.equal(gh.requests.length, requests)
  })
})
