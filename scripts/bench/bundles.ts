/**
 * The size of every bundle in dist/ (its index.js, loaded at start, and with the chunks it loads on
 * demand, as users download it with the action) and its start-up: a run with no inputs, which
 * every action refuses at its input check (a post step without state has nothing to do), so the
 * time is loading the bundle and little else. Start-ups are medians against `node -e 0` measured
 * in the same rounds, after one round that warms the file cache.
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { entries } from '../build.ts'
import { root } from '@deploy-actions/harness/actions'
import { mb, median, ms, printTable, round, timeProcess, type Section } from './lib.ts'

const START_RUNS = 7

export const sections: Section[] = [{ name: 'bundles', title: 'Bundles (dist/): size and start-up', run: benchBundles }]

async function benchBundles(): Promise<Record<string, unknown>> {
  const dist = join(root, 'dist')
  const bundles = entries()
    .map((entry) => join(entry.out, 'index.js'))
    .filter((bundle) => existsSync(join(dist, bundle)))
    .map((bundle) => {
      const code = readFileSync(join(dist, bundle))
      return {
        bundle,
        bytes: code.length,
        gzipBytes: gzipSync(code).length,
        folderBytes: folderBytes(join(dist, dirname(bundle))),
        startMs: [] as number[],
      }
    })
  if (bundles.length === 0) throw new Error('dist/ holds no bundle: run npm run build')

  const nodeMs: number[] = []
  for (let round = 0; round <= START_RUNS; round++) {
    const warmUp = round === 0
    const node = await timeProcess(process.execPath, ['-e', '0'], 'node -e 0')
    if (!warmUp) nodeMs.push(node)
    for (const b of bundles) {
      const took = await timeStart(join(dist, b.bundle))
      if (!warmUp) b.startMs.push(took)
    }
  }
  const node = median(nodeMs)
  const rows = bundles.map((b) => ({ ...b, start: median(b.startMs) }))
  const totalBytes = bundles.reduce((sum, b) => sum + b.bytes, 0)
  const totalGzipBytes = bundles.reduce((sum, b) => sum + b.gzipBytes, 0)
  const totalFolderBytes = bundles.reduce((sum, b) => sum + b.folderBytes, 0)
  printTable(
    ['bundle', 'bytes', 'MB', 'gzip MB', 'MB with chunks', `start-up, median of ${START_RUNS}`, '× node -e 0'],
    [
      ...rows.map((b) => [
        `dist/${b.bundle}`,
        String(b.bytes),
        mb(b.bytes),
        mb(b.gzipBytes),
        mb(b.folderBytes),
        ms(b.start),
        `${(b.start / node).toFixed(2)}×`,
      ]),
      ['total', String(totalBytes), mb(totalBytes), mb(totalGzipBytes), mb(totalFolderBytes), '', ''],
      [`node -e 0 (${process.version})`, '', '', '', '', ms(node), '1.00×'],
    ],
  )
  return {
    runs: START_RUNS,
    nodeMs: round(node),
    bundles: rows.map((b) => ({
      bundle: b.bundle,
      bytes: b.bytes,
      gzipBytes: b.gzipBytes,
      folderBytes: b.folderBytes,
      startMs: round(b.start),
      startRatio: round(b.start / node, 2),
    })),
    totalBytes,
    totalGzipBytes,
    totalFolderBytes,
  }
}

/**
 * Wall time of a run of `bundle` with no inputs (nor GITHUB_* files: commands go to stdout). Any
 * exit code is expected; a bundle that does not end by itself within a minute is an error.
 */
async function timeStart(bundle: string): Promise<number> {
  const started = performance.now()
  const child = spawn(process.execPath, [bundle], { stdio: 'ignore', env: { PATH: process.env.PATH ?? '' } })
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const signal = await new Promise<NodeJS.Signals | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', (_code, sig) => done(sig))
  }).finally(() => clearTimeout(timer))
  if (signal) throw new Error(`${bundle} did not end by itself with no inputs (${signal})`)
  return performance.now() - started
}

/** The files of a bundle's folder (index.js, the chunks it loads on demand, assets), not its sub-bundles. */
function folderBytes(dir: string): number {
  return readdirSync(dir)
    .map((name) => statSync(join(dir, name)))
    .filter((stat) => stat.isFile())
    .reduce((sum, stat) => sum + stat.size, 0)
}
