/**
 * Bundles every action with ncc: actions/<name>/src/index.ts → dist/<name>/index.js, and
 * actions/<name>/src/post.ts (when there is one) → dist/<name>/post/index.js. Adding an action means
 * adding its folders, nothing else.
 *
 *   node scripts/build.ts                 clean dist/ and rebuild it
 *   node scripts/build.ts --out DIR       build into DIR instead (cleaned first)
 *   node scripts/build.ts --check         build into a temp folder and compare with dist/ byte for
 *                                         byte, stray and missing files included; exit 1 if stale
 *
 * Each bundle is built in a process of its own, two at a time: ncc keeps what it compiled, and ten
 * bundles in one process outgrow Node's heap.
 */
import ncc from '@vercel/ncc'
import { execFile } from 'node:child_process'
import { promisify } from 'node:util'
import { pool } from '@deploy-actions/core'
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { actionNames, root } from '@deploy-actions/harness/actions'

export interface Entry {
  action: string
  source: string
  /** Output folder relative to dist/. */
  out: string
}

/** Every bundle entry, in a stable order. */
export function entries(): Entry[] {
  const found: Entry[] = []
  for (const action of actionNames()) {
    const src = join(root, 'actions', action, 'src')
    found.push({ action, source: join(src, 'index.ts'), out: action })
    if (existsSync(join(src, 'post.ts')))
      found.push({ action, source: join(src, 'post.ts'), out: join(action, 'post') })
  }
  return found
}

/** Builds every entry into `outDir`, which is emptied first (ncc itself never cleans). */
export async function build(outDir: string): Promise<void> {
  rmSync(outDir, { recursive: true, force: true })
  await pool(entries(), 2, async (entry) => {
    try {
      await promisify(execFile)(
        process.execPath,
        [import.meta.filename, '--entry', entry.source, join(outDir, entry.out)],
        { maxBuffer: 64 * 1024 * 1024 },
      )
    } catch (err) {
      throw new Error(
        `building ${relative(root, entry.source)} failed: ${(err as { stderr?: string }).stderr?.trim() || String(err)}`,
        { cause: err },
      )
    }
  })
}

/** One bundle: ncc over `source`, written with its assets into `dir`. */
async function buildEntry(source: string, dir: string): Promise<void> {
  // ncc's module resolution reads its tsconfig from here: the one that maps `undici` to the
  // on-demand loader (typechecking keeps tsconfig.json).
  process.env.TS_NODE_PROJECT = join(root, 'tsconfig.bundle.json')
  const { code, assets } = await ncc(source, {
    minify: false,
    sourceMap: false,
    quiet: true,
    // A license file per bundle would be incomplete when ncc splits chunks; licenses are the
    // lockfile's concern, not the bundle's.
    license: '',
  })
  write(join(dir, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) write(join(dir, name), asset.source, asset.permissions)
}

function write(file: string, data: string | Buffer, mode?: number): void {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, data, mode === undefined ? undefined : { mode })
}

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const out: string[] = []
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name)
      if (statSync(p).isDirectory()) walk(p)
      else out.push(relative(dir, p))
    }
  }
  walk(dir)
  return out.sort()
}

/** Differences between two built trees: one line per differing, missing or stray file. */
export function compareTrees(expected: string, actual: string): string[] {
  const want = listFiles(expected)
  const have = listFiles(actual)
  const problems: string[] = []
  for (const f of want) {
    if (!have.includes(f)) problems.push(`missing: dist/${f}`)
    else if (!readFileSync(join(expected, f)).equals(readFileSync(join(actual, f)))) problems.push(`differs: dist/${f}`)
  }
  for (const f of have) if (!want.includes(f)) problems.push(`stray: dist/${f}`)
  return problems
}

/** Builds dist/ when a bundle is missing (a fresh clone has them all; a checkout that deleted them may not). */
export async function ensureDist(): Promise<void> {
  const dist = join(root, 'dist')
  if (entries().every((e) => existsSync(join(dist, e.out, 'index.js')))) return
  console.log('dist/ is incomplete: building the bundles first')
  await build(dist)
}

/** Rebuilds into a temp folder and compares with dist/. */
export async function checkDist(): Promise<string[]> {
  const tmp = mkdtempSync(join(tmpdir(), 'dist-check-'))
  try {
    await build(tmp)
    return compareTrees(tmp, join(root, 'dist'))
  } finally {
    rmSync(tmp, { recursive: true, force: true })
  }
}

if (import.meta.main) {
  const args = process.argv.slice(2)
  if (args[0] === '--entry') {
    await buildEntry(args[1] as string, args[2] as string)
  } else if (args.includes('--check')) {
    const problems = await checkDist()
    for (const p of problems) console.error(p)
    if (problems.length > 0) {
      console.error(`dist/ is stale (${problems.length} file(s)): run 'npm run build' and commit dist/.`)
      process.exit(1)
    }
    console.log('dist/ is fresh')
  } else {
    const outIdx = args.indexOf('--out')
    const out = outIdx >= 0 && args[outIdx + 1] ? resolve(args[outIdx + 1] as string) : join(root, 'dist')
    await build(out)
    console.log(`built ${entries().length} bundle(s) into ${relative(root, out) || out}`)
  }
}
