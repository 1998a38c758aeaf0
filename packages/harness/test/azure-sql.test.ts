/**
 * The Microsoft.Sql stand-in is as strict as the service where the action depends on it: through
 * the real @azure/arm-sql client (packages/azure/src/sql.ts), a SAS storage refuses fails the
 * export, the account key (StorageAccessKey) works too, an existing name is refused for an import
 * (409), a point in time before the earliest restore point is refused (400), and the required
 * fields of an export are required.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { getCACertificates, setDefaultCACertificates } from 'node:tls'
import { AzureSqlServer } from '@deploy-actions/azure/sql'
import { standInAuth } from '../src/azure-auth.ts'
import { startAzure, type Azure } from '../src/emulators/azure.ts'
import { addAzureSql, type AzureSqlHandle, type SqlServer } from '../src/emulators/azure-sql.ts'
import { AZURITE_KEY, startAzurite, type Azurite } from '../src/emulators/azurite.ts'

describe('the Microsoft.Sql stand-in', () => {
  let azure: Azure
  let az: Azurite
  let sql: AzureSqlHandle
  let server: SqlServer
  let client: AzureSqlServer
  const admin = { login: 'sqladmin', password: 'right-password' }
  beforeAll(async () => {
    ;[azure, az] = await Promise.all([startAzure(), startAzurite()])
    if (!getCACertificates('default').includes(azure.tls.ca))
      setDefaultCACertificates([...getCACertificates('default'), azure.tls.ca])
    await az.createContainer('backups')
    sql = addAzureSql(azure)
    sql.lroMs = 50
    server = sql.addServer({
      name: 'tesoro-sql',
      resourceGroup: 'rg',
      adminLogin: admin.login,
      adminPassword: admin.password,
    })
    sql.addDatabase(server, 'shop', { t: [{ id: 1 }, { id: 2 }] })
    const auth = await standInAuth(azure)
    client = new AzureSqlServer(auth, 'rg', 'tesoro-sql', 'test')
  })
  afterAll(async () => {
    await Promise.all([az?.close(), azure?.close()])
  })
  const blobUrl = (name: string) => `${az.accountUrl}/backups/${name}`

  test('a SAS storage refuses (signed with another key) fails the export; nothing is written', async () => {
    await assert.rejects(
      client.export(
        'shop',
        { storageUri: blobUrl('bad.bacpac'), sas: 'sv=2024-08-04&sr=b&sp=cw&se=2099-01-01T00%3A00%3A00Z&sig=AAAA' },
        admin,
        AbortSignal.timeout(30_000),
      ),
      /AuthenticationFailed|Server failed to authenticate|signature/i,
    )
    assert.deepEqual(await az.blobs('backups', 'bad'), [])
  })

  test('the account key (StorageAccessKey) is accepted as Azure accepts it, and writes a bacpac', async () => {
    await client.client.databases.beginExportAndWait(
      'rg',
      'tesoro-sql',
      'shop',
      {
        storageKeyType: 'StorageAccessKey',
        storageKey: AZURITE_KEY,
        storageUri: blobUrl('key.bacpac'),
        administratorLogin: admin.login,
        administratorLoginPassword: admin.password,
      },
      { updateIntervalInMs: 50 },
    )
    const bytes = await az.get('backups', 'key.bacpac')
    assert.equal(bytes.subarray(0, 2).toString('latin1'), 'PK')
  })

  test('an import into an existing name is refused with 409; a SAS without its leading "?" with 400', async () => {
    await assert.rejects(
      client.client.servers.beginImportDatabaseAndWait('rg', 'tesoro-sql', {
        databaseName: 'shop',
        storageKeyType: 'StorageAccessKey',
        storageKey: AZURITE_KEY,
        storageUri: blobUrl('key.bacpac'),
        administratorLogin: admin.login,
        administratorLoginPassword: admin.password,
      }),
      (err: Error & { statusCode?: number; code?: string }) =>
        err.statusCode === 409 && err.code === 'DatabaseAlreadyExists',
    )
    await assert.rejects(
      client.client.databases.beginExportAndWait('rg', 'tesoro-sql', 'shop', {
        storageKeyType: 'SharedAccessKey',
        storageKey: 'sv=x&sig=y',
        storageUri: blobUrl('x.bacpac'),
        administratorLogin: admin.login,
        administratorLoginPassword: admin.password,
      }),
      (err: Error & { statusCode?: number }) => err.statusCode === 400 && /preceded with a '\?'/.test(err.message),
    )
  })

  test('a point-in-time restore before the earliest restore point is refused; a valid one makes the database', async () => {
    const { db: source } = await client.database('shop')
    assert.ok(source?.earliestRestoreDate)
    const before = new Date(source.earliestRestoreDate.getTime() - 60_000).toISOString()
    await assert.rejects(
      client.restorePointInTime('shop-old', source, before, AbortSignal.timeout(30_000)),
      (err: Error & { statusCode?: number; code?: string }) =>
        err.statusCode === 400 && err.code === 'InvalidPointInTimeRestoreRequest',
    )
    assert.equal(server.databases.has('shop-old'), false)
    const made = await client.restorePointInTime(
      'shop-copy',
      source,
      new Date().toISOString(),
      AbortSignal.timeout(30_000),
    )
    assert.equal(made.status, 'Online')
    assert.deepEqual(server.databases.get('shop-copy')?.tables(), { t: [{ id: 1 }, { id: 2 }] })
  })
})
