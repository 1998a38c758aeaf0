import { test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { Readable, Writable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import { gate, HashingStream, joinKey, parseLocation, Tee } from '../src/index.ts'

test('locations: s3, azblob, Azure account URLs and path-style emulator URLs', () => {
  assert.deepEqual(parseLocation('s3://acme-backups/shop/db/'), {
    kind: 's3',
    bucket: 'acme-backups',
    prefix: 'shop/db',
  })
  assert.deepEqual(parseLocation('azblob://backups'), { kind: 'azure-blob', container: 'backups', prefix: '' })
  assert.deepEqual(parseLocation('https://acme.blob.core.windows.net/backups/shop'), {
    kind: 'azure-blob',
    container: 'backups',
    prefix: 'shop',
    accountUrl: 'https://acme.blob.core.windows.net',
  })
  assert.deepEqual(parseLocation('http://127.0.0.1:10000/devstoreaccount1/backups/a/b'), {
    kind: 'azure-blob',
    container: 'backups',
    prefix: 'a/b',
    accountUrl: 'http://127.0.0.1:10000/devstoreaccount1',
  })
  assert.throws(() => parseLocation('gs://b/p'), /scheme gs is not supported/)
  assert.throws(() => parseLocation('s3://x/p'), /not a valid S3 bucket name/)
  assert.throws(() => parseLocation('azblob://Bad_Container/p'), /not a valid Azure container name/)
  assert.equal(joinKey('/a/', '', 'b/', 'c'), 'a/b/c')
})

const sink = () => new Writable({ write: (_c, _e, cb) => cb() })

test('HashingStream counts and hashes exactly what passed', async () => {
  const data = Buffer.alloc(300_000, 7)
  const h = new HashingStream()
  await pipeline(Readable.from([data.subarray(0, 1000), data.subarray(1000)]), h, sink())
  assert.equal(h.bytes, data.length)
  assert.equal(h.digest(), createHash('sha256').update(data).digest('hex'))
})

test('gate ends only when the producer succeeded, and fails with its reason otherwise', async () => {
  await pipeline(Readable.from([Buffer.from('ok')]), gate(Promise.resolve()), sink())
  let fail: (e: Error) => void = () => {}
  const done = new Promise<void>((_, reject) => (fail = reject))
  const run = pipeline(Readable.from([Buffer.from('half a dump')]), gate(done), sink())
  setTimeout(() => fail(new Error('pg_dump was killed by SIGKILL')), 20)
  await assert.rejects(run, /pg_dump was killed by SIGKILL/)
})

test("Tee: every branch gets every byte at the slowest branch's pace; a failing branch stops the writer and the other branch", async () => {
  const data = Buffer.alloc(2_000_000, 3)
  const chunks = Array.from({ length: 40 }, (_, i) => data.subarray(i * 50_000, (i + 1) * 50_000))
  const fast = new HashingStream()
  const slow = new HashingStream()
  let fastAhead = 0
  const slowDone = pipeline(
    slow,
    new Writable({
      highWaterMark: 1,
      write(chunk: Buffer, _e, cb) {
        fastAhead = Math.max(fastAhead, fast.bytes - slow.bytes)
        setTimeout(cb, 1)
      },
    }),
  )
  const fastDone = pipeline(fast, sink())
  await pipeline(Readable.from(chunks), new Tee([fast, slow]))
  await Promise.all([fastDone, slowDone])
  const whole = createHash('sha256').update(data).digest('hex')
  assert.equal(fast.digest(), whole)
  assert.equal(slow.digest(), whole)
  assert.ok(fastAhead < 500_000, `the fast branch waited for the slow one (at most ${fastAhead} bytes ahead)`)

  const survivor = new HashingStream()
  const failing = new Writable({
    write(_c, _e, cb) {
      cb(new Error('pg_restore exited with code 1'))
    },
  })
  const survivorDone = pipeline(survivor, sink())
  const tee = new Tee([survivor, failing])
  await assert.rejects(pipeline(Readable.from(chunks), tee), /pg_restore exited with code 1/)
  assert.equal(tee.failedBranch, 1)
  await assert.rejects(survivorDone, /pg_restore exited with code 1/, 'the other branch ends with the same error')
})

test("a signed-in identity's failures become one line saying what to do; other errors pass through", async () => {
  const { explainEntraError } = await import('../src/blob.ts')
  const how = 'GitHub OIDC as client 1111'
  const rest = (statusCode: number, code: string | undefined, details: Record<string, unknown>, message = '') =>
    Object.assign(new Error(message), { name: 'RestError', statusCode, code, details })
  const text = (err: unknown) => (err as Error).message

  // A HEAD answer has no body: the code comes from x-ms-error-code (details.errorCode).
  const role = text(
    explainEntraError(
      rest(403, undefined, { errorCode: 'AuthorizationPermissionMismatch' }),
      'reading https://a/b/c',
      'backups',
      how,
    ),
  )
  assert.match(
    role,
    new RegExp(
      String.raw`^Azure Blob storage refused reading https:\/\/a\/b\/c \(HTTP 403 AuthorizationPermissionMismatch\): the ` +
        String.raw`signed-in identity \(GitHub OIDC as client 1111\) has no data role for it; grant it ` +
        String.raw`Storage Blob Data Contributor on the container backups or its storage account`,
    ),
  )
  const token = text(
    explainEntraError(
      rest(
        401,
        'InvalidAuthenticationInfo',
        { authenticationErrorDetail: 'Audience validation failed.\nAudience did not match.' },
        'Server failed\nRequestId:1',
      ),
      'writing x',
      'backups',
      how,
    ),
  )
  assert.equal(
    token,
    'Azure Blob storage refused the Entra ID token (GitHub OIDC as client 1111) while writing x (HTTP 401 ' +
      'InvalidAuthenticationInfo: Audience validation failed. Audience did not match.); the token must be ' +
      "issued by the storage account's tenant for https://storage.azure.com",
  )
  const signIn = Object.assign(
    new Error('ClientAssertionCredential authentication failed.\nAADSTS700213: No matching federated identity record'),
    { name: 'AuthenticationError' },
  )
  assert.equal(
    text(explainEntraError(signIn, 'reading x', 'backups')),
    'Signing in to Entra ID for Azure Blob storage failed: ClientAssertionCredential authentication failed. ' +
      'AADSTS700213: No matching federated identity record',
  )

  const other = rest(500, 'InternalError', {}, 'boom')
  assert.equal(explainEntraError(other, 'reading x', 'backups', how), other)
  const refused = Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED' })
  assert.equal(explainEntraError(refused, 'reading x', 'backups', how), refused)
})
