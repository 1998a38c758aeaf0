import assert from 'node:assert/strict'
import { test } from '@jest/globals'
import {
  buildRecord,
  readBackupManifest,
  readSmokeReport,
  readRevisions,
  readTimeline,
  rollbackDeadline,
  rollbackWindow,
  safeUri,
  validateRecord,
  type DeploymentRecord,
  type ShapeProblem,
} from '../src/index.ts'

const base = (): DeploymentRecord => ({
  schema: 'deployment-record/v1',
  timestamp: '2026-11-23T12:00:00.000Z',
  deployment_id: '20261123T115500Z-ffac537-1-1',
  version: 'v1.5.0',
  environment: 'production',
  status: 'success',
  git_sha: 'ffac537e6cbbf934b08745a378932722df287a53',
  git_ref: 'refs/tags/v1.5.0',
  triggered_by: 'alice',
  repository: 'octo-org/shop',
  run_url: 'https://github.com/octo-org/shop/actions/runs/1/attempts/1',
  github_deployment_id: 42,
  services_deployed: ['api'],
  database_backup: null,
  migrations_applied: null,
  rollout_stages: [],
  health_checks: null,
  rollback_available: true,
  rollback_window_minutes: 60,
  rollback_deadline: '2026-11-23T13:00:00.000Z',
})

test('buildRecord: a valid record, rollback available exactly when a deadline is set, extras only when present', () => {
  const { schema: _schema, rollback_available: _available, ...known } = base()
  const facts = { ...known, started_at: null, environment_url: null }
  const success = buildRecord({ ...facts, release_override: null, failure: null })
  assert.deepEqual(success, { ...base(), started_at: null, environment_url: null })
  assert.deepEqual(validateRecord(success), [])
  const failed = buildRecord({
    ...facts,
    status: 'failure',
    rollback_deadline: null,
    failure: { failed_stage: 'canary-rollout', error: 'gate', backup_available: false, action_required: ['look'] },
  })
  assert.equal(failed.rollback_available, false)
  assert.equal(failed.failure?.failed_stage, 'canary-rollout')
  assert.equal('release_override' in failed, false)
  assert.deepEqual(validateRecord(failed), [])
})

test('a complete record is valid; a wrong one names the field', () => {
  assert.deepEqual(validateRecord(base()), [])
  const bad = { ...base(), git_sha: 'main', extra: 1 } as unknown
  const problems = validateRecord(bad)
  assert.ok(
    problems.some((p) => p.startsWith('/git_sha')),
    problems.join('\n'),
  )
  assert.ok(
    problems.some((p) => p.includes('(extra)')),
    problems.join('\n'),
  )
  assert.ok(
    validateRecord({ ...base(), timestamp: 'yesterday' }).some((p) => p.startsWith('/timestamp must match format')),
  )
})

test('the rollback window: open before the deadline, closed at and after it', () => {
  const deadline = rollbackDeadline(new Date('2026-11-23T12:00:00Z'), 60)
  assert.equal(deadline.toISOString(), '2026-11-23T13:00:00.000Z')
  const r = { rollback_available: true, rollback_deadline: deadline.toISOString() }
  assert.deepEqual(rollbackWindow(r, new Date('2026-11-23T12:30:30Z')), {
    open: true,
    deadline: deadline.toISOString(),
    minutesLeft: 29,
  })
  assert.equal(rollbackWindow(r, deadline).open, false)
  assert.equal(rollbackWindow(r, new Date('2026-11-23T13:00:01Z')).open, false)
  assert.equal(rollbackWindow({ ...r, rollback_available: false }, new Date('2026-11-23T12:01:00Z')).open, false)
})

