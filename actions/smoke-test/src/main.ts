import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, isAbsolute, join, resolve } from 'node:path'
import {
  ActionFailure,
  appendSummary,
  FormatError,
  formatDuration,
  InputIssues,
  loadYaml,
  logGroup,
  openGroup,
  markdownTable,
  parseStructured,
  plainText,
  readInputs,
  setOutputs,
  type InputValues,
  log,
} from '@deploy-actions/core'
import { type Check, type CheckResult, parseChecks, runChecks } from '@deploy-actions/probe'
import { inputs, outputs } from './spec.ts'

export interface SmokeReport {
  passed: boolean
  startedAt: string
  durationMs: number
  checks: CheckResult[]
}

export async function run(): Promise<void> {
  const issues = new InputIssues()
  const values = await readInputs(inputs, issues)
  // The checks file may be YAML, whose parser loads on demand.
  if (values['checks-file'] !== undefined) await loadYaml()
  const checks = loadChecks(values, issues)
  issues.throwIfAny()

  log.info(
    `Running ${checks.length} check(s): concurrency ${values.concurrency}, overall timeout ${formatDuration(values.timeout)}, ` +
      `each check retried for up to ${formatDuration(values['check-timeout'])}`,
  )
  const startedAt = new Date()
  const started = performance.now()
  // The round's retries and results in one group: only this prints while the checks run.
  const closeGroup = openGroup(`Smoke checks: ${checks.length} check(s)`)
  const results = await runChecks(checks, {
    concurrency: values.concurrency,
    signal: AbortSignal.timeout(values.timeout),
    onRetry: (c, attempt, delayMs, why) =>
      log.info(`  … ${c.name}: attempt ${attempt} failed (${why}); retrying in ${formatDuration(delayMs)}`),
    onResult: (r) => log.info(resultLine(r)),
  }).finally(closeGroup)
  const report: SmokeReport = {
    passed: results.every((r) => r.passed || !r.critical),
    startedAt: startedAt.toISOString(),
    durationMs: Math.round(performance.now() - started),
    checks: results,
  }

  for (const r of results) logGroup(`Details: ${r.name}`, checkDetails(r))
  for (const r of results) {
    // A check not run is a consequence of the failure that stopped it, not a problem of its own.
    if (r.passed || r.skipped) continue
    const message = `${r.name} (${r.method} ${r.url}): ${r.reason ?? 'failed'}`
    if (r.critical) log.error(message, { title: `Smoke check failed: ${r.name}` })
    else log.warning(message, { title: `Non-critical smoke check failed: ${r.name}` })
  }
  const reportFile = writeReport(report, values['report-file'])
  await appendSummary(summaryMarkdown(report))
  const failed = results.filter((r) => !r.passed && !r.skipped).map((r) => r.name)
  const notRun = results.filter((r) => r.skipped).map((r) => r.name)
  setOutputs(outputs, {
    passed: report.passed,
    'failed-checks': failed.join(','),
    'not-run-checks': notRun.join(','),
    report: JSON.stringify(report),
    'report-file': reportFile,
  })

  const failedCritical = results.filter((r) => !r.passed && !r.skipped && r.critical)
  const passedCount = results.filter((r) => r.passed).length
  const notRunNote = notRun.length > 0 ? `; ${notRun.length} not run (${notRun.join(', ')})` : ''
  log.info(
    `${passedCount} of ${results.length} check(s) passed in ${formatDuration(report.durationMs)}${notRunNote}; report: ${reportFile}`,
  )
  if (failedCritical.length > 0) {
    throw new ActionFailure(
      `${failedCritical.length} critical smoke check(s) failed: ${failedCritical.map((r) => r.name).join(', ')}${notRunNote}`,
    )
  }
}

