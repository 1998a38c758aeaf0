/**
 * db-backup against pg_dump alone on the same PostgreSQL database, in one run: throughput ratios
 * (baseline time / action time) against `pg_dump -Fc -Z0 > /dev/null` (the dump alone, the limit of
 * any logical backup) and against `pg_dump -Fc > /dev/null` (pg_dump's own compression), the
 * action's peak RSS (VmHWM of its process) at the base size and at 4× the size, the default zstd-1
 * against zstd-3 and gzip-6 (which picked the default), and what the restore verification costs
 * against the backup itself.
 *
 * The backup goes to two S3 endpoints, in alternate runs: the S3 sink (s3-sink.ts, the storage's
 * /dev/null, as the baseline's output goes to /dev/null), which gives the action's own throughput
 * against the dump alone; and s3rver, which stores, and on these shared cores spends about a second
 * of CPU per 117 MB doing it, as real S3 does on its own machines: the figure end to end.
 *
 * Size: DB_BACKUP_BENCH_MB (default 500) for the base database; the flatness check uses 4× that
 * unless DB_BACKUP_BENCH_NO_4X=1. DB_BACKUP_BENCH_RUNS (default 3) paired runs of the baselines,
 * the default backup and the verified backup. DB_BACKUP_BENCH_LEVELS=0 skips zstd-3 and gzip-6.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { createInterface } from 'node:readline'
import { startPostgres, type Postgres } from '@deploy-actions/harness/emulators/postgres'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'
import { mb, median, ms, printTable, round, timeProcess, type Section } from './lib.ts'

const BASE_MB = Number(process.env.DB_BACKUP_BENCH_MB ?? 500)
const RSS_TARGET_MB = 150
/** Paired runs of the default against the baseline; the median is reported. */
const RUNS = Number(process.env.DB_BACKUP_BENCH_RUNS ?? 3)
const LEVELS = process.env.DB_BACKUP_BENCH_LEVELS !== '0'
const DUMP_TARGET = 0.9
const VERIFY_TARGET = 1.2

export const sections: Section[] = [
  {
    name: 'dbBackup',
    title: `db-backup: a ${BASE_MB} MB PostgreSQL database to the S3 sink and to s3rver vs pg_dump -Fc [-Z0] > /dev/null`,
    run: benchDbBackup,
  },
]

const loadAverage = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')

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

/** The storage stand-ins (stand-ins.ts) in their own process, and what the sink says it completed. */
interface Storage {
  s3: string
  sink: string
  env: Record<string, string>
  /** Bytes of each key whose upload the sink completed. */
  completed: Map<string, number>
  /** CPU time (user + system) the process has used so far. */
  cpuMs(): number
  child: ChildProcess
}

