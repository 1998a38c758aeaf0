/**
 * Microsoft.Sql (Azure SQL Database) in the ARM emulator, as @azure/arm-sql calls it and as the REST
 * spec (specification/sql/resource-manager) describes it:
 * - servers and databases (GET), with a database's earliestRestoreDate, status and the short-term
 *   retention policy (backupShortTermRetentionPolicies/default, retentionDays);
 * - databases/{db}/export: a long-running operation (202 + Azure-AsyncOperation + Location) that
 *   writes a real bacpac-shaped zip ([Content_Types].xml, model.xml, DacMetadata.xml, Origin.xml
 *   with the SHA-256 of /model.xml, one Data/dbo.<table>/TableData-000-00000.BCP part per table)
 *   into Blob storage (Azurite) through the storageUri and key it was given: a SAS
 *   (storageKeyType SharedAccessKey, which must start with "?") or the account key
 *   (StorageAccessKey). Storage refuses a wrong key, and the operation fails as Azure's does;
 * - servers/{server}/import: a new database from a bacpac, refused (409) when the name exists, and
 *   failing when the package's model.xml does not match Origin.xml's checksum (as DacFx refuses it);
 * - PUT databases/{db} with createMode PointInTimeRestore: a new database as the source was at
 *   restorePointInTime (every change of a database's tables is kept with its time), refused before
 *   earliestRestoreDate or in the future;
 * - databases/{db}/move: a rename within the server.
 * The administrator login and password of export and import are checked against the server's.
 * The table data parts carry JSON lines (real packages carry BCP native rows): the stand-in's own
 * encoding, read back by its import; the package structure and checksums are the real ones.
 */
import { createHash, randomUUID } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { BlockBlobClient, StorageSharedKeyCredential } from '@azure/storage-blob'
import { openZip, writeZip } from '@deploy-actions/storage/zip'
import { armError, SUBSCRIPTION, type ArmReply, type Azure } from './azure.ts'

/** What @azure/arm-sql 10 sends: 2022-08-01-preview for servers, databases, import and export; 2021-02-01-preview for retention policies. */
export const SQL_API_VERSION = '2022-08-01-preview'
export const SQL_RETENTION_API_VERSION = '2021-02-01-preview'

export type Row = Record<string, string | number | boolean | null>
export type Tables = Record<string, Row[]>

export interface SqlDatabase {
  name: string
  id: string
  location: string
  status: 'Online' | 'Creating' | 'Restoring'
  creationDate: string
  /** undefined: no full backup yet (a database minutes old has no restore point). */
  earliestRestoreDate?: string
  retentionDays: number
  /** Every state of the tables, oldest first, with the time it began. */
  history: Array<{ at: number; tables: Tables }>
  /** How it was made, for tests: createMode and its source. */
  createdFrom?: { mode: 'Import' | 'PointInTimeRestore'; source: string; restorePointInTime?: string }
  tables(): Tables
  /** Replaces the tables (a migration, a write), remembered for point-in-time restores. */
  write(tables: Tables): void
}

export interface SqlServer {
  name: string
  resourceGroup: string
  id: string
  location: string
  adminLogin: string
  adminPassword: string
  databases: Map<string, SqlDatabase>
}

export interface AzureSqlHandle {
  servers: Map<string, SqlServer>
  addServer(opts: {
    name: string
    resourceGroup: string
    adminLogin: string
    adminPassword: string
    location?: string
  }): SqlServer
  addDatabase(
    server: SqlServer,
    name: string,
    tables: Tables,
    opts?: { earliestRestoreDate?: string | null; retentionDays?: number },
  ): SqlDatabase
  /** How long export, import and restore operations take. */
  lroMs: number
  /** The next export writes a package whose `part` was changed after Origin.xml's checksums were taken. */
  corruptNextExport?: 'model.xml'
  /** The bodies of export and import requests (with their keys and passwords), for leak checks. */
  requests: Array<{ kind: 'export' | 'import' | 'restore'; body: Record<string, unknown> }>
}

