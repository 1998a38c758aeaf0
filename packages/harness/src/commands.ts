/**
 * What the GitHub runner would execute of a step's output, read the way the runner reads it
 * (actions/runner, ActionCommandManager): stdout and stderr line by line, a line ending at `\n`,
 * `\r\n` or a bare `\r`; a line is a command when, its leading white space trimmed, it starts with
 * `::name` and has a closing `::`, or in the older form when it holds `##[name` anywhere;
 * `::stop-commands::TOKEN` suspends every command until a line `::TOKEN::`. Unlike the runner it
 * counts a command whatever its name: an unknown name is still text the step did not mean to send.
 */
import assert from 'node:assert/strict'
import type { StepResult } from './runner.ts'

export interface RunnerCommand {
  /** `v2` is `::name::`, `v1` the older `##[name]`. */
  form: 'v1' | 'v2'
  name: string
  data: string
  line: string
}

/** The lines of `text` as the runner splits them. */
export function runnerLines(text: string): string[] {
  return text.split(/\r\n|\n|\r/)
}

/** The commands the runner would execute, in order, from one stream of a step's output. */
export function runnerCommands(text: string): RunnerCommand[] {
  const commands: RunnerCommand[] = []
  let stopToken: string | undefined
  for (const line of runnerLines(text)) {
    // .NET's TrimStart: Unicode white space (JavaScript's \s) and NEL.
    const trimmed = line.replace(/^[\s\u0085]+/, '')
    if (stopToken !== undefined) {
      if (trimmed.trimEnd().toLowerCase() === `::${stopToken}::`.toLowerCase()) stopToken = undefined
      continue
    }
    const v2 = trimmed.startsWith('::') ? trimmed.indexOf('::', 2) : -1
    if (v2 > 0) {
      const info = trimmed.slice(2, v2)
      const name = info.split(' ')[0] ?? ''
      const data = trimmed.slice(v2 + 2)
      commands.push({ form: 'v2', name, data, line })
      if (name === 'stop-commands') stopToken = data
      continue
    }
    const v1 = line.indexOf('##[')
    if (v1 >= 0) {
      const close = line.indexOf(']', v1)
      const info = line.slice(v1 + 3, close < 0 ? undefined : close)
      commands.push({ form: 'v1', name: info.split(' ')[0] ?? '', data: close < 0 ? '' : line.slice(close + 1), line })
    }
  }
  return commands
}

/** The commands an action issues itself through @actions/core (each as `::name props::data`). */
export const OWN_COMMANDS = ['error', 'warning', 'notice', 'debug', 'add-mask', 'group', 'endgroup']

/**
 * Text from outside that tries each way in: commands on lines of their own after `\n`, `\r\n` and
 * a bare `\r`, one after leading white space, the old form mid-line, and a stop-commands last
 * (which would also silence the action's own errors). Every injected command's data starts with
 * `INJECTED`, which none of the action's own commands does.
 */
export const HOSTILE =
  'v9\n::warning::INJECTED-1\r::add-mask::INJECTED-2\r\n  ::notice::INJECTED-3 ##[add-mask]INJECTED-4\n::stop-commands::INJECTED-5'

/**
 * Asserts that the runner would execute none but the action's own commands from what the step
 * printed: no old-form command, no name @actions/core would not send, no stop-commands, and no
 * command whose data is what the outside sent (`INJECTED…`).
 */
export function assertOnlyOwnCommands(r: Pick<StepResult, 'stdout' | 'stderr'>): void {
  for (const [stream, text] of [
    ['stdout', r.stdout],
    ['stderr', r.stderr],
  ] as const) {
    for (const c of runnerCommands(text)) {
      const what = `${stream}: the runner would execute ${JSON.stringify(c.line)}`
      assert.equal(c.form, 'v2', what)
      assert.ok(OWN_COMMANDS.includes(c.name), what)
      assert.ok(!c.data.startsWith('INJECTED'), what)
    }
  }
}
