/**
 * deployment-record through its bundle against the GitHub REST stand-in: what GitHub holds after
 * start/finish/failure (the Deployment on the exact SHA, not transient, its statuses, older ones
 * made inactive), the record file valid against the published schema and holding the timeline and
 * the smoke report handed to it, `read` with the window open and then closed (injected clock),
 * retries, a 409 from GitHub, and the token never written anywhere.
 */
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormats from 'ajv-formats'
import { type App, startApp } from '@deploy-actions/harness/emulators/app'
import { type GitHubEmulator, hexId, startGitHub } from '@deploy-actions/harness/emulators/github'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'

const schema = JSON.parse(
  readFileSync(new URL('../deployment-record/deployment-record.schema.json', import.meta.url), 'utf8'),
) as object
const ajv = new Ajv2020({ allErrors: true, allowUnionTypes: true })
;(addFormats as unknown as (a: Ajv2020) => void)(ajv)
const validate = ajv.compile(schema)

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'
const OLD_SHA = hexId('old release')
const TIMELINE = [
  {
    stage: 'canary',
    weight: 5,
    status: 'healthy',
    started_at: '2026-11-23T12:00:00Z',
    finished_at: '2026-11-23T12:05:00Z',
    duration_ms: 300000,
  },
  {
    stage: 'progressive',
    weight: 50,
    status: 'healthy',
    started_at: '2026-11-23T12:05:00Z',
    finished_at: '2026-11-23T12:15:00Z',
    duration_ms: 600000,
  },
  {
    stage: 'full',
    weight: 100,
    status: 'healthy',
    started_at: '2026-11-23T12:15:00Z',
    finished_at: '2026-11-23T12:30:00Z',
    duration_ms: 900000,
  },
]
const MANIFEST = {
  backup_id: 'backup-20261123T115500Z',
  engine: 'postgresql',
  versions: { server: '15.18', pg_dump: '15.18' },
  size: 36449644,
  sha256: '1b3f'.repeat(16),
  uri: 's3://azora-backups/prod/backup-20261123T115500Z.dump',
  created_at: '2026-11-23T11:55:00Z',
  verified: true,
}
const FINISHED_AT = '2026-11-23T12:31:00Z'

function outputsJson(r: StepResult): Record<string, unknown> {
  return JSON.parse(r.outputs.record ?? '{}') as Record<string, unknown>
}