async function startStorage(): Promise<Storage> {
  const child = spawn(process.execPath, [new URL('./stand-ins.ts', import.meta.url).pathname], {
    stdio: ['pipe', 'pipe', 'inherit'],
  })
  const completed = new Map<string, number>()
  const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream })
  const first = await new Promise<string>((resolve, reject) => {
    lines.once('line', resolve)
    child.once('exit', (code) => reject(new Error(`the stand-ins exited with ${code}`)))
  })
  lines.on('line', (l: string) => {
    const m = JSON.parse(l) as { completed: string; bytes: number }
    completed.set(m.completed, m.bytes)
  })
  const ready = JSON.parse(first) as { s3: string; sink: string; env: Record<string, string> }
  const cpuMs = () => {
    // utime and stime, fields 14 and 15 of /proc/<pid>/stat, in clock ticks (100 per second).
    const fields = readFileSync(`/proc/${child.pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? []
    return (Number(fields[11]) + Number(fields[12])) * 10
  }
  return { ...ready, completed, cpuMs, child }
}

/** Runs the step and samples its peak RSS (VmHWM) from /proc while it runs. */
async function measured(
  inputs: Record<string, string>,
  storage: Storage,
): Promise<{ step: StepResult; peakRssMb: number; standInCpuMs: number }> {
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
  const cpu = storage.cpuMs()
  const step = await runStep('db-backup', {
    inputs,
    env: storage.env,
    onSpawn: (p) => (pid = p),
    timeoutMs: 3_600_000,
  })
  clearInterval(timer)
  if (step.exitCode !== 0)
    throw new Error(`db-backup failed: ${step.annotations.map((a) => a.message).join('; ') || step.stderr.slice(-500)}`)
  return { step, peakRssMb: peak, standInCpuMs: storage.cpuMs() - cpu }
}

/**
 * Runs the baselines and the action alternately, `runs` times each, so drift of the machine (shared,
 * loaded) hits all alike; medians are reported.
 */
async function paired(
  runs: number,
  baselines: { dump: () => Promise<number>; dumpZ0: () => Promise<number> },
  action: () => Promise<{ step: StepResult; peakRssMb: number; standInCpuMs: number }>,
) {
  const dump: number[] = []
  const dumpZ0: number[] = []
  const act: { step: StepResult; peakRssMb: number; standInCpuMs: number }[] = []
  for (let i = 0; i < runs; i++) {
    // Alternating which goes first, so that neither always follows the other's cached pages.
    if (i % 2 === 0) {
      dumpZ0.push(await baselines.dumpZ0())
      act.push(await action())
    } else {
      act.push(await action())
      dumpZ0.push(await baselines.dumpZ0())
    }
    dump.push(await baselines.dump())
  }
  const baselineMs = median(dump)
  const baselineZ0Ms = median(dumpZ0)
  const actionMs = median(act.map((a) => a.step.durationMs))
  return {
    baselineMs,
    baselineZ0Ms,
    actionMs,
    ratio: baselineMs / actionMs,
    ratioZ0: baselineZ0Ms / actionMs,
    peakRssMb: Math.max(...act.map((a) => a.peakRssMb)),
    standInCpuMs: median(act.map((a) => a.standInCpuMs)),
    storedBytes: Number(act[0]?.step.outputs.size),
    runs: act,
  }
}

/** The verification's time after the upload completed, from the manifest (it ran alongside the upload before). */
const verifyMsOf = (step: StepResult) =>
  (JSON.parse(step.outputs.manifest ?? '{}') as { verified?: { durationMs?: number } }).verified?.durationMs ?? NaN

async function benchDbBackup(): Promise<Record<string, unknown>> {
  const [pg, storage]: [Postgres, Storage] = await Promise.all([startPostgres(), startStorage()])
  try {
    await pg.createDatabase('bench')
    console.log(`making a ${BASE_MB} MB database...`)
    const sizeMb = await grow(pg, 'bench', BASE_MB)
    await pg.sql('bench', 'VACUUM ANALYZE orders;')
    const url = pg.url('bench')
    let n = 0
    // s3rver directly: the tests' fault proxy in front of it is one more hop copying every byte.
    const action =
      (extra: Record<string, string>, endpoint = storage.s3) =>
      () =>
        measured(
          {
            'database-url': url,
            destination: 's3://bench/db',
            's3-endpoint': endpoint,
            'deployment-id': `run-${++n}`,
            ...extra,
          },
          storage,
        )
    /** To the sink: the whole object must have arrived there, or the run measured nothing. */
    const toSink = (extra: Record<string, string>) => async () => {
      const run = await action(extra, storage.sink)()
      const key = run.step.outputs.uri?.replace(/^s3:\/\/bench\//, '') ?? ''
      // The sink's line about the upload may follow the step's exit by a moment.
      for (let i = 0; i < 100 && !storage.completed.has(key); i++) await new Promise((r) => setTimeout(r, 10))
      if (storage.completed.get(key) !== Number(run.step.outputs.size))
        throw new Error(
          `the S3 sink got ${storage.completed.get(key) ?? 'no'} bytes of ${key}, the action says ${run.step.outputs.size}`,
        )
      return run
    }
    const baselines = {
      dump: () => timeProcess('pg_dump', ['-Fc', '-d', url], 'pg_dump -Fc > /dev/null'),
      dumpZ0: () => timeProcess('pg_dump', ['-Fc', '-Z0', '-d', url], 'pg_dump -Fc -Z0 > /dev/null'),
    }

    const own = await paired(RUNS, baselines, toSink({ compression: 'zstd', verify: 'none' }))
    const zstd = await paired(RUNS, baselines, action({ compression: 'zstd', verify: 'none' }))
    // The verified backup, paired with the plain one so both see the same machine.
    const verifiedRuns: { step: StepResult; peakRssMb: number; standInCpuMs: number }[] = []
    const plainRuns: number[] = []
    for (let i = 0; i < RUNS; i++) {
      plainRuns.push((await action({ compression: 'zstd', verify: 'none' })()).step.durationMs)
      verifiedRuns.push(await action({ compression: 'zstd', verify: 'restore' })())
    }
    const verifyMs = median(verifiedRuns.map((r) => verifyMsOf(r.step)))
    const plainMs = median(plainRuns)
    const verifiedMs = median(verifiedRuns.map((r) => r.step.durationMs))
    // What the verification adds: the restore runs alongside the upload, so its cost is the time
    // the verified run takes beyond the plain one (the two runs paired on the same machine).
    const verifyCost = (verifiedMs - plainMs) / plainMs
    const zstd3 = LEVELS
      ? await paired(1, baselines, action({ compression: 'zstd', 'compression-level': '3', verify: 'none' }))
      : undefined
    const gzip = LEVELS ? await paired(1, baselines, action({ compression: 'gzip', verify: 'none' })) : undefined

    const row = (label: string, r: Awaited<ReturnType<typeof paired>>) => [
      label,
      ms(r.actionMs),
      ms(r.baselineZ0Ms),
      ms(r.baselineMs),
      mb(r.storedBytes),
      r.ratioZ0.toFixed(2),
      r.ratio.toFixed(2),
      r.peakRssMb.toFixed(0),
      r.standInCpuMs.toFixed(0),
    ]
    const rows = [
      row(`db-backup zstd-1 (default), verify none, to the S3 sink, median of ${RUNS}`, own),
      row(`db-backup zstd-1 (default), verify none, to s3rver, median of ${RUNS}`, zstd),
      ...(zstd3 ? [row('db-backup zstd-3, verify none', zstd3)] : []),
      ...(gzip ? [row('db-backup gzip-6, verify none', gzip)] : []),
      [
        `db-backup zstd-1, verify restore, median of ${RUNS}`,
        ms(verifiedMs),
        '',
        '',
        mb(Number(verifiedRuns[0]?.step.outputs.size)),
        '',
        '',
        Math.max(...verifiedRuns.map((r) => r.peakRssMb)).toFixed(0),
        median(verifiedRuns.map((r) => r.standInCpuMs)).toFixed(0),
      ],
    ]
    let big: (Awaited<ReturnType<typeof paired>> & { sizeMb: number }) | undefined
    if (process.env.DB_BACKUP_BENCH_NO_4X !== '1') {
      console.log(`growing the database to ${BASE_MB * 4} MB...`)
      const bigSize = await grow(pg, 'bench', BASE_MB * 4)
      big = { ...(await paired(1, baselines, action({ compression: 'zstd', verify: 'none' }))), sizeMb: bigSize }
      rows.push(row(`4× (${bigSize.toFixed(0)} MB) db-backup zstd-1, verify none`, big))
    }
    console.log(`database: ${sizeMb.toFixed(0)} MB (pg_database_size); load average ${loadAverage()}`)
    printTable(
      [
        '',
        'time',
        'pg_dump -Fc -Z0 > /dev/null',
        'pg_dump -Fc > /dev/null',
        'stored MiB',
        '× -Z0',
        '× -Fc',
        'peak RSS MB',
        'stand-in CPU ms',
      ],
      rows,
    )
    const peak = Math.max(zstd.peakRssMb, big?.peakRssMb ?? 0)
    const verdict = (met: boolean) => (met ? 'target met' : 'TARGET MISSED')
    console.log(
      `throughput against the dump alone (pg_dump -Fc -Z0 > /dev/null; zstd-1, the default, to the S3 sink): ` +
        `${own.ratioZ0.toFixed(2)}× (target ≥ ${DUMP_TARGET}) — ${verdict(own.ratioZ0 >= DUMP_TARGET)}; ` +
        `to s3rver, whose ${ms(zstd.standInCpuMs)} of CPU share the cores: ${zstd.ratioZ0.toFixed(2)}×`,
    )
    console.log(
      `throughput against pg_dump -Fc: ${zstd.ratio.toFixed(2)}× (target ≥ 1.0) — ${verdict(zstd.ratio >= 1)}`,
    )
    console.log(
      `peak RSS: ${zstd.peakRssMb.toFixed(0)} MB (target ≤ ${RSS_TARGET_MB} MB)` +
        (big
          ? `; at 4×: ${big.peakRssMb.toFixed(0)} MB (${(big.peakRssMb / zstd.peakRssMb).toFixed(2)}× — flat if ≈ 1)`
          : '') +
        ` — ${verdict(peak <= RSS_TARGET_MB)}`,
    )
    console.log(
      `restore verification (alongside the upload): the verified backup ${ms(verifiedMs)} against ${ms(plainMs)} ` +
        `unverified (paired runs), ${(verifiedMs / plainMs).toFixed(2)}×: it adds ${verifyCost.toFixed(2)}× the ` +
        `backup (target ≤ ${VERIFY_TARGET}; ${ms(verifyMs)} of it after the upload) — ${verdict(verifyCost <= VERIFY_TARGET)}`,
    )
    const figures = (r: Awaited<ReturnType<typeof paired>>) => ({
      ms: round(r.actionMs),
      baselineMs: round(r.baselineMs),
      baselineZ0Ms: round(r.baselineZ0Ms),
      storedMb: round(r.storedBytes / 1048576),
      throughputRatio: round(r.ratio, 2),
      dumpAloneRatio: round(r.ratioZ0, 2),
      peakRssMb: round(r.peakRssMb),
      standInCpuMs: round(r.standInCpuMs),
    })
    return {
      databaseMb: round(sizeMb),
      runs: RUNS,
      loadAverage: loadAverage(),
      zstdToSink: figures(own),
      zstd: figures(zstd),
      ...(zstd3 ? { zstd3: figures(zstd3) } : {}),
      ...(gzip ? { gzip: figures(gzip) } : {}),
      verifyRestore: {
        totalMs: round(verifiedMs),
        afterUploadMs: round(verifyMs),
        backupMs: round(plainMs),
        verifiedVsPlain: round(verifiedMs / plainMs, 2),
        costVsBackup: round(verifyCost, 2),
        peakRssMb: round(Math.max(...verifiedRuns.map((r) => r.peakRssMb))),
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
      targets: {
        dumpAloneRatio: DUMP_TARGET,
        throughputRatio: 1,
        verifyCostVsBackup: VERIFY_TARGET,
        peakRssMb: RSS_TARGET_MB,
      },
      met: own.ratioZ0 >= DUMP_TARGET && zstd.ratio >= 1 && verifyCost <= VERIFY_TARGET && peak <= RSS_TARGET_MB,
    }
  } finally {
    storage.child.stdin?.end()
    await Promise.all([pg.stop(), new Promise((resolve) => storage.child.once('exit', resolve))])
  }
}
