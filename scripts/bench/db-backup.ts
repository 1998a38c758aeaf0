/**
 * db-backup against `pg_dump -Fc > /dev/null` on the same PostgreSQL database, in one run:
 * throughput ratio (baseline time / action time; the action also compresses, hashes and uploads to
 * s3rver), the action's peak RSS (VmHWM of its process) at the base size and at 4× the size, the
 * default zstd-1 against zstd-3 and gzip-6 (which picked the default), and what the restore
 * verification costs.
 *
 * Size: DB_BACKUP_BENCH_MB (default 500) for the base database; the flatness check uses 4× that
 * unless DB_BACKUP_BENCH_NO_4X=1. DB_BACKUP_BENCH_RUNS (default 3) paired runs for the default.
 */
import { readFileSync } from 'node:fs'
import { startPostgres, type Postgres } from '@deploy-actions/harness/emulators/postgres'
import { startS3, type S3StandIn } from '@deploy-actions/harness/emulators/s3'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'
import { mb, median, ms, printTable, round, timeProcess, type Section } from './lib.ts'

const BASE_MB = Number(process.env.DB_BACKUP_BENCH_MB ?? 500)
const RSS_TARGET_MB = 150
/** Paired runs of the default against the baseline; the median is reported. */
const RUNS = Number(process.env.DB_BACKUP_BENCH_RUNS ?? 3)

export const sections: Section[] = [
  {
    name: 'dbBackup',
    title: `db-backup: a ${BASE_MB} MB PostgreSQL database to s3rver vs pg_dump -Fc > /dev/null`,
    run: benchDbBackup,
  },
]

/** Fills `db` with order-like rows until it is at least `targetMb` (pg_database_size). */
async function grow(pg: Postgres, db: string, targetMb: number): Promise<number> {
  await pg.sql(
    db,
    'CREATE TABLE IF NOT EXISTS orders (id bigint, placed timestamptz, customer int, status text, email text, payload jsonb, token bytea);',
  )
  let next = Number(await pg.sql(db, 'SELECT coalesce(max(id), 0) FROM orders;')) + 1
  const chunk = 500_000
  for (;;) {
    const size = Number(await pg.sql(db, `SELECT pg_database_size('${db}');`)) / 1024 / 1024
    if (size >= targetMb) return size
    await pg.sql(
      db,
      `INSERT INTO orders SELECT g, '2026-01-01'::timestamptz + g * interval '7 seconds', g % 50000,
         (ARRAY['placed','paid','shipped','delivered','returned'])[1 + g % 5], 'customer' || (g % 50000) || '@example.com',
         jsonb_build_object('sku', 'SKU-' || (g % 9973), 'qty', 1 + g % 7, 'note', md5(g::text), 'price', (g % 10007) / 100.0),
         decode(md5((g * 31)::text), 'hex')
       FROM generate_series(${next}, ${next + chunk - 1}) g;`,
    )
    next += chunk
  }
}

/** Runs the step and samples its peak RSS (VmHWM) from /proc while it runs. */
async function measured(
  inputs: Record<string, string>,
  env: Record<string, string>,
): Promise<{ step: StepResult; peakRssMb: number }> {
  let pid = 0
  let peak = 0
  const sample = () => {
    if (!pid) return
    try {
      const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))
      if (m) peak = Math.max(peak, Number(m[1]) / 1024)
    } catch {
      // exited
    }
  }
  const timer = setInterval(sample, 50)
  const step = await runStep('db-backup', { inputs, env, onSpawn: (p) => (pid = p), timeoutMs: 3_600_000 })
  clearInterval(timer)
  if (step.exitCode !== 0)
    throw new Error(`db-backup failed: ${step.annotations.map((a) => a.message).join('; ') || step.stderr.slice(-500)}`)
  return { step, peakRssMb: peak }
}

/** Runs the baseline and the action alternately, `runs` times each, so drift of the machine hits both alike. */
async function paired(
  runs: number,
  baseline: () => Promise<number>,
  action: () => Promise<{ step: StepResult; peakRssMb: number }>,
) {
  const base: number[] = []
  const act: { step: StepResult; peakRssMb: number }[] = []
  for (let i = 0; i < runs; i++) {
    base.push(await baseline())
    act.push(await action())
  }
  const baselineMs = median(base)
  const actionMs = median(act.map((a) => a.step.durationMs))
  return {
    baselineMs,
    actionMs,
    ratio: baselineMs / actionMs,
    peakRssMb: Math.max(...act.map((a) => a.peakRssMb)),
    storedBytes: Number(act[0]?.step.outputs.size),
    runs: act,
  }
}

