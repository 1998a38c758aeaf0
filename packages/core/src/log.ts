import * as core from '@actions/core'

/**
 * Detail a reader opens when they need it: a collapsed group in the runner's log. Its lines are
 * printed at once, so groups never interleave with the log of work still running concurrently.
 */
export function logGroup(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return
  core.startGroup(title)
  try {
    for (const line of lines) core.info(line)
  } finally {
    core.endGroup()
  }
}
