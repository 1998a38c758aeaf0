/**
 * The deployment record (schema deployment-record/v1): its JSON Schema (kept in
 * packages/record/schema and published beside the action), its types, the validator, the
 * rollback-window arithmetic, and the loose-but-safe readers of what other actions hand it
 * (canary-rollout's timeline, smoke-test's report, db-backup's manifest). Those readers keep only
 * the fields the record needs, so nothing else a producer put there (a token in a URL, a header)
 * can reach the record.
 */
import { Ajv2020 } from 'ajv/dist/2020.js'
import addFormatsImport from 'ajv-formats'
import schemaJson from '../schema/deployment-record.schema.json' with { type: 'json' }

export const RECORD_SCHEMA = 'deployment-record/v1'
export const recordSchema: Record<string, unknown> = schemaJson

export interface BackupInfo {
  backup_id: string
  /** Where the backup is; for a restore point, the database's ARM resource ID. */
  uri: string
  /** Of the stored object; absent for a restore point (nothing was copied). */
  sha256?: string
  verified: boolean
  engine?: string | null
  size_bytes?: number | null
  created_at?: string | null
  versions?: Record<string, string | number> | null
  /** dump, bacpac or restore-point (db-backup's manifest `kind`); null when the producer did not say. */
  kind?: BackupKind | null
  /** For a restore point: the instant a point-in-time restore returns to. */
  restore_point_at?: string | null
}

export type BackupKind = 'dump' | 'bacpac' | 'restore-point'
/** One service of a release and its revisions (canary-rollout's `apps` output). */
export interface ServiceRevision {
  service: string
  /** What serves after the deployment (the canary if promoted, stable if rolled back). */
  revision: string
  previous_revision?: string | null
}

export interface RolloutStage {
  stage: string
  traffic_percentage: number
  status: string
  started_at?: string | null
  finished_at?: string | null
  duration_seconds?: number | null
  reason?: string | null
}

export interface HealthCheck {
  name: string
  passed: boolean
  critical?: boolean | null
  url?: string | null
  attempts?: number | null
  statuses?: Record<string, number> | null
  samples?: number | null
  p50_ms?: number | null
  p95_ms?: number | null
  version?: string | null
  reason?: string | null
}

export interface HealthChecks {
  passed: boolean
  started_at?: string | null
  duration_ms?: number | null
  checks: HealthCheck[]
}

export interface FailureInfo {
  failed_stage: string
  error: string
  backup_available: boolean
  action_required: string[]
}

export interface ReleaseOverride {
  actor: string
  reason: string
  waived: Array<{ gate: string; detail: string }>
}

export interface DeploymentRecord {
  schema: typeof RECORD_SCHEMA
  timestamp: string
  started_at?: string | null
  deployment_id: string
  version: string
  environment: string
  environment_url?: string | null
  status: 'success' | 'failure'
  git_sha: string
  git_ref: string
  triggered_by: string
  repository: string
  run_url: string | null
  github_deployment_id: number | null
  services_deployed: string[]
  revisions?: ServiceRevision[]
  database_backup: BackupInfo | null
  migrations_applied: number | null
  rollout_stages: RolloutStage[]
  health_checks: HealthChecks | null
  rollback_available: boolean
  rollback_window_minutes: number
  rollback_deadline: string | null
  release_override?: ReleaseOverride | null
  failure?: FailureInfo | null
}

/**
 * What a record says, less what follows from it: the schema tag, and rollback_available (a deadline
 * is set). Every field is given, null when unknown.
 */
export type RecordFacts = Omit<DeploymentRecord, 'schema' | 'rollback_available' | 'started_at' | 'environment_url'> & {
  started_at: string | null
  environment_url: string | null
}