interface Operation {
  id: string
  doneAt: number
  /** Runs once when the operation ends; its failure becomes the operation's error. */
  work: () => Promise<void>
  settled?: Promise<{ ok: true } | { ok: false; code: string; message: string }>
  result: () => unknown
}

export function addAzureSql(azure: Azure): AzureSqlHandle {
  const servers = new Map<string, SqlServer>()
  const operations = new Map<string, Operation>()
  const handle: AzureSqlHandle = {
    servers,
    lroMs: 300,
    requests: [],
    addServer({ name, resourceGroup, adminLogin, adminPassword, location = 'westeurope' }) {
      const server: SqlServer = {
        name,
        resourceGroup,
        location,
        adminLogin,
        adminPassword,
        id: `/subscriptions/${SUBSCRIPTION}/resourceGroups/${resourceGroup}/providers/Microsoft.Sql/servers/${name}`,
        databases: new Map(),
      }
      servers.set(key(resourceGroup, name), server)
      return server
    },
    addDatabase(server, name, tables, opts = {}) {
      const db = makeDatabase(server, name, tables)
      db.earliestRestoreDate =
        opts.earliestRestoreDate === null
          ? undefined
          : (opts.earliestRestoreDate ?? new Date(Date.now() - 3 * 86_400_000).toISOString())
      db.retentionDays = opts.retentionDays ?? 7
      // Its history reaches back to the earliest restore point.
      if (db.earliestRestoreDate) (db.history[0] as { at: number }).at = Date.parse(db.earliestRestoreDate)
      server.databases.set(name.toLowerCase(), db)
      return db
    },
  }

  const SERVER = String.raw`^/subscriptions/[^/]+/resourceGroups/([^/]+)/providers/Microsoft\.Sql/servers/([^/]+)`
  const DATABASE = SERVER + String.raw`/databases/([^/]+)`
  const findServer = (rg: string, name: string) => servers.get(key(rg, name))
  const serverNotFound = (name: string) =>
    armError(
      404,
      'ResourceNotFound',
      `The Resource 'Microsoft.Sql/servers/${name}' under resource group was not found.`,
    )
  const dbNotFound = (server: string, db: string) =>
    armError(
      404,
      'ResourceNotFound',
      `The Resource 'Microsoft.Sql/servers/${server}/databases/${db}' under resource group was not found.`,
    )
  const wrongVersion = (query: URLSearchParams, expected: string): ArmReply | undefined =>
    query.get('api-version') === expected
      ? undefined
      : armError(
          400,
          'InvalidApiVersionParameter',
          `The api-version '${query.get('api-version')}' is invalid here. The supported versions include '${expected}'.`,
        )

  azure.route('GET', new RegExp(SERVER + '$'), ({ match, query }) => {
    const bad = wrongVersion(query, SQL_API_VERSION)
    if (bad) return bad
    const server = findServer(match[1] as string, match[2] as string)
    if (!server) return serverNotFound(match[2] as string)
    return {
      status: 200,
      body: {
        id: server.id,
        name: server.name,
        type: 'Microsoft.Sql/servers',
        location: server.location,
        kind: 'v12.0',
        properties: {
          administratorLogin: server.adminLogin,
          version: '12.0',
          state: 'Ready',
          fullyQualifiedDomainName: `${server.name}.database.windows.net`,
        },
      },
    }
  })

  azure.route('GET', new RegExp(DATABASE + '$'), ({ match, query }) => {
    const bad = wrongVersion(query, SQL_API_VERSION)
    if (bad) return bad
    const server = findServer(match[1] as string, match[2] as string)
    if (!server) return serverNotFound(match[2] as string)
    const db = server.databases.get((match[3] as string).toLowerCase())
    if (!db) return dbNotFound(server.name, match[3] as string)
    return { status: 200, body: databaseBody(db) }
  })

  azure.route('GET', new RegExp(DATABASE + '/backupShortTermRetentionPolicies/([^/]+)$'), ({ match, query }) => {
    const bad = wrongVersion(query, SQL_RETENTION_API_VERSION)
    if (bad) return bad
    const server = findServer(match[1] as string, match[2] as string)
    if (!server) return serverNotFound(match[2] as string)
    const db = server.databases.get((match[3] as string).toLowerCase())
    if (!db) return dbNotFound(server.name, match[3] as string)
    if (match[4] !== 'default')
      return armError(404, 'ResourceNotFound', `no policy ${match[4]}: the policy is named default`)
    return {
      status: 200,
      body: {
        id: `${db.id}/backupShortTermRetentionPolicies/default`,
        name: 'default',
        type: 'Microsoft.Sql/servers/databases/backupShortTermRetentionPolicies',
        properties: { retentionDays: db.retentionDays, diffBackupIntervalInHours: 12 },
      },
    }
  })

  azure.route('POST', new RegExp(DATABASE + '/export$'), ({ match, query, body }) => {
    const bad = wrongVersion(query, SQL_API_VERSION)
    if (bad) return bad
    const server = findServer(match[1] as string, match[2] as string)
    if (!server) return serverNotFound(match[2] as string)
    const db = server.databases.get((match[3] as string).toLowerCase())
    if (!db) return dbNotFound(server.name, match[3] as string)
    const def = body as Record<string, unknown> | undefined
    const invalid = checkImportExport(def)
    if (invalid) return invalid
    handle.requests.push({ kind: 'export', body: { ...def } })
    const d = def as Record<string, string>
    const tables = db.tables()
    const corrupt = handle.corruptNextExport
    handle.corruptNextExport = undefined
    const requestId = randomUUID()
    return startOperation(server, 'importExport', {
      work: async () => {
        checkAdmin(server, d)
        const bacpac = makeBacpac(db.name, tables, { corrupt })
        await blobClient(d).uploadData(bacpac)
      },
      result: () => importExportResult(server, db.name, requestId, 'Export', d.storageUri as string),
    })
  })

  azure.route('POST', new RegExp(SERVER + '/import$'), ({ match, query, body }) => {
    const bad = wrongVersion(query, SQL_API_VERSION)
    if (bad) return bad
    const server = findServer(match[1] as string, match[2] as string)
    if (!server) return serverNotFound(match[2] as string)
    const def = body as Record<string, unknown> | undefined
    const invalid = checkImportExport(def)
    if (invalid) return invalid
    const d = def as Record<string, string>
    if (typeof d.databaseName !== 'string' || d.databaseName === '')
      return armError(400, 'InvalidParameterValue', 'databaseName is required to import into a new database')
    if (server.databases.has(d.databaseName.toLowerCase()))
      return armError(
        409,
        'DatabaseAlreadyExists',
        `The database '${d.databaseName}' already exists. Choose a different database name.`,
      )
    handle.requests.push({ kind: 'import', body: { ...d } })
    const requestId = randomUUID()
    const target = makeDatabase(server, d.databaseName, {})
    target.status = 'Creating'
    target.createdFrom = { mode: 'Import', source: (d.storageUri as string).split('?')[0] as string }
    server.databases.set(d.databaseName.toLowerCase(), target)
    return startOperation(server, 'importExport', {
      work: async () => {
        try {
          checkAdmin(server, d)
          const data = await blobClient(d).downloadToBuffer()
          target.write(await readBacpac(data))
          target.status = 'Online'
        } catch (err) {
          server.databases.delete(target.name.toLowerCase())
          throw err
        }
      },
      result: () => importExportResult(server, d.databaseName as string, requestId, 'Import', d.storageUri as string),
    })
  })

  azure.route('PUT', new RegExp(DATABASE + '$'), ({ match, query, body }) => {
    const bad = wrongVersion(query, SQL_API_VERSION)
    if (bad) return bad
    const server = findServer(match[1] as string, match[2] as string)
    if (!server) return serverNotFound(match[2] as string)
    const name = match[3] as string
    const b = (body ?? {}) as { location?: string; properties?: Record<string, unknown> }
    if (typeof b.location !== 'string')
      return armError(400, 'LocationRequired', 'The location property is required for this definition.')
    const p = b.properties ?? {}
    if (p.createMode !== 'PointInTimeRestore')
      return armError(
        400,
        'EmulatorUnsupported',
        'the stand-in creates databases by createMode PointInTimeRestore only',
      )
    if (server.databases.has(name.toLowerCase()))
      return armError(
        409,
        'DatabaseAlreadyExists',
        `The database '${name}' already exists. Choose a different database name.`,
      )
    if (typeof p.sourceDatabaseId !== 'string' || typeof p.restorePointInTime !== 'string')
      return armError(
        400,
        'InvalidParameterValue',
        'sourceDatabaseId and restorePointInTime are required for createMode PointInTimeRestore',
      )
    const source = [...server.databases.values()].find(
      (d) => d.id.toLowerCase() === (p.sourceDatabaseId as string).toLowerCase(),
    )
    if (!source)
      return armError(404, 'SourceDatabaseNotFound', `The source database '${p.sourceDatabaseId}' does not exist.`)
    const at = Date.parse(p.restorePointInTime)
    if (Number.isNaN(at))
      return armError(400, 'InvalidParameterValue', 'restorePointInTime must be an ISO 8601 instant')
    if (!source.earliestRestoreDate || at < Date.parse(source.earliestRestoreDate) || at > Date.now())
      return armError(
        400,
        'InvalidPointInTimeRestoreRequest',
        `The point in time '${p.restorePointInTime}' for restoration can't be earlier than the earliest restore point '${source.earliestRestoreDate ?? 'none'}' or later than now.`,
      )
    handle.requests.push({ kind: 'restore', body: { ...p } })
    const state = [...source.history].reverse().find((h) => h.at <= at) ?? source.history[0]
    const target = makeDatabase(server, name, {})
    target.status = 'Restoring'
    target.createdFrom = {
      mode: 'PointInTimeRestore',
      source: source.id,
      restorePointInTime: new Date(at).toISOString(),
    }
    server.databases.set(name.toLowerCase(), target)
    const headers = startOperation(server, 'database', {
      work: () => {
        target.write(clone(state?.tables ?? {}))
        target.status = 'Online'
        return Promise.resolve()
      },
      result: () => databaseBody(target),
    }).headers
    return { status: 202, headers }
  })

  azure.route('POST', new RegExp(DATABASE + '/move$'), ({ match, query, body }) => {
    const bad = wrongVersion(query, SQL_API_VERSION)
    if (bad) return bad
    const server = findServer(match[1] as string, match[2] as string)
    if (!server) return serverNotFound(match[2] as string)
    const db = server.databases.get((match[3] as string).toLowerCase())
    if (!db) return dbNotFound(server.name, match[3] as string)
    const id = (body as { id?: string } | undefined)?.id ?? ''
    const prefix = `${server.id}/databases/`
    if (!id.toLowerCase().startsWith(prefix.toLowerCase()))
      return armError(400, 'InvalidParameterValue', `id must be a database of the same server: ${prefix}<name>`)
    const newName = id.slice(prefix.length)
    if (server.databases.has(newName.toLowerCase()))
      return armError(409, 'DatabaseAlreadyExists', `The database '${newName}' already exists.`)
    server.databases.delete(db.name.toLowerCase())
    db.name = newName
    db.id = `${prefix}${newName}`
    server.databases.set(newName.toLowerCase(), db)
    return { status: 200 }
  })

  // The operation's status (Azure-AsyncOperation) and its result (Location).
  const OPS = String.raw`^/subscriptions/[^/]+/resourceGroups/[^/]+/providers/Microsoft\.Sql/servers/[^/]+/locations/[^/]+/`
  azure.route('GET', new RegExp(OPS + '(?:importExport|database)AzureAsyncOperation/([^/]+)$'), async ({ match }) => {
    const op = operations.get(match[1] as string)
    if (!op) return armError(404, 'OperationNotFound', 'no such operation')
    const state = await progress(op)
    const base = { name: op.id, startTime: new Date(op.doneAt - handle.lroMs).toISOString() }
    if (!state) return { status: 200, body: { ...base, status: 'InProgress' } }
    if (!state.ok)
      return { status: 200, body: { ...base, status: 'Failed', error: { code: state.code, message: state.message } } }
    return { status: 200, body: { ...base, status: 'Succeeded' } }
  })
  azure.route('GET', new RegExp(OPS + '(?:importExport|database)OperationResults/([^/]+)$'), async ({ match }) => {
    const op = operations.get(match[1] as string)
    if (!op) return armError(404, 'OperationNotFound', 'no such operation')
    const state = await progress(op)
    if (!state) return { status: 202, headers: { 'retry-after': '1' } }
    if (!state.ok) return armError(400, state.code, state.message)
    return { status: 200, body: op.result() }
  })

  /** Undefined while running; once due, the work's outcome. */
  async function progress(op: Operation) {
    if (Date.now() < op.doneAt) return undefined
    op.settled ??= op.work().then(
      () => ({ ok: true as const }),
      (err: unknown) => ({
        ok: false as const,
        code: (err as { code?: string }).code ?? 'ImportExportJobError',
        message: err instanceof Error ? err.message : String(err),
      }),
    )
    return op.settled
  }

  function startOperation(
    server: SqlServer,
    kind: 'importExport' | 'database',
    o: Pick<Operation, 'work' | 'result'>,
  ): ArmReply & { headers: Record<string, string> } {
    const id = randomUUID()
    operations.set(id, { id, doneAt: Date.now() + handle.lroMs, ...o })
    const prefix = `${azure.url}${server.id}/locations/${server.location}`
    const headers = {
      'azure-asyncoperation': `${prefix}/${kind}AzureAsyncOperation/${id}?api-version=${SQL_API_VERSION}`,
      location: `${prefix}/${kind}OperationResults/${id}?api-version=${SQL_API_VERSION}`,
      'retry-after': '1',
    }
    return { status: 202, headers }
  }

  return handle
}