test('handed-on documents keep only what the record needs, and no credentials', () => {
  const p: ShapeProblem[] = []
  const stages = readTimeline(
    [
      { stage: 'canary', weight: 5, status: 'healthy', durationMs: 300000, token: 'x' },
      { traffic_percentage: 100, result: 'healthy' },
    ],
    p,
  )
  assert.deepEqual(p, [])
  assert.deepEqual(stages[0], {
    stage: 'canary',
    traffic_percentage: 5,
    status: 'healthy',
    started_at: null,
    finished_at: null,
    duration_seconds: 300,
    reason: null,
  })
  assert.equal(stages[1]?.stage, '100%')
  const backup = readBackupManifest(
    {
      backupId: 'b-1',
      uri: 'https://acct.blob.core.windows.net/c/b.dump?sv=2024&sig=SECRET',
      sha256: 'A'.repeat(64),
      verified: { readall: true, scratch_restore: true },
      size: 12,
    },
    p,
  )
  assert.deepEqual(p, [])
  assert.equal(backup?.uri, 'https://acct.blob.core.windows.net/c/b.dump')
  assert.equal(backup?.sha256, 'a'.repeat(64))
  assert.equal(backup?.verified, true)
  assert.equal(safeUri('https://user:pw@h.example/x?t=1').uri, 'https://h.example/x')
  const health = readSmokeReport(
    {
      passed: true,
      startedAt: '2026-11-23T11:59:00Z',
      durationMs: 800,
      checks: [
        {
          name: 'health',
          passed: true,
          url: 'https://u:p@shop.example/health?key=k',
          latency: { n: 20, p50: 12.34, p95: 40 },
          statuses: { 200: 20 },
        },
      ],
    },
    p,
  )
  assert.deepEqual(p, [])
  assert.equal(health?.checks[0]?.url, 'https://shop.example/health')
  assert.equal(health?.checks[0]?.p50_ms, 12.3)
})

test("db-backup's own manifest and canary-rollout's own timeline are read as they are written", () => {
  const p: ShapeProblem[] = []
  const manifest = {
    schema: 'db-backup-manifest/v1',
    backupId: '20261124T183000Z-ffac537',
    engine: 'postgres',
    createdAt: '2026-11-24T18:31:00.000Z',
    object: {
      uri: 's3://backups/shop/20261124T183000Z-ffac537/shop.dump.zst',
      key: 'shop/x',
      size: 1234,
      sha256: 'b'.repeat(64),
    },
    versions: { server: '15.10', client: '15.10' },
    verified: { how: 'restore', detail: '2 tables, row counts equal', durationMs: 900 },
  }
  const backup = readBackupManifest(manifest, p)
  assert.deepEqual(p, [])
  assert.deepEqual(
    [backup?.uri, backup?.sha256, backup?.size_bytes, backup?.verified],
    [manifest.object.uri, 'b'.repeat(64), 1234, true],
  )
  // A checksum proves the bytes, not that they restore.
  assert.equal(
    readBackupManifest({ ...manifest, verified: { how: 'checksum', detail: '', durationMs: 1 } }, p)?.verified,
    false,
  )
  const stages = readTimeline(
    [
      {
        stage: 1,
        weight: 10,
        verdict: 'passed',
        startedAt: '2026-11-24T18:32:00.000Z',
        endedAt: '2026-11-24T18:37:00.000Z',
        durationMs: 300000,
      },
      // The validation window after the promotion: named, its figures in the reason.
      { stage: 2, name: 'watch', weight: 100, verdict: 'passed', reason: 'shop--v150 0/240 errors (0.0%)' },
    ],
    p,
  )
  assert.deepEqual(p, [])
  assert.deepEqual(
    [stages[0]?.stage, stages[0]?.traffic_percentage, stages[0]?.status, stages[0]?.duration_seconds],
    ['1', 10, 'passed', 300],
  )
  assert.deepEqual(
    [stages[1]?.stage, stages[1]?.traffic_percentage, stages[1]?.status, stages[1]?.reason],
    ['watch', 100, 'passed', 'shop--v150 0/240 errors (0.0%)'],
  )
})

test('malformed handed-on documents are refused with the place named', () => {
  const p: ShapeProblem[] = []
  readTimeline({ not: 'a list' }, p)
  readTimeline([{ weight: 150 }], p)
  readBackupManifest({ uri: 's3://b/k', sha256: 'nothex', verified: 'yes' }, p)
  readSmokeReport([1, 2], p)
  assert.deepEqual(
    p.map((x) => x.where),
    ['', 'stage 1', 'backup_id', 'sha256', 'verified', ''],
  )
})

test('the schema published beside the action is the one the code validates with', async () => {
  const { readFileSync } = await import('node:fs')
  const source = readFileSync(new URL('../schema/deployment-record.schema.json', import.meta.url), 'utf8')
  const published = readFileSync(
    new URL('../../../deployment-record/deployment-record.schema.json', import.meta.url),
    'utf8',
  )
  assert.equal(published, source, 'copy packages/record/schema/deployment-record.schema.json to deployment-record/')
})

