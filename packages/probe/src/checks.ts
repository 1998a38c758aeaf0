import {
  DURATION_FORM,
  formatDuration,
  MAX_DURATION_MS,
  MAX_LIST_ITEMS,
  FormatError,
  type InputIssues,
  maskSecret,
  parseDuration,
  valueText,
} from '@deploy-actions/core'
import {
  type Expectations,
  type JsonExpectation,
  parseStatus,
  STATUS_FORM,
  type VersionSource,
} from './expectations.ts'
import { JSON_PATH_FORM, parseJsonPath } from './jsonpath.ts'
import { isPercentile, parseThreshold, THRESHOLD_FORM, type Threshold } from './thresholds.ts'

/** One HTTP check, validated: everything a run needs, nothing left to interpret. */
export interface Check extends Expectations {
  name: string
  url: URL
  /** The URL as logs and reports show it: credentials and secret-looking query values masked. */
  displayUrl: string
  method: string
  headers: Record<string, string>
  body?: string
  samples: number
  warmup: number
  thresholds: Threshold[]
  requestTimeoutMs: number
  checkTimeoutMs: number
  critical: boolean
}

/** Values that checks inherit unless they set their own (the action's inputs). */
export interface CheckDefaults {
  baseUrl?: URL
  /** base-url was given but refused (reported on its own): a path is then not a second error. */
  baseUrlRefused?: boolean
  expectedVersion?: string
  requestTimeoutMs: number
  checkTimeoutMs: number
  samples: number
  warmup: number
  /** The fewest samples a percentile threshold is judged from. */
  minSamples: number
}

export const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const

const KEYS = [
  'name',
  'url',
  'method',
  'headers',
  'body',
  'status',
  'json',
  'contains',
  'regex',
  'max-latency',
  'version',
  'samples',
  'warmup',
  'thresholds',
  'request-timeout',
  'check-timeout',
  'critical',
] as const

const JSON_OPS = ['equals', 'matches', 'exists', 'one-of'] as const

/** Header values that are never secret; every other header value a check sends is masked. */
const PLAIN_HEADERS = new Set([
  'accept',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'content-type',
  'pragma',
  'user-agent',
  'x-requested-with',
  'origin',
  'referer',
])

/** Query parameters whose values look like credentials. */
const SECRET_QUERY = /token|key|secret|sig|signature|password|passwd|code|auth|session|credential/i

/**
 * Parses a check list (already loaded from YAML/JSON) given in `input`. Every problem is added to
 * `issues` with the check it belongs to; the checks returned are only meaningful when none was.
 */
export function parseChecks(doc: unknown, input: string, defaults: CheckDefaults, issues: InputIssues): Check[] {
  const list = isRecord(doc) && Object.keys(doc).length === 1 && Array.isArray(doc.checks) ? doc.checks : doc
  if (!Array.isArray(list)) {
    issues.add(input, 'must be a list of checks, each with at least a url (YAML or JSON)')
    return []
  }
  if (list.length === 0) {
    issues.add(input, 'has no checks: give at least one, e.g. - url: https://app.example.com/health')
    return []
  }
  if (list.length > MAX_LIST_ITEMS) {
    issues.add(input, `has ${list.length} checks: at most ${MAX_LIST_ITEMS}`)
    return []
  }
  const checks: Check[] = []
  const seen = new Map<string, number>()
  list.forEach((item: unknown, i) => {
    const check = parseCheck(item, i + 1, input, defaults, issues)
    // Names are compared even for checks with other problems, so every problem shows at once.
    const name = check?.name ?? (isRecord(item) && typeof item.name === 'string' ? item.name : undefined)
    const first = name === undefined ? undefined : seen.get(name)
    if (first !== undefined) {
      issues.add(
        input,
        `has the name ${JSON.stringify(name)} already used by check ${first}: names must be unique`,
        `check ${i + 1}`,
      )
    } else if (name !== undefined) {
      seen.set(name, i + 1)
    }
    if (check) checks.push(check)
  })
  return checks
}

