/**
 * Bad input to deployment-record: each is one error line naming the input, reported before any
 * request (the GitHub stand-in sees none and holds nothing), with no stack trace and no output.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { type GitHubEmulator, startGitHub } from '@deploy-actions/harness/emulators/github'
import { everything } from './leaks.ts'
import { inputsNamed, oneError } from './refusals.ts'
import { runStep } from '@deploy-actions/harness/runner'

describe('deployment-record refuses bad input before any request', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await startGitHub()
  })
  afterAll(() => gh.close())

  const cases: Array<{
    what: string
    inputs: Record<string, string>
    env?: Record<string, string>
    error: RegExp
    /** A secret the run must print nowhere (its ::add-mask:: aside). */
    secret?: string
  }> = [
    {
      what: 'no step',
      inputs: { step: '' },
      error: /^Input 'step' is required: give one of start, finish, failure, read$/,
    },
    {
      what: 'an unknown step',
      inputs: { step: 'begin' },
      error: /^Input 'step' must be one of start, finish, failure, read; got "begin"$/,
    },
    {
      what: 'a short SHA',
      inputs: { step: 'start', sha: 'ffac537' },
      error: /^Input 'sha' must be a full 40-character commit SHA; got "ffac537"$/,
    },
    {
      what: 'an environment name with a newline',
      inputs: { step: 'start', environment: 'prod\nx' },
      error: /^Input 'environment' must be one line of text \(it holds a line break\); got "prod\\nx"$/,
    },
    {
      what: 'a github-deployment-id that is not a number',
      inputs: { step: 'finish', 'github-deployment-id': 'latest' },
      error: /^Input 'github-deployment-id' must be a whole number of at least 1; got "latest"$/,
    },
    {
      what: 'a rollback window in plain numbers',
      inputs: { step: 'finish', 'rollback-window': '60' },
      error: /^Input 'rollback-window' must be a duration such as 500ms, 90s, 5m or 1h30m/,
    },
    {
      what: 'a rollback window of seconds',
      inputs: { step: 'finish', 'rollback-window': '90s' },
      error: /^Input 'rollback-window' must be whole minutes, e\.g\. 60m or 2h$/,
    },
    {
      what: 'a timeline that is not a list',
      inputs: { step: 'finish', timeline: '{"stage": "canary"}' },
      error: /^Input 'timeline' must be a JSON array of stages/,
    },
    {
      what: 'a timeline stage without traffic',
      inputs: { step: 'finish', timeline: '[{"stage": "canary", "status": "healthy"}]' },
      error: /^Input 'timeline' \(stage 1\) needs traffic_percentage \(or weight\): a number from 0 to 100$/,
    },
    {
      what: 'a backup manifest without its sha256',
      inputs: { step: 'start', 'backup-manifest': '{"backup_id": "b1", "uri": "s3://b/k", "verified": true}' },
      error: /^Input 'backup-manifest' \(sha256\) must be 64 hexadecimal characters$/,
    },
    {
      what: 'a backup manifest that does not parse',
      inputs: { step: 'start', 'backup-manifest': '{"backup_id": ' },
      error: /^Input 'backup-manifest' must be YAML or JSON \(not valid YAML or JSON: /,
    },
    {
      what: 'a smoke report of the wrong shape',
      inputs: { step: 'finish', 'smoke-report': '{"ok": true}' },
      error: /^Input 'smoke-report' must be smoke-test's report: an object with passed/,
    },
    {
      what: 'failure without its stage',
      inputs: { step: 'failure', error: 'boom' },
      error: /^Input 'failed-stage' is required by step failure: name the stage that failed/,
    },
    {
      what: 'a failed stage given to finish',
      inputs: { step: 'finish', 'failed-stage': 'canary' },
      error: /^Input 'failed-stage' is not used by step finish; it belongs to failure$/,
    },
    {
      what: 'a clock without a zone',
      inputs: { step: 'read', now: '2026-11-23 12:00' },
      error: /^Input 'now' must be an ISO 8601 time with a zone such as 2026-11-23T12:00:00Z; got "2026-11-23 12:00"$/,
    },
    {
      what: 'an environment URL that is not one',
      inputs: { step: 'finish', 'environment-url': 'shop.example.com' },
      error: /^Input 'environment-url' must be an absolute http or https URL/,
    },
    {
      what: 'a rollback workflow that is not a file name',
      inputs: { step: 'finish', 'rollback-workflow': '../x.sh' },
      error: /^Input 'rollback-workflow' must be a workflow file name such as rollback\.yml; got "\.\.\/x\.sh"$/,
    },
    {
      what: 'a repository that is not owner/name',
      inputs: { step: 'start', repository: 'shop' },
      error: /^Input 'repository' must be owner\/name/,
    },
    {
      what: 'a release override without its reason',
      inputs: { step: 'finish', 'release-override': '{"actor": "alice", "reason": "", "waived": []}' },
      error: /^Input 'release-override' must be release-gate's override output: an object with reason/,
    },
    {
      what: 'no token',
      inputs: { step: 'start', token: '' },
      error: /^Input 'token' is required: give a secret value$/,
    },
    {
      what: 'a token with a line break, refused without echoing it',
      inputs: { step: 'start', token: 'ghs_pastedTwice0123456789\nghs_pastedTwice0123456789' },
      error: /^Input 'token' must be a secret value \(it holds a line break\)$/,
      secret: 'ghs_pastedTwice0123456789',
    },
    {
      what: 'an error message on two lines (one line is documented)',
      inputs: { step: 'failure', 'failed-stage': 'smoke', error: 'smoke failed\n::warning::INJECTED' },
      error:
        /^Input 'error' must be one line of text \(it holds a line break\); got "smoke failed\\n::warning::INJECTED"$/,
    },
    {
      what: 'GITHUB_REPOSITORY set but not owner/name (not "not set")',
      inputs: { step: 'start' },
      env: { GITHUB_REPOSITORY: 'octo-org' },
      error: /^Input 'repository' must be given as owner\/name: GITHUB_REPOSITORY is "octo-org", not owner\/name$/,
    },
  ]

  for (const c of cases) {
    test(c.what, async () => {
      const r = await runStep('deployment-record', {
        inputs: { token: gh.token, ...c.inputs },
        env: { GITHUB_API_URL: gh.url, ...c.env },
      })
      const message = oneError(r)
      assert.match(message, c.error)
      if (c.secret) assert.ok(!everything(r).includes(c.secret), 'the secret was printed')
      assert.equal(gh.requests.length, 0, 'no request reached GitHub')
      assert.equal(gh.deployments.length, 0, 'nothing changed on GitHub')
      assert.deepEqual(r.outputs, {}, 'no output set')
    })
  }

  test('every problem is reported at once, one line each', async () => {
    const r = await runStep('deployment-record', {
      inputs: { token: gh.token, step: 'failure', sha: 'abc', now: 'soon', timeline: '[{"weight": 500}]' },
      env: { GITHUB_API_URL: gh.url },
    })
    assert.equal(r.exitCode, 1)
    assert.deepEqual(inputsNamed(r), ['failed-stage', 'now', 'sha', 'timeline'])
    assert.equal(gh.requests.length, 0)
  })
})
