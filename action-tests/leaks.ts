/**
 * Where a step could leak a secret or a token, for the tests that assert it is nowhere: what it
 * printed (as the raw log a runner ships elsewhere holds it, unmasked), its error annotations,
 * summary, outputs, saved state and exported variables.
 */
import assert from 'node:assert/strict'
import type { StepResult } from '@deploy-actions/harness/runner'

/** Everything a step printed or wrote, less the ::add-mask:: commands that register secrets. */
export function everything(r: StepResult): string {
  const stdout = r.stdout
    .split('\n')
    .filter((l) => !l.startsWith('::add-mask::'))
    .join('\n')
  return [
    stdout,
    r.stderr,
    r.summary,
    JSON.stringify(r.outputs),
    JSON.stringify(r.state),
    JSON.stringify(r.env),
    JSON.stringify(r.annotations),
  ].join('\n')
}

/**
 * Asserts that no token appears in `everything` — nor any long part of a JWT: its signature alone
 * is what makes it a credential.
 */
export function assertNoTokens(r: StepResult, tokens: readonly string[]): void {
  const seen = everything(r)
  for (const t of tokens) {
    assert.ok(!seen.includes(t), 'a token reached the log, outputs, summary or state')
    for (const part of t.split('.').filter((p) => p.length > 20))
      assert.ok(!seen.includes(part), 'a part of a token reached the log, outputs, summary or state')
  }
}
