import { createWriteStream, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pipeline } from 'node:stream/promises'
import type { AzureAuth } from '@deploy-actions/azure/auth'
import { describeArmError } from '@deploy-actions/azure/arm'
import { AzureSqlServer, SQL_API, type SqlAdmin, type SqlDatabaseInfo } from '@deploy-actions/azure/sql'
import {
  ActionFailure,
  appendSummary,
  formatBytes,
  formatDuration,
  type InputIssues,
  log,
  plainText,
  maskSecret,
  redact,
  setOutputs,
  type InputValues,
} from '@deploy-actions/core'
import { blobSas, HashingStream, joinKey, type Location, type Store } from '@deploy-actions/storage'
import { BacpacError, checkBacpac } from './bacpac.ts'
import type { Manifest } from './main.ts'
import { backupSource, describe as describeStored, readManifest } from './stored.ts'
import { inputs, outputs } from './spec.ts'

/**
 * Azure SQL Database (engine azure-sql), through ARM. A backup is either a bacpac that ARM's
 * database export writes to Blob storage (through a SAS for that one blob, made here from the
 * connection string's account key), read back, hashed and checked part by part before it is called
 * verified; or a restore point: the instant, on the service's clock, that a point-in-time restore
 * can return to, recorded only once the database's earliest restore point and its short-term
 * retention were read and cover it. A restore always makes a database (import of the bacpac, or a
 * point-in-time restore); it takes the name of an existing one only with confirm-overwrite, and
 * then the existing database is renamed aside, never dropped.
 */

type Values = InputValues<typeof inputs>

export interface AzureSqlPlan {
  mode: 'backup' | 'restore'
  kind: 'export' | 'restore-point'
  auth: AzureAuth
  /** From the inputs; in mode restore they may come from the manifest instead. */
  server?: string
  resourceGroup?: string
  database: string
  admin?: SqlAdmin
  timeoutMs: number
  location: Location
  backupId: string
  deploymentId: string
  manifestKey?: string
}

/** What the manifest says of an Azure SQL backup, beside the fields every engine writes. */
export interface AzureSqlFacts {
  subscriptionId: string
  resourceGroup: string
  server: string
  database: string
  databaseId: string
  restorePoint?: {
    /** The instant a point-in-time restore returns to (ARM's clock). */
    at: string
    earliestRestoreDate: string
    retentionDays: number
    /** Until when the retention keeps `at` restorable (at + retentionDays). */
    restorableUntil: string
  }
  bacpac?: { parts: number; dataParts: number; checksummed: string[]; uncompressedBytes: number }
}