/** The checks from exactly one of `checks`, `checks-file` or `url`. */
function loadChecks(values: InputValues<typeof inputs>, issues: InputIssues): Check[] {
  const sources = ['checks', 'checks-file', 'url'] as const
  const given = sources.filter((k) => values[k] !== undefined)
  // A source given but invalid is already reported; "missing" would be a second, wrong message.
  if (given.length === 0 && issues.errors.some((e) => (sources as readonly string[]).includes(e.input))) return []
  if (given.length !== 1) {
    issues.add(
      given[1] ?? 'checks',
      given.length === 0
        ? 'is missing: give the checks as checks (YAML or JSON), checks-file (a path) or url (a single URL)'
        : `cannot be combined with ${given[0]}: give exactly one of checks, checks-file or url`,
    )
    return []
  }
  const defaults = {
    baseUrl: values['base-url'],
    // A base-url that was refused has its own error; its checks' paths are not reported again.
    baseUrlRefused: issues.errors.some((e) => e.input === 'base-url'),
    expectedVersion: values['expected-version'],
    requestTimeoutMs: values['request-timeout'],
    checkTimeoutMs: values['check-timeout'],
    samples: values.samples,
    warmup: values.warmup,
    minSamples: values['min-samples'],
  }
  const source = given[0] as 'checks' | 'checks-file' | 'url'
  if (source === 'url') {
    const doc = [
      {
        name: 'health',
        url: (values.url as URL).href,
        ...(values['expected-version'] ? { version: '$.version' } : {}),
      },
    ]
    return parseChecks(doc, 'url', defaults, issues)
  }
  if (source === 'checks') return parseChecks(values.checks, 'checks', defaults, issues)
  const file = values['checks-file'] as string
  const path = isAbsolute(file) ? file : resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), file)
  if (!existsSync(path)) {
    issues.add('checks-file', `must be a YAML or JSON file in the workspace; ${JSON.stringify(file)} does not exist`)
    return []
  }
  try {
    return parseChecks(parseStructured(readFileSync(path, 'utf8')), 'checks-file', defaults, issues)
  } catch (err) {
    issues.add('checks-file', `must hold YAML or JSON: ${err instanceof FormatError ? err.message : String(err)}`)
    return []
  }
}

function resultLine(r: CheckResult): string {
  const mark = r.passed ? '✓' : r.critical ? '✗' : '!'
  const statuses = Object.entries(r.statuses)
    .map(([s, n]) => (n > 1 ? `${s}×${n}` : s))
    .join(' ')
  const latency = r.latency
    ? r.latency.n > 1
      ? ` p50 ${formatDuration(r.latency.p50)} p95 ${formatDuration(r.latency.p95)}`
      : ` ${formatDuration(r.latency.p50)}`
    : ''
  const version = r.version?.served ? ` version ${r.version.served}` : ''
  const tail = r.passed ? '' : ` — ${r.reason ?? 'failed'}`
  return `${mark} ${r.name}: ${r.method} ${r.url} [${statuses || 'no request'}]${latency}${version}${tail}`
}

/** What the one-line result leaves out: every status seen, the latency distribution, each threshold. */
function checkDetails(r: CheckResult): string[] {
  const lines = [
    `${r.method} ${r.url}: ${r.attempts} attempt(s), ${r.warmup} warm-up request(s), ${r.samples} sample(s) (${r.failedSamples} failed)`,
  ]
  const statuses = Object.entries(r.statuses)
    .map(([s, n]) => `${s}×${n}`)
    .join(' ')
  if (statuses) lines.push(`statuses: ${statuses}`)
  if (r.latency) {
    const l = r.latency
    lines.push(
      `latency over ${l.n}: min ${formatDuration(l.min)}, p50 ${formatDuration(l.p50)}, ` +
        `p90 ${formatDuration(l.p90)}, p95 ${formatDuration(l.p95)}, p99 ${formatDuration(l.p99)}, max ${formatDuration(l.max)}, avg ${formatDuration(l.avg)}`,
    )
  }
  for (const t of r.thresholds) lines.push(`threshold ${t.threshold}: ${t.actual} ${t.passed ? 'met' : 'NOT met'}`)
  if (r.version) lines.push(`version: serves ${r.version.served ?? 'unknown'}, expected ${r.version.expected}`)
  if (r.reason) lines.push(`${r.passed ? 'note' : 'failed'}: ${r.reason}`)
  return lines
}

function writeReport(report: SmokeReport, requested: string | undefined): string {
  const file = requested
    ? resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), requested)
    : join(process.env.RUNNER_TEMP ?? tmpdir(), 'smoke-test-report.json')
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, `${JSON.stringify(report, null, 2)}\n`)
  return file
}

