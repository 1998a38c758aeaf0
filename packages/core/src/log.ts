import * as core from '@actions/core'
import { redact } from './secrets.ts'

/**
 * The one output layer: every line an action prints goes through `log`, so text from outside (a
 * service's body, a check run's name, a stored manifest, an input) is shown and never obeyed.
 *
 * The runner reads a step's stdout and stderr line by line (split on `\n`, `\r\n` and a bare `\r`),
 * and executes a line that starts with `::name::` once leading white space is trimmed, and, in the
 * older form, a line holding `##[name]` anywhere. `::stop-commands::TOKEN` would even silence the
 * action's own errors. So each printed text is made inert:
 * - line breaks and other control characters inside it are shown as escapes (`\n`, `\r`, `\x1b`),
 *   so one call prints exactly one line and a value cannot start a line of its own;
 * - a `::` at the start of the line (after white space) and every `##[` get a zero-width space
 *   between their first two characters: the reader sees the same text, the runner no command;
 * - registered secrets are replaced by `***` (the runner masks its log, not a raw copy of it).
 *
 * The action's own workflow commands (annotations, groups, masks) are issued by @actions/core,
 * which escapes their data (`%0A`), so a value inside them is never a command either; they go
 * through here so that an annotation is one line too. The lint rule in eslint.config.js keeps
 * action code from printing around this layer.
 */

const ZWSP = '\u200b'

/** C0 and C1 control characters but the tab, and DEL: shown as escapes, never sent raw. */
// eslint-disable-next-line no-control-regex
const CONTROL = /\r\n|[\u0000-\u0008\u000a-\u001f\u007f-\u009f]/g

/** The white space .NET's String.TrimStart removes (Char.IsWhiteSpace), a superset of JavaScript's \s but NEL. */
const LEADING = /^([\s\u0085]*):(?=:)/

/** `text` as one line the runner shows and never executes. */
export function inert(text: string): string {
  return redact(text)
    .replace(CONTROL, (c) =>
      c === '\n' || c === '\r\n' ? '\\n' : c === '\r' ? '\\r' : `\\x${c.charCodeAt(0).toString(16).padStart(2, '0')}`,
    )
    .replace(/##\[/g, `#${ZWSP}#[`)
    .replace(LEADING, `$1:${ZWSP}`)
}

/** An annotation's title or file: one line, as `inert`. */
function inertProperties(props: core.AnnotationProperties | undefined): core.AnnotationProperties | undefined {
  if (!props) return props
  return { ...props, ...(props.title !== undefined ? { title: inert(props.title) } : {}) }
}

export const log = {
  /** One line of the log. */
  info(line: string): void {
    core.info(inert(line))
  },
  /** A line of the debug log (shown when the run has step debug logging on). */
  debug(line: string): void {
    core.debug(inert(line))
  },
  notice(message: string, props?: core.AnnotationProperties): void {
    core.notice(inert(message), inertProperties(props))
  },
  warning(message: string, props?: core.AnnotationProperties): void {
    core.warning(inert(message), inertProperties(props))
  },
  error(message: string, props?: core.AnnotationProperties): void {
    core.error(inert(message), inertProperties(props))
  },
  /** An error annotation that also fails the step (what core.setFailed does). */
  failed(message: string, props?: core.AnnotationProperties): void {
    process.exitCode = 1
    log.error(message, props)
  },
}

/**
 * Detail a reader opens when they need it: a collapsed group in the runner's log. Its lines are
 * printed at once, so groups never interleave with the log of work still running concurrently.
 */
export function logGroup(title: string, lines: readonly string[]): void {
  if (lines.length === 0) return
  core.startGroup(inert(title))
  try {
    for (const line of lines) log.info(line)
  } finally {
    core.endGroup()
  }
}

/**
 * A collapsed group for lines still to come (a stage's gate rounds, printed as they happen); the
 * returned function closes it, once. Only for sequential work: nothing else may print meanwhile,
 * or its lines land inside the group.
 */
export function openGroup(title: string): () => void {
  core.startGroup(inert(title))
  let open = true
  return () => {
    if (!open) return
    open = false
    core.endGroup()
  }
}
