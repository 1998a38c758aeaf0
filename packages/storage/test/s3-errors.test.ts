import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { startS3, S3_ACCESS_KEY, S3_SECRET_KEY, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { s3Destination } from '../src/index.ts'

/** S3's refusals, through the real AWS SDK against the stand-in, said as what to do. */
describe('the S3 store says what to do about what S3 refuses', () => {
  let s3: S3StandIn
  beforeAll(async () => {
    s3 = await startS3()
    await s3.createBucket('backups')
    await s3.createBucket('backups-eu', { region: 'eu-west-1' })
  })
  afterAll(() => s3.close())
  const credentials = { accessKeyId: S3_ACCESS_KEY, secretAccessKey: S3_SECRET_KEY }
  const store = (bucket: string, region = 'us-east-1') =>
    s3Destination({ bucket, region, endpoint: s3.endpoint, credentials, maxAttempts: 1 })
  const failure = async (p: Promise<unknown>): Promise<Error> => {
    try {
      await p
    } catch (err) {
      return err as Error
    }
    assert.fail('the call succeeded')
  }

  test('a bucket in another region: the region to set', async () => {
    const err = await failure((await store('backups-eu')).put('a.txt', 'x'))
    assert.equal(err.name, 'AuthorizationHeaderMalformed')
    assert.match(
      err.message,
      /— the bucket backups-eu is in eu-west-1: set the region to eu-west-1 \(s3-region, or AWS_REGION\)$/,
    )
  })

  test('no such bucket: the name to check', async () => {
    const err = await failure((await store('no-such-bucket')).put('a.txt', 'x'))
    assert.equal(err.name, 'NoSuchBucket')
    assert.match(err.message, /— there is no bucket named no-such-bucket at this endpoint/)
  })

  test('AccessDenied that names no action: the IAM action the command needs, on the object', async () => {
    const s = await startS3()
    try {
      await s.createBucket('locked')
      await s.put('locked', 'db/m.json', Buffer.from('{}'))
      s.deny('s3:PutObject')
      s.deny('s3:GetObject')
      const locked = await s3Destination({
        bucket: 'locked',
        region: 'us-east-1',
        endpoint: s.endpoint,
        credentials,
        maxAttempts: 1,
      })
      const put = await failure(locked.put('db/x.json', '{}'))
      assert.equal(put.name, 'AccessDenied')
      assert.match(
        put.message,
        /^Access Denied — the AWS identity may not s3:PutObject on arn:aws:s3:::locked\/db\/x\.json: allow it in the IAM policy/,
      )
      const get = await failure(locked.getText('db/m.json'))
      assert.match(
        get.message,
        /— the AWS identity may not s3:GetObject on arn:aws:s3:::locked\/db\/m\.json: .*without s3:ListBucket/,
      )
      // A HEAD's 403 has no body: still the action, from the command.
      const head = await failure(locked.size('db/m.json'))
      assert.match(head.message, /— the AWS identity may not s3:GetObject on arn:aws:s3:::locked\/db\/m\.json/)
    } finally {
      await s.close()
    }
  })

  test('an endpoint nothing listens on: the host and port', async () => {
    const dead = await s3Destination({
      bucket: 'b',
      region: 'us-east-1',
      endpoint: 'http://127.0.0.1:9',
      credentials,
      maxAttempts: 1,
    })
    const err = await failure(dead.put('a', 'x'))
    assert.match(err.message, /— nothing accepts connections at 127\.0\.0\.1:9: check the host and port/)
  })
})
