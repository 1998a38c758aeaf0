/**
 * db-backup with engine azure-sql, through its bundle: the real @azure/arm-sql client signed in with
 * GitHub OIDC against the ARM stand-in's Microsoft.Sql provider (azure-sql.ts), which exports a
 * real bacpac-shaped zip into Azurite through the SAS it was handed. The bacpac is read back and
 * checked on those bytes; a package changed after the export is not verified; a restore point is
 * recorded only when the earliest restore point and the retention cover it; restores make new
 * databases (import, point in time) and never take an existing name without confirm-overwrite.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import {
  addAzureSql,
  type AzureSqlHandle,
  type SqlServer,
  type Tables,
} from '@deploy-actions/harness/emulators/azure-sql'
import { AZURITE_KEY, startAzurite, type Azurite } from '@deploy-actions/harness/emulators/azurite'
import { runStep } from '@deploy-actions/harness/runner'
import { readBackupManifest, type ShapeProblem } from '@deploy-actions/record'
import { assertNoTokens, everything } from './leaks.ts'
import { inputsNamed, oneError } from './refusals.ts'

const CONTAINER = 'backups'
const ADMIN = 'sqladmin'
const PASSWORD = 'Sql-Admin-Pa55-' + createHash('sha256').update(String(Math.random())).digest('hex').slice(0, 12)
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

const TABLES: Tables = {
  customers: Array.from({ length: 250 }, (_, i) => ({
    id: i + 1,
    name: `customer ${i + 1}`,
    email: i % 7 ? `c${i}@x.test` : null,
  })),
  orders: Array.from({ length: 750 }, (_, i) => ({ id: i + 1, customer: 1 + (i % 250), total: (i % 997) / 3 })),
}

interface SqlManifest {
  engine: string
  kind: string
  format: string
  object?: { uri: string; key: string; size: number; sha256: string }
  verified: { how: string; detail: string }
  azureSql: {
    server: string
    database: string
    databaseId: string
    restorePoint?: { at: string; earliestRestoreDate: string; retentionDays: number }
    bacpac?: { parts: number; checksummed: string[] }
  }
}

describe('db-backup with engine azure-sql', () => {
  let azure: Azure
  let az: Azurite
  let sql: AzureSqlHandle
  let server: SqlServer
  beforeAll(async () => {
    ;[azure, az] = await Promise.all([startAzure(), startAzurite()])
    await az.createContainer(CONTAINER)
    sql = addAzureSql(azure)
    server = sql.addServer({
      name: 'tesoro-sql',
      resourceGroup: 'rg-tesoro',
      adminLogin: ADMIN,
      adminPassword: PASSWORD,
    })
    sql.addDatabase(server, 'shop', TABLES)
  })
  afterAll(async () => {
    await Promise.all([az?.close(), azure?.close()])
  })

  const step = (inputs: Record<string, string>) =>
    runStep('db-backup', {
      inputs: {
        engine: 'azure-sql',
        ...azure.authInputs,
        'azure-sql-server': 'tesoro-sql',
        'resource-group': 'rg-tesoro',
        database: 'shop',
        'azure-connection-string': az.connectionString,
        ...inputs,
      },
      env: azure.env,
    })
  const exportInputs = { 'azure-sql-admin-login': ADMIN, 'azure-sql-admin-password': PASSWORD }
  const restoreInputs = { mode: 'restore', 'azure-sql-server': '', 'resource-group': '' }
  const secrets = () => [
    PASSWORD,
    AZURITE_KEY,
    ...azure.issued.idTokens,
    ...azure.issued.accessTokens,
    // The SAS ARM was handed, and its signature alone.
    ...sql.requests.flatMap((r) => {
      const sas = typeof r.body.storageKey === 'string' ? r.body.storageKey : ''
      const sig = new URLSearchParams(sas.replace(/^\?/, '')).get('sig')
      return [sas.replace(/^\?/, ''), ...(sig ? [sig, encodeURIComponent(sig)] : [])].filter((t) => t.length > 8)
    }),
  ]

  test('export: ARM writes the bacpac, the action reads it back, checks it and writes the manifest; import restores it into a new database', async () => {
    const r = await step({ ...exportInputs, destination: `azblob://${CONTAINER}/shop`, 'deployment-id': 'x-1' })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.verified, 'bacpac')
    assert.equal(r.outputs['backup-kind'], 'bacpac')
    assert.deepEqual(await az.blobs(CONTAINER, 'shop/x-1/'), ['shop/x-1/manifest.json', 'shop/x-1/shop.bacpac'])
    const stored = await az.get(CONTAINER, 'shop/x-1/shop.bacpac')
    assert.equal(sha256(stored), r.outputs.sha256, 'the hash is of the bytes ARM stored')
    assert.equal(Number(r.outputs.size), stored.length)
    const m = JSON.parse((await az.get(CONTAINER, 'shop/x-1/manifest.json')).toString('utf8')) as SqlManifest
    assert.equal(m.engine, 'azure-sql')
    assert.equal(m.kind, 'bacpac')
    assert.equal(m.object?.sha256, sha256(stored))
    assert.deepEqual(m.azureSql.bacpac?.checksummed, ['/model.xml'])
    assert.equal(m.azureSql.databaseId, server.databases.get('shop')?.id)
    // ARM was handed a SAS for that one blob (write, create), never the account key.
    const exp = sql.requests.find((q) => q.kind === 'export')?.body ?? {}
    assert.equal(exp.storageKeyType, 'SharedAccessKey')
    assert.match(String(exp.storageKey), /^\?.*sp=cw(&|$)/)
    assert.match(String(exp.storageKey), /sr=b(&|$)/)
    assert.equal(exp.storageUri, `${az.accountUrl}/${CONTAINER}/shop/x-1/shop.bacpac`)

    // The record reads the manifest with its kind.
    const problems: ShapeProblem[] = []
    const info = readBackupManifest(JSON.parse(r.outputs.manifest ?? '{}'), problems)
    assert.deepEqual(problems, [])
    assert.equal(info?.kind, 'bacpac')
    assert.equal(info?.verified, false, 'a checked package is not a restore')

    const back = await step({
      ...restoreInputs,
      ...exportInputs,
      'backup-uri': r.outputs['manifest-uri'] ?? '',
      database: 'shop-restored',
    })
    assert.equal(back.exitCode, 0, back.log)
    assert.equal(back.outputs['restored-database'], 'shop-restored')
    const made = server.databases.get('shop-restored')
    assert.ok(made)
    assert.equal(made.status, 'Online')
    assert.deepEqual(made.createdFrom, { mode: 'Import', source: exp.storageUri })
    assert.deepEqual(made.tables(), TABLES, 'the new database has the rows of the exported one')
    assert.deepEqual(server.databases.get('shop')?.tables(), TABLES, 'the live database is untouched')
    const imp = sql.requests.find((q) => q.kind === 'import')?.body ?? {}
    assert.match(String(imp.storageKey), /^\?.*sp=r(&|$)/, 'the import reads through a read-only SAS')
    for (const run of [r, back]) assertNoTokens(run, secrets())
  })

  test('a bacpac changed after the export is NOT verified: the step fails and writes no manifest', async () => {
    sql.corruptNextExport = 'model.xml'
    const r = await step({ ...exportInputs, destination: `azblob://${CONTAINER}/shop`, 'deployment-id': 'x-bad' })
    const error = oneError(r)
    assert.match(
      error,
      /^The bacpac at .*\/shop\/x-bad\/shop\.bacpac is NOT verified and no manifest was written .*: \/model\.xml does not match Origin\.xml's checksum/,
    )
    assert.equal(r.outputs.verified, undefined)
    assert.deepEqual(
      await az.blobs(CONTAINER, 'shop/x-bad/'),
      ['shop/x-bad/shop.bacpac'],
      'no manifest: nothing can restore it',
    )
    assertNoTokens(r, secrets())
  })

  test('a byte changed in the stored bacpac is refused by the restore before ARM sees it', async () => {
    const r = await step({ ...exportInputs, destination: `azblob://${CONTAINER}/shop`, 'deployment-id': 'x-2' })
    assert.equal(r.exitCode, 0, r.log)
    const bytes = await az.get(CONTAINER, 'shop/x-2/shop.bacpac')
    const at = Math.floor(bytes.length / 3)
    bytes[at] = (bytes[at] as number) ^ 0x20
    await az.put(CONTAINER, 'shop/x-2/shop.bacpac', bytes)
    const imports = sql.requests.filter((q) => q.kind === 'import').length
    const back = await step({
      ...restoreInputs,
      ...exportInputs,
      'backup-uri': r.outputs['manifest-uri'] ?? '',
      database: 'shop-from-bad',
    })
    assert.match(oneError(back), /^Restore refused, nothing was made: /)
    assert.equal(sql.requests.filter((q) => q.kind === 'import').length, imports, 'no import was asked for')
    assert.equal(server.databases.has('shop-from-bad'), false)
  })

  test('a SAS made from a wrong account key is refused by storage: the export fails as Azure reports it, nothing is recorded', async () => {
    const wrongKey = Buffer.alloc(64, 7).toString('base64')
    const r = await step({
      ...exportInputs,
      destination: `azblob://${CONTAINER}/shop`,
      'deployment-id': 'x-key',
      'azure-connection-string': az.connectionString.replace(AZURITE_KEY, wrongKey),
    })
    assert.match(
      oneError(r),
      /^Backup x-key not started, nothing was stored: |^The export of shop failed, no backup was made: /,
    )
    assert.deepEqual(await az.blobs(CONTAINER, 'shop/x-key/'), [])
    assert.ok(!everything(r).includes(wrongKey))
  })

  test('the SQL administrator password is checked as the service checks it: a wrong one fails the export', async () => {
    const r = await step({
      'azure-sql-admin-login': ADMIN,
      'azure-sql-admin-password': 'not-the-password',
      destination: `azblob://${CONTAINER}/shop`,
      'deployment-id': 'x-pw',
    })
    assert.match(oneError(r), /^The export of shop failed, no backup was made: .*Login failed for user 'sqladmin'/)
    assert.deepEqual(await az.blobs(CONTAINER, 'shop/x-pw/'), [])
  })

  test('restore point: covered when the earliest restore point and retention cover it; a point-in-time restore returns to it', async () => {
    const db = sql.addDatabase(server, 'orders', { orders: [{ id: 1, total: 10 }] }, { retentionDays: 14 })
    const r = await step({
      database: 'orders',
      'azure-sql-backup': 'restore-point',
      destination: `azblob://${CONTAINER}/orders`,
      'deployment-id': 'rp-1',
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.verified, 'restore-point')
    assert.equal(r.outputs['backup-kind'], 'restore-point')
    const m = JSON.parse(r.outputs.manifest ?? '{}') as SqlManifest
    assert.equal(m.object, undefined, 'nothing was copied')
    assert.equal(m.azureSql.restorePoint?.retentionDays, 14)
    assert.equal(m.azureSql.restorePoint?.earliestRestoreDate, db.earliestRestoreDate)
    const at = Date.parse(r.outputs['restore-point'] ?? '')
    assert.ok(at <= Date.now() && at > Date.now() - 120_000, 'the instant is now, on the service clock')
    const problems: ShapeProblem[] = []
    const info = readBackupManifest(m, problems)
    assert.deepEqual(problems, [])
    assert.equal(info?.kind, 'restore-point')
    assert.equal(info?.restore_point_at, r.outputs['restore-point'])

    // A migration changes the database; the restore returns to the recorded instant in a new database.
    await new Promise((wake) => setTimeout(wake, 1100))
    db.write({
      orders: [
        { id: 1, total: 10 },
        { id: 2, total: 99 },
      ],
      audit: [],
    })
    const back = await step({
      ...restoreInputs,
      'backup-uri': r.outputs['manifest-uri'] ?? '',
      database: 'orders-before',
    })
    assert.equal(back.exitCode, 0, back.log)
    const made = server.databases.get('orders-before')
    assert.deepEqual(made?.createdFrom, {
      mode: 'PointInTimeRestore',
      source: db.id,
      restorePointInTime: r.outputs['restore-point'],
    })
    assert.deepEqual(made?.tables(), { orders: [{ id: 1, total: 10 }] })
    assert.equal(back.outputs['restored-database'], 'orders-before')
  })

  test('restore point: not covered (no restore point yet, or the earliest is later) fails and records nothing', async () => {
    sql.addDatabase(server, 'fresh', {}, { earliestRestoreDate: null })
    const r = await step({
      database: 'fresh',
      'azure-sql-backup': 'restore-point',
      destination: `azblob://${CONTAINER}/fresh`,
      'deployment-id': 'rp-2',
    })
    assert.match(oneError(r), /^No restore point: fresh has no earliestRestoreDate yet/)
    sql.addDatabase(server, 'later', {}, { earliestRestoreDate: new Date(Date.now() + 3_600_000).toISOString() })
    const later = await step({
      database: 'later',
      'azure-sql-backup': 'restore-point',
      destination: `azblob://${CONTAINER}/later`,
      'deployment-id': 'rp-3',
    })
    assert.match(oneError(later), /^No restore point: later's earliest restore point .* is after /)
    assert.deepEqual(await az.blobs(CONTAINER, 'fresh/'), [])
    assert.deepEqual(await az.blobs(CONTAINER, 'later/'), [])
  })

  test('restore over an existing database is refused without confirm-overwrite; with it the live one is kept aside', async () => {
    const live = sql.addDatabase(server, 'billing', { invoices: [{ id: 1 }, { id: 2 }] })
    const r = await step({
      database: 'billing',
      'azure-sql-backup': 'restore-point',
      destination: `azblob://${CONTAINER}/billing`,
      'deployment-id': 'b-1',
    })
    assert.equal(r.exitCode, 0, r.log)
    await new Promise((wake) => setTimeout(wake, 1100))
    live.write({ invoices: [{ id: 1 }, { id: 2 }, { id: 3 }] })
    const before = azure.calls.filter((c) => c.method !== 'GET').length
    const refused = await step({ ...restoreInputs, 'backup-uri': r.outputs['manifest-uri'] ?? '', database: 'billing' })
    assert.match(oneError(refused), /^The database billing already exists on tesoro-sql: refusing to restore over it/)
    assert.equal(azure.calls.filter((c) => c.method !== 'GET').length, before, 'no write was sent to ARM')
    assert.deepEqual(server.databases.get('billing')?.tables(), { invoices: [{ id: 1 }, { id: 2 }, { id: 3 }] })

    const over = await step({
      ...restoreInputs,
      'backup-uri': r.outputs['manifest-uri'] ?? '',
      database: 'billing',
      'confirm-overwrite': 'true',
    })
    assert.equal(over.exitCode, 0, over.log)
    assert.deepEqual(server.databases.get('billing')?.tables(), { invoices: [{ id: 1 }, { id: 2 }] })
    assert.deepEqual(server.databases.get('billing-replaced-b-1')?.tables(), {
      invoices: [{ id: 1 }, { id: 2 }, { id: 3 }],
    })
    assert.equal(server.databases.has('billing-restoring-b-1'), false)
  })

  test('bad input is refused in one line per input before anything is sent', async () => {
    const calls = azure.calls.length
    const s3 = await step({ ...exportInputs, destination: 's3://backups/shop', 'azure-connection-string': '' })
    assert.deepEqual(inputsNamed(s3), ['destination'])
    const noServer = await step({ ...exportInputs, 'azure-sql-server': '', destination: `azblob://${CONTAINER}/shop` })
    assert.deepEqual(inputsNamed(noServer), ['azure-sql-server'])
    const noLogin = await step({ destination: `azblob://${CONTAINER}/shop` })
    assert.deepEqual(inputsNamed(noLogin), ['azure-sql-admin-login', 'azure-sql-admin-password'])
    const url = await step({
      ...exportInputs,
      destination: `azblob://${CONTAINER}/shop`,
      'database-url': 'postgres://u:p@h/db',
    })
    assert.deepEqual(inputsNamed(url), ['database-url'])
    const other = await runStep('db-backup', {
      inputs: {
        'database-url': 'postgres://u:p@127.0.0.1:1/db',
        destination: 's3://backups/p',
        'azure-sql-server': 'x',
      },
    })
    assert.deepEqual(inputsNamed(other), ['azure-sql-server'])
    assert.equal(azure.calls.length, calls, 'no ARM call was made')
    for (const run of [s3, noServer, noLogin, url]) assert.ok(!everything(run).includes(PASSWORD))
  })
})