/** The checks of the azure-sql inputs, before any side effect; `location` is the parsed destination. */
export function planAzureSql(
  v: Values,
  issues: InputIssues,
  c: {
    auth: AzureAuth | undefined
    location: Location | undefined
    locationInput: string
    backupId: string
    deploymentId: string
    manifestKey?: string
  },
): AzureSqlPlan | undefined {
  const kind = v['azure-sql-backup']
  for (const k of ['database-url', 'scratch-database-url', 'client-bin-dir'] as const)
    if (v[k] !== undefined)
      issues.add(
        k,
        'does not apply to engine azure-sql: it is reached through ARM (azure-sql-server, resource-group, database)',
      )
  if (v.mode === 'backup') {
    if (v['azure-sql-server'] === undefined)
      issues.add(
        'azure-sql-server',
        "is required for engine azure-sql: give the logical server's name, e.g. tesoro-sql",
      )
    if (v['resource-group'] === undefined)
      issues.add('resource-group', "is required for engine azure-sql: give the server's resource group")
  }
  if (v.database === undefined)
    issues.add(
      'database',
      v.mode === 'restore'
        ? 'is required for engine azure-sql in mode restore: give the name of the database to create'
        : 'is required for engine azure-sql: give the name of the database to back up',
    )
  else if (!/^[^<>*%&:\\/?]{1,128}$/.test(v.database) || /[. ]$/.test(v.database))
    issues.add(
      'database',
      `must be an Azure SQL database name (1-128 characters, none of <>*%&:\\/?, not ending in . or space); got ${JSON.stringify(v.database.slice(0, 80))}`,
    )
  const needsAdmin = v.mode === 'restore' || kind === 'export'
  if (!needsAdmin) {
    for (const k of ['azure-sql-admin-login', 'azure-sql-admin-password'] as const)
      if (v[k] !== undefined) issues.add(k, 'is for export and import: a restore point needs no login')
  } else if (
    v.mode === 'backup' ||
    v['azure-sql-admin-login'] !== undefined ||
    v['azure-sql-admin-password'] !== undefined
  ) {
    // mode restore needs them only for a bacpac, known once the manifest is read; given, they must come in pairs.
    if (v['azure-sql-admin-login'] === undefined)
      issues.add(
        'azure-sql-admin-login',
        "is required for ARM's export and import: give the server's SQL administrator login",
      )
    if (v['azure-sql-admin-password'] === undefined)
      issues.add(
        'azure-sql-admin-password',
        "is required for ARM's export and import: give the SQL administrator's password (a secret)",
      )
  }
  if (v.mode === 'restore' && v['azure-sql-backup'] !== 'export')
    issues.add('azure-sql-backup', 'is for mode backup: a restore uses the kind of backup its manifest records')
  const loc = c.location
  if (loc && kind === 'export' && v.mode === 'backup') {
    if (loc.kind !== 'azure-blob')
      issues.add(
        c.locationInput,
        'must be an Azure Blob destination for engine azure-sql: ARM exports the bacpac to Blob storage; give https://<account>.blob.core.windows.net/<container>/prefix with azure-connection-string',
      )
    else if (v['azure-connection-string'] === undefined)
      issues.add(
        'azure-connection-string',
        'is required for an azure-sql export: the SAS that lets ARM write the bacpac (that one blob) is made from its account key',
      )
  }
  if (v.compression !== 'zstd' || v['compression-level'] !== undefined)
    issues.add('compression', 'does not apply to engine azure-sql: a bacpac is a zip package already')
  // verify keeps its default (restore): for a bacpac that means the strongest check there is, reading it back whole.
  if (v.verify !== 'restore')
    issues.add('verify', 'does not apply to engine azure-sql: a bacpac is always read back and checked part by part')
  if (!c.auth || !loc || v.database === undefined || !v.mode) return undefined
  return {
    mode: v.mode,
    kind,
    auth: c.auth,
    server: v['azure-sql-server'],
    resourceGroup: v['resource-group'],
    database: v.database,
    admin:
      v['azure-sql-admin-login'] !== undefined && v['azure-sql-admin-password'] !== undefined
        ? { login: v['azure-sql-admin-login'], password: v['azure-sql-admin-password'] }
        : undefined,
    timeoutMs: v['azure-sql-timeout'],
    location: loc,
    backupId: c.backupId,
    deploymentId: c.deploymentId,
    manifestKey: c.manifestKey,
  }
}

const USER_AGENT = 'deploy-actions-db-backup'

