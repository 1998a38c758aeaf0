/**
 * db-backup to Azure Blob signed in with Entra ID through GitHub OIDC, through its bundle: the
 * real ClientAssertionCredential, core.getIDToken and BlobServiceClient against the Azure
 * emulator's GitHub OIDC and Entra endpoints and Azurite over HTTPS with OAuth (it decodes the
 * bearer token and checks its issuer, audience and lifetime). A round trip with the stored blob
 * checked byte for byte, and the failures that must leave nothing stored: a sign-in Entra
 * refuses, a token storage refuses, an identity without a data role for writing.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { CLIENT_ID, startAzure, STORAGE_SCOPE, TENANT, type Azure } from '@deploy-actions/harness/emulators/azure'
import { startAzurite, type Azurite } from '@deploy-actions/harness/emulators/azurite'
import { startPostgres, type Postgres } from '@deploy-actions/harness/emulators/postgres'
import { assertNoTokens, everything } from './leaks.ts'
import { oneError } from './refusals.ts'
import { runStep } from '@deploy-actions/harness/runner'

const CONTAINER = 'backups'
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

describe('db-backup to Azure Blob with GitHub OIDC sign-in', () => {
  let pg: Postgres
  let azure: Azure
  let az: Azurite
  beforeAll(async () => {
    ;[pg, azure, az] = await Promise.all([startPostgres(), startAzure(), startAzurite({ oauth: true })])
    azure.allowScope(STORAGE_SCOPE)
    await az.createContainer(CONTAINER)
    await pg.createDatabase('shop')
    await pg.sql(
      'shop',
      `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, email text);
       CREATE TABLE orders (id bigserial PRIMARY KEY, customer int REFERENCES customers(id), total numeric(10,2), note jsonb);
       INSERT INTO customers SELECT g, 'customer ' || g, CASE WHEN g % 7 = 0 THEN NULL ELSE 'c' || g || '@example.com' END FROM generate_series(1, 1500) g;
       INSERT INTO orders (customer, total, note) SELECT 1 + g % 1500, (g % 997) / 3.0, jsonb_build_object('g', g) FROM generate_series(1, 4500) g;`,
    )
  })
  afterAll(async () => {
    await Promise.all([pg?.stop(), az?.close(), azure?.close()])
  })

  /** GitHub OIDC sign-in as a workflow gives it: client-id, tenant-id (the authority is the emulator's). */
  const step = (inputs: Record<string, string>) =>
    runStep('db-backup', {
      inputs: { 'client-id': CLIENT_ID, 'tenant-id': TENANT, 'authority-host': azure.url, ...inputs },
      env: { ...azure.env, ...az.env },
    })
  const destination = () => `${az.accountUrl}/${CONTAINER}/shop`
  const tokens = () => [
    ...azure.issued.idTokens,
    ...azure.issued.accessTokens,
    azure.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string,
  ]

  test('round trip: a verified backup signed in with OIDC, then a restore by backup-uri with the same sign-in', async () => {
    const scopesBefore = azure.scopeRequests.length
    const r = await step({ 'database-url': pg.url('shop'), destination: destination(), 'deployment-id': 'oidc-1' })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.verified, 'restore')
    assert.match(
      r.log,
      new RegExp(
        String.raw`^Azure Blob: GitHub OIDC \(audience api:\/\/AzureADTokenExchange\) as client ` +
          String.raw`11111111-2222-3333-4444-555555555555 in tenant 72f988bf-0000-0000-0000-00000000beef; ` +
          String.raw`account https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1$`,
        'm',
      ),
    )

    // The blob and its manifest are in Azurite, and the manifest's SHA-256 is that of the stored bytes.
    assert.deepEqual(await az.blobs(CONTAINER, 'shop/oidc-1/'), [
      'shop/oidc-1/manifest.json',
      'shop/oidc-1/shop.pgdump.zst',
    ])
    const stored = await az.get(CONTAINER, 'shop/oidc-1/shop.pgdump.zst')
    const manifest = JSON.parse((await az.get(CONTAINER, 'shop/oidc-1/manifest.json')).toString('utf8')) as {
      object: { sha256: string; size: number; uri: string }
      tables: Record<string, number>
    }
    assert.equal(manifest.object.sha256, sha256(stored))
    assert.equal(manifest.object.size, stored.length)
    assert.equal(manifest.object.uri, `${destination()}/oidc-1/shop.pgdump.zst`)
    assert.deepEqual(manifest, JSON.parse(r.outputs.manifest ?? 'null'))
    assert.deepEqual(manifest.tables, { 'public.customers': 1500, 'public.orders': 4500 })

    // Entra was asked for Storage's scope only, with the GitHub ID token as the client assertion.
    const scopes = azure.scopeRequests.slice(scopesBefore)
    assert.ok(scopes.length > 0)
    assert.deepEqual([...new Set(scopes)], [STORAGE_SCOPE])
    assert.ok(azure.issued.idTokens.length > 0)

    await pg.createDatabase('shop_restored')
    const back = await step({
      mode: 'restore',
      'database-url': pg.url('shop_restored'),
      'backup-uri': r.outputs['manifest-uri'] ?? '',
    })
    assert.equal(back.exitCode, 0, back.log)
    assert.match(back.log, /^Azure Blob: GitHub OIDC .* as client 11111111-2222-3333-4444-555555555555 /m)
    const counts = (db: string) =>
      pg.sql(db, "SELECT (SELECT count(*) FROM customers) || ',' || (SELECT count(*) FROM orders);")
    assert.equal(await counts('shop_restored'), '1500,4500')
    assert.deepEqual(await pg.fingerprint('shop_restored'), await pg.fingerprint('shop'))
    assert.deepEqual([...new Set(azure.scopeRequests.slice(scopesBefore))], [STORAGE_SCOPE])

    for (const run of [r, back]) {
      assertNoTokens(run, tokens())
      assert.ok(!everything(run).includes(pg.password), 'the database password leaked')
    }
  })

  test('a sign-in Entra refuses (unknown client, AADSTS700016): one error line, nothing stored', async () => {
    const r = await step({
      'database-url': pg.url('shop'),
      destination: destination(),
      'deployment-id': 'refused',
      'client-id': '99999999-2222-3333-4444-555555555555',
    })
    assert.equal(r.exitCode, 1, r.log)
    assert.match(
      oneError(r),
      new RegExp(
        String.raw`^Backup refused not started, nothing was stored: Signing in to Entra ID for Azure Blob storage ` +
          String.raw`\(GitHub OIDC .* as client 99999999-2222-3333-4444-555555555555 in tenant .*\) failed: ` +
          String.raw`.*AADSTS700016: Application with identifier '99999999-2222-3333-4444-555555555555' was not found`,
      ),
    )
    assert.deepEqual(await az.blobs(CONTAINER, 'shop/refused/'), [])
    assert.deepEqual(r.outputs, {})
    assertNoTokens(r, tokens())
  })

  test('a token for another audience is refused by storage: one error line, nothing stored', async () => {
    azure.allowScope(STORAGE_SCOPE, { audience: 'https://vault.azure.net' })
    try {
      const r = await step({ 'database-url': pg.url('shop'), destination: destination(), 'deployment-id': 'wrong-aud' })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        oneError(r),
        new RegExp(
          String.raw`^Backup wrong-aud not started, nothing was stored: Azure Blob storage refused the Entra ID token ` +
            String.raw`\(GitHub OIDC .*\) while reading ` +
            String.raw`https:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/backups\/shop\/wrong-aud\/manifest\.json ` +
            String.raw`\(HTTP 403 AuthenticationFailed\); the token must be .* for https:\/\/storage\.azure\.com$`,
        ),
      )
      assert.deepEqual(await az.blobs(CONTAINER, 'shop/wrong-aud/'), [])
      assertNoTokens(r, tokens())
    } finally {
      azure.allowScope(STORAGE_SCOPE)
    }
  })

  test('an identity that may read but not write (no Storage Blob Data Contributor): one error line naming the role, nothing stored', async () => {
    az.forbid(['PUT'])
    try {
      const r = await step({ 'database-url': pg.url('shop'), destination: destination(), 'deployment-id': 'reader' })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        oneError(r),
        new RegExp(
          String.raw`^Backup failed, nothing stored at https:\/\/\S+\/shop\/reader\/shop\.pgdump\.zst: Azure Blob storage ` +
            String.raw`refused writing \S+ \(HTTP 403 AuthorizationPermissionMismatch\): the signed-in ` +
            String.raw`identity \(GitHub OIDC .*\) has no data role for it; grant it Storage Blob Data ` +
            String.raw`Contributor on the container backups or its storage account`,
        ),
      )
      assertNoTokens(r, tokens())
    } finally {
      az.heal()
    }
    assert.deepEqual(await az.blobs(CONTAINER, 'shop/reader/'), [])
    assert.equal(
      await pg.sql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'db_backup_verify_%';"),
      '0',
      'no scratch database left',
    )
  })
})
