import { ActionFailure, formatDuration, InputIssues, sleep } from '@deploy-actions/core'
import {
  type Check,
  type CheckResult,
  displayUrl,
  parseChecks,
  probe,
  runChecks,
  type StatusMatcher,
} from '@deploy-actions/probe'

/**
 * What slot-swap sends to a slot's host name: the warm-up, the smoke checks (before the swap on
 * the slot, after it on production) and the version check that tells which build a host serves.
 * Checks are written with paths; each run points them at one host name read from ARM.
 */

const PLACEHOLDER = 'https://slot.invalid'

export interface CheckSettings {
  expectedVersion?: string
  requestTimeoutMs: number
  checkTimeoutMs: number
}

/** The smoke checks (paths only: each is sent to the slot's and then production's host name). */
export function parseSlotChecks(doc: unknown, s: CheckSettings, issues: InputIssues): Check[] {
  const checks = parseChecks(
    doc,
    'checks',
    {
      baseUrl: new URL(PLACEHOLDER),
      expectedVersion: s.expectedVersion,
      requestTimeoutMs: s.requestTimeoutMs,
      checkTimeoutMs: s.checkTimeoutMs,
      samples: 1,
      warmup: 0,
      minSamples: 1,
    },
    issues,
  )
  for (const c of checks) {
    if (c.url.origin !== PLACEHOLDER)
      issues.add(
        'checks',
        `must give paths such as /health, sent to the slot's and production's own host names; got the absolute URL ${c.displayUrl}`,
        `check "${c.name}"`,
      )
  }
  return checks
}

/** The check that reads the version a host serves: `version-path` and `version-field` ($.version or header:<name>). */
export function parseVersionCheck(
  path: string | undefined,
  field: string | undefined,
  requestTimeoutMs: number,
  issues: InputIssues,
): Check | undefined {
  if (field !== undefined && !/^(\$|header:)/i.test(field.trim())) {
    issues.add(
      'version-field',
      `must be a JSON path such as $.version or header:<name> such as header:x-app-version; got ${JSON.stringify(field)}`,
    )
    return undefined
  }
  if (path === undefined || field === undefined) return undefined
  // Parsed as a one-check list; its problems are told as one line about version-field.
  const sub = new InputIssues()
  const [check] = parseChecks(
    [
      {
        name: 'version',
        url: path,
        version: {
          ...(/^header:/i.test(field.trim()) ? { header: field.trim().slice(7).trim() } : { path: field.trim() }),
          equals: '-',
        },
      },
    ],
    'version-field',
    { baseUrl: new URL(PLACEHOLDER), requestTimeoutMs, checkTimeoutMs: 0, samples: 1, warmup: 0, minSamples: 1 },
    sub,
  )
  if (sub.count > 0 || !check) {
    issues.add(
      'version-field',
      `must be a JSON path such as $.version or header:<name> such as header:x-app-version; got ${JSON.stringify(field)}`,
    )
    return undefined
  }
  return check
}

/** The checks pointed at `base` (a slot's host name). */
export function at(checks: readonly Check[], base: URL, overrides: Partial<Check> = {}): Check[] {
  return checks.map((c) => {
    const url = new URL(c.url.pathname + c.url.search, base)
    return { ...c, ...overrides, url, displayUrl: displayUrl(url) }
  })
}

export function failedChecks(results: readonly CheckResult[]): CheckResult[] {
  return results.filter((r) => !r.passed && r.critical)
}

export function describeFailure(r: CheckResult): string {
  return `check "${r.name}" (${r.method} ${r.url}): ${r.reason ?? 'failed'}`
}

export async function smoke(
  checks: readonly Check[],
  signal: AbortSignal,
  log: (line: string) => void,
): Promise<CheckResult[]> {
  return runChecks(checks, {
    concurrency: 4,
    signal,
    onRetry: (c, attempt, delayMs, why) =>
      log(`    … ${c.name}: attempt ${attempt} failed (${why}); retrying in ${formatDuration(delayMs)}`),
    onResult: (r) =>
      log(
        `    ${r.passed ? '✓' : r.critical ? '✗' : '!'} ${r.name}: ${r.method} ${r.url} [${Object.entries(r.statuses)
          .map(([s, n]) => (n > 1 ? `${s}×${n}` : s))
          .join(' ')}]${r.passed ? '' : ` — ${r.reason ?? 'failed'}`}`,
      ),
  })
}

export interface WarmUp {
  paths: readonly string[]
  count: number
  statuses: StatusMatcher
  timeoutMs: number
  requestTimeoutMs: number
}

/**
 * Warms a slot up: `count` responses with an accepted status from every path, within the deadline.
 * A redirect within the host (http → https, a trailing slash) is followed; one to another host —
 * a sign-in page when site authentication is on — is not, and is reported as what it is.
 */
export async function warmUp(base: URL, w: WarmUp, signal: AbortSignal, log: (line: string) => void): Promise<number> {
  const deadline = Date.now() + w.timeoutMs
  let requests = 0
  await Promise.all(
    w.paths.map(async (path) => {
      const url = new URL(path, base)
      let ok = 0
      let last = ''
      for (let attempt = 0; ok < w.count; attempt++) {
        if (Date.now() > deadline || signal.aborted) {
          throw new ActionFailure(
            `Warm-up of ${url.href} got ${ok} of ${w.count} accepted responses (${w.statuses.text}) ` +
              `within ${formatDuration(w.timeoutMs)}; last: ${last || 'none'}`,
          )
        }
        // A header of our own also keeps a redirect to another host from being followed.
        const res = await probe({
          url,
          method: 'GET',
          headers: { 'user-agent': 'SiteWarmup (deploy-actions/slot-swap)' },
          timeoutMs: Math.min(w.requestTimeoutMs, Math.max(100, deadline - Date.now())),
          signal,
        })
        requests++
        if (res.ok && w.statuses.matches(res.status) && !res.redirectRefused) {
          ok++
          continue
        }
        const location = res.ok ? res.headers.get('location') : null
        last = !res.ok
          ? res.error
          : res.redirectRefused && location
            ? `status ${res.status}, a redirect to ${new URL(location, url).host} (a sign-in page when site authentication is on?), not followed`
            : `status ${res.status}`
        await sleep(Math.min(1000, 100 * 2 ** Math.min(attempt, 4)), signal).catch(() => undefined)
      }
      log(`    ✓ ${url.href}: ${ok} accepted response(s)`)
    }),
  )
  return requests
}