/**
 * The summary read at 2 a.m.: the outcome and what answered, by version, first; then the cause
 * with its figures and what to do; a table of five short columns (the rest in <details>).
 */
export function summaryMarkdown(report: SmokeReport): string {
  const checks = report.checks
  const failed = checks.filter((r) => !r.passed && !r.skipped)
  const notRun = checks.filter((r) => r.skipped)
  const hosts = [...new Set(checks.map((r) => hostOf(r.url)))]
  const where = hosts.length === 1 ? ` on ${hosts[0]}` : ''
  const served = [...new Set(checks.map((r) => r.version?.served).filter((v) => v !== undefined))]
  const version = served.length === 1 ? served[0] : undefined
  const first = failed.find((r) => r.critical) ?? failed[0]
  const lines: string[] = []
  if (report.passed && failed.length === 0) {
    lines.push(
      `### ✅ ${checks.length} of ${checks.length} checks passed${plainText(`${where}${version ? ` — ${version} answering` : ''}`)}`,
      '',
      `All answered as expected in ${formatDuration(report.durationMs)}.`,
    )
  } else {
    const what = first ? firstFailure(first, version) : ''
    const icon = report.passed ? '⚠️' : '❌'
    const notRunNote = notRun.length > 0 ? `, ${notRun.length} not run` : ''
    lines.push(
      `### ${icon} ${failed.length} of ${checks.length} checks failed${plainText(`${where}${notRunNote}${what ? ` — ${what}` : ''}`)}`,
      '',
    )
    if (first) lines.push(plainText(`${first.name}: ${first.reason ?? 'failed'}.`), '')
    if (notRun.length > 0)
      lines.push(
        plainText(`Not run (an earlier check decided the outcome): ${notRun.map((r) => r.name).join(', ')}.`),
        '',
      )
    lines.push(
      report.passed
        ? '**What now:** only non-critical checks failed, so the step passed; look into them before they hide a real failure.'
        : '**What now:** this version is not answering as expected: roll back (or fix and redeploy), then run the smoke test again. The full report is the `report` output.',
    )
  }
  const rows = checks.map((r) => [
    r.name,
    r.passed ? '✅ passed' : r.skipped ? '⏭️ not run' : r.critical ? '❌ failed' : '⚠️ failed',
    Object.entries(r.statuses)
      .map(([code, n]) => `${code}×${n}`)
      .join(' ') || '—',
    r.latency ? formatDuration(r.latency.p95) : '—',
    r.version
      ? `${r.version.served ?? '?'}${r.version.served === r.version.expected ? '' : ` (want ${r.version.expected})`}`
      : '—',
  ])
  const ms = (v: number | undefined) => (v === undefined ? '—' : formatDuration(v))
  const details = checks.map((r) => [
    r.name,
    `${r.method} ${r.url}`,
    `${r.attempts} / ${r.samples}`,
    r.latency ? `${ms(r.latency.p50)} / ${ms(r.latency.p95)}` : '—',
    r.reason ?? '',
  ])
  return [
    ...lines,
    '',
    markdownTable(['Check', 'Result', 'Statuses', 'p95', 'Version'], rows),
    '',
    '<details><summary>Each check: request, attempts, latency, reason</summary>',
    '',
    markdownTable(['Check', 'Request', 'Attempts / samples', 'p50 / p95', 'Reason'], details),
    '',
    '</details>',
    '',
  ].join('\n')
}

/** "v1.5.1 answered 500 on /api/orders", or the check's reason when no status tells it. */
function firstFailure(r: CheckResult, version: string | undefined): string {
  const path = pathOf(r.url)
  const bad = Object.keys(r.statuses).filter((code) => !/^[23]\d\d$/.test(code))
  const who = r.version?.served ?? version ?? 'the app'
  if (r.version && r.version.served !== r.version.expected)
    return `${r.version.served ?? 'no version'} is answering, ${r.version.expected} was expected`
  if (bad.length > 0)
    return bad.includes('error') ? `${path} did not answer` : `${who} answered ${bad.join('/')} on ${path}`
  return `${r.name} on ${path}`
}

function hostOf(url: string): string {
  try {
    return new URL(url).origin
  } catch {
    return url
  }
}

function pathOf(url: string): string {
  try {
    const u = new URL(url)
    return u.pathname + u.search
  } catch {
    return url
  }
}
