import * as core from '@actions/core'
import { valueText } from './inputs.ts'
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
}
