/**
 * Bad input to db-backup: each is one error line naming the input and the accepted form, reported
 * before any side effect (no database connection, nothing in the bucket), no stack trace, no output,
 * and the database password never printed.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { startS3, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { inputsNamed, oneError } from './refusals.ts'
import { runStep } from '@deploy-actions/harness/runner'

const PW = 'Sup3r-s3cret-pw'
const URL_OK = `postgres://app:${PW}@127.0.0.1:1/app`
const BLOB = 'https://acme.blob.core.windows.net/backups/app'
const CLIENT = '11111111-2222-3333-4444-555555555555'
const TENANT = '72f988bf-0000-0000-0000-00000000beef'

describe('db-backup refuses bad input before any side effect', () => {
  let s3: S3StandIn
  beforeAll(async () => {
    s3 = await startS3()
    await s3.createBucket('backups')
  })
  afterAll(() => s3?.close())

  const base = () => ({ 'database-url': URL_OK, destination: 's3://backups/app', 's3-endpoint': s3.endpoint })
  const cases: Array<{ what: string; inputs: () => Record<string, string>; error: RegExp }> = [
    {
      what: 'an unknown mode',
      inputs: () => ({ ...base(), mode: 'dump' }),
      error: /^Input 'mode' must be one of backup, restore; got "dump"$/,
    },
    {
      what: 'a database URL with another scheme',
      inputs: () => ({ ...base(), 'database-url': `redis://app:${PW}@db:6379/0` }),
      error: new RegExp(
        String.raw`^Input 'database-url' has the scheme redis: use postgres:\/\/, postgresql:\/\/, mysql:\/\/ or ` +
          String.raw`mariadb:\/\/; give a URL such as postgres:\/\/user:password@host:5432\/app`,
      ),
    },
    {
      what: 'a database URL that is not one',
      inputs: () => ({ ...base(), 'database-url': 'app database please' }),
      error: /^Input 'database-url' is not a URL; give a URL such as/,
    },
    {
      what: 'no database name',
      inputs: () => ({ ...base(), 'database-url': `postgres://app:${PW}@127.0.0.1:1` }),
      error:
        /^Input 'database' is required: give the database name in database-url's path, as database, or in PGDATABASE$/,
    },
    {
      what: 'neither database-url nor engine',
      inputs: () => ({ destination: 's3://backups/app' }),
      error: /^Input 'engine' is required when database-url is not given: give postgres or mysql/,
    },
    {
      what: 'an engine contradicting the URL',
      inputs: () => ({ ...base(), engine: 'mysql' }),
      error: /^Input 'engine' is mysql but database-url is a postgres URL: give one engine$/,
    },
    {
      what: 'no destination',
      inputs: () => ({ 'database-url': URL_OK }),
      error:
        /^Input 'destination' is required in mode backup: give s3:\/\/bucket\/prefix, azblob:\/\/container\/prefix or https:/,
    },
    {
      what: 'an unsupported destination scheme',
      inputs: () => ({ ...base(), destination: 'gs://backups/app' }),
      error: /^Input 'destination' scheme gs is not supported: give s3:\/\/bucket\/prefix/,
    },
    {
      what: 'an invalid bucket name',
      inputs: () => ({ ...base(), destination: 's3://Backups_Prod/app' }),
      error: /^Input 'destination' bucket "Backups_Prod" is not a valid S3 bucket name: give s3:\/\/bucket\/prefix/,
    },
    {
      what: 'an unknown compression',
      inputs: () => ({ ...base(), compression: 'xz' }),
      error: /^Input 'compression' must be one of zstd, gzip, none; got "xz"$/,
    },
    {
      what: 'a gzip level above 9',
      inputs: () => ({ ...base(), compression: 'gzip', 'compression-level': '12' }),
      error: /^Input 'compression-level' must be from 1 to 9 for gzip$/,
    },
    {
      what: 'an unknown verification',
      inputs: () => ({ ...base(), verify: 'trust-me' }),
      error: /^Input 'verify' must be one of restore, checksum, none; got "trust-me"$/,
    },
    {
      what: 'a deployment id with a slash',
      inputs: () => ({ ...base(), 'deployment-id': '../../etc' }),
      error:
        /^Input 'deployment-id' must be letters, digits, dot, dash or underscore \(1-128, starting with a letter or digit\); got "\.\.\/\.\.\/etc"$/,
    },
    {
      what: 'a tag without =',
      inputs: () => ({ ...base(), tags: 'kind=pre-migration, oops' }),
      error: /^Input 'tags' must be key=value pairs such as kind=pre-migration; got "oops"$/,
    },
    {
      what: 'object lock without retention',
      inputs: () => ({ ...base(), 'object-lock-mode': 'COMPLIANCE' }),
      error: /^Input 'object-lock-mode' needs retention-days: how long the object stays locked$/,
    },
    {
      what: 'a KMS key without aws:kms',
      inputs: () => ({ ...base(), 'kms-key-id': 'alias/backups' }),
      error: /^Input 'kms-key-id' needs server-side-encryption: aws:kms$/,
    },
    {
      what: 'a negative retention',
      inputs: () => ({ ...base(), 'retention-days': '-3' }),
      error: /^Input 'retention-days' must be a whole number from 1 to 36500; got "-3"$/,
    },
    {
      what: 'a lock timeout in plain numbers',
      inputs: () => ({ ...base(), 'lock-wait-timeout': 'forever' }),
      error: /^Input 'lock-wait-timeout' must be a duration such as 500ms, 90s, 5m or 1h30m; got "forever"$/,
    },
    {
      what: 'confirm-overwrite not a boolean',
      inputs: () => ({ ...base(), 'confirm-overwrite': 'yes please' }),
      error: /^Input 'confirm-overwrite' must be true or false; got "yes please"$/,
    },
    {
      what: 'azblob:// without a connection string',
      inputs: () => ({ 'database-url': URL_OK, destination: 'azblob://backups/app' }),
      error: new RegExp(
        String.raw`^Input 'destination' names no storage account: azblob:\/\/ needs azure-connection-string \(a ` +
          String.raw`secret\); for Entra ID sign-in give https:\/\/<account>\.blob\.core\.windows\.net\/<container>\/prefix$`,
      ),
    },
    {
      what: 'a connection string and Entra ID sign-in together',
      inputs: () => ({
        'database-url': URL_OK,
        destination: BLOB,
        'azure-connection-string': 'UseDevelopmentStorage=true',
        'client-id': CLIENT,
      }),
      error: /^Input 'client-id' cannot be combined with azure-connection-string: sign in to Azure Blob one way/,
    },
    {
      what: 'Azure sign-in with an S3 destination',
      inputs: () => ({ ...base(), 'client-id': CLIENT }),
      error: /^Input 'client-id' applies to Azure Blob destinations only$/,
    },
    {
      what: 'another Azure cloud with an S3 destination',
      inputs: () => ({ ...base(), cloud: 'AzureUSGovernment' }),
      error: /^Input 'cloud' applies to Azure Blob destinations only$/,
    },
    {
      what: 'Entra ID sign-in to an http Blob endpoint',
      inputs: () => ({ 'database-url': URL_OK, destination: 'http://127.0.0.1:1/devstoreaccount1/backups/app' }),
      error: /^Input 'destination' is an http URL: Entra ID sign-in sends its token over https only/,
    },
    {
      what: 'a client-id without a tenant-id',
      inputs: () => ({ 'database-url': URL_OK, destination: BLOB, 'client-id': CLIENT }),
      error: /^Input 'tenant-id' must be given together with client-id for OIDC sign-in$/,
    },
    {
      what: 'OIDC sign-in without id-token permission',
      inputs: () => ({ 'database-url': URL_OK, destination: BLOB, 'client-id': CLIENT, 'tenant-id': TENANT }),
      error:
        /^Input 'client-id' is set for GitHub OIDC sign-in, but this job cannot request an ID token: add 'permissions: id-token: write' to the job$/,
    },
    {
      what: 'an S3 option with Azure Blob',
      inputs: () => ({
        'database-url': URL_OK,
        destination: 'azblob://backups/app',
        'azure-connection-string': 'UseDevelopmentStorage=true',
        'server-side-encryption': 'AES256',
      }),
      error: /^Input 'server-side-encryption' applies to S3 destinations only$/,
    },
    {
      what: 'restore with nothing to restore',
      inputs: () => ({ 'database-url': URL_OK, mode: 'restore' }),
      error: /^Input 'backup-uri' or backup-id with destination is required in mode restore/,
    },
    {
      what: 'restore with both backup-uri and backup-id',
      inputs: () => ({
        'database-url': URL_OK,
        mode: 'restore',
        'backup-uri': 's3://backups/app/1/manifest.json',
        'backup-id': '1',
        destination: 's3://backups/app',
      }),
      error: /^Input 'backup-id' cannot be combined with backup-uri: give one of them$/,
    },
    {
      what: 'a scratch database of another engine',
      inputs: () => ({ ...base(), 'scratch-database-url': `mysql://root:${PW}@127.0.0.1:1/scratch` }),
      error: /^Input 'scratch-database-url' is a mysql URL but the engine is postgres$/,
    },
    {
      what: 'a client-bin-dir that does not exist',
      inputs: () => ({ ...base(), 'client-bin-dir': '/nowhere/bin' }),
      error: /^Input 'client-bin-dir' must be a folder holding the database client tools; "\/nowhere\/bin" is not one$/,
    },
    {
      what: "a destination prefix that climbs into another team's (s3://bucket/a/../../b)",
      inputs: () => ({ ...base(), destination: 's3://backups/team-a/shop/../../team-b' }),
      error: /^Input 'destination' has a \. or \.\. segment or a backslash: give the prefix as it is stored: give /,
    },
    {
      what: 'a backup-uri with ..',
      inputs: () => ({
        ...base(),
        mode: 'restore',
        destination: '',
        'backup-uri': 's3://backups/app/../other/manifest.json',
      }),
      error: /^Input 'backup-uri' has a \. or \.\. segment or a backslash/,
    },
    {
      what: 'an s3-endpoint with credentials, refused without quoting them',
      inputs: () => ({ ...base(), 's3-endpoint': `http://minio:${PW}@127.0.0.1:9000` }),
      error:
        /^Input 's3-endpoint' must be an http or https URL such as https:\/\/s3\.eu-west-1\.amazonaws\.com \(it holds a user name or password: give credentials in their own secret input\)$/,
    },
    {
      what: 'a database name on two lines',
      inputs: () => ({ ...base(), database: 'shop\nother' }),
      error: /^Input 'database' must be one line of text \(it holds a line break\)/,
    },
  ]

  for (const c of cases) {
    test(c.what, async () => {
      const r = await runStep('db-backup', { inputs: c.inputs(), env: s3.env })
      const message = oneError(r)
      assert.match(message, c.error)
      assert.deepEqual(r.outputs, {}, 'no output set')
      const shown =
        r.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n') +
        r.stderr +
        r.summary
      assert.ok(!shown.includes(PW), 'the password was printed')
      assert.deepEqual(await s3.keys('backups'), [], 'nothing stored')
    })
  }

  test('every problem is reported at once, one line each', async () => {
    const r = await runStep('db-backup', {
      inputs: { ...base(), compression: 'xz', verify: 'maybe', 'deployment-id': 'a/b' },
      env: s3.env,
    })
    assert.equal(r.exitCode, 1)
    assert.deepEqual(inputsNamed(r), ['compression', 'deployment-id', 'verify'])
  })
})
