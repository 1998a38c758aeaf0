/**
 * What a refused run must look like, for the tests of bad input and of failures: it failed with
 * exactly one error line, on one line, with no stack trace anywhere.
 */
import assert from 'node:assert/strict'
import type { StepResult } from '@deploy-actions/harness/runner'

/** Asserts the run failed with exactly one one-line error and no stack trace; returns that error. */
export function oneError(r: StepResult): string {
  assert.equal(r.exitCode, 1, r.log)
  const errors = r.annotations.filter((a) => a.level === 'error')
  assert.equal(errors.length, 1, `exactly one error line, got:\n${errors.map((e) => e.message).join('\n')}`)
  const message = errors[0]?.message ?? ''
  assert.ok(!message.includes('\n'), 'one line')
  assert.ok(!/\n\s+at /.test(r.stdout + r.stderr), 'no stack trace')
  // A refusal is on the run's page too, line for line, saying nothing was done.
  if (/^Input '/.test(message)) {
    assert.match(r.summary, /^### ⛔ .+: inputs refused, nothing was done\n/)
    const input = /^Input '([^']+)'/.exec(message)?.[1] ?? ''
    assert.ok(r.summary.includes(`\n- Input '${input}'`), `the summary lists the problem with ${input}:\n${r.summary}`)
  }
  return message
}

/** The inputs the run's error lines name ("Input 'x' ..."), sorted: every problem is reported at once. */
export function inputsNamed(r: StepResult): (string | undefined)[] {
  return r.annotations
    .filter((a) => a.level === 'error')
    .map((a) => /^Input '([^']+)'/.exec(a.message)?.[1])
    .sort()
}
