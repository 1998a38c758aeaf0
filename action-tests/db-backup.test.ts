/**
 * db-backup through its bundle against a throwaway PostgreSQL cluster, a MariaDB server, s3rver and
 * Azurite: round trips with identical content, the failure cases that must leave nothing behind,
 * and restore refusing what it must refuse.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { spawn } from 'node:child_process'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { clientBinDir, startPostgres, type Postgres } from '@deploy-actions/harness/emulators/postgres'
import { startS3, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { everything } from './leaks.ts'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { npgsqlConnectionString } from '@deploy-actions/harness/shop'

const BUCKET = 'backups'
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

interface ManifestShape {
  backupId: string
  engine: string
  object: { key: string; size: number; sha256: string; uri: string }
  tables: Record<string, number>
  verified: { how: string }
  versions: { server: string; client: string }
  compression: string
}
const manifestOf = (r: StepResult) => JSON.parse(r.outputs.manifest ?? 'null') as ManifestShape

async function seedPostgres(pg: Postgres, db: string, rows = 2000): Promise<void> {
  await pg.createDatabase(db)
  await pg.sql(
    db,
    `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, email text);
     CREATE TABLE orders (id bigserial PRIMARY KEY, customer int REFERENCES customers(id), total numeric(10,2), placed timestamptz, note jsonb);
     CREATE SCHEMA billing; CREATE TABLE billing.invoices (id int PRIMARY KEY, pdf bytea);
     INSERT INTO customers SELECT g, 'customer ' || g, CASE WHEN g % 7 = 0 THEN NULL ELSE 'c' || g || '@example.com' END FROM generate_series(1, ${rows}) g;
     INSERT INTO orders (customer, total, placed, note) SELECT 1 + g % ${rows}, (g % 997) / 3.0, ` +
      `'2026-01-01'::timestamptz + g * interval '1 minute', jsonb_build_object('g', g, 'tag', md5(g::text)) FROM generate_series(1, ${rows * 3}) g;
     INSERT INTO billing.invoices SELECT g, decode(md5(g::text) || md5((g+1)::text), 'hex') FROM generate_series(1, ${rows / 2}) g;`,
  )
}

async function billingFingerprint(pg: Postgres, db: string): Promise<string> {
  return pg.sql(db, "SELECT count(*) || '|' || md5(string_agg(x::text, ',' ORDER BY id)) FROM billing.invoices x;")
}

describe('db-backup on PostgreSQL with S3', () => {
  let pg: Postgres
  let s3: S3StandIn
  beforeAll(async () => {
    ;[pg, s3] = await Promise.all([startPostgres(), startS3()])
    await s3.createBucket(BUCKET)
    await seedPostgres(pg, 'shop')
  })
  afterAll(async () => {
    await Promise.all([pg?.stop(), s3?.close()])
  })

  const backupStep = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runStep('db-backup', {
      inputs: {
        'database-url': pg.url('shop'),
        destination: `s3://${BUCKET}/shop`,
        's3-endpoint': s3.endpoint,
        ...inputs,
      },
      env: { ...s3.env, ...env },
    })
  /** A restore of a backup of shop, by its id. */
  const restoreStep = (inputs: Record<string, string>, env: Record<string, string> = {}) =>
    runStep('db-backup', {
      inputs: { mode: 'restore', destination: `s3://${BUCKET}/shop`, 's3-endpoint': s3.endpoint, ...inputs },
      env: { ...s3.env, ...env },
    })

  test('round trip: backup verified by a restore, then restore into a fresh database gives identical rows and content', async () => {
    const r = await backupStep({ 'deployment-id': 'rt-1', tags: 'kind=pre-migration' })
    assert.equal(r.exitCode, 0, r.log)
    const m = manifestOf(r)
    assert.equal(r.outputs.verified, 'restore')
    assert.equal(m.verified.how, 'restore')
    assert.deepEqual(m.tables, { 'billing.invoices': 1000, 'public.customers': 2000, 'public.orders': 6000 })
    assert.match(m.versions.server, /^\d+\.\d+/)
    // The object is byte-identical to what was hashed, and the manifest sits beside it.
    const keys = await s3.keys(BUCKET, 'shop/rt-1/')
    assert.deepEqual(keys, ['shop/rt-1/manifest.json', 'shop/rt-1/shop.pgdump.zst'])
    const stored = await s3.get(BUCKET, 'shop/rt-1/shop.pgdump.zst')
    assert.equal(sha256(stored), r.outputs.sha256)
    assert.equal(stored.length, Number(r.outputs.size))
    assert.deepEqual(JSON.parse((await s3.get(BUCKET, 'shop/rt-1/manifest.json')).toString()), m)
    // The scratch database was dropped.
    assert.equal(
      await pg.sql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'db_backup_verify_%';"),
      '0',
    )

    await pg.createDatabase('shop_restored')
    const back = await restoreStep({ 'database-url': pg.url('shop_restored'), 'backup-id': 'rt-1' })
    assert.equal(back.exitCode, 0, back.log)
    assert.equal(back.outputs.verified, 'restore')
    assert.deepEqual(await pg.fingerprint('shop_restored'), await pg.fingerprint('shop'))
    // zstd on PATH decompresses for both restores: the bytes go from it straight into pg_restore.
    assert.match(r.log, /^Verifying as it uploads: restoring the same bytes into .* \(decompressed by zstd\)$/m)
    assert.match(back.log, /^Restoring into .* \(decompressed by zstd\)$/m)
    // What the reader needs first: what is safe now, how big, where; how it was checked; what next.
    assert.match(
      firstLine(r.summary),
      /^### ✅ Backup of shop verified: [\d.]+ (KB|MB) in s3:\/\/[^ ]+\/shop\/rt-1\/[^ ]+, restorable \(3 tables, 9,000 rows\)$/,
    )
    assert.match(r.summary, /^Verification \(restore\): /m)
    assert.match(
      r.summary,
      /\*\*What now:\*\* nothing; to restore this backup, run db-backup with `mode: restore` and `backup-id: rt-1`/,
    )
    assert.match(
      firstLine(back.summary),
      /^### ✅ Backup rt-1 of shop restored: 3 tables, 9,000 rows, row counts match$/,
    )
    assert.deepEqual(visibleTableColumns(r.summary), [])
    assert.equal(await billingFingerprint(pg, 'shop_restored'), await billingFingerprint(pg, 'shop'))
    // The password appears nowhere: not in the log, the summary, the outputs or the manifest.
    for (const run of [r, back]) assert.ok(!everything(run).includes(pg.password), 'the password leaked')
    assert.ok(!(await s3.get(BUCKET, 'shop/rt-1/manifest.json')).toString().includes(pg.password))
  })

  test('without zstd on PATH: decompressed in-process, verified by a restore and restored all the same', async () => {
    const empty = mkdtempSync(join(tmpdir(), 'no-zstd-'))
    try {
      const env = { PATH: empty }
      const r = await backupStep({ 'deployment-id': 'inproc-1', 'client-bin-dir': pg.binDir }, env)
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(r.outputs.verified, 'restore')
      assert.match(r.log, /^Verifying as it uploads: restoring the same bytes into .* \(decompressed in-process\)$/m)
      await pg.createDatabase('shop_inproc')
      const back = await restoreStep(
        { 'database-url': pg.url('shop_inproc'), 'backup-id': 'inproc-1', 'client-bin-dir': pg.binDir },
        env,
      )
      assert.equal(back.exitCode, 0, back.log)
      assert.match(back.log, /^Restoring into .* \(decompressed in-process\)$/m)
      assert.deepEqual(await pg.fingerprint('shop_inproc'), await pg.fingerprint('shop'))
    } finally {
      rmSync(empty, { recursive: true, force: true })
    }
  })

  test('a deployment-id that already has a backup is refused before the dump: the backup stays, no scratch database is left', async () => {
    const before = await s3.get(BUCKET, 'shop/rt-1/shop.pgdump.zst')
    const r = await backupStep({ 'deployment-id': 'rt-1' })
    assert.equal(r.exitCode, 1, r.log)
    assert.match(
      r.annotations.find((a) => a.level === 'error')?.message ?? '',
      /^A backup with id rt-1 already exists \(s3:\/\/backups\/shop\/rt-1\/manifest\.json\): backups are never overwritten/,
    )
    assert.deepEqual(await s3.get(BUCKET, 'shop/rt-1/shop.pgdump.zst'), before)
    // The scratch database is made while the checks run; the refusal drops it again.
    assert.equal(
      await pg.sql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'db_backup_verify_%';"),
      '0',
    )
  })

  test('an Npgsql connection string (as .NET teams keep it in Key Vault): backup verified by a restore, restore through one too; the password never shown', async () => {
    const b = await backupStep({ 'database-url': npgsqlConnectionString(pg.url('shop')), 'deployment-id': 'npgsql-1' })
    assert.equal(b.exitCode, 0, b.log)
    assert.equal(b.outputs.verified, 'restore')
    assert.deepEqual(manifestOf(b).tables, {
      'billing.invoices': 1000,
      'public.customers': 2000,
      'public.orders': 6000,
    })
    await pg.createDatabase('shop_npgsql')
    const restored = await runStep('db-backup', {
      inputs: {
        mode: 'restore',
        'database-url': npgsqlConnectionString(pg.url('shop_npgsql'))
          .replace('Host=', 'Server=')
          .replace('Username=', 'User ID='),
        'backup-uri': b.outputs['manifest-uri'] as string,
        's3-endpoint': s3.endpoint,
      },
      env: s3.env,
    })
    assert.equal(restored.exitCode, 0, restored.log)
    assert.deepEqual(await pg.fingerprint('shop_npgsql'), await pg.fingerprint('shop'))
    for (const r of [b, restored]) assert.ok(!everything(r).includes(pg.password), 'the password leaked')

    // A bad string: one line naming the input and the accepted forms, without the password.
    const bad = await backupStep({
      'database-url': `Host=127.0.0.1;Database=shop;Password=${pg.password};Colour=blue`,
      'deployment-id': 'npgsql-bad',
    })
    assert.equal(bad.exitCode, 1)
    const errors = bad.annotations.filter((a) => a.level === 'error').map((a) => a.message)
    assert.equal(errors.length, 1, errors.join('\n'))
    assert.match(
      errors[0] ?? '',
      /^Input 'database-url' has a keyword Npgsql does not know \(keyword 4, after Password\); give a URL such as postgres:\/\/.* or an Npgsql connection string such as Host=/,
    )
    assert.ok(!everything(bad).includes(pg.password), 'the password leaked')
    assert.deepEqual(await s3.keys(BUCKET, 'shop/npgsql-bad/'), [])
  })

  test('restore refuses a non-empty target unless confirmed, and restores over it when confirmed', async () => {
    const b = await backupStep({ 'deployment-id': 'ow-1', verify: 'checksum', compression: 'gzip' })
    assert.equal(b.exitCode, 0, b.log)
    assert.equal(b.outputs.verified, 'checksum')
    const uri = b.outputs['manifest-uri'] as string
    await pg.createDatabase('shop_busy')
    await pg.sql(
      'shop_busy',
      'CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL, email text); INSERT INTO customers VALUES (1, $$stale$$, NULL);',
    )
    const refused = await runStep('db-backup', {
      inputs: { mode: 'restore', 'database-url': pg.url('shop_busy'), 'backup-uri': uri, 's3-endpoint': s3.endpoint },
      env: s3.env,
    })
    assert.equal(refused.exitCode, 1)
    assert.match(
      refused.annotations.find((a) => a.level === 'error')?.message ?? '',
      /is not empty .*confirm-overwrite: true/,
    )
    assert.equal(await pg.sql('shop_busy', 'SELECT name FROM customers;'), 'stale', 'the target was not touched')
    const done = await runStep('db-backup', {
      inputs: {
        mode: 'restore',
        'database-url': pg.url('shop_busy'),
        'backup-uri': uri,
        's3-endpoint': s3.endpoint,
        'confirm-overwrite': 'true',
      },
      env: s3.env,
    })
    assert.equal(done.exitCode, 0, done.log)
    assert.deepEqual(await pg.fingerprint('shop_busy'), await pg.fingerprint('shop'))
  })

  test('pg_dump killed mid-stream: the run fails, no object at the key, no multipart upload left', async () => {
    // A big enough table that the dump spans several parts, and a pg_dump that dies half way.
    await seedPostgres(pg, 'big', 60_000)
    // The real pg_dump, SIGKILLed once 12 MiB of its output went through (more than one part).
    const bin = clientBinDir(pg.binDir, {
      pg_dump: [
        `if [ "$1" = "--version" ]; then exec ${pg.binDir}/pg_dump "$@"; fi`,
        'fifo="$(dirname "$0")/out"; mkfifo "$fifo"',
        `${pg.binDir}/pg_dump "$@" > "$fifo" & child=$!`,
        'head -c 12582912 < "$fifo"',
        'kill -9 $child; wait $child; code=$?; rm -f "$fifo"; exit $code',
      ].join('\n'),
    })
    try {
      const abortsBefore = s3.aborts
      const r = await runStep('db-backup', {
        inputs: {
          'database-url': pg.url('big'),
          destination: `s3://${BUCKET}/big`,
          's3-endpoint': s3.endpoint,
          'deployment-id': 'killed',
          'client-bin-dir': bin,
          compression: 'none',
        },
        env: s3.env,
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? '',
        /Backup failed, nothing stored at s3:\/\/backups\/big\/killed\/big\.pgdump: pg_dump (was killed by SIGKILL|exited with code)/,
      )
      assert.deepEqual(await s3.keys(BUCKET, 'big/'), [], 'no object, no manifest')
      assert.ok(s3.aborts > abortsBefore, 'a multipart upload had started and was aborted')
      assert.deepEqual(s3.pendingUploads(BUCKET), [], 'no multipart upload left')
    } finally {
      rmSync(bin, { recursive: true, force: true })
    }
  })

  test('a pg_dump whose output is cut short but exits 0: the archive is refused, nothing stored', async () => {
    // EOF of the pipe is not success: the archive's own TOC says which data blocks must follow.
    const bin = clientBinDir(pg.binDir, {
      pg_dump: [
        `if [ "$1" = "--version" ]; then exec ${pg.binDir}/pg_dump "$@"; fi`,
        `${pg.binDir}/pg_dump "$@" | head -c 200000`,
        'exit 0',
      ].join('\n'),
    })
    try {
      const r = await runStep('db-backup', {
        inputs: {
          'database-url': pg.url('shop'),
          destination: `s3://${BUCKET}/cut`,
          's3-endpoint': s3.endpoint,
          'deployment-id': 'cut',
          'client-bin-dir': bin,
          verify: 'none',
        },
        env: s3.env,
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? '',
        /Backup failed, nothing stored at s3:\/\/backups\/cut\/cut\/shop\.pgdump\.zst: the pg_dump archive ended (inside|before) .*cut short/,
      )
      assert.deepEqual(await s3.keys(BUCKET, 'cut/'), [], 'no object, no manifest')
      assert.deepEqual(s3.pendingUploads(BUCKET), [])
    } finally {
      rmSync(bin, { recursive: true, force: true })
    }
  })

  test('the restore alongside the upload fails, half way or at its end: nothing stored, no scratch database left, not called verified', async () => {
    const bin = clientBinDir(pg.binDir)
    try {
      const cases: { id: string; script: string; compression?: string }[] = [
        // The real pg_restore, given the first 8 MB of the archive: it fails inside the data.
        { id: 'half', script: `head -c 8000000 | ${pg.binDir}/pg_restore "$@"` },
        // The real pg_restore reads it all and succeeds; then the tool fails (as a late index build would).
        {
          id: 'end',
          script: `${pg.binDir}/pg_restore "$@" || exit; echo "pg_restore: error: failed at the end" >&2; exit 1`,
        },
      ]
      // Uncompressed, the bytes are fed to pg_restore by Node; with zstd, zstd writes them into it,
      // and the error is pg_restore's, not that of the zstd whose pipe it broke.
      for (const c of [...cases, ...cases.map((c) => ({ ...c, id: `${c.id}-zstd`, compression: 'zstd' }))]) {
        writeFileSync(join(bin, 'pg_restore'), `#!/bin/bash\n${c.script}\n`, { mode: 0o755 })
        const abortsBefore = s3.aborts
        // 'big' (from the test above) uncompressed: parts are uploaded while the restore runs.
        const r = await backupStep({
          'database-url': pg.url('big'),
          destination: `s3://${BUCKET}/big`,
          'deployment-id': `restore-${c.id}`,
          'client-bin-dir': bin,
          compression: c.compression ?? 'none',
        })
        assert.equal(r.exitCode, 1, r.log)
        const errors = r.annotations.filter((a) => a.level === 'error')
        assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
        assert.match(
          errors[0]?.message ?? '',
          new RegExp(
            `^Backup failed, nothing stored at s3://${BUCKET}/big/restore-${c.id}/big\\.pgdump(\\.zst)?: the restore verification into 127\\.0\\.0\\.1:\\d+/db_backup_verify_[0-9a-f]+ failed: pg_restore exited with code 1`,
          ),
        )
        assert.deepEqual(await s3.keys(BUCKET, `big/restore-${c.id}/`), [], 'no object, no manifest')
        // Compressed, 'big' is one part: held whole until the restore ends, never sent.
        if (!('compression' in c))
          assert.ok(s3.aborts > abortsBefore, 'the multipart upload had started and was aborted')
        assert.deepEqual(s3.pendingUploads(BUCKET), [], 'no multipart upload left')
        assert.equal(r.outputs.verified, undefined, 'not called verified')
        assert.match(r.summary, /^### ❌ Database backup failed/)
        assert.equal(
          await pg.sql('postgres', "SELECT count(*) FROM pg_database WHERE datname LIKE 'db_backup_verify_%';"),
          '0',
          'the scratch database was dropped',
        )
      }
    } finally {
      rmSync(bin, { recursive: true, force: true })
    }
  })

  test('scratch-database-url: the restore goes into it; one that is not empty is refused before production is dumped', async () => {
    await pg.createDatabase('shop_scratch')
    const r = await backupStep({ 'deployment-id': 'given-scratch', 'scratch-database-url': pg.url('shop_scratch') })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.verified, 'restore')
    assert.deepEqual(await pg.fingerprint('shop_scratch'), await pg.fingerprint('shop'), 'restored into the one given')
    const again = await backupStep({
      'deployment-id': 'given-scratch-2',
      'scratch-database-url': pg.url('shop_scratch'),
    })
    assert.equal(again.exitCode, 1, again.log)
    assert.match(
      again.annotations.find((a) => a.level === 'error')?.message ?? '',
      /^Backup given-scratch-2 not started, nothing was stored: the scratch database 127\.0\.0\.1:\d+\/shop_scratch is not empty/,
    )
    assert.doesNotMatch(again.log, /Dumping /, 'production was not dumped')
    assert.deepEqual(await s3.keys(BUCKET, 'shop/given-scratch-2/'), [])
  })

  test('rows written while the dump runs: the counts are those of the dump snapshot, and its restore matches them', async () => {
    await pg.createDatabase('live')
    await pg.sql(
      'live',
      `CREATE TABLE events (id bigint PRIMARY KEY, body text);
       INSERT INTO events SELECT g, md5(g::text) FROM generate_series(1, 20000) g;
       CREATE TABLE held (id int);`,
    )
    // A session holding "held" exclusively: pg_dump takes its snapshot, then waits for that table's
    // lock, and the rows written meanwhile are committed after its snapshot.
    const holder = spawn(`${pg.binDir}/psql`, ['-X', '-q', '-v', 'ON_ERROR_STOP=1', '-d', pg.url('live')], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const locked = new Promise<void>((resolve) =>
      holder.stdout.setEncoding('utf8').on('data', (d: string) => d.includes('locked') && resolve()),
    )
    holder.stdin.write('BEGIN;\nLOCK TABLE held IN ACCESS EXCLUSIVE MODE;\n\\echo locked\n')
    await locked
    const step = runStep('db-backup', {
      inputs: {
        'database-url': pg.url('live'),
        destination: `s3://${BUCKET}/live`,
        's3-endpoint': s3.endpoint,
        'deployment-id': 'live',
      },
      env: s3.env,
    })
    try {
      for (let waited = 0; ; waited += 100) {
        const waiting = await pg.sql(
          'live',
          "SELECT count(*) FROM pg_stat_activity WHERE datname = 'live' AND wait_event_type = 'Lock' AND query LIKE 'LOCK TABLE%';",
        )
        if (waiting === '1') break
        assert.ok(waited < 20_000, 'pg_dump never waited for the held table')
        await new Promise((r) => setTimeout(r, 100))
      }
      await pg.sql(
        'live',
        'INSERT INTO events SELECT g, md5(g::text) FROM generate_series(20001, 20500) g; DELETE FROM events WHERE id <= 100;',
      )
    } finally {
      holder.stdin.end('COMMIT;\n')
    }
    const r = await step
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.verified, 'restore')
    const m = manifestOf(r)
    assert.deepEqual(m.tables, { 'public.events': 20000, 'public.held': 0 })
    assert.equal(await pg.sql('live', 'SELECT count(*) FROM events;'), '20400', 'the live table moved on')
  })

  test('a dump of several parts: the stored object is byte for byte what was hashed, reads back and restores in ranges', async () => {
    // 'big' (from the test above) dumps uncompressed to over 12 MiB: three 5 MiB parts or more.
    const partsBefore = s3.partsReceived
    const r = await runStep('db-backup', {
      inputs: {
        'database-url': pg.url('big'),
        destination: `s3://${BUCKET}/big`,
        's3-endpoint': s3.endpoint,
        'deployment-id': 'parts',
        compression: 'none',
        verify: 'restore',
      },
      env: s3.env,
    })
    assert.equal(r.exitCode, 0, r.log)
    const m = manifestOf(r)
    const stored = await s3.get(BUCKET, m.object.key)
    assert.ok(stored.length > 12 * 1024 * 1024, `the object spans several parts (${stored.length} bytes)`)
    assert.equal(sha256(stored), m.object.sha256)
    assert.equal(stored.length, m.object.size)
    assert.equal(
      s3.partsReceived - partsBefore,
      Math.ceil(stored.length / (5 * 1024 * 1024)),
      'uploaded as 5 MiB parts',
    )
    assert.equal(r.outputs.verified, 'restore')
    assert.deepEqual(s3.pendingUploads(BUCKET), [])
    // Over 8 MiB: the read-back above and this restore's download went in ranges, in order.
    await pg.createDatabase('big_restored')
    const back = await restoreStep({
      'database-url': pg.url('big_restored'),
      destination: `s3://${BUCKET}/big`,
      'backup-id': 'parts',
    })
    assert.equal(back.exitCode, 0, back.log)
    assert.deepEqual(await pg.fingerprint('big_restored'), await pg.fingerprint('big'))
  })

  test('S3 stops answering mid-upload: the run fails, no complete object', async () => {
    await seedPostgres(pg, 'stall', 40_000)
    s3.hangAfter(6 * 1024 * 1024)
    try {
      const r = await runStep('db-backup', {
        inputs: {
          'database-url': pg.url('stall'),
          destination: `s3://${BUCKET}/stall`,
          's3-endpoint': s3.endpoint,
          'deployment-id': 'hang',
          compression: 'none',
          'network-timeout': '1s',
        },
        env: s3.env,
        timeoutMs: 60_000,
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? '',
        /Backup failed, nothing stored at s3:\/\/backups\/stall\/hang\/stall\.pgdump/,
      )
    } finally {
      s3.heal()
    }
    assert.deepEqual(await s3.keys(BUCKET, 'stall/'), [], 'no complete object')
  })

  test('a corrupted object is refused on its checksum before the target is touched', async () => {
    const b = await backupStep({ 'deployment-id': 'flip', verify: 'none' })
    assert.equal(b.exitCode, 0, b.log)
    assert.equal(b.outputs.verified, 'none')
    const key = manifestOf(b).object.key
    const bytes = await s3.get(BUCKET, key)
    const at = Math.floor(bytes.length / 2)
    bytes.writeUInt8(bytes.readUInt8(at) ^ 0xff, at)
    await s3.put(BUCKET, key, bytes)
    await pg.createDatabase('shop_flip')
    const r = await restoreStep({ 'database-url': pg.url('shop_flip'), 'backup-id': 'flip' })
    assert.equal(r.exitCode, 1, r.log)
    assert.match(
      r.annotations.find((a) => a.level === 'error')?.message ?? '',
      /^Checksum mismatch for s3:\/\/backups\/shop\/flip\/shop\.pgdump\.zst: .*corrupted/,
    )
    assert.equal(
      await pg.sql(
        'shop_flip',
        "SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog','information_schema');",
      ),
      '0',
      'the target was not touched',
    )
  })

  test('wrong password, unknown database, unreachable host: one clear error each, nothing uploaded', async () => {
    const cases = [
      {
        url: `postgres://postgres:wrong-pw-123@127.0.0.1:${pg.port}/shop`,
        error:
          /^Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/shop: .*password authentication failed for user "postgres"$/,
      },
      {
        url: pg.url('no_such_db'),
        error: /^Cannot connect to PostgreSQL at 127\.0\.0\.1:\d+\/no_such_db: .*database "no_such_db" does not exist$/,
      },
      {
        url: `postgres://postgres:${pg.password}@127.0.0.1:1/shop`,
        error: /^Cannot connect to PostgreSQL at 127\.0\.0\.1:1\/shop: .*Connection refused/,
      },
    ]
    for (const c of cases) {
      const r = await runStep('db-backup', {
        inputs: {
          'database-url': c.url,
          destination: `s3://${BUCKET}/bad`,
          's3-endpoint': s3.endpoint,
          'deployment-id': 'bad',
        },
        env: s3.env,
      })
      assert.equal(r.exitCode, 1, r.log)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(errors[0]?.message ?? '', c.error)
      assert.ok(!/\n\s+at /.test(r.stdout + r.stderr), 'no stack trace')
      assert.ok(!everything(r).includes(pg.password) && !everything(r).includes('wrong-pw-123'), 'the password leaked')
    }
    assert.deepEqual(await s3.keys(BUCKET, 'bad/'), [])
  })

  test('a role that may not create the scratch database is told before production is dumped, nothing stored', async () => {
    await pg.sql(
      'shop',
      "CREATE ROLE no_scratch LOGIN PASSWORD 'no-scratch-pw-1' NOCREATEDB; GRANT pg_read_all_data TO no_scratch;",
    )
    const url = new URL(pg.url('shop'))
    url.username = 'no_scratch'
    url.password = 'no-scratch-pw-1'
    const r = await runStep('db-backup', {
      inputs: {
        'database-url': url.href,
        destination: `s3://${BUCKET}/noscratch`,
        's3-endpoint': s3.endpoint,
        'deployment-id': 'noscratch-1',
      },
      env: s3.env,
    })
    assert.equal(r.exitCode, 1, r.log)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
    assert.match(
      errors[0]?.message ?? '',
      /^Backup noscratch-1 not started, nothing was stored: Cannot create the scratch database db_backup_verify_[0-9a-f]+ for the restore verification \(.*permission denied to create database.*\): grant CREATEDB or give scratch-database-url$/,
    )
    assert.doesNotMatch(r.log, /Dumping /, 'production was not dumped')
    assert.deepEqual(await s3.keys(BUCKET, 'noscratch/'), [])
    assert.match(r.summary, /^### ❌ Database backup failed/)
  })

  test('a pg_dump older than the server is refused before dumping, naming the fix', async () => {
    const bin = clientBinDir(pg.binDir, { pg_dump: 'echo "pg_dump (PostgreSQL) 14.9"' })
    try {
      const r = await runStep('db-backup', {
        inputs: {
          'database-url': pg.url('shop'),
          destination: `s3://${BUCKET}/old`,
          's3-endpoint': s3.endpoint,
          'client-bin-dir': bin,
        },
        env: s3.env,
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? '',
        /^pg_dump 14\.9 cannot dump PostgreSQL \d+\.\d+: .*Install postgresql-client-\d+ .*client-bin-dir/,
      )
      assert.deepEqual(await s3.keys(BUCKET, 'old/'), [])
    } finally {
      rmSync(bin, { recursive: true, force: true })
    }
  })
})
