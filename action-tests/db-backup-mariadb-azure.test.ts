/**
 * db-backup on MariaDB, and to Azure Blob (Azurite): a round trip through Blob storage with
 * identical content, a dump without its completion trailer refused, a blob committed only after a
 * slow restore alongside, and Blob storage that stops answering mid-upload leaving no blob.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { createHash } from 'node:crypto'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { startMariaDb, type MariaDb } from '@deploy-actions/harness/emulators/mariadb'
import { clientBinDir, startPostgres, type Postgres } from '@deploy-actions/harness/emulators/postgres'
import { startAzurite, type Azurite } from '@deploy-actions/harness/emulators/azurite'
import { everything } from './leaks.ts'
import { runStep } from '@deploy-actions/harness/runner'

const CONTAINER = 'backups'
const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex')

async function seedMaria(db: MariaDb, name: string, rows: number): Promise<void> {
  await db.createDatabase(name)
  await db.sql(
    name,
    `CREATE TABLE customers (id INT PRIMARY KEY, name VARCHAR(100) NOT NULL, email VARCHAR(100)) ENGINE=InnoDB;
     CREATE TABLE orders (id BIGINT AUTO_INCREMENT PRIMARY KEY, customer INT, total DECIMAL(10,2), note JSON, blobby VARBINARY(64)) ENGINE=InnoDB;
     INSERT INTO customers SELECT seq, CONCAT('customer ', seq), IF(seq % 7 = 0, NULL, CONCAT('c', seq, '@example.com')) FROM seq_1_to_${rows};
     INSERT INTO orders (customer, total, note, blobby) SELECT 1 + seq % ${rows}, (seq % 997) / 3, ` +
      `JSON_OBJECT('g', seq, 'tag', MD5(seq)), UNHEX(MD5(seq)) FROM seq_1_to_${rows * 3};`,
  )
}

describe('db-backup on MariaDB with Azure Blob', () => {
  let maria: MariaDb
  let az: Azurite
  beforeAll(async () => {
    ;[maria, az] = await Promise.all([startMariaDb(), startAzurite()])
    await az.createContainer(CONTAINER)
    await seedMaria(maria, 'shop', 1500)
  })
  afterAll(async () => {
    await Promise.all([maria?.stop(), az?.close()])
  })

  test('round trip: backup verified by a restore, then restore into a fresh database gives identical rows and content', async () => {
    const r = await runStep('db-backup', {
      inputs: {
        'database-url': maria.url('shop'),
        destination: `azblob://${CONTAINER}/shop`,
        'azure-connection-string': az.connectionString,
        'deployment-id': 'm-1',
        tags: 'kind=pre-migration',
      },
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.verified, 'restore')
    const m = JSON.parse(r.outputs.manifest ?? '{}') as {
      engine: string
      tables: Record<string, number>
      format: string
      rowCountsSnapshot: string
    }
    assert.equal(m.engine, 'mysql')
    assert.equal(m.format, 'mysqldump-sql')
    assert.deepEqual(m.tables, { customers: 1500, orders: 4500 })
    assert.deepEqual(await az.blobs(CONTAINER, 'shop/m-1/'), ['shop/m-1/manifest.json', 'shop/m-1/shop.sql.zst'])
    const stored = await az.get(CONTAINER, 'shop/m-1/shop.sql.zst')
    assert.equal(sha256(stored), r.outputs.sha256, 'the blob is byte-identical to what was hashed')
    assert.equal(
      await maria.sql(
        'information_schema',
        "SELECT COUNT(*) FROM schemata WHERE schema_name LIKE 'db_backup_verify_%';",
      ),
      '0',
      'the scratch database was dropped',
    )

    await maria.createDatabase('shop_restored')
    const back = await runStep('db-backup', {
      inputs: {
        mode: 'restore',
        'database-url': maria.url('shop_restored'),
        'backup-uri': r.outputs['manifest-uri'] ?? '',
        'azure-connection-string': az.connectionString,
      },
    })
    assert.equal(back.exitCode, 0, back.log)
    assert.deepEqual(await maria.fingerprint('shop_restored'), await maria.fingerprint('shop'))
    for (const run of [r, back]) {
      assert.ok(!everything(run).includes(maria.password), 'the database password leaked')
      assert.ok(!everything(run).includes('Eby8vdM02xNOcqFlqUwJPLlm'), 'the storage key leaked')
    }
  })

  test('a dump that ends without its completion trailer is refused and nothing is stored', async () => {
    const bin = mkdtempSync(join(tmpdir(), 'mariabin-'))
    try {
      // Exits 0 but its output stops half way: only the trailer check can tell.
      writeFileSync(
        join(bin, 'mariadb-dump'),
        '#!/bin/bash\nif [ "$1" = "--version" ]; then exec /usr/bin/mariadb-dump --version; fi\n/usr/bin/mariadb-dump "$@" | head -c 20000\nexit 0\n',
        { mode: 0o755 },
      )
      writeFileSync(join(bin, 'mariadb'), '#!/bin/bash\nexec /usr/bin/mariadb "$@"\n', { mode: 0o755 })
      const r = await runStep('db-backup', {
        inputs: {
          'database-url': maria.url('shop'),
          destination: `azblob://${CONTAINER}/cut`,
          'azure-connection-string': az.connectionString,
          'deployment-id': 'cut',
          'client-bin-dir': bin,
        },
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? r.stderr,
        /Backup failed, nothing stored at .*: mariadb-dump output ended without its "-- Dump completed" trailer/,
      )
      assert.deepEqual(await az.blobs(CONTAINER, 'cut/'), [])
    } finally {
      rmSync(bin, { recursive: true, force: true })
    }
  })

  test('wrong password: one clear error, nothing uploaded', async () => {
    const r = await runStep('db-backup', {
      inputs: {
        'database-url': `mysql://root:nope-nope@127.0.0.1:${maria.port}/shop`,
        destination: `azblob://${CONTAINER}/bad`,
        'azure-connection-string': az.connectionString,
      },
    })
    assert.equal(r.exitCode, 1, r.log)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1)
    assert.match(
      errors[0]?.message ?? '',
      /^Cannot connect to MySQL\/MariaDB at 127\.0\.0\.1:\d+\/shop: ERROR 1045 \(28000\): Access denied for user 'root'/,
    )
    assert.deepEqual(await az.blobs(CONTAINER, 'bad/'), [])
  })

  describe('Azure Blob stops answering mid-upload', () => {
    let pg: Postgres
    beforeAll(async () => {
      pg = await startPostgres()
      await pg.createDatabase('stall')
      await pg.sql(
        'stall',
        'CREATE TABLE t (id int, v text); INSERT INTO t SELECT g, repeat(md5(g::text), 8) FROM generate_series(1, 100000) g;',
      )
    })
    afterAll(() => pg?.stop())

    test('a restore alongside that ends long after the last byte (an index build): the blob waits for it, not taken for a stall', async () => {
      // network-timeout 1s: the watchdog calls Blob storage dead after 3 s without progress. The
      // restore's last 5 s move no byte, and the block list must be committed only after them.
      const bin = clientBinDir(pg.binDir, { pg_restore: `${pg.binDir}/pg_restore "$@" || exit; sleep 5` })
      try {
        const r = await runStep('db-backup', {
          inputs: {
            'database-url': pg.url('stall'),
            destination: `azblob://${CONTAINER}/slow`,
            'azure-connection-string': az.connectionString,
            'deployment-id': 'slow-restore',
            'client-bin-dir': bin,
            'network-timeout': '1s',
          },
        })
        assert.equal(r.exitCode, 0, r.log)
        assert.equal(r.outputs.verified, 'restore')
        assert.deepEqual(await az.blobs(CONTAINER, 'slow/slow-restore/'), [
          'slow/slow-restore/manifest.json',
          'slow/slow-restore/stall.pgdump.zst',
        ])
      } finally {
        rmSync(bin, { recursive: true, force: true })
      }
    })

    test('the run fails and no blob exists', async () => {
      az.hangAfter(3 * 1024 * 1024)
      try {
        const r = await runStep('db-backup', {
          inputs: {
            'database-url': pg.url('stall'),
            destination: `azblob://${CONTAINER}/stall`,
            'azure-connection-string': az.connectionString,
            'deployment-id': 'hang',
            compression: 'none',
            'network-timeout': '1s',
          },
          timeoutMs: 90_000,
        })
        assert.equal(r.exitCode, 1, r.log)
        assert.match(
          r.annotations.find((a) => a.level === 'error')?.message ?? '',
          /Backup failed, nothing stored at http:\/\/127\.0\.0\.1:\d+\/devstoreaccount1\/backups\/stall\/hang\/stall\.pgdump/,
        )
      } finally {
        az.heal()
      }
      assert.deepEqual(await az.blobs(CONTAINER, 'stall/'), [])
    })
  })
})