/** The record from its facts, fields in the schema's order; the one place a record is made. */
export function buildRecord(f: RecordFacts): DeploymentRecord {
  const { release_override, failure, revisions, ...facts } = f
  return {
    schema: RECORD_SCHEMA,
    timestamp: facts.timestamp,
    started_at: facts.started_at,
    deployment_id: facts.deployment_id,
    version: facts.version,
    environment: facts.environment,
    environment_url: facts.environment_url,
    status: facts.status,
    git_sha: facts.git_sha,
    git_ref: facts.git_ref,
    triggered_by: facts.triggered_by,
    repository: facts.repository,
    run_url: facts.run_url,
    github_deployment_id: facts.github_deployment_id,
    services_deployed: facts.services_deployed,
    ...(revisions && revisions.length > 0 ? { revisions } : {}),
    database_backup: facts.database_backup,
    migrations_applied: facts.migrations_applied,
    rollout_stages: facts.rollout_stages,
    health_checks: facts.health_checks,
    rollback_available: facts.rollback_deadline !== null,
    rollback_window_minutes: facts.rollback_window_minutes,
    rollback_deadline: facts.rollback_deadline,
    ...(release_override ? { release_override } : {}),
    ...(failure ? { failure } : {}),
  }
}

// ajv-formats is CommonJS with a default export; under Node's ESM loader and under ncc the default
// import is either the function or the module object holding it.
type AddFormats = (ajv: Ajv2020) => Ajv2020
const addFormats: AddFormats =
  typeof addFormatsImport === 'function'
    ? addFormatsImport
    : (addFormatsImport as unknown as { default: AddFormats }).default

let compiled: ReturnType<Ajv2020['compile']> | undefined

/** Problems of `record` against the JSON Schema, one line each (`/rollout_stages/0/status must be string`). */
export function validateRecord(record: unknown): string[] {
  if (!compiled) {
    const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true })
    addFormats(ajv)
    compiled = ajv.compile(recordSchema)
  }
  if (compiled(record)) return []
  return (compiled.errors ?? []).map(
    (e) =>
      `${e.instancePath || '/'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`,
  )
}

/** The deadline: `minutes` after `from`. */
export function rollbackDeadline(from: Date, minutes: number): Date {
  return new Date(from.getTime() + minutes * 60_000)
}

export interface RollbackWindow {
  open: boolean
  deadline: string | null
  /** Whole minutes left, 0 once closed. */
  minutesLeft: number
}

/** Whether the record's rollback window is open at `now` (closed at the deadline itself). */
export function rollbackWindow(
  record: Pick<DeploymentRecord, 'rollback_available' | 'rollback_deadline'>,
  now: Date,
): RollbackWindow {
  if (!record.rollback_deadline) return { open: false, deadline: null, minutesLeft: 0 }
  const left = Date.parse(record.rollback_deadline) - now.getTime()
  const open = record.rollback_available && left > 0
  return { open, deadline: record.rollback_deadline, minutesLeft: open ? Math.floor(left / 60_000) : 0 }
}

/**
 * A URI safe to record: credentials and the query string (a SAS token, a presigned signature) and
 * the fragment removed. Returns the cleaned text and whether anything was removed.
 */
export function safeUri(raw: string): { uri: string; stripped: boolean } {
  let u: URL
  try {
    u = new URL(raw)
  } catch {
    return { uri: raw, stripped: false }
  }
  const stripped = u.username !== '' || u.password !== '' || u.search !== '' || u.hash !== ''
  u.username = ''
  u.password = ''
  u.search = ''
  u.hash = ''
  return { uri: u.href, stripped }
}

/** A problem found in a handed-on document: `where` locates it, `problem` says what is wrong. */
export interface ShapeProblem {
  where: string
  problem: string
}

type Obj = Record<string, unknown>
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v)
const first = (o: Obj, keys: readonly string[]): unknown => {
  for (const k of keys) if (o[k] !== undefined && o[k] !== null) return o[k]
  return undefined
}
const MAX_TEXT = 500
const short = (v: unknown): string | null =>
  typeof v === 'string' ? (v.length > MAX_TEXT ? `${v.slice(0, MAX_TEXT)}…` : v) : null

