import * as core from '@actions/core'
import { valueText } from './inputs.ts'
import { inert } from './log.ts'
import { redact } from './secrets.ts'

/** Escapes a value for a Markdown table cell; secrets are redacted. */
export function cell(value: unknown): string {
  const s = value === undefined || value === null ? '' : valueText(value)
  return redact(s).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, '<br>')
}

/** A GitHub-flavoured Markdown table. */
export function markdownTable(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  const line = (cells: readonly unknown[]) => `| ${cells.map(cell).join(' | ')} |`
  return [line(header), `| ${header.map(() => '---').join(' | ')} |`, ...rows.map(line)].join('\n')
}

/**
 * Appends Markdown to the job summary. Outside a runner (no GITHUB_STEP_SUMMARY) it does nothing:
 * a local run still has the log.
 */
export async function appendSummary(markdown: string): Promise<void> {
  if (!process.env.GITHUB_STEP_SUMMARY) return
  await core.summary.addRaw(redact(markdown), true).write()
  written = true
}

let written = false

/** Whether this run has written to the job summary (a failure then adds none of its own). */
export function summaryWritten(): boolean {
  return written
}

/**
 * Text as a Markdown paragraph that renders as written: no HTML, no emphasis, no links made of it,
 * and, as everywhere outside text is shown, no workflow command (`inert`, which also redacts).
 */
export function plainText(value: string): string {
  return inert(value)
    .replace(/\\/g, '\\\\')
    .replace(/[<>&]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;' })[c] as string)
    .replace(/([`*_[\]#|~])/g, '\\$1')
}
