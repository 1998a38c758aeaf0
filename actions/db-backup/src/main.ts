import { createWriteStream, existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { PassThrough, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { AzureAuth } from '@deploy-actions/azure/auth'
import { azureAuthInputs } from '@deploy-actions/azure/auth-inputs'
import {
  ActionFailure,
  appendSummary,
  formatBytes,
  formatCount,
  formatDuration,
  plainText,
  InputIssues,
  readInputs,
  redact,
  setOutputs,
  type InputValues,
  log,
  openGroup,
  FormatError,
  parseUrl,
} from '@deploy-actions/core'
import {
  blobDestination,
  gate,
  HashingStream,
  joinKey,
  Tee,
  LOCATION_FORM,
  parseLocation,
  s3Destination,
  type Location,
  type Store,
} from '@deploy-actions/storage'
import { compressor, decompressed, decompressedBy, EXTENSION, type Compression } from './compression.ts'
import {
  connFromEnv,
  engineFor,
  parseDatabaseUrl,
  type Conn,
  type Engine,
  type EngineName,
  type RowCounts,
} from './engines.ts'
import { inputs, outputs } from './spec.ts'
import type { AzureSqlPlan } from './azure-sql.ts'
import { NPGSQL_FORM } from './connection-string.ts'
import { backupSource, describe, readManifest } from './stored.ts'

type Values = InputValues<typeof inputs>

/** What deployment-record embeds: everything needed to find, trust and restore the backup. */
export interface Manifest {
  schema: 'db-backup-manifest/v1'
  backupId: string
  deploymentId: string
  createdAt: string
  engine: EngineName
  /** dump (pg_dump, mariadb-dump); azure-sql.ts writes bacpac and restore-point manifests of the same shape. */
  kind: 'dump'
  database: string
  format: string
  compression: Compression
  object: { uri: string; key: string; size: number; sha256: string }
  versions: { server: string; client: string }
  /** Rows per table when the dump was taken; `rowCountsSnapshot` says whether in the dump's own snapshot. */
  tables: RowCounts
  rowCountsSnapshot: 'same' | 'separate'
  verified: { how: 'restore' | 'checksum' | 'none'; detail: string; durationMs: number }
  durationMs: number
  source: ReturnType<typeof backupSource>
}

const ID = /^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/
const ID_FORM = 'letters, digits, dot, dash or underscore (1-128, starting with a letter or digit)'

interface Plan {
  mode: 'backup' | 'restore'
  engine: Engine
  conn: Conn
  scratch?: Conn
  location: Location
  /** Entra ID sign-in for an Azure Blob location given without azure-connection-string. */
  azure?: AzureAuth
  /** restore: the manifest's key. */
  manifestKey?: string
  backupId: string
  deploymentId: string
}

export async function run(): Promise<void> {
  const issues = new InputIssues()
  const values = await readInputs(inputs, issues)
  const plan = await makePlan(values, issues)
  issues.throwIfAny()
  if (!plan) throw new Error('no plan')
  if ('kind' in plan) {
    // Azure SQL: through ARM, in its own module (see azure-sql.ts).
    const store = await openStore(
      { location: plan.location, azure: blobSignIn(plan.location, values, plan.auth) },
      values,
    )
    try {
      const sql = await import('./azure-sql.ts')
      if (plan.mode === 'backup') await sql.backupAzureSql(plan, store, values)
      else await sql.restoreAzureSql(plan, store, values)
    } finally {
      store.close()
    }
    return
  }
  const store = await openStore(plan, values)
  try {
    if (plan.mode === 'backup') await backup(plan, store, values)
    else await restore(plan, store, values)
  } finally {
    store.close()
  }
}

/** The Entra sign-in for an Azure Blob location without azure-connection-string (azure-sql signs in to ARM anyway). */
function blobSignIn(loc: Location, v: Values, auth: AzureAuth): AzureAuth | undefined {
  return loc.kind === 'azure-blob' && v['azure-connection-string'] === undefined ? auth : undefined
}

/** Inputs of engine azure-sql only (azure-sql-backup has a default: only restore-point counts as given). */
const AZURE_SQL_ONLY = [
  'azure-sql-server',
  'resource-group',
  'azure-sql-admin-login',
  'azure-sql-admin-password',
] as const

/** The Azure sign-in inputs, for Azure Blob locations given without azure-connection-string. */
const AZURE_SIGN_IN = Object.keys(azureAuthInputs) as Array<keyof typeof azureAuthInputs>

async function makePlan(v: Values, issues: InputIssues): Promise<Plan | AzureSqlPlan | undefined> {
  const azureSql = v.engine === 'azure-sql'
  let engineName = v.engine === 'azure-sql' ? undefined : v.engine
  let conn: Conn | undefined
  if (!azureSql) {
    for (const k of AZURE_SQL_ONLY) if (v[k] !== undefined) issues.add(k, 'applies to engine azure-sql only')
    if (v['azure-sql-backup'] === 'restore-point') issues.add('azure-sql-backup', 'applies to engine azure-sql only')
  }
  if (azureSql) {
    // azure-sql.ts checks its own inputs.
  } else if (v['database-url'] !== undefined) {
    try {
      const parsed = parseDatabaseUrl(v['database-url'])
      if (engineName && engineName !== parsed.engine)
        issues.add('engine', `is ${engineName} but database-url is a ${parsed.engine} URL: give one engine`)
      engineName = parsed.engine
      conn = parsed.conn
    } catch (err) {
      issues.add(
        'database-url',
        `${(err as Error).message}; give a URL such as postgres://user:password@host:5432/app or mysql://user:password@host:3306/app, or ${NPGSQL_FORM}`,
      )
    }
  } else if (!engineName) {
    issues.add(
      'engine',
      'is required when database-url is not given: give postgres or mysql (the connection then comes from PGHOST/PGUSER/... or MYSQL_HOST/MYSQL_USER/...)',
    )
  }
  if (engineName && !conn && v['database-url'] === undefined) conn = connFromEnv(engineName)
  if (conn && v.database) conn = { ...conn, database: v.database }
  if (!azureSql && conn && !conn.database)
    issues.add(
      'database',
      `is required: give the database name in database-url's path, as database, or in ${engineName === 'mysql' ? 'MYSQL_DATABASE' : 'PGDATABASE'}`,
    )

  let scratch: Conn | undefined
  if (v['scratch-database-url'] !== undefined && !azureSql) {
    try {
      const parsed = parseDatabaseUrl(v['scratch-database-url'])
      if (engineName && parsed.engine !== engineName)
        issues.add('scratch-database-url', `is a ${parsed.engine} URL but the engine is ${engineName}`)
      else if (!parsed.conn.database)
        issues.add(
          'scratch-database-url',
          'names no database: give a URL such as postgres://user:password@host:5432/scratch',
        )
      else if (
        conn &&
        parsed.conn.database === conn.database &&
        parsed.conn.host === conn.host &&
        parsed.conn.port === conn.port
      )
        issues.add('scratch-database-url', 'is the database being backed up: give an empty scratch database')
      scratch = parsed.conn
    } catch (err) {
      issues.add(
        'scratch-database-url',
        `${(err as Error).message}; give a URL such as postgres://user:password@host:5432/scratch, or ${NPGSQL_FORM}`,
      )
    }
  }

  const deploymentId =
    v['deployment-id'] ?? `${process.env.GITHUB_RUN_ID ?? 'local'}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`
  if (!ID.test(deploymentId))
    issues.add('deployment-id', `must be ${ID_FORM}; got ${JSON.stringify(deploymentId.slice(0, 80))}`)
  if (v['backup-id'] !== undefined && !ID.test(v['backup-id']))
    issues.add('backup-id', `must be ${ID_FORM}; got ${JSON.stringify(v['backup-id'].slice(0, 80))}`)

  let location: Location | undefined
  /** The input the location came from, for messages. */
  let locationInput = 'destination'
  let manifestKey: string | undefined
  let backupId = deploymentId
  if (v.mode === 'backup') {
    if (v['backup-uri'] !== undefined)
      issues.add('backup-uri', 'is for mode restore: a backup is written to destination')
    if (v['backup-id'] !== undefined) issues.add('backup-id', 'is for mode restore: a backup is named by deployment-id')
    if (v.destination === undefined) issues.add('destination', `is required in mode backup: give ${LOCATION_FORM}`)
    else location = parseLoc('destination', v.destination, issues)
  } else if (v.mode === 'restore') {
    if (v['backup-uri'] !== undefined) {
      if (v['backup-id'] !== undefined) issues.add('backup-id', 'cannot be combined with backup-uri: give one of them')
      locationInput = 'backup-uri'
      const loc = parseLoc('backup-uri', v['backup-uri'], issues)
      if (loc) {
        const dir = loc.prefix.endsWith('manifest.json')
          ? loc.prefix.replace(/\/?manifest\.json$/, '')
          : loc.prefix.replace(/\/?[^/]*$/, '')
        manifestKey = joinKey(dir, 'manifest.json')
        backupId = dir.split('/').pop() ?? backupId
        location = { ...loc, prefix: '' }
      }
    } else if (v['backup-id'] !== undefined && v.destination !== undefined) {
      location = parseLoc('destination', v.destination, issues)
      backupId = v['backup-id']
      if (location) manifestKey = joinKey(location.prefix, backupId, 'manifest.json')
    } else {
      issues.add(
        'backup-uri',
        'or backup-id with destination is required in mode restore: give the backup to restore, e.g. s3://backups/app/<id>/manifest.json',
      )
    }
  }

  let azure: AzureAuth | undefined
  if (azureSql) {
    // ARM needs a sign-in whatever the destination; an Azure Blob destination without a connection string uses it too.
    const { resolveAzureAuth } = await import('@deploy-actions/azure/auth')
    azure = resolveAzureAuth(v, issues, { needsSubscription: true })
  }
  if (location) {
    const s3Only = (
      [
        's3-endpoint',
        's3-region',
        'server-side-encryption',
        'kms-key-id',
        'object-lock-mode',
        'retention-days',
      ] as const
    ).filter((k) => v[k] !== undefined && !(k === 'retention-days'))
    // cloud always has a value (action.yml's default): only another cloud counts as given. azure-sql signs in to ARM with them.
    const signIn = azureSql
      ? []
      : AZURE_SIGN_IN.filter((k) => v[k] !== undefined && !(k === 'cloud' && v.cloud === 'AzureCloud'))
    if (location.kind === 'azure-blob') {
      for (const k of s3Only) issues.add(k, 'applies to S3 destinations only')
      if (v['azure-connection-string'] !== undefined) {
        for (const k of signIn)
          issues.add(
            k,
            'cannot be combined with azure-connection-string: sign in to Azure Blob one way, with the ' +
              'connection string or with Entra ID (client-id, tenant-id)',
          )
      } else if (azureSql) {
        if (!location.accountUrl?.startsWith('https:'))
          issues.add(
            locationInput,
            'needs azure-connection-string, or an https://<account>.blob.core.windows.net/<container>/prefix destination for Entra ID sign-in',
          )
      } else if (!location.accountUrl) {
        issues.add(
          locationInput,
          'names no storage account: azblob:// needs azure-connection-string (a secret); for Entra ID sign-in ' +
            'give https://<account>.blob.core.windows.net/<container>/prefix',
        )
      } else if (!location.accountUrl.startsWith('https:')) {
        issues.add(
          locationInput,
          'is an http URL: Entra ID sign-in sends its token over https only; give ' +
            'https://<account>.blob.core.windows.net/<container>/prefix, or azure-connection-string',
        )
      } else {
        // Loaded only now: the identity library costs about 30 MB and 300 ms, which S3 and
        // connection-string runs do not pay. No request is sent until the store is used.
        const { resolveAzureAuth } = await import('@deploy-actions/azure/auth')
        azure = resolveAzureAuth(v, issues, { needsSubscription: false })
      }
      if (v['storage-class'] && !['Hot', 'Cool', 'Cold', 'Archive'].includes(v['storage-class']))
        issues.add('storage-class', `must be Hot, Cool, Cold or Archive for Azure Blob; got "${v['storage-class']}"`)
    } else {
      if (v['azure-connection-string'] !== undefined)
        issues.add('azure-connection-string', 'applies to Azure Blob destinations only')
      for (const k of signIn) issues.add(k, 'applies to Azure Blob destinations only')
      if (v['storage-class'] && ['Hot', 'Cool', 'Cold', 'Archive'].includes(v['storage-class']))
        issues.add(
          'storage-class',
          `must be an S3 storage class such as STANDARD_IA for S3; got "${v['storage-class']}"`,
        )
      if (v['s3-endpoint'] !== undefined) {
        try {
          parseUrl(v['s3-endpoint'])
        } catch (err) {
          // parseUrl masks credentials and says so without quoting them.
          const why = err instanceof FormatError && err.message ? ` (${err.message})` : ''
          const got = err instanceof FormatError && err.hideInput ? '' : `; got ${JSON.stringify(v['s3-endpoint'])}`
          issues.add(
            's3-endpoint',
            `must be an http or https URL such as https://s3.eu-west-1.amazonaws.com${why}${got}`,
          )
        }
      }
      if (v['kms-key-id'] !== undefined && v['server-side-encryption'] !== 'aws:kms')
        issues.add('kms-key-id', 'needs server-side-encryption: aws:kms')
      if (v['object-lock-mode'] !== undefined && v['retention-days'] === undefined)
        issues.add('object-lock-mode', 'needs retention-days: how long the object stays locked')
    }
  }
  for (const tag of v.tags ?? []) {
    if (!/^[^=\s][^=]{0,127}=.{0,256}$/.test(tag))
      issues.add('tags', `must be key=value pairs such as kind=pre-migration; got ${JSON.stringify(tag.slice(0, 80))}`)
  }
  if (v['compression-level'] !== undefined) {
    if (v.compression === 'gzip' && v['compression-level'] > 9)
      issues.add('compression-level', 'must be from 1 to 9 for gzip')
    if (v.compression === 'none') issues.add('compression-level', 'needs compression zstd or gzip')
  }
  if (
    v['client-bin-dir'] !== undefined &&
    !(existsSync(v['client-bin-dir']) && statSync(v['client-bin-dir']).isDirectory())
  ) {
    issues.add(
      'client-bin-dir',
      `must be a folder holding the database client tools; ${JSON.stringify(v['client-bin-dir'])} is not one`,
    )
  }
  if (azureSql) {
    const { planAzureSql } = await import('./azure-sql.ts')
    return planAzureSql(v, issues, { auth: azure, location, locationInput, backupId, deploymentId, manifestKey })
  }
  if (!engineName || !conn || !location || !v.mode) return undefined
  return {
    mode: v.mode,
    engine: engineFor(engineName, v['client-bin-dir']),
    conn,
    scratch,
    location,
    azure,
    manifestKey,
    backupId,
    deploymentId,
  }
}

function parseLoc(input: string, raw: string, issues: InputIssues): Location | undefined {
  try {
    return parseLocation(raw)
  } catch (err) {
    issues.add(input, `${(err as Error).message}: give ${LOCATION_FORM}`)
    return undefined
  }
}

async function openStore(plan: Pick<Plan, 'location' | 'azure'>, v: Values): Promise<Store> {
  const loc = plan.location
  if (loc.kind === 's3') {
    const retainUntil = v['retention-days'] ? new Date(Date.now() + v['retention-days'] * 86_400_000) : undefined
    return s3Destination({
      bucket: loc.bucket,
      region: v['s3-region'],
      endpoint: v['s3-endpoint'],
      timeoutMs: v['network-timeout'],
      serverSideEncryption: v['server-side-encryption'],
      kmsKeyId: v['kms-key-id'],
      storageClass: v['storage-class'],
      objectLock: v['object-lock-mode'] && retainUntil ? { mode: v['object-lock-mode'], retainUntil } : undefined,
    })
  }
  const opts = { container: loc.container, timeoutMs: v['network-timeout'], tier: v['storage-class'] }
  if (plan.azure && loc.accountUrl) {
    // The SDK asks Entra for https://storage.azure.com/.default tokens; the log says how, never a token.
    log.info(`Azure Blob: ${plan.azure.method}; account ${loc.accountUrl}`)
    return blobDestination(
      { credential: plan.azure.credential, accountUrl: loc.accountUrl, method: plan.azure.method },
      opts,
    )
  }
  log.info('Azure Blob: the account and key (or SAS) of azure-connection-string')
  return blobDestination({ connectionString: v['azure-connection-string'] ?? '' }, opts)
}

// ---------------------------------------------------------------------------------------------

async function backup(plan: Plan, store: Store, v: Values): Promise<void> {
  const { engine, conn } = plan
  const started = performance.now()
  const dir = joinKey(plan.location.prefix, plan.backupId)
  const key = joinKey(dir, `${conn.database}${engine.extension}${EXTENSION[v.compression]}`)
  const manifestKey = joinKey(dir, 'manifest.json')

  // The database and the storage are asked at once: neither answer changes the other question.
  const existingManifest = store.size(manifestKey).catch((err: unknown) => {
    // The first request to storage: a refused sign-in or a missing role ends the run here.
    throw new ActionFailure(`Backup ${plan.backupId} not started, nothing was stored: ${describe(err)}`)
  })
  existingManifest.catch(() => {})
  const endChecks = openGroup(
    `Before the dump: the server, the storage${v.verify === 'restore' ? ', the scratch database' : ''}`,
  )
  // The scratch database the verification restores into is made before the dump: a role that may
  // not create one learns it before production is dumped, not after a backup nobody can verify.
  // It is made while the versions are asked (CREATE DATABASE may wait for a checkpoint), and
  // dropped again when a check refuses the run.
  const making = v.verify === 'restore' && plan.scratch === undefined ? engine.createScratch(conn) : undefined
  making?.catch(() => {})
  let versions: Manifest['versions']
  try {
    versions = await engine.versions(conn)
    log.info(
      `${engine.name === 'postgres' ? 'PostgreSQL' : 'MySQL/MariaDB'} ${versions.server} at ${engine.describe(conn)}; dump client ${versions.client}`,
    )
    const existing = await existingManifest
    if (existing !== undefined) {
      throw new ActionFailure(
        `A backup with id ${plan.backupId} already exists (${store.uri(manifestKey)}): backups are never overwritten; give another deployment-id`,
      )
    }

    // A scratch database given is checked empty then too: the restore runs alongside the upload.
    if (v.verify === 'restore' && plan.scratch !== undefined) {
      if ((await engine.tableCount(plan.scratch)) > 0)
        throw new ActionFailure(
          `Backup ${plan.backupId} not started, nothing was stored: the scratch database ${engine.describe(plan.scratch)} is not empty: the restore verification needs an empty one`,
        )
    } else if (making) {
      await making.catch((err: unknown) => {
        throw new ActionFailure(`Backup ${plan.backupId} not started, nothing was stored: ${describe(err)}`)
      })
    }
  } catch (err) {
    await making?.then((scratch) => engine.dropScratch(scratch)).catch(() => {})
    throw err
  } finally {
    endChecks()
  }
  // A scratch database made here (settled by now) is dropped as soon as its restore was checked,
  // while the object is completed and read back; said at the end, in the order of the log.
  const made = await making
  let dropping: Promise<void> | undefined
  const drop = (scratch: Conn) => (dropping ??= engine.dropScratch(scratch))
  try {
    await dumpAndVerify(plan, store, v, {
      key,
      manifestKey,
      started,
      versions,
      scratch: made ?? plan.scratch,
      restoreChecked: made ? () => void drop(made).catch(() => {}) : undefined,
    })
  } finally {
    if (made) {
      const name = made.database
      const endCleanup = openGroup(`Cleanup: the scratch database ${name}`)
      await drop(made)
        .then(
          () => log.info(`Dropped the scratch database ${name}`),
          (err: unknown) =>
            log.warning(`Could not drop the scratch database ${name}: ${describe(err)}`, {
              title: 'Scratch database left behind',
            }),
        )
        .finally(endCleanup)
    }
  }
}

/**
 * The dump streamed to storage and verified, the manifest written. With verify restore the scratch
 * database (`at.scratch`, empty) is restored from the same bytes as they are uploaded; the object is
 * completed only once that restore succeeded and its row counts matched, then read back.
 */
async function dumpAndVerify(
  plan: Plan,
  store: Store,
  v: Values,
  at: {
    key: string
    manifestKey: string
    started: number
    versions: Manifest['versions']
    scratch?: Conn
    /** Called once the restore alongside succeeded and its counts matched: the scratch is free. */
    restoreChecked?: () => void
  },
): Promise<void> {
  const { engine, conn } = plan
  const { key, manifestKey, started, versions } = at
  const endDump = openGroup(`Dump and upload${v.verify === 'restore' && at.scratch ? ', restored alongside' : ''}`)
  try {
    log.info(`Dumping ${conn.database} (${engine.format}, ${v.compression}) to ${store.uri(key)}`)
    const compress = compressor(v.compression, v['compression-level'])
    const dump = await engine.dump(conn, { lockWaitTimeoutMs: v['lock-wait-timeout'], into: compress })
    const gated = gate(dump.done)
    const scratch = v.verify === 'restore' ? at.scratch : undefined
    const restoring = scratch ? restoreAlongside(engine, scratch, v.compression, dump.counts) : undefined
    restoring?.checked.then(at.restoreChecked, () => {})
    if (scratch && restoring)
      log.info(`Verifying as it uploads: restoring the same bytes into ${engine.describe(scratch)}${restoring.by}`)
    // With a restore alongside, the object is completed only once it restored and its counts
    // matched (completeAfter): no object unless it restored. Its parts go meanwhile.
    const body = restoring ? new PassThrough() : gated
    const tee = restoring ? new Tee([body, restoring.input]) : undefined
    const flowing = (tee ? pipeline(compress, gated, tee) : pipeline(compress, gated)).catch((err: unknown) => {
      body.destroy(err instanceof Error ? err : new Error(String(err)))
    })
    const tags = Object.fromEntries(
      (v.tags ?? []).map((t) => [t.slice(0, t.indexOf('=')), t.slice(t.indexOf('=') + 1)]),
    )
    if (v['retention-days'])
      tags['retain-until'] ??= new Date(Date.now() + v['retention-days'] * 86_400_000).toISOString().slice(0, 10)
    let uploaded
    try {
      uploaded = await store.upload(key, body, {
        metadata: {
          deployment_id: plan.deploymentId,
          engine: engine.name,
          database: conn.database,
          format: engine.format.replace(/-/g, '_'),
          compression: v.compression,
        },
        tags,
        completeAfter: restoring?.checked,
      })
      // Settled by now: the store completed the object only after it.
      await restoring?.checked
    } catch (err) {
      dump.kill()
      // The restore's own failure when it came first: its branch failed, or it failed after the whole
      // dump went through (the upload then waits for it); not when the dump or the upload failed first.
      const restoreFailure =
        restoring && tee && (tee.failedBranch === 1 || (tee.failedBranch === undefined && tee.writableFinished))
          ? await restoring.checked.then(
              () => undefined,
              (e: unknown) => e,
            )
          : undefined
      await restoring?.checked.catch(() => {}) // the scratch database is dropped only once its restore ended
      const stored = await store.size(key).catch(() => undefined)
      throw new ActionFailure(
        `Backup failed, nothing stored at ${store.uri(key)}${stored !== undefined ? ' (BUT AN OBJECT EXISTS THERE)' : ''}: ` +
          (restoreFailure !== undefined
            ? `the restore verification into ${engine.describe(scratch as Conn)} failed: ${describe(restoreFailure)}`
            : describe(err)),
      )
    }
    await flowing
    const tables = await dump.counts
    const dumpMs = performance.now() - started
    log.info(
      `Stored ${formatBytes(uploaded.bytes)} (sha256 ${uploaded.sha256}) in ${formatDuration(dumpMs)}; ${Object.keys(tables).length} table(s), ${sum(tables)} row(s)`,
    )

    endDump()
    const endVerify = openGroup(`Verification (${v.verify})`)
    const verified = await (
      restoring
        ? readBackRestored(store, key, uploaded, restoring.hasher, tables)
        : verifyBackup(store, key, uploaded, v)
    ).finally(endVerify)
    const manifest: Manifest = {
      schema: 'db-backup-manifest/v1',
      backupId: plan.backupId,
      deploymentId: plan.deploymentId,
      createdAt: new Date().toISOString(),
      engine: engine.name,
      kind: 'dump',
      database: conn.database,
      format: engine.format,
      compression: v.compression,
      object: { uri: uploaded.uri, key, size: uploaded.bytes, sha256: uploaded.sha256 },
      versions,
      tables,
      rowCountsSnapshot: dump.countsSnapshot,
      verified,
      durationMs: Math.round(performance.now() - started),
      source: backupSource(),
    }
    const manifestText = redact(JSON.stringify(manifest, null, 2))
    await store.put(manifestKey, manifestText, { contentType: 'application/json', tags })
    log.info(`Manifest: ${store.uri(manifestKey)}`)
    await appendSummary(summary('Database backup', manifest, store.uri(manifestKey)))
    setOutputs(outputs, {
      'backup-id': plan.backupId,
      uri: uploaded.uri,
      'manifest-uri': store.uri(manifestKey),
      size: uploaded.bytes,
      sha256: uploaded.sha256,
      'duration-seconds': (manifest.durationMs / 1000).toFixed(1),
      verified: verified.how,
      'backup-kind': 'dump',
      manifest: JSON.stringify(manifest),
    })
  } finally {
    endDump()
  }
}

/**
 * The scratch restore fed from the upload's own bytes: `input` takes the compressed stream (hashed,
 * decompressed, into pg_restore or the mysql client); `checked` resolves once the tool exited 0 and
 * the restored tables' row counts equal the dump's.
 */
function restoreAlongside(
  engine: Engine,
  scratch: Conn,
  compression: Compression,
  dumped: Promise<RowCounts>,
): { input: HashingStream; hasher: HashingStream; checked: Promise<void>; by: string } {
  const hasher = new HashingStream()
  const input = decompressed(compression, hasher)
  const checked = engine.restore(scratch, input, { clean: false }).then(async () => {
    const [expected, restored] = await Promise.all([dumped, engine.rowCounts(scratch)])
    compareCounts(expected, restored, 'the restored copy')
  })
  checked.catch(() => {})
  return { input: hasher, hasher, checked, by: decompressedBy(compression, input) }
}

/** Verify restore's end: the restored bytes are the uploaded ones, and the stored object reads back as them. */
async function readBackRestored(
  store: Store,
  key: string,
  uploaded: { bytes: number; sha256: string },
  restoredHash: HashingStream,
  tables: RowCounts,
): Promise<Manifest['verified']> {
  const started = performance.now()
  checkDigest(`the bytes restored from ${store.uri(key)}`, restoredHash, uploaded)
  await readBack(store, key, uploaded)
  const detail =
    `restored into a scratch database as it was uploaded; ${Object.keys(tables).length} table(s) and ` +
    `${sum(tables)} row(s) match the dump's counts; SHA-256 of the bytes restored, of the bytes uploaded ` +
    `and of the object read back match`
  log.info(`Verified (restore): ${detail}`)
  return { how: 'restore', detail, durationMs: Math.round(performance.now() - started) }
}

/** verify none or checksum (restore runs alongside the upload: restoreAlongside). */
async function verifyBackup(
  store: Store,
  key: string,
  uploaded: { bytes: number; sha256: string },
  v: Values,
): Promise<Manifest['verified']> {
  const started = performance.now()
  if (v.verify === 'checksum') {
    const bytes = await readBack(store, key, uploaded)
    const detail = `read back ${formatBytes(bytes)}: SHA-256 matches what was uploaded (restorability not checked)`
    log.info(`Verified (checksum): ${detail}`)
    return { how: 'checksum', detail, durationMs: Math.round(performance.now() - started) }
  }
  log.warning('verify is none: the backup was neither read back nor restored; it is not known to be restorable')
  return { how: 'none', detail: 'not verified', durationMs: 0 }
}

/** Reads the stored object back and checks its SHA-256 and size; resolves with its size. */
async function readBack(store: Store, key: string, uploaded: { bytes: number; sha256: string }): Promise<number> {
  const hasher = new HashingStream()
  await pipeline(await store.download(key), hasher, devNull())
  checkDigest(store.uri(key), hasher, uploaded)
  return hasher.bytes
}

// ---------------------------------------------------------------------------------------------

async function restore(plan: Plan, store: Store, v: Values): Promise<void> {
  const { engine, conn } = plan
  const started = performance.now()
  const manifestKey = plan.manifestKey as string
  const manifest = await readManifest<Manifest>(store, manifestKey)
  if (manifest.schema !== 'db-backup-manifest/v1' || !manifest.object?.sha256)
    throw new ActionFailure(`${store.uri(manifestKey)} is not a db-backup manifest`)
  if (manifest.engine !== engine.name)
    throw new ActionFailure(
      `Backup ${manifest.backupId} is a ${manifest.engine} backup but the target is ${engine.name}`,
    )
  log.info(
    `Backup ${manifest.backupId}: ${manifest.database} from ${manifest.createdAt}, ${formatBytes(manifest.object.size)}, verified: ${manifest.verified.how}`,
  )

  const versions = await engine.versions(conn)
  const existing = await engine.tableCount(conn)
  if (existing > 0 && !v['confirm-overwrite']) {
    throw new ActionFailure(
      `The target ${engine.describe(conn)} is not empty (${existing} table(s) or other relations): refusing ` +
        `to restore over it; set confirm-overwrite: true to replace them`,
    )
  }

  // Download and hash before touching the target: a corrupted object must never reach it.
  const temp = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'db-backup-'))
  const file = join(temp, 'backup')
  const endRestore = openGroup(`Download, checksum and restore into ${engine.describe(conn)}`)
  try {
    const hasher = new HashingStream()
    await pipeline(await store.download(manifest.object.key), hasher, createWriteStream(file))
    checkDigest(manifest.object.uri, hasher, { bytes: manifest.object.size, sha256: manifest.object.sha256 })
    log.info(`Checksum verified: ${formatBytes(hasher.bytes)}, sha256 ${hasher.digest()}`)
    const input = decompressed(manifest.compression, { file })
    log.info(
      `Restoring into ${engine.describe(conn)}${existing > 0 ? ' (replacing its objects: confirm-overwrite)' : ''}` +
        decompressedBy(manifest.compression, input),
    )
    await engine.restore(conn, input, { clean: existing > 0 })
  } finally {
    endRestore()
    rmSync(temp, { recursive: true, force: true })
  }
  const restored = await engine.rowCounts(conn)
  compareCounts(manifest.tables, restored, 'the restored database')
  const durationMs = Math.round(performance.now() - started)
  log.info(
    `Restored ${manifest.backupId} into ${engine.describe(conn)} ` +
      `in ${formatDuration(durationMs)}: ${Object.keys(restored).length} table(s), ${sum(restored)} row(s) match the manifest`,
  )
  await appendSummary(
    summary(
      'Database restore',
      manifest,
      store.uri(manifestKey),
      `restored into ${engine.describe(conn)} (server ${versions.server}); row counts match the manifest`,
    ),
  )
  setOutputs(outputs, {
    'backup-id': manifest.backupId,
    uri: manifest.object.uri,
    'manifest-uri': store.uri(manifestKey),
    size: manifest.object.size,
    sha256: manifest.object.sha256,
    'duration-seconds': (durationMs / 1000).toFixed(1),
    verified: 'restore',
    'backup-kind': manifest.kind ?? 'dump',
    'restored-database': conn.database,
    manifest: JSON.stringify(manifest),
  })
}