function isoOrNull(v: unknown, where: string, problems: ShapeProblem[]): string | null {
  if (v === undefined || v === null) return null
  const t = typeof v === 'number' ? v : typeof v === 'string' ? Date.parse(v) : NaN
  if (Number.isNaN(t)) {
    problems.push({ where, problem: 'must be an ISO 8601 time' })
    return null
  }
  return new Date(t).toISOString()
}

/**
 * canary-rollout's timeline: a JSON array of stages. Each stage needs its traffic share
 * (`traffic_percentage`, `traffic`, `weight` or `percent`, 0–100); `name`/`stage`,
 * `status`/`verdict`/`result`/`outcome`, `started_at`, `finished_at`/`ended_at`, `duration_seconds` or
 * `duration_ms` and `reason` are read when present; anything else is ignored.
 */
export function readTimeline(doc: unknown, problems: ShapeProblem[]): RolloutStage[] {
  const list = isObj(doc) && Array.isArray(doc.timeline) ? doc.timeline : doc
  if (!Array.isArray(list)) {
    problems.push({ where: '', problem: "must be a JSON array of stages (canary-rollout's timeline output)" })
    return []
  }
  if (list.length > 1000) {
    problems.push({ where: '', problem: `has ${list.length} stages; at most 1000` })
    return []
  }
  return list.flatMap((item, i): RolloutStage[] => {
    const where = `stage ${i + 1}`
    if (!isObj(item)) {
      problems.push({ where, problem: 'must be an object' })
      return []
    }
    const pct = first(item, ['traffic_percentage', 'traffic', 'weight', 'percent'])
    if (typeof pct !== 'number' || !(pct >= 0 && pct <= 100)) {
      problems.push({ where, problem: 'needs traffic_percentage (or weight): a number from 0 to 100' })
      return []
    }
    // A stage's name (canary-rollout's `watch`, the window after the promotion) before its number.
    const name = first(item, ['name', 'stage'])
    const status = first(item, ['status', 'verdict', 'result', 'outcome'])
    const dSec = first(item, ['duration_seconds'])
    const dMs = first(item, ['duration_ms', 'durationMs'])
    const duration = typeof dSec === 'number' ? dSec : typeof dMs === 'number' ? dMs / 1000 : null
    return [
      {
        stage:
          typeof name === 'string' && name !== ''
            ? (short(name) ?? `stage ${i + 1}`)
            : typeof name === 'number'
              ? String(name)
              : `${pct}%`,
        traffic_percentage: pct,
        status:
          typeof status === 'string' && status !== ''
            ? (short(status) as string)
            : typeof status === 'boolean'
              ? status
                ? 'healthy'
                : 'unhealthy'
              : 'unknown',
        started_at: isoOrNull(first(item, ['started_at', 'startedAt', 'start']), `${where} started_at`, problems),
        finished_at: isoOrNull(
          first(item, ['finished_at', 'finishedAt', 'ended_at', 'endedAt', 'end']),
          `${where} finished_at`,
          problems,
        ),
        duration_seconds: duration !== null && duration >= 0 ? Math.round(duration * 1000) / 1000 : null,
        reason: short(first(item, ['reason', 'message'])),
      },
    ]
  })
}

/**
 * canary-rollout's `apps` output: a JSON array of {app, stable, canary, previous}, one per
 * Container App of the release (also read: service, revision, previous_revision).
 */
export function readRevisions(doc: unknown, problems: ShapeProblem[]): ServiceRevision[] {
  if (!Array.isArray(doc) || doc.length > 100) {
    problems.push({ where: '', problem: "must be a JSON array of at most 100 apps (canary-rollout's apps output)" })
    return []
  }
  return doc.flatMap((item, i): ServiceRevision[] => {
    const where = `app ${i + 1}`
    const service = isObj(item) ? short(first(item, ['service', 'app'])) : null
    const revision = isObj(item) ? short(first(item, ['revision', 'stable'])) : null
    if (!isObj(item) || !service || !revision) {
      problems.push({ where, problem: 'needs app (or service) and stable (or revision)' })
      return []
    }
    const previous = short(first(item, ['previous_revision', 'previous']))
    return [{ service, revision, previous_revision: previous && previous !== revision ? previous : null }]
  })
}