const key = (rg: string, name: string) => `${rg.toLowerCase()}/${name.toLowerCase()}`

function makeDatabase(server: SqlServer, name: string, tables: Tables): SqlDatabase {
  const db: SqlDatabase = {
    name,
    id: `${server.id}/databases/${name}`,
    location: server.location,
    status: 'Online',
    creationDate: new Date().toISOString(),
    retentionDays: 7,
    history: [{ at: Date.now(), tables: clone(tables) }],
    tables: () => clone((db.history.at(-1) as { tables: Tables }).tables),
    write(next) {
      db.history.push({ at: Date.now(), tables: clone(next) })
    },
  }
  return db
}

function databaseBody(db: SqlDatabase): unknown {
  return {
    id: db.id,
    name: db.name,
    type: 'Microsoft.Sql/servers/databases',
    location: db.location,
    sku: { name: 'S0', tier: 'Standard', capacity: 10 },
    kind: 'v12.0,user',
    properties: {
      status: db.status,
      databaseId: createHash('md5')
        .update(db.id)
        .digest('hex')
        .replace(/^(.{8})(.{4})(.{4})(.{4})(.{12})$/, '$1-$2-$3-$4-$5'),
      creationDate: db.creationDate,
      ...(db.earliestRestoreDate ? { earliestRestoreDate: db.earliestRestoreDate } : {}),
      collation: 'SQL_Latin1_General_CP1_CI_AS',
      currentServiceObjectiveName: 'S0',
    },
  }
}