export async function backupAzureSql(plan: AzureSqlPlan, store: Store, v: Values): Promise<void> {
  const started = performance.now()
  const server = new AzureSqlServer(plan.auth, plan.resourceGroup as string, plan.server as string, USER_AGENT)
  log.info(`Azure SQL: ${plan.auth.method}; server ${plan.server} in ${plan.resourceGroup}, database ${plan.database}`)
  const dir = joinKey(plan.location.prefix, plan.backupId)
  const manifestKey = joinKey(dir, 'manifest.json')
  let existing: number | undefined
  let srv: Awaited<ReturnType<AzureSqlServer['server']>>
  let source: SqlDatabaseInfo | undefined
  let at: Date
  try {
    srv = await server.server()
    ;({ db: source, at } = await server.database(plan.database))
    existing = await store.size(manifestKey)
  } catch (err) {
    throw new ActionFailure(`Backup ${plan.backupId} not started, nothing was stored: ${describeArmError(err)}`)
  }
  if (!source)
    throw new ActionFailure(
      `Backup not started: server ${plan.server} has no database ${plan.database}; check database`,
    )
  if (existing !== undefined)
    throw new ActionFailure(
      `A backup with id ${plan.backupId} already exists (${store.uri(manifestKey)}): backups are never overwritten; give another deployment-id`,
    )
  const facts: AzureSqlFacts = {
    subscriptionId: plan.auth.subscriptionId,
    resourceGroup: plan.resourceGroup as string,
    server: plan.server as string,
    database: plan.database,
    databaseId: source.id,
  }
  const versions = { server: `Azure SQL Database ${srv.version} (${srv.fqdn})`, client: `ARM Microsoft.Sql ${SQL_API}` }

  let object: Manifest['object'] | undefined
  let verified: AzureSqlManifest['verified']
  if (plan.kind === 'restore-point') {
    const retentionDays = await server.retentionDays(plan.database).catch((err: unknown) => {
      throw new ActionFailure(
        `Cannot read the short-term retention policy of ${plan.database}, so the restore point is not known to be covered: ${describeArmError(err)}`,
      )
    })
    const earliest = source.earliestRestoreDate
    const instant = at.toISOString()
    if (!earliest)
      throw new ActionFailure(
        `No restore point: ${plan.database} has no earliestRestoreDate yet (no full backup has been taken; a new database gets one within minutes), so a point-in-time restore to ${instant} is not possible; use azure-sql-backup: export`,
      )
    if (earliest.getTime() > at.getTime())
      throw new ActionFailure(
        `No restore point: ${plan.database}'s earliest restore point ${earliest.toISOString()} is after ${instant}`,
      )
    if (!retentionDays || retentionDays < 1)
      throw new ActionFailure(
        `No restore point: the short-term retention of ${plan.database} is ${retentionDays ?? 'not set'} days`,
      )
    const until = new Date(at.getTime() + retentionDays * 86_400_000).toISOString()
    facts.restorePoint = {
      at: instant,
      earliestRestoreDate: earliest.toISOString(),
      retentionDays,
      restorableUntil: until,
    }
    const detail =
      `restore point ${instant} (ARM's clock) covered: earliest restore point ${earliest.toISOString()}, ` +
      `short-term retention ${retentionDays} day(s), restorable until about ${until}; nothing was copied`
    log.info(`Covered: ${detail}`)
    verified = { how: 'restore-point', detail, durationMs: Math.round(performance.now() - started) }
  } else {
    const key = joinKey(dir, `${plan.database}.bacpac`)
    if ((await store.size(key)) !== undefined)
      throw new ActionFailure(
        `${store.uri(key)} already exists: backups are never overwritten; give another deployment-id`,
      )
    const grant = await blobSas(
      v['azure-connection-string'] as string,
      containerOf(plan.location),
      key,
      'cw',
      new Date(Date.now() + plan.timeoutMs + 15 * 60_000),
    )
    maskSecret(grant.sas)
    maskSecret(`?${grant.sas}`)
    log.info(
      `Exporting ${plan.database} (ARM database export) to ${grant.url}; ARM writes it with a SAS for that blob only`,
    )
    try {
      await server.export(
        plan.database,
        { storageUri: grant.url, sas: grant.sas },
        plan.admin as SqlAdmin,
        AbortSignal.timeout(plan.timeoutMs),
      )
    } catch (err) {
      throw new ActionFailure(
        `The export of ${plan.database} failed, no backup was made: ${explainArm(err, plan.timeoutMs)}`,
      )
    }
    const exportMs = performance.now() - started
    log.info(`ARM finished the export in ${formatDuration(exportMs)}; reading the bacpac back`)
    const t = performance.now()
    const read = await readBack(store, key).catch((err: unknown) => {
      throw new ActionFailure(
        `The bacpac at ${store.uri(key)} is NOT verified and no manifest was written (the blob is left for inspection; a restore refuses it): ${describe(err)}`,
      )
    })
    object = { uri: store.uri(key), key, size: read.bytes, sha256: read.sha256 }
    facts.bacpac = {
      parts: read.check.parts,
      dataParts: read.check.dataParts,
      checksummed: read.check.checksummed,
      uncompressedBytes: read.check.bytes,
    }
    const detail =
      `read back ${formatBytes(read.bytes)} (sha256 ${read.sha256}); bacpac package: ${read.check.parts} part(s), ` +
      `${read.check.dataParts} table data part(s), every part's CRC-32 and size match, Origin.xml's SHA-256 of ` +
      `${read.check.checksummed.join(', ')} match${read.check.containsData ? '' : '; Origin.xml says it holds NO table data'}`
    log.info(`Verified (bacpac): ${detail}`)
    verified = { how: 'bacpac', detail, durationMs: Math.round(performance.now() - t) }
  }

  const manifest: AzureSqlManifest = {
    schema: 'db-backup-manifest/v1',
    backupId: plan.backupId,
    deploymentId: plan.deploymentId,
    createdAt: new Date().toISOString(),
    engine: 'azure-sql',
    kind: plan.kind === 'export' ? 'bacpac' : 'restore-point',
    database: plan.database,
    format: plan.kind === 'export' ? 'bacpac' : 'point-in-time-restore',
    compression: 'none',
    ...(object ? { object } : {}),
    versions,
    // Row counts need a SQL connection; ARM gives none.
    tables: {},
    rowCountsSnapshot: 'none',
    verified,
    durationMs: Math.round(performance.now() - started),
    source: backupSource(),
    azureSql: facts,
  }
  await store.put(manifestKey, redact(JSON.stringify(manifest, null, 2)), { contentType: 'application/json' })
  log.info(`Manifest: ${store.uri(manifestKey)}`)
  await appendSummary(summary('Database backup (Azure SQL)', manifest, store.uri(manifestKey)))
  setOutputs(outputs, {
    'backup-id': plan.backupId,
    uri: object?.uri ?? '',
    'manifest-uri': store.uri(manifestKey),
    size: object?.size ?? '',
    sha256: object?.sha256 ?? '',
    'duration-seconds': (manifest.durationMs / 1000).toFixed(1),
    verified: verified.how,
    'backup-kind': manifest.kind,
    'restore-point': facts.restorePoint?.at ?? '',
    manifest: JSON.stringify(manifest),
  })
}

