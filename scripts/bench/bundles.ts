/** The size of every bundle in dist/, as users download it with the action. */
import { existsSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { entries } from '../build.ts'
import { root } from '@deploy-actions/harness/actions'
import { mb, printTable, type Section } from './lib.ts'

export const sections: Section[] = [{ name: 'bundles', title: 'Bundle sizes (dist/)', run: benchBundles }]

function benchBundles(): Promise<Record<string, unknown>> {
  const dist = join(root, 'dist')
  const bundles = entries()
    .map((entry) => join(entry.out, 'index.js'))
    .filter((bundle) => existsSync(join(dist, bundle)))
    .map((bundle) => {
      const code = readFileSync(join(dist, bundle))
      return { bundle, bytes: code.length, gzipBytes: gzipSync(code).length }
    })
  if (bundles.length === 0) throw new Error('dist/ holds no bundle: run npm run build')
  const totalBytes = bundles.reduce((sum, b) => sum + b.bytes, 0)
  const totalGzipBytes = bundles.reduce((sum, b) => sum + b.gzipBytes, 0)
  printTable(
    ['bundle', 'bytes', 'MB', 'gzip bytes', 'gzip MB'],
    [
      ...bundles.map((b) => [`dist/${b.bundle}`, String(b.bytes), mb(b.bytes), String(b.gzipBytes), mb(b.gzipBytes)]),
      ['total', String(totalBytes), mb(totalBytes), String(totalGzipBytes), mb(totalGzipBytes)],
    ],
  )
  return Promise.resolve({ bundles, totalBytes, totalGzipBytes })
}