// ---------------------------------------------------------------------------------------------

function checkDigest(uri: string, hasher: HashingStream, expected: { bytes: number; sha256: string }): void {
  if (!hasher.readableEnded && !hasher.writableFinished)
    throw new ActionFailure(`${uri} was not read to its end: the verification is void`)
  const got = hasher.digest()
  if (got !== expected.sha256 || hasher.bytes !== expected.bytes) {
    throw new ActionFailure(
      `Checksum mismatch for ${uri}: read ${hasher.bytes} bytes with sha256 ${got}, ` +
        `expected ${expected.bytes} bytes with sha256 ${expected.sha256}; the object is corrupted or was replaced`,
    )
  }
}

function compareCounts(expected: RowCounts, got: RowCounts, what: string): void {
  const names = [...new Set([...Object.keys(expected), ...Object.keys(got)])].sort()
  const diffs = names
    .filter((n) => expected[n] !== got[n])
    .map((n) => `${n}: ${expected[n] ?? 'absent'} expected, ${got[n] ?? 'absent'} found`)
  if (diffs.length > 0)
    throw new ActionFailure(
      `Row counts of ${what} differ from the backup's: ${diffs.slice(0, 5).join('; ')}${diffs.length > 5 ? ` (and ${diffs.length - 5} more)` : ''}`,
    )
}