function importExportResult(server: SqlServer, database: string, requestId: string, type: string, storageUri: string) {
  return {
    id: `${server.id}/databases/${database}/importExportOperationResults/${requestId}`,
    name: requestId,
    type: 'Microsoft.Sql/servers/databases/importExportOperationResults',
    properties: {
      requestId,
      requestType: type,
      queuedTime: new Date().toUTCString(),
      lastModifiedTime: new Date().toUTCString(),
      blobUri: storageUri,
      serverName: `${server.name}.database.windows.net`,
      databaseName: database,
      status: 'Completed',
      errorMessage: '',
    },
  }
}

/** The required fields of ExportDatabaseDefinition / ImportNewDatabaseDefinition, as the spec marks them. */
function checkImportExport(def: Record<string, unknown> | undefined): ArmReply | undefined {
  if (!def)
    return armError(400, 'InvalidRequestContent', 'The request content was invalid and could not be deserialized.')
  for (const field of [
    'storageKeyType',
    'storageKey',
    'storageUri',
    'administratorLogin',
    'administratorLoginPassword',
  ])
    if (typeof def[field] !== 'string' || def[field] === '')
      return armError(400, 'InvalidParameterValue', `The parameter ${field} is required.`)
  if (!['StorageAccessKey', 'SharedAccessKey', 'ManagedIdentity'].includes(def.storageKeyType as string))
    return armError(
      400,
      'InvalidParameterValue',
      `storageKeyType must be StorageAccessKey, SharedAccessKey or ManagedIdentity; got ${String(def.storageKeyType)}`,
    )
  if (def.storageKeyType === 'ManagedIdentity')
    return armError(400, 'EmulatorUnsupported', 'the stand-in takes StorageAccessKey or SharedAccessKey')
  if (def.storageKeyType === 'SharedAccessKey' && !(def.storageKey as string).startsWith('?'))
    return armError(
      400,
      'InvalidParameterValue',
      "A storage key of type SharedAccessKey must be a SAS token preceded with a '?'.",
    )
  if (!/^https?:\/\//.test(def.storageUri as string) || (def.storageUri as string).includes('?'))
    return armError(400, 'InvalidParameterValue', 'storageUri must be the blob URL, without a query string')
  return undefined
}

function checkAdmin(server: SqlServer, d: Record<string, string>): void {
  if (d.administratorLogin !== server.adminLogin || d.administratorLoginPassword !== server.adminPassword)
    throw Object.assign(new Error(`Login failed for user '${d.administratorLogin}'.`), { code: 'ImportExportJobError' })
}

function blobClient(d: Record<string, string>): BlockBlobClient {
  const uri = d.storageUri as string
  if (d.storageKeyType === 'SharedAccessKey') return new BlockBlobClient(`${uri}${d.storageKey}`)
  // Path style (Azurite, http://127.0.0.1:port/account/container/blob) or host style (account.blob.core…).
  const url = new URL(uri)
  const account = url.hostname.includes('.blob.')
    ? (url.hostname.split('.')[0] as string)
    : (url.pathname.split('/')[1] as string)
  return new BlockBlobClient(uri, new StorageSharedKeyCredential(account, d.storageKey as string))
}

// ---------------------------------------------------------------------------------------------
// The package

const sha256Upper = (b: Buffer) => createHash('sha256').update(b).digest('hex').toUpperCase()
const xmlText = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/**
 * A bacpac of `tables` (a zip in the shape DacFx writes). `corrupt` changes model.xml after
 * Origin.xml's checksum of it was taken, with a consistent zip CRC: only that checksum can tell.
 */
export function makeBacpac(database: string, tables: Tables, opts: { corrupt?: 'model.xml' } = {}): Buffer {
  const names = Object.keys(tables).sort()
  let model = Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?>\n<DataSchemaModel FileFormatVersion="1.2" SchemaVersion="2.9" DspName="Microsoft.Data.Tools.Schema.Sql.SqlAzureV12DatabaseSchemaProvider" CollationLcid="1033" CollationCaseSensitive="False" xmlns="http://schemas.microsoft.com/sqlserver/dac/Serialization/2012/02">\n  <Model>\n` +
      names.map((t) => `    <Element Type="SqlTable" Name="[dbo].[${xmlText(t)}]" />\n`).join('') +
      '  </Model>\n</DataSchemaModel>\n',
  )
  const data = names.map((t) => ({
    name: `Data/dbo.${t}/TableData-000-00000.BCP`,
    data: Buffer.from((tables[t] ?? []).map((r) => JSON.stringify(r)).join('\n')),
  }))
  const origin = Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?>\n<DacOrigin xmlns="http://schemas.microsoft.com/sqlserver/dac/Serialization/2012/02">\n` +
      `  <PackageProperties>\n    <Version>3.1.0.0</Version>\n    <ContainsExportedData>true</ContainsExportedData>\n` +
      `    <StreamVersions>\n      <Version StreamName="Data">2.0.0.0</Version>\n      <Version StreamName="DeploymentContributors">1.0.0.0</Version>\n    </StreamVersions>\n  </PackageProperties>\n` +
      `  <Operation>\n    <Identity>${randomUUID()}</Identity>\n    <Start>${new Date().toISOString()}</Start>\n    <End>${new Date().toISOString()}</End>\n    <ProductName>Microsoft.SqlServer.Dac, Version=162.0.0.0 (stand-in)</ProductName>\n  </Operation>\n` +
      `  <Server>\n    <ServerVersion>12.0.2000.8</ServerVersion>\n    <DatabaseName>${xmlText(database)}</DatabaseName>\n  </Server>\n` +
      `  <ExportStatistics>\n` +
      names
        .map((t) => `    <TableRowCount Table="[dbo].[${xmlText(t)}]">${(tables[t] ?? []).length}</TableRowCount>\n`)
        .join('') +
      `  </ExportStatistics>\n` +
      `  <Checksums>\n    <Checksum Uri="/model.xml">${sha256Upper(model)}</Checksum>\n  </Checksums>\n  <ModelSchemaVersion>2.9</ModelSchemaVersion>\n</DacOrigin>\n`,
  )
  if (opts.corrupt === 'model.xml')
    model = Buffer.from(model.toString('utf8').replace('</Model>', '<!-- x --></Model>'))
  const contentTypes = Buffer.from(
    '<?xml version="1.0" encoding="utf-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="xml" ContentType="text/xml" /><Default Extension="BCP" ContentType="application/octet-stream" /></Types>',
  )
  const metadata = Buffer.from(
    `<?xml version="1.0" encoding="utf-8"?>\n<DacType xmlns="http://schemas.microsoft.com/sqlserver/dac/Serialization/2012/02">\n  <Name>${xmlText(database)}</Name>\n  <Version>1.0.0.0</Version>\n</DacType>\n`,
  )
  return writeZip([
    { name: 'model.xml', data: model },
    { name: 'DacMetadata.xml', data: metadata },
    { name: 'Origin.xml', data: origin },
    ...data,
    { name: '[Content_Types].xml', data: contentTypes },
  ])
}