/** smoke-test's `report` output (or report file): `{passed, startedAt, durationMs, checks: [...]}`. */
export function readSmokeReport(doc: unknown, problems: ShapeProblem[]): HealthChecks | null {
  if (!isObj(doc) || typeof doc.passed !== 'boolean' || !Array.isArray(doc.checks)) {
    problems.push({
      where: '',
      problem: "must be smoke-test's report: an object with passed (true/false) and checks (a list)",
    })
    return null
  }
  const checks = doc.checks.flatMap((c, i): HealthCheck[] => {
    if (!isObj(c) || typeof c.name !== 'string' || typeof c.passed !== 'boolean') {
      problems.push({ where: `check ${i + 1}`, problem: 'needs name (text) and passed (true/false)' })
      return []
    }
    const latency = isObj(c.latency) ? c.latency : {}
    const version = isObj(c.version) ? c.version : {}
    const statuses = isObj(c.statuses)
      ? Object.fromEntries(
          Object.entries(c.statuses)
            .filter((e): e is [string, number] => Number.isInteger(e[1]))
            .slice(0, 50),
        )
      : null
    const url = typeof c.url === 'string' ? safeUri(c.url).uri : null
    return [
      {
        name: short(c.name) as string,
        passed: c.passed,
        critical: typeof c.critical === 'boolean' ? c.critical : null,
        url,
        attempts: Number.isInteger(c.attempts) ? (c.attempts as number) : null,
        statuses,
        samples: typeof latency.n === 'number' ? latency.n : Number.isInteger(c.samples) ? (c.samples as number) : null,
        p50_ms: typeof latency.p50 === 'number' ? Math.round(latency.p50 * 10) / 10 : null,
        p95_ms: typeof latency.p95 === 'number' ? Math.round(latency.p95 * 10) / 10 : null,
        version: short(version.served),
        reason: short(c.reason),
      },
    ]
  })
  return {
    passed: doc.passed,
    started_at: isoOrNull(doc.startedAt ?? doc.started_at, 'startedAt', problems),
    duration_ms: typeof doc.durationMs === 'number' ? doc.durationMs : null,
    checks,
  }
}

/**
 * db-backup's manifest (`db-backup-manifest/v1`: `backupId`, `object: {uri, sha256, size}`,
 * `verified: {how}`, `engine`, `createdAt`, `versions`), or the flat form: `backup_id` (or `id`),
 * `uri`, `sha256` (64 hex), `verified` (true/false, or an object of verification results whose
 * values are all true), `size`. `verified` is true only when a restore proved the backup: a
 * checksum proves the bytes, not that they restore. `kind` says what the backup is; a restore point
 * (Azure SQL, `azureSql.restorePoint.at`) has no object and no SHA-256: its uri is the database's
 * resource ID (`azureSql.databaseId`).
 */