function parseCheck(item: unknown, n: number, input: string, d: CheckDefaults, issues: InputIssues): Check | undefined {
  if (typeof item === 'string') item = { url: item }
  const label =
    isRecord(item) && typeof item.name === 'string' ? `check ${n} ${JSON.stringify(item.name)}` : `check ${n}`
  const before = issues.count
  const bad = (key: string, problem: string) => issues.add(input, `'${key}' ${problem}`, label)
  if (!isRecord(item)) {
    issues.add(input, 'must be a mapping with at least a url, or a URL string', label)
    return undefined
  }
  for (const key of Object.keys(item)) {
    if (!(KEYS as readonly string[]).includes(key)) {
      const hint = closest(key, KEYS)
      issues.add(
        input,
        `has the unknown key '${key}'${hint ? ` (did you mean '${hint}'?)` : ''}; known keys: ${KEYS.join(', ')}`,
        label,
      )
    }
  }

  const url = parseCheckUrl(item.url, d.baseUrl, (p) => bad('url', p), d.baseUrlRefused)
  const method = valueText(item.method ?? 'GET').toUpperCase()
  if (!(METHODS as readonly string[]).includes(method))
    bad('method', `must be one of ${METHODS.join(', ')}; got ${JSON.stringify(item.method)}`)

  const name = item.name === undefined ? (url ? `${method} ${url.pathname}` : `check ${n}`) : item.name
  if (typeof name !== 'string' || name.trim() === '') bad('name', 'must be a non-empty string')

  const headers: Record<string, string> = {}
  if (item.headers !== undefined) {
    if (!isRecord(item.headers)) bad('headers', 'must be a mapping of header name to value')
    else {
      for (const [k, v] of Object.entries(item.headers)) {
        if (!/^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/.test(k)) bad('headers', `has an invalid header name ${JSON.stringify(k)}`)
        else if (v === null || typeof v === 'object') bad('headers', `value of ${k} must be a string`)
        // fetch would refuse it only when the request is sent; the value is not quoted (it may be a secret).
        // eslint-disable-next-line no-control-regex
        else if (/[\u0000-\u0008\u000a-\u001f\u007f]/.test(valueText(v)))
          bad('headers', `value of ${k} holds a line break or control character: a header value is one line`)
        else {
          headers[k] = valueText(v)
          if (!PLAIN_HEADERS.has(k.toLowerCase())) maskSecret(headers[k])
        }
      }
    }
  }

  // Credentials in the URL mean HTTP Basic authentication, as with curl. fetch refuses such URLs,
  // so they travel as a header (masked like any other), unless the check sets its own.
  const hasAuthorization = Object.keys(headers).some((h) => h.toLowerCase() === 'authorization')
  if (url && (url.username || url.password) && !hasAuthorization) {
    const userinfo = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`
    headers.authorization = `Basic ${Buffer.from(userinfo).toString('base64')}`
    maskSecret(headers.authorization)
  }

  let body: string | undefined
  if (item.body !== undefined && item.body !== null) {
    if (typeof item.body === 'string') body = item.body
    else {
      body = JSON.stringify(item.body)
      if (!Object.keys(headers).some((h) => h.toLowerCase() === 'content-type'))
        headers['content-type'] = 'application/json'
    }
    if (method === 'GET' || method === 'HEAD') bad('body', `cannot be sent with ${method}; use POST, PUT or PATCH`)
  }

  let status = parseStatus('2xx')
  if (item.status !== undefined) {
    try {
      status = parseStatus(item.status)
    } catch (err) {
      bad('status', `must be ${STATUS_FORM}${detail(err)}`)
    }
  }

  const json = parseJsonExpectations(item.json, (p) => bad('json', p))
  const contains =
    item.contains === undefined
      ? []
      : Array.isArray(item.contains)
        ? item.contains.map(valueText)
        : [valueText(item.contains)]
  const regex = item.regex === undefined ? undefined : parseRegex(item.regex, (p) => bad('regex', p))
  const maxLatencyMs =
    item['max-latency'] === undefined ? undefined : durationOf(item['max-latency'], (p) => bad('max-latency', p))
  const version =
    item.version === undefined ? undefined : parseVersion(item.version, d.expectedVersion, (p) => bad('version', p))

  const samples = item.samples === undefined ? d.samples : countOf(item.samples, 1, 1000, (p) => bad('samples', p))
  const warmup = item.warmup === undefined ? d.warmup : countOf(item.warmup, 0, 100, (p) => bad('warmup', p))
  const thresholds = parseThresholds(item.thresholds, (p) => bad('thresholds', p))
  for (const t of thresholds) {
    if (isPercentile(t) && samples !== undefined && samples < d.minSamples) {
      bad(
        'thresholds',
        `${t.text} is judged from at least ${d.minSamples} samples (min-samples) but this check takes ${samples}: set samples to ${d.minSamples} or more`,
      )
    }
  }
  const requestTimeoutMs =
    item['request-timeout'] === undefined
      ? d.requestTimeoutMs
      : durationOf(item['request-timeout'], (p) => bad('request-timeout', p), 1)
  const checkTimeoutMs =
    item['check-timeout'] === undefined
      ? d.checkTimeoutMs
      : durationOf(item['check-timeout'], (p) => bad('check-timeout', p))
  const critical = item.critical === undefined ? true : item.critical
  if (typeof critical !== 'boolean') bad('critical', 'must be true or false')

  if (issues.count > before || !url || samples === undefined || warmup === undefined) return undefined
  return {
    name: valueText(name),
    url: withoutCredentials(url),
    displayUrl: displayUrl(url),
    method,
    headers,
    body,
    status,
    json,
    contains,
    regex,
    maxLatencyMs,
    version,
    samples,
    warmup,
    thresholds,
    requestTimeoutMs: requestTimeoutMs ?? d.requestTimeoutMs,
    checkTimeoutMs: checkTimeoutMs ?? d.checkTimeoutMs,
    critical: critical === true,
  }
}

function parseCheckUrl(
  raw: unknown,
  base: URL | undefined,
  bad: (p: string) => void,
  baseRefused = false,
): URL | undefined {
  if (typeof raw !== 'string' || raw.trim() === '') {
    bad('is required: an absolute http(s) URL, or a path such as /health with the base-url input')
    return undefined
  }
  const absolute = /^[a-z][a-z0-9+.-]*:/i.test(raw.trim())
  if (!absolute && !base) {
    if (baseRefused) return undefined
    bad(`${JSON.stringify(raw)} is relative: give an absolute http(s) URL or set the base-url input`)
    return undefined
  }
  let url: URL
  try {
    // A base's path is kept: base https://h/api + /health → https://h/api/health.
    url = absolute ? new URL(raw.trim()) : new URL(joinPath(base as URL, raw.trim()))
  } catch {
    bad(`must be an absolute http(s) URL such as https://app.example.com/health; got ${JSON.stringify(raw)}`)
    return undefined
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    bad(`must be an http or https URL; got scheme ${url.protocol.replace(/:$/, '')}`)
    return undefined
  }
  if (url.password) maskSecret(decodeURIComponent(url.password))
  for (const [k, v] of url.searchParams) if (SECRET_QUERY.test(k)) maskSecret(v)
  return url
}

