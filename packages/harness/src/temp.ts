/**
 * The temporary folders the harness makes for steps and workflow runs (command files,
 * RUNNER_TEMP, workspaces, artifacts): one registry, emptied when the process exits. jest ends its
 * workers without an 'exit' event, so its setup file (scripts/lib/jest-cleanup.ts) also empties
 * it after every test file: a full `npm test` made some 7,000 folders in /tmp before.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const made: string[] = []

/** A fresh folder under the system's temp folder, removed with the others by removeTemporaryFolders(). */
export function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix))
  made.push(dir)
  return dir
}

export function removeTemporaryFolders(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true })
}

process.on('exit', removeTemporaryFolders)