async function benchDbBackup(): Promise<Record<string, unknown>> {
  const [pg, s3]: [Postgres, S3StandIn] = await Promise.all([startPostgres(), startS3()])
  try {
    await s3.createBucket('bench')
    await pg.createDatabase('bench')
    console.log(`making a ${BASE_MB} MB database...`)
    const sizeMb = await grow(pg, 'bench', BASE_MB)
    await pg.sql('bench', 'VACUUM ANALYZE orders;')
    const url = pg.url('bench')
    let n = 0
    // s3rver directly: the tests' fault proxy in front of it is one more process copying every byte.
    const action = (extra: Record<string, string>) => () =>
      measured(
        {
          'database-url': url,
          destination: 's3://bench/db',
          's3-endpoint': s3.directEndpoint,
          'deployment-id': `run-${++n}`,
          ...extra,
        },
        s3.env,
      )
    const baseline = () => timeProcess('pg_dump', ['-Fc', '-d', url], 'pg_dump -Fc > /dev/null')

    const zstd = await paired(RUNS, baseline, action({ compression: 'zstd', verify: 'none' }))
    const zstd3 = await paired(1, baseline, action({ compression: 'zstd', 'compression-level': '3', verify: 'none' }))
    const gzip = await paired(1, baseline, action({ compression: 'gzip', verify: 'none' }))
    const verified = await action({ compression: 'zstd', verify: 'restore' })()
    const verifyMs =
      (JSON.parse(verified.step.outputs.manifest ?? '{}') as { verified?: { durationMs?: number } }).verified
        ?.durationMs ?? NaN

    const row = (label: string, r: Awaited<ReturnType<typeof paired>>) => [
      label,
      ms(r.actionMs),
      ms(r.baselineMs),
      mb(r.storedBytes),
      r.ratio.toFixed(2),
      r.peakRssMb.toFixed(0),
    ]
    const rows = [
      row(`db-backup zstd-1 (default), verify none, median of ${RUNS}`, zstd),
      row('db-backup zstd-3, verify none', zstd3),
      row('db-backup gzip-6, verify none', gzip),
      [
        'db-backup zstd-1, verify restore',
        ms(verified.step.durationMs),
        '',
        mb(Number(verified.step.outputs.size)),
        '',
        verified.peakRssMb.toFixed(0),
      ],
    ]
    let big: (Awaited<ReturnType<typeof paired>> & { sizeMb: number }) | undefined
    if (process.env.DB_BACKUP_BENCH_NO_4X !== '1') {
      console.log(`growing the database to ${BASE_MB * 4} MB...`)
      const bigSize = await grow(pg, 'bench', BASE_MB * 4)
      big = { ...(await paired(1, baseline, action({ compression: 'zstd', verify: 'none' }))), sizeMb: bigSize }
      rows.push(row(`4× (${bigSize.toFixed(0)} MB) db-backup zstd-1, verify none`, big))
    }
    console.log(`database: ${sizeMb.toFixed(0)} MB (pg_database_size)`)
    printTable(['', 'time', 'pg_dump -Fc > /dev/null', 'stored MiB', 'throughput ×', 'peak RSS MB'], rows)
    const peak = Math.max(zstd.peakRssMb, big?.peakRssMb ?? 0)
    console.log(
      `throughput ratio (zstd-1, the default): ${zstd.ratio.toFixed(2)}× (target ≥ 1.0) — ${zstd.ratio >= 1 ? 'target met' : 'TARGET MISSED'}`,
    )
    console.log(
      `peak RSS: ${zstd.peakRssMb.toFixed(0)} MB (target ≤ ${RSS_TARGET_MB} MB)` +
        (big
          ? `; at 4×: ${big.peakRssMb.toFixed(0)} MB (${(big.peakRssMb / zstd.peakRssMb).toFixed(2)}× — flat if ≈ 1)`
          : '') +
        ` — ${peak <= RSS_TARGET_MB ? 'target met' : 'TARGET MISSED'}`,
    )
    console.log(`restore verification: ${ms(verifyMs)}, ${(verifyMs / zstd.actionMs).toFixed(2)}× the backup itself`)
    const figures = (r: Awaited<ReturnType<typeof paired>>) => ({
      ms: round(r.actionMs),
      baselineMs: round(r.baselineMs),
      storedMb: round(r.storedBytes / 1048576),
      throughputRatio: round(r.ratio, 2),
      peakRssMb: round(r.peakRssMb),
    })
    return {
      databaseMb: round(sizeMb),
      zstd: figures(zstd),
      zstd3: figures(zstd3),
      gzip: figures(gzip),
      verifyRestore: {
        totalMs: round(verified.step.durationMs),
        verifyMs: round(verifyMs),
        costVsBackup: round(verifyMs / zstd.actionMs, 2),
        peakRssMb: round(verified.peakRssMb),
      },
      ...(big
        ? {
            fourX: {
              databaseMb: round(big.sizeMb),
              ...figures(big),
              rssGrowth: round(big.peakRssMb / zstd.peakRssMb, 2),
            },
          }
        : {}),
      targets: { throughputRatio: 1, peakRssMb: RSS_TARGET_MB },
      met: zstd.ratio >= 1 && peak <= RSS_TARGET_MB,
    }
  } finally {
    await Promise.all([pg.stop(), s3.close()])
  }
}
