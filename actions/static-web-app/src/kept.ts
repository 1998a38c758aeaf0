import { NotFound, joinKey, type Store } from '@deploy-actions/storage'

/**
 * The kept builds of a Static Web App: every release's zip under `<prefix>/builds/<version>.zip`
 * (immutable: a version's build is never replaced by other bytes), and the history of what
 * production served, `<prefix>/production.json`, written after each verified deployment to
 * production. A rollback redeploys the kept zip of the release production served before.
 */

export interface ProductionEntry {
  version: string
  sha256: string
  /** ISO time production was verified serving it. */
  at: string
  operation: 'deploy' | 'promote' | 'rollback'
  /** The release a rollback from this entry redeploys (see main.ts rollbackTarget). */
  previous?: string
  /** The version production served before this entry. */
  replaced?: string
}

export interface History {
  entries: ProductionEntry[]
}

export const buildKey = (prefix: string, version: string): string => joinKey(prefix, 'builds', `${version}.zip`)
export const historyKey = (prefix: string): string => joinKey(prefix, 'production.json')

export async function readHistory(store: Store, prefix: string, signal?: AbortSignal): Promise<History> {
  try {
    const parsed = JSON.parse(await store.getText(historyKey(prefix), signal)) as History
    if (!Array.isArray(parsed.entries)) throw new Error('it holds no entries list')
    return parsed
  } catch (err) {
    if (err instanceof NotFound) return { entries: [] }
    throw new Error(
      `the production history ${store.uri(historyKey(prefix))} cannot be read: ${(err as Error).message}`,
      {
        cause: err,
      },
    )
  }
}

export async function appendHistory(
  store: Store,
  prefix: string,
  history: History,
  entry: ProductionEntry,
): Promise<void> {
  const next: History = { entries: [...history.entries, entry] }
  await store.put(historyKey(prefix), `${JSON.stringify(next, null, 2)}\n`, { contentType: 'application/json' })
}

/** The kept zip of `version`, or undefined when none was kept. */
export async function readKept(
  store: Store,
  prefix: string,
  version: string,
  signal?: AbortSignal,
): Promise<Buffer | undefined> {
  try {
    const stream = await store.download(buildKey(prefix, version), signal)
    const chunks: Buffer[] = []
    for await (const c of stream) chunks.push(c as Buffer)
    return Buffer.concat(chunks)
  } catch (err) {
    if (err instanceof NotFound) return undefined
    throw err
  }
}