export function readBackupManifest(doc: unknown, problems: ShapeProblem[]): BackupInfo | null {
  if (!isObj(doc)) {
    problems.push({ where: '', problem: "must be db-backup's manifest: a JSON object" })
    return null
  }
  const id = first(doc, ['backup_id', 'backupId', 'id'])
  const kindRaw = first(doc, ['kind'])
  const kind = kindRaw === 'dump' || kindRaw === 'bacpac' || kindRaw === 'restore-point' ? kindRaw : null
  const azureSql = isObj(doc.azureSql) ? doc.azureSql : {}
  const restorePoint = kind === 'restore-point' && isObj(azureSql.restorePoint) ? azureSql.restorePoint : undefined
  const object = isObj(doc.object) ? doc.object : doc
  const uri = kind === 'restore-point' ? first(azureSql, ['databaseId']) : first(object, ['uri', 'url', 'location'])
  const sha = first(object, ['sha256'])
  const verifiedRaw = first(doc, ['verified'])
  const before = problems.length
  if (typeof id !== 'string' || id === '')
    problems.push({ where: 'backup_id', problem: 'is missing: the backup id is text' })
  if (kindRaw !== undefined && kind === null)
    problems.push({ where: 'kind', problem: 'must be dump, bacpac or restore-point' })
  if (typeof uri !== 'string' || uri === '')
    problems.push({
      where: 'uri',
      problem:
        kind === 'restore-point'
          ? "is missing: a restore point names its database's resource ID (azureSql.databaseId)"
          : 'is missing: where the backup is, e.g. s3://bucket/key',
    })
  if (kind === 'restore-point') {
    if (typeof restorePoint?.at !== 'string' || Number.isNaN(Date.parse(restorePoint.at)))
      problems.push({
        where: 'restore_point_at',
        problem: 'is missing: a restore point names its instant (azureSql.restorePoint.at)',
      })
  } else if (typeof sha !== 'string' || !/^[0-9a-f]{64}$/i.test(sha))
    problems.push({ where: 'sha256', problem: 'must be 64 hexadecimal characters' })
  let verified: boolean | undefined
  if (typeof verifiedRaw === 'boolean') verified = verifiedRaw
  else if (isObj(verifiedRaw) && typeof verifiedRaw.how === 'string') verified = verifiedRaw.how === 'restore'
  else if (isObj(verifiedRaw))
    verified =
      Object.values(verifiedRaw).length > 0 &&
      Object.values(verifiedRaw).every((v) => v === true || (typeof v === 'object' && v !== null))
  else problems.push({ where: 'verified', problem: 'must be true or false (or an object of verification results)' })
  if (problems.length > before) return null
  const size = first(object, ['size_bytes', 'size', 'bytes'])
  const versions = isObj(doc.versions)
    ? Object.fromEntries(
        Object.entries(doc.versions)
          .filter((e): e is [string, string | number] => typeof e[1] === 'string' || typeof e[1] === 'number')
          .slice(0, 20),
      )
    : null
  return {
    backup_id: short(id) as string,
    uri: safeUri(uri as string).uri,
    ...(typeof sha === 'string' && kind !== 'restore-point' ? { sha256: sha.toLowerCase() } : {}),
    verified: verified as boolean,
    engine: short(first(doc, ['engine'])),
    size_bytes: Number.isInteger(size) && (size as number) >= 0 ? (size as number) : null,
    created_at: isoOrNull(first(doc, ['created_at', 'createdAt', 'timestamp']), 'created_at', problems),
    versions,
    kind,
    restore_point_at: restorePoint ? new Date(restorePoint.at as string).toISOString() : null,
  }
}

/** release-gate's `override` output: `{actor, reason, waived: [{gate, detail}]}`. */
export function readReleaseOverride(doc: unknown, problems: ShapeProblem[]): ReleaseOverride | null {
  if (!isObj(doc) || typeof doc.reason !== 'string' || doc.reason.trim() === '' || !Array.isArray(doc.waived)) {
    problems.push({
      where: '',
      problem: "must be release-gate's override output: an object with reason (text) and waived (a list)",
    })
    return null
  }
  const waived = doc.waived.flatMap((w, i) => {
    if (!isObj(w) || typeof w.gate !== 'string' || typeof w.detail !== 'string') {
      problems.push({ where: `waived item ${i + 1}`, problem: 'needs gate and detail (text)' })
      return []
    }
    return [{ gate: short(w.gate) as string, detail: short(w.detail) as string }]
  })
  return {
    actor: typeof doc.actor === 'string' ? (short(doc.actor) as string) : 'unknown',
    reason: doc.reason.slice(0, 500),
    waived,
  }
}

export { makeDeploymentId, parseInstant } from './time.ts'