export type AzureSqlManifest = Omit<Manifest, 'engine' | 'object' | 'kind' | 'verified' | 'rowCountsSnapshot'> & {
  engine: 'azure-sql'
  kind: 'bacpac' | 'restore-point'
  object?: Manifest['object']
  rowCountsSnapshot: 'none'
  verified: { how: 'bacpac' | 'restore-point'; detail: string; durationMs: number }
  azureSql: AzureSqlFacts
}

export async function restoreAzureSql(plan: AzureSqlPlan, store: Store, v: Values): Promise<void> {
  const started = performance.now()
  const manifestKey = plan.manifestKey as string
  const manifest = await readManifest<AzureSqlManifest>(store, manifestKey)
  if (manifest.schema !== 'db-backup-manifest/v1')
    throw new ActionFailure(`${store.uri(manifestKey)} is not a db-backup manifest`)
  if (manifest.engine !== 'azure-sql' || !manifest.azureSql)
    throw new ActionFailure(`Backup ${manifest.backupId} is a ${manifest.engine} backup but the engine is azure-sql`)
  const facts = manifest.azureSql
  if (manifest.kind === 'bacpac' && !plan.admin)
    throw new ActionFailure(
      `Backup ${manifest.backupId} is a bacpac: importing it needs azure-sql-admin-login and azure-sql-admin-password (the target server's SQL administrator)`,
    )
  if (manifest.kind === 'bacpac' && store.kind !== 'azure-blob')
    throw new ActionFailure(
      `Backup ${manifest.backupId} is a bacpac outside Azure Blob storage: ARM imports from Blob storage only`,
    )
  if (manifest.kind === 'bacpac' && v['azure-connection-string'] === undefined)
    throw new ActionFailure(
      `Importing a bacpac needs azure-connection-string: ARM reads the bacpac through a SAS made from its account key`,
    )
  const serverName = plan.server ?? facts.server
  const resourceGroup = plan.resourceGroup ?? facts.resourceGroup
  if (manifest.kind === 'restore-point' && facts.subscriptionId !== plan.auth.subscriptionId)
    throw new ActionFailure(
      `Backup ${manifest.backupId} is a restore point in subscription ${facts.subscriptionId}: sign in to that subscription (subscription-id); a point-in-time restore stays on its server`,
    )
  if (manifest.kind === 'restore-point' && (serverName !== facts.server || resourceGroup !== facts.resourceGroup))
    throw new ActionFailure(
      `Backup ${manifest.backupId} is a restore point of ${facts.server} (${facts.resourceGroup}): a point-in-time restore makes the new database on that server; leave azure-sql-server and resource-group unset or give those`,
    )
  const server = new AzureSqlServer(plan.auth, resourceGroup, serverName, USER_AGENT)
  const what =
    manifest.kind === 'bacpac'
      ? `bacpac ${manifest.object?.uri ?? '?'} (sha256 ${manifest.object?.sha256 ?? '?'})`
      : `point in time ${facts.restorePoint?.at ?? '?'} of ${facts.server}/${facts.database}`
  log.info(
    `Backup ${manifest.backupId}: ${manifest.database} from ${manifest.createdAt}, ${manifest.kind}, verified: ${manifest.verified.how}`,
  )
  log.info(`Azure SQL: ${plan.auth.method}; server ${serverName} in ${resourceGroup}`)

  let target: SqlDatabaseInfo | undefined
  try {
    await server.server()
    ;({ db: target } = await server.database(plan.database))
  } catch (err) {
    throw new ActionFailure(`Restore not started: ${describeArmError(err)}`)
  }
  if (target && !v['confirm-overwrite'])
    throw new ActionFailure(
      `The database ${plan.database} already exists on ${serverName}: refusing to restore over it; give database a new name ` +
        `(the restore makes a new database), or set confirm-overwrite: true to restore under this name (the existing database is kept, renamed to ${plan.database}-replaced-${manifest.backupId})`,
    )
  // With an existing target, the copy is made under a new name first: the live database is touched only once it exists.
  const making = target ? `${plan.database}-restoring-${manifest.backupId}`.slice(0, 128) : plan.database
  const replacedName = `${plan.database}-replaced-${manifest.backupId}`.slice(0, 128)
  if (target && (await server.database(making)).db)
    throw new ActionFailure(
      `${making} already exists on ${serverName} (a restore left half way?): drop or rename it first`,
    )
  if (target && (await server.database(replacedName)).db)
    throw new ActionFailure(
      `${replacedName} already exists on ${serverName}: the database it would replace cannot be kept under that name`,
    )
  const signal = AbortSignal.timeout(plan.timeoutMs)

  if (manifest.kind === 'bacpac') {
    const object = manifest.object
    if (!object?.sha256) throw new ActionFailure(`${store.uri(manifestKey)} names no bacpac object`)
    // Read back and check before ARM sees it: a corrupted package must never become a database.
    const read = await readBack(store, object.key).catch((err: unknown) => {
      throw new ActionFailure(
        `Restore refused, nothing was made: the bacpac ${object.uri} does not check out: ${describe(err)}`,
      )
    })
    if (read.sha256 !== object.sha256 || read.bytes !== object.size)
      throw new ActionFailure(
        `Restore refused, nothing was made: checksum mismatch for ${object.uri}: read ${read.bytes} bytes with sha256 ${read.sha256}, ` +
          `expected ${object.size} bytes with sha256 ${object.sha256}; the object is corrupted or was replaced`,
      )
    log.info(
      `Checksum and package verified: ${formatBytes(read.bytes)}, sha256 ${read.sha256}, ${read.check.parts} part(s)`,
    )
    const grant = await blobSas(
      v['azure-connection-string'] as string,
      containerOf(plan.location),
      object.key,
      'r',
      new Date(Date.now() + plan.timeoutMs + 15 * 60_000),
    )
    maskSecret(grant.sas)
    maskSecret(`?${grant.sas}`)
    log.info(`Importing into the new database ${making} on ${serverName} (ARM import)`)
    try {
      await server.import(making, { storageUri: grant.url, sas: grant.sas }, plan.admin as SqlAdmin, signal)
    } catch (err) {
      throw new ActionFailure(`The import into ${making} failed: ${explainArm(err, plan.timeoutMs)}`)
    }
  } else {
    const point = facts.restorePoint
    if (!point) throw new ActionFailure(`${store.uri(manifestKey)} records no restore point`)
    if (Date.parse(point.restorableUntil) < Date.now())
      log.warning(
        `The restore point ${point.at} is past its retention (until about ${point.restorableUntil}): Azure may refuse it`,
      )
    const { db: source } = await server.database(facts.database)
    if (!source)
      throw new ActionFailure(
        `The source database ${facts.database} no longer exists on ${facts.server}: a point-in-time restore needs it (a dropped database is restored from restorableDroppedDatabases, not supported here)`,
      )
    log.info(`Point-in-time restore of ${facts.database} at ${point.at} into the new database ${making}`)
    try {
      await server.restorePointInTime(making, source, point.at, signal)
    } catch (err) {
      throw new ActionFailure(`The point-in-time restore into ${making} failed: ${explainArm(err, plan.timeoutMs)}`)
    }
  }
  const { db: made } = await server.database(making)
  if (!made || made.status !== 'Online')
    throw new ActionFailure(
      `ARM reported success, but ${making} is ${made ? `${made.status ?? 'in no known state'}` : 'not there'}: the restore is not usable`,
    )
  let replaced: string | undefined
  if (target) {
    log.info(`confirm-overwrite: renaming ${plan.database} to ${replacedName}, then ${making} to ${plan.database}`)
    await server.rename(target, replacedName)
    replaced = replacedName
    await server.rename(made, plan.database).catch((err: unknown) => {
      throw new ActionFailure(
        `The restored copy is ${making} and the previous database is now ${replacedName}, but renaming ${making} to ${plan.database} failed: ${describeArmError(err)}`,
      )
    })
  }
  const durationMs = Math.round(performance.now() - started)
  const result = `made ${plan.database} on ${serverName} from ${what}${replaced ? `; the previous ${plan.database} is kept as ${replaced}` : ''}`
  log.info(`Restored in ${formatDuration(durationMs)}: ${result}`)
  await appendSummary(summary('Database restore (Azure SQL)', manifest, store.uri(manifestKey), result))
  setOutputs(outputs, {
    'backup-id': manifest.backupId,
    uri: manifest.object?.uri ?? '',
    'manifest-uri': store.uri(manifestKey),
    size: manifest.object?.size ?? '',
    sha256: manifest.object?.sha256 ?? '',
    'duration-seconds': (durationMs / 1000).toFixed(1),
    verified: 'restore',
    'backup-kind': manifest.kind,
    'restore-point': facts.restorePoint?.at ?? '',
    'restored-database': plan.database,
    manifest: JSON.stringify(manifest),
  })
}

