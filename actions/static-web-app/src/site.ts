import { createHash } from 'node:crypto'
import { readdirSync, readFileSync } from 'node:fs'
import { join, relative, sep } from 'node:path'
import { unzipBuffer, writeZip } from '@deploy-actions/storage/zip'

/**
 * A built site as the files it serves: zipped for a deployment (the same folder gives the same
 * bytes: sorted entries, a fixed time stamp, so a kept build of a version can be compared), read
 * back from a kept zip, and checked against what an environment serves.
 */

export interface SiteFile {
  /** The path it is served at, from `/`. */
  path: string
  sha256: string
  bytes: number
}

/** Every file under `folder` (symbolic links and dot-folders such as .git left out), by served path. */
export function readSite(folder: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>()
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const full = join(dir, e.name)
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) walk(full)
      } else if (e.isFile()) {
        files.set(`/${relative(folder, full).split(sep).join('/')}`, readFileSync(full))
      }
    }
  }
  walk(folder)
  return files
}

/** The site as a zip, its files in path order: the same folder gives the same bytes (writeZip's fixed times). */
export function zipSite(files: ReadonlyMap<string, Buffer>): Buffer {
  return writeZip(
    [...files.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([path, data]) => ({ name: path.slice(1), data })),
  )
}

/** A kept build's files by served path (/index.html), each checked against its CRC-32. */
export async function unzipSite(zip: Buffer): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>()
  for (const [name, bytes] of await unzipBuffer(zip)) out.set(`/${name.replace(/^\/+/, '')}`, bytes)
  return out
}

export const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

/**
 * Files Static Web Apps reads as its configuration and never serves (staticwebapp.config.json,
 * and the legacy routes.json), wherever they sit in the build.
 */
const PLATFORM_FILES = /(?:^|\/)(?:staticwebapp\.config\.json|routes\.json)$/

export function describeSite(files: ReadonlyMap<string, Buffer>): SiteFile[] {
  return [...files.entries()].map(([path, body]) => ({ path, sha256: sha256(body), bytes: body.length }))
}

/** The files an environment serves as they are: the site minus the platform's configuration files. */
export function servedFiles(files: readonly SiteFile[]): SiteFile[] {
  return files.filter((f) => !PLATFORM_FILES.test(f.path))
}

export interface Mismatch {
  path: string
  /** What was served instead: a status, or a different body. */
  got: string
}

/**
 * Requests every file of the site from `baseUrl` and compares its bytes with the build's: the
 * environment serves this build only when every file matches. Bounded concurrency and a timeout
 * per request; the mismatches come back (none when it serves the build).
 */
export async function verifyServed(
  baseUrl: string,
  files: readonly SiteFile[],
  opts: { requestTimeoutMs: number; signal?: AbortSignal; concurrency?: number },
): Promise<Mismatch[]> {
  const mismatches: Mismatch[] = []
  const queue = [...files]
  const worker = async () => {
    for (let f = queue.shift(); f; f = queue.shift()) {
      const signal = AbortSignal.any([
        AbortSignal.timeout(opts.requestTimeoutMs),
        ...(opts.signal ? [opts.signal] : []),
      ])
      try {
        // A trailingSlash rule may redirect (/about.html → /about); what it ends at must be the file.
        const res = await fetch(`${baseUrl}${encodeURI(f.path)}`, { signal, redirect: 'follow', cache: 'no-store' })
        const body = Buffer.from(await res.arrayBuffer())
        if (res.status !== 200) mismatches.push({ path: f.path, got: `HTTP ${res.status}` })
        else if (sha256(body) !== f.sha256)
          mismatches.push({
            path: f.path,
            got: `other content (${body.length} bytes, sha256 ${sha256(body).slice(0, 12)}…)`,
          })
      } catch (err) {
        mismatches.push({ path: f.path, got: err instanceof Error ? err.message : String(err) })
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, files.length) }, worker))
  return mismatches.sort((a, b) => (a.path < b.path ? -1 : 1))
}