describe('deployment-record against the GitHub stand-in', () => {
  let gh: GitHubEmulator
  let shop: App
  let smokeReport = ''
  const env = () => ({ GITHUB_API_URL: gh.url, GITHUB_ACTOR: 'alice' })
  const step = (inputs: Record<string, string>, extraEnv: Record<string, string> = {}) =>
    runStep('deployment-record', { inputs: { token: gh.token, ...inputs }, env: { ...env(), ...extraEnv } })
  const results: StepResult[] = []

  beforeAll(async () => {
    gh = await startGitHub()
    gh.addCommit(SHA)
    gh.addCommit(OLD_SHA)
    shop = await startApp({ version: 'v1.5.0' })
    // A real smoke-test report, as the pipeline hands it on.
    const smoke = await runStep('smoke-test', {
      inputs: {
        'base-url': shop.url,
        checks: '- name: health\n  url: /health\n- name: version\n  url: /version\n  version: $.version',
        'expected-version': 'v1.5.0',
      },
    })
    assert.equal(smoke.exitCode, 0, smoke.log)
    smokeReport = smoke.outputs.report ?? ''
  })
  afterAll(async () => {
    await gh.close()
    await shop.close()
  })

  test('start, finish and read: the Deployment on the SHA, the record valid and complete, the window open then closed', async () => {
    // An older release, live and successful: the new one must make it inactive.
    const old = await step({
      step: 'finish',
      sha: OLD_SHA,
      version: 'v1.4.0',
      'deployment-id': 'old-1',
      now: '2026-11-22T10:00:00Z',
    })
    assert.equal(old.exitCode, 0, old.log)
    const oldId = Number(old.outputs['github-deployment-id'])

    const start = await step({
      step: 'start',
      version: 'v1.5.0',
      'deployment-id': '20261123T115000Z-ffac537-1-1',
      services: 'api, web',
      'backup-manifest': JSON.stringify(MANIFEST),
      now: '2026-11-23T11:58:00Z',
    })
    results.push(start)
    assert.equal(start.exitCode, 0, start.log)
    const id = Number(start.outputs['github-deployment-id'])
    const d = gh.deployments.find((x) => x.id === id)
    assert.ok(d, 'the Deployment exists on the stand-in')
    assert.equal(d.ref, SHA, 'deployed ref is the exact SHA, not a branch')
    assert.equal(d.sha, SHA)
    assert.equal(d.transient_environment, false)
    assert.equal(d.production_environment, true)
    assert.equal(d._request.auto_merge, false)
    assert.equal(gh.latestStatus(id)?.state, 'in_progress')
    assert.equal(gh.latestStatus(id)?.log_url, 'https://github.com/octo-org/shop/actions/runs/7000000001/attempts/1')
    assert.equal(
      (d.payload as { database_backup: { backup_id: string } }).database_backup.backup_id,
      MANIFEST.backup_id,
    )

    const finish = await step({
      step: 'finish',
      'environment-url': 'https://shop.example.com',
      timeline: JSON.stringify(TIMELINE),
      'smoke-report': smokeReport,
      'migrations-applied': '3',
      now: FINISHED_AT,
    })
    results.push(finish)
    assert.equal(finish.exitCode, 0, finish.log)
    assert.equal(finish.outputs['github-deployment-id'], String(id), 'finish found the Deployment start made')
    const success = gh.latestStatus(id)
    assert.equal(success?.state, 'success')
    assert.equal(success?.environment_url, 'https://shop.example.com/')
    assert.match(success?.description ?? '', /rollback until 2026-11-23T13:31:00.000Z/)
    assert.equal(gh.latestStatus(oldId)?.state, 'inactive', 'the older production deployment was made inactive')

    const record = JSON.parse(readFileSync(finish.outputs['record-file'] ?? '', 'utf8')) as Record<string, unknown>
    assert.ok(validate(record), JSON.stringify(validate.errors))
    assert.deepEqual(record, outputsJson(finish))
    assert.equal(record.deployment_id, '20261123T115000Z-ffac537-1-1', "start's deployment id carried over")
    assert.equal(record.git_sha, SHA)
    assert.equal(record.triggered_by, 'alice')
    assert.deepEqual(record.services_deployed, ['api', 'web'])
    assert.equal(record.migrations_applied, 3)
    assert.equal(record.rollback_deadline, '2026-11-23T13:31:00.000Z')
    assert.equal(record.rollback_window_minutes, 60)
    assert.deepEqual(
      (record.rollout_stages as Array<{ stage: string; traffic_percentage: number; duration_seconds: number }>).map(
        (s) => [s.stage, s.traffic_percentage, s.duration_seconds],
      ),
      [
        ['canary', 5, 300],
        ['progressive', 50, 600],
        ['full', 100, 900],
      ],
    )
    const health = record.health_checks as {
      passed: boolean
      checks: Array<{ name: string; passed: boolean; version: string | null }>
    }
    const report = JSON.parse(smokeReport) as { checks: Array<{ name: string }> }
    assert.equal(health.passed, true)
    assert.deepEqual(
      health.checks.map((c) => c.name),
      report.checks.map((c) => c.name),
    )
    assert.equal(health.checks.find((c) => c.name === 'version')?.version, 'v1.5.0')
    assert.equal((record.database_backup as { sha256: string }).sha256, MANIFEST.sha256)
    const instructions = readFileSync(finish.outputs['instructions-file'] ?? '', 'utf8')
    assert.match(
      instructions,
      // One argument a line, so GitHub's unwrapped code block never cuts the command off.
      /gh workflow run rollback\.yml --repo octo-org\/shop \\\n {2}-f environment=production \\\n {2}-f deployment-id=20261123T115000Z-ffac537-1-1\n/,
    )
    assert.match(instructions, /until 13:31 UTC \(2026-11-23T13:31:00\.000Z\)/)
    assert.equal(
      firstLine(finish.summary),
      '### ✅ v1.5.0 is live on production (deployment 20261123T115000Z-ffac537-1-1)',
    )
    assert.match(finish.summary, /^Rollback window: \d+ minutes, until 13:31 UTC /m)
    assert.deepEqual(
      visibleTableColumns(finish.summary),
      [2],
      'the record table is in <details>; the inputs table shows',
    )

    const open = await step({ step: 'read', now: '2026-11-23T13:00:00Z' })
    results.push(open)
    assert.equal(open.exitCode, 0, open.log)
    assert.equal(open.outputs['rollback-open'], 'true')
    assert.equal(open.outputs['rollback-deadline'], '2026-11-23T13:31:00.000Z')
    assert.equal(open.outputs.sha, SHA)
    assert.equal(open.outputs['previous-sha'], OLD_SHA)
    assert.equal(open.outputs['previous-version'], 'v1.4.0')
    const readBack = outputsJson(open)
    assert.ok(validate(readBack), JSON.stringify(validate.errors))
    assert.equal(readBack.deployment_id, record.deployment_id)
    assert.equal(readBack.version, 'v1.5.0')
    assert.deepEqual(readBack.database_backup, record.database_backup)
    // The Deployment keeps what was known at its start; the rest is in the run's record file, and
    // the summary says where instead of "not recorded" (the record above has all three).
    assert.ok((record.rollout_stages as unknown[]).length > 0 && record.health_checks)
    assert.match(
      open.summary,
      /\| Rollout \| in the record artifact of its run \(https:\/\/github\.com\/octo-org\/shop\/actions\/runs\/\d+\/attempts\/1\) \|/,
    )
    assert.match(open.summary, /\| Smoke tests \| in the record artifact of its run/)
    assert.doesNotMatch(open.summary, /not recorded/)
    assert.match(
      firstLine(open.summary),
      /^### 📒 production runs v1\.5\.0 since (\d+ \w{3} )?\d\d:\d\d UTC \(deployment 20261123T115000Z-ffac537-1-1\)$/,
    )
    assert.match(
      open.summary,
      /\*\*Rollback window:\*\* open until 13:31 UTC \(31 min left\): a rollback to v1\.4\.0 is still a rollback/,
    )

    const closed = await step({ step: 'read', now: '2026-11-23T13:31:00Z' })
    assert.equal(closed.exitCode, 0, closed.log)
    assert.equal(closed.outputs['rollback-open'], 'false')
    assert.equal(closed.outputs['rollback-deadline'], '2026-11-23T13:31:00.000Z')
  })

  test('failure: status failure on the Deployment and a failure report naming the stage and the backup', async () => {
    const sha = hexId('broken release')
    gh.addCommit(sha)
    const start = await step({
      step: 'start',
      sha,
      version: 'v1.6.0',
      'deployment-id': 'dep-fail-1',
      'backup-manifest': JSON.stringify(MANIFEST),
    })
    assert.equal(start.exitCode, 0, start.log)
    const id = Number(start.outputs['github-deployment-id'])
    const r = await step({
      step: 'failure',
      sha,
      'deployment-id': 'dep-fail-1',
      'failed-stage': 'canary-rollout',
      error: 'error rate 12% at 5% traffic',
    })
    results.push(r)
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(gh.latestStatus(id)?.state, 'failure')
    assert.match(gh.latestStatus(id)?.description ?? '', /failed at canary-rollout/)
    const record = JSON.parse(readFileSync(r.outputs['record-file'] ?? '', 'utf8')) as {
      status: string
      rollback_available: boolean
      failure: { failed_stage: string; backup_available: boolean; action_required: string[] }
    }
    assert.ok(validate(record), JSON.stringify(validate.errors))
    assert.equal(record.status, 'failure')
    assert.equal(record.failure.failed_stage, 'canary-rollout')
    assert.equal(record.failure.backup_available, true)
    const report = readFileSync(r.outputs['report-file'] ?? '', 'utf8')
    assert.match(report, /Failed stage \| canary-rollout/)
    assert.match(report, new RegExp(MANIFEST.backup_id))
    assert.equal(
      firstLine(r.summary),
      '### ❌ v1.6.0 failed on production at canary-rollout: error rate 12% at 5% traffic',
    )
    assert.match(r.summary, /^\*\*What now:\*\*\n\n1\. /m)
  })

  test('finish without start creates the Deployment with the deadline in its payload', async () => {
    const sha = hexId('no start')
    gh.addCommit(sha)
    const override = {
      actor: 'alice',
      reason: 'INC-4711: hotfix outside the window',
      waived: [
        { gate: 'deployment window', detail: 'Mon 2026-11-23 07:00 America/Los_Angeles is outside every window' },
      ],
    }
    const r = await step({
      step: 'finish',
      sha,
      environment: 'staging',
      'deployment-id': 'dep-nostart',
      now: '2026-11-23T15:00:00Z',
      'rollback-window': '30m',
      'release-override': JSON.stringify(override),
    })
    results.push(r)
    assert.equal(r.exitCode, 0, r.log)
    const d = gh.deployments.find((x) => x.id === Number(r.outputs['github-deployment-id']))
    assert.equal((d?.payload as { rollback_deadline: string }).rollback_deadline, '2026-11-23T15:30:00.000Z')
    assert.equal(d?.production_environment, false)
    assert.equal(gh.latestStatus(d?.id ?? 0)?.state, 'success')
    const record = JSON.parse(readFileSync(r.outputs['record-file'] ?? '', 'utf8')) as { release_override: unknown }
    assert.ok(validate(record), JSON.stringify(validate.errors))
    assert.deepEqual(record.release_override, override, "release-gate's override is in the audit record")
    assert.match(r.summary, /Release gate override \| by alice: INC-4711/)
    const back = await step({ step: 'read', environment: 'staging', now: '2026-11-23T15:10:00Z' })
    assert.deepEqual(
      (JSON.parse(back.outputs.record ?? '{}') as { release_override: unknown }).release_override,
      override,
      'and in what read returns',
    )
  })

  test("finish takes the Deployment its own run started, never an older run's of the same commit", async () => {
    const sha = hexId('same commit, two runs')
    gh.addCommit(sha)
    const started = await step({ step: 'start', sha }, { GITHUB_RUN_ID: '111' })
    assert.equal(started.exitCode, 0, started.log)
    const other = await step({ step: 'finish', sha }, { GITHUB_RUN_ID: '222' })
    assert.equal(other.exitCode, 0, other.log)
    assert.notEqual(
      other.outputs['github-deployment-id'],
      started.outputs['github-deployment-id'],
      'another run made its own Deployment',
    )
    assert.equal(
      gh.latestStatus(Number(started.outputs['github-deployment-id']))?.state,
      'in_progress',
      "run 111's Deployment untouched",
    )
    const same = await step({ step: 'finish', sha }, { GITHUB_RUN_ID: '111' })
    assert.equal(same.outputs['github-deployment-id'], started.outputs['github-deployment-id'])
    assert.equal(same.outputs['deployment-id'], started.outputs['deployment-id'], "start's deployment id carried over")
  })

  test('transient GitHub errors are retried; a refusal (409) is reported in one line', async () => {
    const sha = hexId('retry')
    gh.addCommit(sha)
    gh.failNext(2, 502, { path: /\/deployments$/ })
    const r = await step({ step: 'start', sha, 'deployment-id': 'dep-retry' })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(gh.deployments.filter((d) => d.sha === sha).length, 1, 'exactly one Deployment despite the retries')
    assert.match(r.log, /answered 502: Server Error; reading back whether it was created/)
    assert.match(r.log, /is not there \(read back\): sending it again, attempt 2 of 4/)

    gh.addStatus(sha, 'ci/security', 'failure')
    const before = gh.deployments.length
    const refused = await step({ step: 'start', sha, 'deployment-id': 'dep-409', 'required-contexts': 'ci/security' })
    assert.equal(refused.exitCode, 1)
    assert.equal(gh.deployments.length, before, 'nothing created')
    const errors = refused.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1)
    assert.match(
      errors[0]?.message ?? '',
      /^GitHub POST \/repos\/octo-org\/shop\/deployments answered 409: Conflict: Commit status checks failed/,
    )
  })

  test('a Deployment or status GitHub created but whose answer was lost (502) is read back, never created twice', async () => {
    const sha = hexId('lost answer')
    gh.addCommit(sha)
    gh.failNext(1, 502, { path: /\/deployments$/, method: 'POST', afterHandling: true })
    gh.failNext(1, 502, { path: /\/statuses$/, method: 'POST', afterHandling: true })
    const started = await step({ step: 'start', sha, 'deployment-id': 'dep-lost' })
    assert.equal(started.exitCode, 0, started.log)
    const made = gh.deployments.filter((d) => d.sha === sha)
    assert.equal(made.length, 1, 'one Deployment, though its creation was answered 502')
    const id = made[0]?.id as number
    assert.equal(started.outputs['github-deployment-id'], String(id))
    assert.deepEqual(
      (gh.statuses.get(id) ?? []).map((s) => s.state),
      ['in_progress'],
      'one in_progress status, though it was answered 502',
    )
    assert.match(started.log, /was created all the same \(read back\): not sending it again/)

    // finish without start: the Deployment finish creates is read back the same way.
    const other = hexId('lost answer, finish only')
    gh.addCommit(other)
    gh.failNext(1, 502, { path: /\/deployments$/, method: 'POST', afterHandling: true })
    gh.failNext(1, 502, { path: /\/statuses$/, method: 'POST', afterHandling: true })
    const finished = await step({ step: 'finish', sha: other, 'deployment-id': 'dep-lost-finish' })
    assert.equal(finished.exitCode, 0, finished.log)
    const created = gh.deployments.filter((d) => d.sha === other)
    assert.equal(created.length, 1)
    assert.deepEqual(
      (gh.statuses.get(created[0]?.id as number) ?? []).map((s) => s.state),
      ['success'],
    )
  })

  test('a wrong token is refused by GitHub and said so', async () => {
    const r = await runStep('deployment-record', {
      inputs: { step: 'read', token: 'ghp_wrongTokenWrongToken' },
      env: env(),
    })
    assert.equal(r.exitCode, 1)
    assert.match(r.annotations[0]?.message ?? '', /answered 401: Bad credentials/)
    assert.ok(!r.stdout.replace('::add-mask::ghp_wrongTokenWrongToken', '').includes('ghp_wrongTokenWrongToken'))
  })

  test('the token is in no log, output, summary or file', () => {
    assert.ok(results.length >= 4)
    for (const r of results) {
      assert.ok(r.masks.includes(gh.token), 'the token was registered as a secret')
      const written = [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]
      for (const f of ['record-file', 'instructions-file', 'report-file'])
        if (r.outputs[f]) written.push(readFileSync(r.outputs[f], 'utf8'))
      for (const text of written)
        assert.ok(!text.replace(`::add-mask::${gh.token}`, '').includes(gh.token), 'token leaked')
    }
    for (const d of gh.deployments) assert.ok(!JSON.stringify(d.payload).includes(gh.token))
  })
})