/** Downloads the object to a temporary file while hashing it, then checks the package. */
async function readBack(store: Store, key: string) {
  const temp = mkdtempSync(join(process.env.RUNNER_TEMP ?? tmpdir(), 'db-backup-bacpac-'))
  try {
    const file = join(temp, 'backup.bacpac')
    const hasher = new HashingStream()
    await pipeline(await store.download(key), hasher, createWriteStream(file))
    const check = await checkBacpac(file)
    return { bytes: hasher.bytes, sha256: hasher.digest(), check }
  } finally {
    rmSync(temp, { recursive: true, force: true })
  }
}

function summary(title: string, m: AzureSqlManifest, manifestUri: string, restored?: string): string {
  const f = m.azureSql
  const rows: unknown[][] = [
    ['Backup id', m.backupId],
    ['Kind', m.kind],
    ['Server', `${f.server} (${f.resourceGroup}), ${m.versions.server}`],
    ['Database', m.database],
    ...(m.object
      ? [
          ['Object', m.object.uri],
          ['Size', formatBytes(m.object.size)],
          ['SHA-256', m.object.sha256],
        ]
      : []),
    ...(f.restorePoint
      ? [
          ['Restore point', f.restorePoint.at],
          [
            'Covered by',
            `earliest restore point ${f.restorePoint.earliestRestoreDate}, retention ${f.restorePoint.retentionDays} day(s)`,
          ],
        ]
      : []),
    ['Manifest', manifestUri],
    ['Verified', `${m.verified.how}: ${m.verified.detail}`],
    ...(restored ? [['Restore', restored]] : []),
  ]
  const what = m.object
    ? `${formatBytes(m.object.size)} in ${m.object.uri}`
    : f.restorePoint
      ? `restore point ${f.restorePoint.at}, kept ${f.restorePoint.retentionDays} day(s)`
      : m.kind
  const head = restored
    ? `✅ Backup ${m.backupId} of ${m.database} restored`
    : `✅ Backup of ${m.database} on ${f.server} verified: ${what}`
  const next = restored
    ? '**What now:** point the application at the restored database if it is not already, and check it answers.'
    : `**What now:** nothing; to restore it, run db-backup with \`mode: restore\` and \`backup-id: ${m.backupId}\`.`
  return [
    `### ${plainText(head)}`,
    '',
    plainText(restored ? `Restored: ${restored}.` : `Verification (${m.verified.how}): ${m.verified.detail}.`),
    '',
    next,
    '',
    `<details><summary>${title}: the record</summary>`,
    '',
    ...rows.map(([label, value]) => `- ${plainText(`${String(label)}: ${String(value)}`)}`),
    '',
    '</details>',
    '',
  ].join('\n')
}

function containerOf(loc: Location): string {
  if (loc.kind !== 'azure-blob') throw new Error('not an Azure Blob location')
  return loc.container
}

function explainArm(err: unknown, timeoutMs: number): string {
  if (err instanceof Error && (err.name === 'AbortError' || err.name === 'TimeoutError'))
    return `it did not finish within azure-sql-timeout (${formatDuration(timeoutMs)}); ARM may still be running it`
  return describeArmError(err)
}

/** A bacpac's own finding is said as it is; anything else as one redacted line. */
function describe(err: unknown): string {
  return err instanceof BacpacError ? err.message : describeStored(err)
}
