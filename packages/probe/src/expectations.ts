import { FormatError, formatDuration, redact, valueText } from '@deploy-actions/core'
import type { ProbeResponse } from './http.ts'
import { evaluateJsonPath, type JsonPath } from './jsonpath.ts'

/** Which statuses a check accepts: `200`, `[200, 204]`, `2xx`, `200-299`, `200,204,3xx`. */
export interface StatusMatcher {
  readonly text: string
  matches(status: number): boolean
}

export const STATUS_FORM = 'a status such as 200, 2xx, 200-299, or a list of those'

export function parseStatus(spec: unknown): StatusMatcher {
  const items = Array.isArray(spec) ? spec : typeof spec === 'string' ? spec.split(',') : [spec]
  if (items.length === 0) throw new FormatError()
  const ranges: Array<[number, number]> = items.map((raw: unknown) => {
    const t = String(raw).trim().toLowerCase()
    let m: RegExpExecArray | null
    if ((m = /^([1-5])xx$/.exec(t))) return [Number(m[1]) * 100, Number(m[1]) * 100 + 99]
    if ((m = /^(\d{3})-(\d{3})$/.exec(t)) && Number(m[1]) <= Number(m[2])) return [Number(m[1]), Number(m[2])]
    if (/^\d{3}$/.test(t) && Number(t) >= 100 && Number(t) <= 599) return [Number(t), Number(t)]
    throw new FormatError(`${JSON.stringify(raw)} is not a status`)
  })
  const text = items.map((i: unknown) => String(i).trim()).join(',')
  return { text, matches: (s) => ranges.some(([lo, hi]) => s >= lo && s <= hi) }
}

export type JsonExpectation =
  | { path: JsonPath; op: 'equals'; value: unknown }
  | { path: JsonPath; op: 'matches'; regex: RegExp }
  | { path: JsonPath; op: 'exists'; exists: boolean }
  | { path: JsonPath; op: 'one-of'; values: readonly unknown[] }

/** Where a version gate reads the version served: a JSON path in the body or a response header. */
export type VersionSource = { kind: 'json'; path: JsonPath } | { kind: 'header'; name: string }

export interface VersionGate {
  source: VersionSource
  expected: string
}

export interface Expectations {
  status: StatusMatcher
  json: readonly JsonExpectation[]
  contains: readonly string[]
  regex?: RegExp
  maxLatencyMs?: number
  version?: VersionGate
}

export interface Judgement {
  /** Empty when the response met every expectation. */
  failures: string[]
  /** The version served, when the check has a version gate and it could be read. */
  version?: string
  /** True when another attempt could pass (the service may still be starting or rolling out). */
  retryable: boolean
}

const RETRYABLE_STATUSES = new Set([408, 425, 429])

export function judge(res: ProbeResponse, exp: Expectations): Judgement {
  if (!res.ok) return { failures: [res.error], retryable: true }
  const failures: string[] = []
  let version: string | undefined
  if (res.redirectRefused) failures.push(res.redirectRefused)
  const statusOk = exp.status.matches(res.status)
  if (!statusOk) failures.push(`status ${res.status}, expected ${exp.status.text}${bodyHint(res.body)}`)

  let doc: unknown
  let parsed = false
  const needsJson = exp.json.length > 0 || exp.version?.source.kind === 'json'
  if (needsJson) {
    try {
      doc = JSON.parse(res.body)
      parsed = true
    } catch {
      failures.push(
        res.truncated ? 'body is larger than 1 MiB; JSON not read' : `body is not JSON${bodyHint(res.body)}`,
      )
    }
  }
  if (parsed) {
    for (const e of exp.json) {
      const problem = judgeJson(doc, e)
      if (problem) failures.push(problem)
    }
  }
  for (const text of exp.contains)
    if (!res.body.includes(text)) failures.push(`body does not contain ${JSON.stringify(text)}`)
  if (exp.regex && !exp.regex.test(res.body)) failures.push(`body does not match /${exp.regex.source}/`)
  if (exp.maxLatencyMs !== undefined && res.latencyMs > exp.maxLatencyMs) {
    failures.push(`took ${formatDuration(res.latencyMs)}, over max-latency ${formatDuration(exp.maxLatencyMs)}`)
  }
  if (exp.version) {
    const src = exp.version.source
    if (src.kind === 'header') {
      version = res.headers.get(src.name) ?? undefined
    } else if (parsed) {
      const v = evaluateJsonPath(doc, src.path)
      if (v.found && v.value !== null && typeof v.value !== 'object') version = valueText(v.value)
    }
    const where = src.kind === 'header' ? `header ${src.name}` : src.path.text
    if (version === undefined) failures.push(`version not found at ${where}`)
    else if (version !== exp.version.expected)
      failures.push(`serves version ${version}, expected ${exp.version.expected}`)
  }
  // A plain 4xx (other than 408/425/429) will not turn into a pass by asking again.
  const clientError = !statusOk && res.status >= 400 && res.status < 500 && !RETRYABLE_STATUSES.has(res.status)
  return { failures, version, retryable: !clientError }
}

function judgeJson(doc: unknown, e: JsonExpectation): string | undefined {
  const got = evaluateJsonPath(doc, e.path)
  const shown = got.found ? JSON.stringify(got.value) : 'missing'
  switch (e.op) {
    case 'exists':
      if (got.found !== e.exists)
        return `${e.path.text} is ${got.found ? 'present' : 'missing'}, expected ${e.exists ? 'present' : 'absent'}`
      return undefined
    case 'equals':
      if (!got.found || !sameValue(got.value, e.value))
        return `${e.path.text} is ${redact(shown)}, expected ${JSON.stringify(e.value)}`
      return undefined
    case 'matches':
      if (!got.found || !e.regex.test(scalarText(got.value)))
        return `${e.path.text} is ${redact(shown)}, expected to match /${e.regex.source}/`
      return undefined
    case 'one-of':
      if (!got.found || !e.values.some((v) => sameValue(got.value, v))) {
        return `${e.path.text} is ${redact(shown)}, expected one of ${JSON.stringify(e.values)}`
      }
      return undefined
  }
}

/**
 * Scalars compare by their text, since YAML turns `version: 2` into a number while the service
 * may answer "2"; objects and arrays compare deeply.
 */
function sameValue(a: unknown, b: unknown): boolean {
  const scalar = (v: unknown) => v === null || typeof v !== 'object'
  if (scalar(a) && scalar(b)) return valueText(a) === valueText(b)
  return JSON.stringify(a) === JSON.stringify(b)
}

function scalarText(v: unknown): string {
  return typeof v === 'string' ? v : JSON.stringify(v)
}

function bodyHint(body: string): string {
  const t = body.trim().replace(/\s+/g, ' ')
  if (!t) return ''
  return `; body: ${redact(t.length > 120 ? `${t.slice(0, 120)}…` : t)}`
}
