/**
 * release-gate through its bundle against the GitHub REST stand-in: it passes a v-semver tag on the
 * deployed commit with green checks inside a window; it refuses a non-semver tag, a tag on another
 * commit, a red or missing required check, a time outside the window and a freeze date — and
 * passes each with an override that carries a reason, recorded in outputs, notice and summary. The
 * gate only reads: GitHub holds nothing new afterwards.
 */
import assert from 'node:assert/strict'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { type GitHubEmulator, hexId, startGitHub } from '@deploy-actions/harness/emulators/github'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { runStep, type StepResult, writeWorkspaceFile } from '@deploy-actions/harness/runner'

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'
const OTHER = hexId('another commit')
const RED = hexId('red commit')
const INSIDE = '2026-11-24T18:30:00Z' // Tue 10:30 in Los Angeles
const OUTSIDE = '2026-11-23T19:00:00Z' // Mon 11:00 in Los Angeles
const WINDOW = 'Tue-Thu 10:00-14:00 America/Los_Angeles'
const REASON = 'INC-4711: payment outage, hotfix approved by on-call lead'

describe('release-gate against the GitHub stand-in', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await startGitHub()
    gh.addTag('v1.5.0', SHA, { annotated: true })
    gh.addTag('v1.5.1', SHA)
    gh.addTag('release-2026', SHA)
    gh.addTag('v1.4.9', OTHER)
    gh.addTag('v2.0.0-rc.1', SHA)
    gh.addTag('v1.6.0', RED)
    // 105 green check runs: more than one page of 100.
    for (let i = 0; i < 105; i++) gh.addCheckRun(SHA, { name: `unit (${i})` })
    gh.addCheckRun(SHA, { name: 'build' })
    gh.addStatus(SHA, 'security/scan', 'success')
    // This run's own job, still running on the commit: not the gate's business.
    gh.addCheckRun(SHA, {
      name: 'deploy / gate',
      status: 'in_progress',
      details_url: 'https://github.com/octo-org/shop/actions/runs/7000000001/job/1',
    })
    gh.addCheckRun(RED, { name: 'build' })
    gh.addCheckRun(RED, { name: 'test', conclusion: 'failure' })
  })
  afterAll(() => gh.close())

  const gate = (inputs: Record<string, string>) =>
    runStep('release-gate', {
      inputs: { token: gh.token, sha: SHA, windows: WINDOW, now: INSIDE, ...inputs },
      env: { GITHUB_API_URL: gh.url, GITHUB_ACTOR: 'alice' },
    })
  const errors = (r: StepResult) => r.annotations.filter((a) => a.level === 'error').map((a) => a.message)

  test('passes v1.5.0: annotated tag on the commit, every check green (paginated), inside the window', async () => {
    const before = gh.requests.length
    const r = await gate({ version: 'v1.5.0', 'required-checks': 'build, security/scan' })
    assert.equal(r.exitCode, 0, r.log)
    assert.deepEqual(
      { ...r.outputs, waived: JSON.parse(r.outputs.waived ?? 'null') as unknown },
      {
        version: 'v1.5.0',
        tag: 'v1.5.0',
        'deployment-id': '20261124T183000Z-ffac537-7000000001-1',
        sha: SHA,
        prerelease: 'false',
        'override-used': 'false',
        waived: [],
      },
    )
    const paths = gh.requests
      .slice(before)
      .map((q) => `${decodeURIComponent(q.path)}${q.query.page ? `?page=${q.query.page}` : ''}`)
    assert.ok(paths.includes('/repos/octo-org/shop/git/ref/tags/v1.5.0'))
    assert.ok(
      paths.some((p) => p.startsWith('/repos/octo-org/shop/git/tags/')),
      'the annotated tag was peeled',
    )
    assert.ok(
      paths.includes(`/repos/octo-org/shop/commits/${SHA}/check-runs?page=2`),
      'the second page of check runs was read',
    )
    assert.equal(gh.writes().length, 0, 'the gate changes nothing on GitHub')
    assert.equal(firstLine(r.summary), '### ✅ Release v1.5.0 may deploy: every gate passed')
  })

  const refusals: Array<{
    what: string
    inputs: Record<string, string>
    gate: string
    detail: RegExp
    /** When the next window opens, as the summary says it. */
    opens?: string
  }> = [
    {
      what: 'a tag that is not semver',
      inputs: { version: 'release-2026' },
      gate: 'version',
      detail: /release-2026 is not a semantic version with a v prefix/,
    },
    {
      what: 'a pre-release without allow-prerelease',
      inputs: { version: 'v2.0.0-rc.1' },
      gate: 'version',
      detail: /v2\.0\.0-rc\.1 is a pre-release/,
    },
    {
      what: 'a tag on another commit',
      inputs: { version: 'v1.4.9' },
      gate: 'tag',
      detail: new RegExp(`tag v1\\.4\\.9 points at ${OTHER}, not at the commit being deployed \\(${SHA}\\)`),
    },
    {
      what: 'a tag that does not exist',
      inputs: { version: 'v9.9.9' },
      gate: 'tag',
      detail: /tag v9\.9\.9 does not exist in octo-org\/shop/,
    },
    {
      what: 'a red check',
      inputs: { version: 'v1.6.0', sha: RED },
      gate: 'checks',
      detail: /not green on [0-9a-f]{7}: test \(failure\)/,
    },
    {
      what: 'a missing required check',
      inputs: { version: 'v1.5.0', 'required-checks': 'build, e2e' },
      gate: 'required checks',
      detail: /required check\(s\) not passed: e2e \(missing\)/,
    },
    {
      what: 'a time outside the window',
      inputs: { version: 'v1.5.0', now: OUTSIDE },
      gate: 'deployment window',
      detail: /Mon 2026-11-23 11:00 America\/Los_Angeles is outside every window/,
      opens: 'Tue 24 Nov 10:00 PST',
    },
    {
      what: 'a freeze date',
      inputs: { version: 'v1.5.0', freezes: '2026-11-24..2026-11-27 Thanksgiving', timezone: 'America/Los_Angeles' },
      gate: 'freeze',
      detail: /2026-11-24 is inside the freeze 2026-11-24\.\.2026-11-27 \(Thanksgiving\)/,
      // The window is Tue–Thu: the first one after the freeze is the next Tuesday's.
      opens: 'Tue 1 Dec 10:00 PST',
    },
  ]

  for (const c of refusals) {
    test(`refuses ${c.what}, and passes it with an override carrying a reason`, async () => {
      const writes = gh.writes().length
      const refused = await gate(c.inputs)
      assert.equal(refused.exitCode, 1, refused.log)
      assert.deepEqual(refused.outputs, {}, 'a refused gate sets no output')
      const refusal = errors(refused).find((e) => e.startsWith(`${c.gate}: `))
      assert.ok(refusal, `an error names the ${c.gate} gate:\n${errors(refused).join('\n')}`)
      assert.match(refusal, c.detail)
      // The first line says the version is blocked, by which gate, and when a window next opens.
      const head = firstLine(refused.summary)
      assert.ok(head.startsWith(`### ❌ Release ${c.inputs.version} blocked: ${c.gate} — `), head)
      if (c.opens) assert.ok(head.endsWith(`; next window opens ${c.opens}`), head)
      assert.match(refused.summary, /\*\*What now:\*\* .*`override: true`/)
      assert.deepEqual(visibleTableColumns(refused.summary), [3])

      const overridden = await gate({ ...c.inputs, override: 'true', 'override-reason': REASON })
      assert.equal(overridden.exitCode, 0, overridden.log)
      assert.equal(overridden.outputs['override-used'], 'true')
      const waived = JSON.parse(overridden.outputs.waived ?? '[]') as Array<{ gate: string; detail: string }>
      assert.ok(
        waived.some((w) => w.gate === c.gate && c.detail.test(w.detail)),
        JSON.stringify(waived),
      )
      assert.ok(
        overridden.annotations.some(
          (a) => a.level === 'notice' && a.message.includes(REASON) && a.message.includes('alice'),
        ),
        'the override and its reason are recorded',
      )
      const override = JSON.parse(overridden.outputs.override ?? '{}') as {
        actor: string
        reason: string
        waived: unknown[]
      }
      assert.deepEqual(
        { actor: override.actor, reason: override.reason, waived: override.waived },
        { actor: 'alice', reason: REASON, waived },
        'the override output deployment-record records',
      )
      assert.equal(
        firstLine(overridden.summary),
        `### ⚠️ Release ${c.inputs.version} may deploy by emergency override: 1 gate(s) waived`,
      )
      assert.ok(overridden.summary.includes(REASON))
      assert.equal(gh.writes().length, writes, 'nothing written to GitHub')
    })
  }

  test('a pre-release passes with allow-prerelease', async () => {
    const r = await gate({ version: 'v2.0.0-rc.1', 'allow-prerelease': 'true' })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.prerelease, 'true')
  })

  test('a branch deployment: the version is the commit itself; another commit SHA is still refused', async () => {
    const r = await gate({ version: SHA })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.version, SHA)
    assert.match(r.summary, /the commit being deployed \(a branch deployment, no release tag\)/)
    const other = await gate({ version: OTHER })
    assert.equal(other.exitCode, 1)
    assert.ok(
      errors(other).some((e) => /version/.test(e)),
      errors(other).join('\n'),
    )
  })

  test('windows and freezes from a policy file in the repository', async () => {
    const workspace = mkdtempSync(join(tmpdir(), 'gate-ws-'))
    writeWorkspaceFile(
      workspace,
      '.github/deploy-policy.yml',
      `windows:\n  - ${WINDOW}\nfreezes:\n  - from: 2026-11-24\n    to: 2026-11-24\n    reason: board demo\n`,
    )
    const r = await runStep('release-gate', {
      workspace,
      inputs: {
        token: gh.token,
        sha: SHA,
        version: 'v1.5.0',
        now: INSIDE,
        'policy-file': '.github/deploy-policy.yml',
        timezone: 'America/Los_Angeles',
      },
      env: { GITHUB_API_URL: gh.url },
    })
    assert.equal(r.exitCode, 1, r.log)
    assert.ok(
      errors(r).some((e) =>
        /^freeze: 2026-11-24 is inside the freeze 2026-11-24\.\.2026-11-24 \(board demo\)$/.test(e),
      ),
      errors(r).join('\n'),
    )
  })

  test('a check still running elsewhere is not green', async () => {
    const sha = hexId('pending commit')
    gh.addTag('v1.7.0', sha)
    gh.addCheckRun(sha, { name: 'build', status: 'in_progress' })
    const r = await gate({ version: 'v1.7.0', sha })
    assert.equal(r.exitCode, 1)
    assert.ok(
      errors(r).some((e) => /checks: not green on [0-9a-f]{7}: build \(in_progress\)/.test(e)),
      errors(r).join('\n'),
    )
  })

  test('GitHub errors are retried, then reported in one line; the token is never printed', async () => {
    gh.failNext(1, 503, { path: /check-runs/ })
    const r = await gate({ version: 'v1.5.1' })
    assert.equal(r.exitCode, 0, r.log)
    assert.match(r.log, /answered 503/)
    gh.failNext(4, 500, { path: /git\/ref/ }) // as many as the attempts
    const failed = await gate({ version: 'v1.5.1' })
    assert.equal(failed.exitCode, 1)
    assert.match(
      errors(failed)[0] ?? '',
      /^GitHub GET \/repos\/octo-org\/shop\/git\/ref\/tags\/v1\.5\.1 answered 500: Server Error$/,
    )
    for (const x of [r, failed]) {
      assert.ok(x.masks.includes(gh.token))
      assert.ok(
        !(x.stdout.replace(`::add-mask::${gh.token}`, '') + x.stderr + x.summary + JSON.stringify(x.outputs)).includes(
          gh.token,
        ),
      )
    }
  })
})