function joinPath(base: URL, path: string): string {
  const b = new URL(base.href)
  const [p, q] = path.split('?', 2) as [string, string | undefined]
  b.pathname = `${b.pathname.replace(/\/+$/, '')}/${p.replace(/^\/+/, '')}`
  if (q !== undefined) b.search = q
  return b.href
}

function withoutCredentials(url: URL): URL {
  const u = new URL(url.href)
  u.username = ''
  u.password = ''
  return u
}

/** The URL without credentials and with secret-looking query values masked. */
export function displayUrl(url: URL): string {
  const u = new URL(url.href)
  if (u.username || u.password) {
    u.username = u.username ? '***' : ''
    u.password = ''
  }
  for (const k of [...u.searchParams.keys()]) if (SECRET_QUERY.test(k)) u.searchParams.set(k, '***')
  return u.href.replace(/%2A%2A%2A/g, '***')
}

function parseJsonExpectations(raw: unknown, bad: (p: string) => void): JsonExpectation[] {
  if (raw === undefined) return []
  if (!isRecord(raw)) {
    bad('must be a mapping of JSON path to expected value, e.g. $.status: healthy')
    return []
  }
  const out: JsonExpectation[] = []
  for (const [pathText, want] of Object.entries(raw)) {
    let path
    try {
      path = parseJsonPath(pathText)
    } catch (err) {
      bad(`key ${JSON.stringify(pathText)} must be ${JSON_PATH_FORM}${detail(err)}`)
      continue
    }
    if (!isRecord(want)) {
      out.push({ path, op: 'equals', value: want })
      continue
    }
    const ops = Object.keys(want)
    const op = ops[0]
    if (ops.length !== 1 || !(JSON_OPS as readonly string[]).includes(op as string)) {
      bad(`${pathText} must be a value or one of ${JSON_OPS.map((o) => `{${o}: …}`).join(', ')}`)
      continue
    }
    const arg = want[op as string]
    if (op === 'equals') out.push({ path, op, value: arg })
    else if (op === 'exists') {
      if (typeof arg !== 'boolean') bad(`${pathText}: exists must be true or false`)
      else out.push({ path, op, exists: arg })
    } else if (op === 'one-of') {
      if (!Array.isArray(arg) || arg.length === 0) bad(`${pathText}: one-of must be a non-empty list`)
      else out.push({ path, op, values: arg })
    } else {
      const regex = parseRegex(arg, (p) => bad(`${pathText}: matches ${p}`))
      if (regex) out.push({ path, op: 'matches', regex })
    }
  }
  return out
}

