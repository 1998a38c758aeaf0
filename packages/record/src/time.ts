import { FormatError, type InputKind } from '@deploy-actions/core'

/**
 * Time helpers of the record that need no schema validator (release-gate and notify import only
 * these, via @deploy-actions/record/time, so their bundles do not carry ajv).
 */

/**
 * A unique deployment id that sorts by time: `20261123T190616Z-ffac537-7000000001-1` (UTC time of
 * the gate, short SHA, run id and attempt: unique per run attempt, readable, and in order).
 */
export function makeDeploymentId(
  now: Date,
  sha: string,
  runId: string | undefined,
  attempt: string | undefined,
): string {
  const stamp = now
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '')
  return [stamp, sha.slice(0, 7), runId || 'local', attempt || '1'].join('-')
}

/** Parses the `now` input: an ISO 8601 time with a zone (for tests and rehearsals). */
export function parseInstant(text: string): Date | undefined {
  const t = text.trim()
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(t)) return undefined
  const ms = Date.parse(t)
  return Number.isNaN(ms) ? undefined : new Date(ms)
}

/** The `now` input of the actions with a clock: an ISO 8601 time with a zone. */
export const instant = (): InputKind<Date> => ({
  accepted: 'an ISO 8601 time with a zone such as 2026-11-23T12:00:00Z',
  echo: true,
  parse(raw) {
    const at = parseInstant(raw)
    if (!at) throw new FormatError()
    return at
  },
})
