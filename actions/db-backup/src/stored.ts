import { ActionFailure, redact } from '@deploy-actions/core'
import { NotFound, type Store } from '@deploy-actions/storage'

/**
 * What every engine's backup and restore share about what is stored: reading a manifest back,
 * and an error as one redacted line.
 */

/** The manifest at `key`, parsed; a missing or unreadable one is the step's one-line error. */
export async function readManifest<T>(store: Store, key: string): Promise<T> {
  try {
    return JSON.parse(await store.getText(key)) as T
  } catch (err) {
    if (err instanceof NotFound)
      throw new ActionFailure(`No backup manifest at ${store.uri(key)}: check backup-id/backup-uri`)
    throw new ActionFailure(`Cannot read the backup manifest ${store.uri(key)}: ${describe(err)}`)
  }
}

/** The run that made a backup, as every engine's manifest records it. */
export function backupSource(): { repository?: string; runId?: string; sha?: string } {
  return { repository: process.env.GITHUB_REPOSITORY, runId: process.env.GITHUB_RUN_ID, sha: process.env.GITHUB_SHA }
}

/** An error as one line, secrets redacted. */
export function describe(err: unknown): string {
  return redact(err instanceof Error ? err.message.replace(/\s*\n\s*/g, ' ') : String(err))
}
