import * as core from '@actions/core'

/**
 * Values this process must never print. The runner masks what `core.setSecret` registers, but only
 * in the log it shows; reports, summaries and outputs are ours to keep clean, so they go through
 * `redact` too.
 */
const registered = new Set<string>()

/** Registers `value` (and each line of a multi-line value, as the runner masks line by line). */
export function maskSecret(value: string): void {
  const pieces = [value, ...value.split(/\r?\n/).map((l) => l.trim())]
  for (const piece of pieces) {
    // Very short pieces would mask ordinary text everywhere ("a", "1") and protect nothing.
    if (piece.length < 3 || registered.has(piece)) continue
    registered.add(piece)
    core.setSecret(piece)
  }
}

/** Replaces every registered secret in `text` with `***`, longest first. */
export function redact(text: string): string {
  let out = text
  for (const s of [...registered].sort((a, b) => b.length - a.length)) out = out.split(s).join('***')
  return out
}