/**
 * The summary read at 2 a.m.: what is safe now (the backup verified, where, how big; or the
 * database restored) first, then how that was established, then what to do next; the record's
 * particulars in <details> (no table of label/value rows under an empty header).
 */
function summary(title: string, m: Manifest, manifestUri: string, restored?: string): string {
  const counts = `${Object.keys(m.tables).length} tables, ${formatCount(sum(m.tables))} rows`
  const size = formatBytes(m.object.size)
  const verdict =
    m.verified.how === 'restore'
      ? `restorable (${counts})`
      : m.verified.how === 'checksum'
        ? `checksum verified, not restored (${counts})`
        : `NOT verified (${counts})`
  const head = restored
    ? `### ✅ Backup ${m.backupId} of ${m.database} restored: ${counts}, row counts match`
    : `### ${m.verified.how === 'none' ? '⚠️' : '✅'} Backup of ${m.database} ${m.verified.how === 'none' ? 'stored' : 'verified'}: ${size} in ${m.object.uri}, ${verdict}`
  const how = restored ? `Restored: ${restored}.` : `Verification (${m.verified.how}): ${m.verified.detail}.`
  const next = restored
    ? '**What now:** point the application at the restored database if it is not already, and check it answers.'
    : `**What now:** nothing; to restore this backup, run db-backup with \`mode: restore\` and \`backup-id: ${m.backupId}\`.`
  const details = [
    `- Backup id: ${m.backupId}`,
    `- Object: ${m.object.uri} (${size}, ${m.format}, ${m.compression})`,
    `- Manifest: ${manifestUri}`,
    `- Engine: ${m.engine} ${m.versions.server} (dump client ${m.versions.client})`,
    `- SHA-256: ${m.object.sha256}`,
  ]
  return [
    plainText(head.slice(4)).replace(/^/, '### '),
    '',
    plainText(how),
    '',
    next,
    '',
    `<details><summary>${title}: the record</summary>`,
    '',
    ...details.map((d) => `- ${plainText(d.slice(2))}`),
    '',
    '</details>',
    '',
  ].join('\n')
}

function devNull(): Writable {
  return new Writable({ write: (_c, _e, cb) => cb() })
}

const sum = (counts: RowCounts) => Object.values(counts).reduce((a, b) => a + b, 0)