/** The tables of a bacpac this stand-in wrote; refuses a package whose model.xml is not the one Origin.xml names (as DacFx does). */
export async function readBacpac(bytes: Buffer): Promise<Tables> {
  const dir = mkdtempSync(join(tmpdir(), 'bacpac-'))
  try {
    const file = join(dir, 'p.bacpac')
    writeFileSync(file, bytes)
    const zip = await openZip(file)
    try {
      const parts = new Map<string, Buffer>()
      for (const e of zip.entries) {
        const chunks: Buffer[] = []
        for await (const c of await zip.read(e)) chunks.push(c as Buffer)
        parts.set(e.name, Buffer.concat(chunks))
      }
      const origin = parts.get('Origin.xml')?.toString('utf8') ?? ''
      const expected = /<Checksum Uri="\/model\.xml">([0-9A-F]{64})<\/Checksum>/.exec(origin)?.[1]
      if (!expected || sha256Upper(parts.get('model.xml') ?? Buffer.alloc(0)) !== expected)
        throw Object.assign(
          new Error('The checksum of model.xml does not match the one in Origin.xml: the package is corrupted.'),
          {
            code: 'ImportExportJobError',
          },
        )
      const tables: Tables = {}
      for (const [name, data] of parts) {
        const t = /^Data\/dbo\.(.+)\/TableData-\d+-\d+\.BCP$/.exec(name)?.[1]
        if (t)
          tables[t] =
            data.length === 0
              ? []
              : data
                  .toString('utf8')
                  .split('\n')
                  .map((l) => JSON.parse(l) as Row)
      }
      return tables
    } finally {
      await zip.close()
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}

/** A deep copy by JSON (not structuredClone: its objects come from another realm than a jest test's). */
function clone<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}