test("db-backup's Azure SQL manifests: a bacpac keeps its SHA-256, a restore point has its instant and none; both are valid in a record", () => {
  const p: ShapeProblem[] = []
  const common = {
    schema: 'db-backup-manifest/v1',
    backupId: 'rp-1',
    engine: 'azure-sql',
    createdAt: '2026-11-24T18:31:00.000Z',
    versions: { server: 'Azure SQL Database 12.0', client: 'ARM Microsoft.Sql 2022-08-01-preview' },
  }
  const databaseId = '/subscriptions/s/resourceGroups/rg/providers/Microsoft.Sql/servers/tesoro-sql/databases/shop'
  const point = readBackupManifest(
    {
      ...common,
      kind: 'restore-point',
      verified: { how: 'restore-point', detail: 'covered', durationMs: 1 },
      azureSql: { databaseId, restorePoint: { at: '2026-11-24T18:30:59Z', retentionDays: 7 } },
    },
    p,
  )
  assert.deepEqual(p, [])
  assert.deepEqual(
    [point?.kind, point?.uri, point?.restore_point_at, point?.verified, 'sha256' in (point ?? {})],
    ['restore-point', databaseId, '2026-11-24T18:30:59.000Z', false, false],
  )
  assert.deepEqual(validateRecord({ ...base(), database_backup: point }), [])
  const bacpac = readBackupManifest(
    {
      ...common,
      kind: 'bacpac',
      object: {
        uri: 'https://a.blob.core.windows.net/b/shop/x/shop.bacpac',
        key: 'k',
        size: 9,
        sha256: 'c'.repeat(64),
      },
      verified: { how: 'bacpac', detail: 'parts checked', durationMs: 1 },
      azureSql: { databaseId },
    },
    p,
  )
  assert.deepEqual(p, [])
  assert.deepEqual([bacpac?.kind, bacpac?.sha256, bacpac?.restore_point_at], ['bacpac', 'c'.repeat(64), null])
  assert.deepEqual(validateRecord({ ...base(), database_backup: bacpac }), [])
  // A restore point without its instant, and a dump without its SHA-256, are refused (reader and schema).
  const missing: ShapeProblem[] = []
  readBackupManifest({ ...common, kind: 'restore-point', verified: true, azureSql: { databaseId } }, missing)
  assert.deepEqual(
    missing.map((x) => x.where),
    ['restore_point_at'],
  )
  assert.notDeepEqual(
    validateRecord({ ...base(), database_backup: { backup_id: 'x', uri: 'u', verified: true, kind: 'restore-point' } }),
    [],
  )
  assert.notDeepEqual(
    validateRecord({ ...base(), database_backup: { backup_id: 'x', uri: 'u', verified: true, kind: 'dump' } }),
    [],
  )
})

test("readRevisions takes canary-rollout's apps output; a record lists every app's revisions and validates", () => {
  const problems: ShapeProblem[] = []
  const revisions = readRevisions(
    [
      { app: 'lanka-api', stable: 'lanka-api--v110', canary: 'lanka-api--v110', previous: 'lanka-api--v100' },
      { app: 'lanka-ui', stable: 'lanka-ui--v100', canary: 'lanka-ui--v110', previous: 'lanka-ui--v100' },
    ],
    problems,
  )
  assert.deepEqual(problems, [])
  assert.deepEqual(revisions, [
    { service: 'lanka-api', revision: 'lanka-api--v110', previous_revision: 'lanka-api--v100' },
    { service: 'lanka-ui', revision: 'lanka-ui--v100', previous_revision: null },
  ])
  const { schema: _s, rollback_available: _a, ...facts } = base()
  const record = buildRecord({ ...facts, started_at: null, environment_url: null, revisions })
  assert.deepEqual(validateRecord(record), [])
  assert.deepEqual(record.revisions, revisions)
  assert.equal(buildRecord({ ...facts, started_at: null, environment_url: null, revisions: [] }).revisions, undefined)
  assert.ok(validateRecord({ ...record, revisions: [{ service: 'x' }] }).length > 0, 'a revision is required')

  const bad: ShapeProblem[] = []
  assert.deepEqual(readRevisions([{ app: 'lanka-api' }, 'x'], bad), [])
  assert.deepEqual(
    bad.map((p) => p.where),
    ['app 1', 'app 2'],
  )
})