function parseVersion(
  raw: unknown,
  expectedDefault: string | undefined,
  bad: (p: string) => void,
): { source: VersionSource; expected: string } | undefined {
  // Shorthand: "$.version" or "header:x-app-version".
  const shorthand = typeof raw === 'string' ? raw.trim() : undefined
  const spec =
    shorthand !== undefined
      ? /^header:/i.test(shorthand)
        ? { header: shorthand.slice(7).trim() }
        : { path: shorthand }
      : isRecord(raw)
        ? raw
        : undefined
  if (!spec) {
    bad('must be a JSON path such as $.version, header:<name>, or {path|header, equals}')
    return undefined
  }
  for (const k of Object.keys(spec)) {
    if (!['path', 'header', 'equals'].includes(k)) bad(`has the unknown key '${k}'; known keys: path, header, equals`)
  }
  let source: VersionSource | undefined
  const header = typeof spec.header === 'string' && spec.header !== '' ? spec.header : undefined
  const pathText = typeof spec.path === 'string' ? spec.path : undefined
  if (header && pathText) bad('reads either a path or a header, not both')
  else if (header) source = { kind: 'header', name: header }
  else if (pathText) {
    try {
      source = { kind: 'json', path: parseJsonPath(pathText) }
    } catch (err) {
      bad(`path must be ${JSON_PATH_FORM}${detail(err)}`)
    }
  } else bad('needs a path (e.g. $.version) or a header to read the version from')
  const equals = spec.equals === undefined || spec.equals === null ? expectedDefault : valueText(spec.equals)
  if (equals === undefined || equals === '') {
    bad('needs the version to wait for: set equals, or the expected-version input')
    return undefined
  }
  return source ? { source, expected: equals } : undefined
}

function parseThresholds(raw: unknown, bad: (p: string) => void): Threshold[] {
  if (raw === undefined) return []
  const items = Array.isArray(raw)
    ? raw.map(valueText)
    : valueText(raw)
        .split(',')
        .filter((s) => s.trim() !== '')
  const out: Threshold[] = []
  for (const t of items) {
    try {
      out.push(parseThreshold(t))
    } catch (err) {
      bad(`${JSON.stringify(t)} must be ${THRESHOLD_FORM}${detail(err)}`)
    }
  }
  return out
}

function parseRegex(raw: unknown, bad: (p: string) => void): RegExp | undefined {
  if (typeof raw !== 'string') {
    bad('must be a regular expression written as a string')
    return undefined
  }
  try {
    return new RegExp(raw)
  } catch (err) {
    bad(`is not a valid regular expression: ${err instanceof Error ? err.message : String(err)}`)
    return undefined
  }
}

function durationOf(raw: unknown, bad: (p: string) => void, min = 0): number | undefined {
  const ms = typeof raw === 'number' ? undefined : parseDuration(String(raw))
  if (ms === undefined || ms < min || ms > MAX_DURATION_MS) {
    bad(
      `must be ${DURATION_FORM}${min > 0 ? ', above 0' : ''}, at most ${formatDuration(MAX_DURATION_MS)}; got ${JSON.stringify(raw)}`,
    )
    return undefined
  }
  return ms
}

function countOf(raw: unknown, min: number, max: number, bad: (p: string) => void): number | undefined {
  const n = typeof raw === 'number' ? raw : /^\d+$/.test(String(raw)) ? Number(raw) : NaN
  if (!Number.isInteger(n) || n < min || n > max) {
    bad(`must be a whole number from ${min} to ${max}; got ${JSON.stringify(raw)}`)
    return undefined
  }
  return n
}

function detail(err: unknown): string {
  return err instanceof FormatError && err.message ? ` (${err.message})` : ''
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return v !== null && typeof v === 'object' && !Array.isArray(v)
}

/** The known key nearest to a misspelt one, if it is close enough to be a typo. */
function closest(key: string, known: readonly string[]): string | undefined {
  let best: string | undefined
  let bestDist = 3
  for (const k of known) {
    const dist = editDistance(key.toLowerCase(), k)
    if (dist < bestDist) {
      best = k
      bestDist = dist
    }
  }
  return best
}

function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j)
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0] as number
    row[0] = i
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j] as number
      row[j] = Math.min((row[j] as number) + 1, (row[j - 1] as number) + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1))
      prev = tmp
    }
  }
  return row[b.length] as number
}
