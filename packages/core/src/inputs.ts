import * as core from '@actions/core'
import type * as Yaml from 'yaml'
import { InputIssues, oneLine } from './errors.ts'
import { DURATION_FORM, formatDuration, parseDuration } from './duration.ts'
import { maskSecret } from './secrets.ts'

/**
 * Typed action inputs. An action declares its inputs once (`actions/<name>/src/spec.ts`); the
 * names there must equal those in its action.yml (a metadata test checks it), and defaults live in
 * action.yml only, where the runner applies them.
 */

/**
 * Thrown by a kind's parser: `detail` refines the accepted form ("must be at most 100").
 * `hideInput` keeps the raw value out of the message even for a kind that echoes it (a URL that
 * turned out to hold a password).
 */
export class FormatError extends Error {
  readonly hideInput: boolean
  constructor(message?: string, options?: ErrorOptions & { hideInput?: boolean }) {
    super(message, options)
    this.hideInput = options?.hideInput ?? false
  }
}

export interface InputKind<T> {
  /** The accepted form, as the error message and the docs state it: "a duration such as 90s". */
  readonly accepted: string
  /** Whether the raw value may be echoed back in an error message. */
  readonly echo: boolean
  parse(raw: string): T
  /** What `parse` needs loaded first for this value, if anything (readInputs awaits it). */
  prepare?(raw: string): Promise<void> | undefined
}

export interface InputDef<T, Required extends boolean> {
  readonly kind: InputKind<T>
  readonly required: Required
}

export function required<T>(kind: InputKind<T>): InputDef<T, true> {
  return { kind, required: true }
}

export function optional<T>(kind: InputKind<T>): InputDef<T, false> {
  return { kind, required: false }
}

export type InputSpec = Record<string, InputDef<unknown, boolean>>

export type InputValues<S extends InputSpec> = {
  [K in keyof S]: S[K] extends InputDef<infer T, true>
    ? T
    : S[K] extends InputDef<infer T, false>
      ? T | undefined
      : never
}

/** Reads and parses every input of `spec`; each problem goes to `issues` (nothing throws here). */
export async function readInputs<S extends InputSpec>(spec: S, issues: InputIssues): Promise<InputValues<S>> {
  const values: Record<string, unknown> = {}
  for (const [name, def] of Object.entries(spec)) {
    const raw = core.getInput(name)
    if (raw === '') {
      if (def.required) issues.add(name, `is required: give ${def.kind.accepted}`)
      continue
    }
    await def.kind.prepare?.(raw)
    try {
      values[name] = def.kind.parse(raw)
    } catch (err) {
      const detail = err instanceof FormatError && err.message ? ` (${err.message})` : ''
      const hidden = err instanceof FormatError && err.hideInput
      const got = def.kind.echo && !hidden ? `; got ${JSON.stringify(truncate(raw, 80))}` : ''
      issues.add(name, `must be ${def.kind.accepted}${detail}${got}`)
    }
  }
  return values as InputValues<S>
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max)}…` : text
}

function kind<T>(accepted: string, parse: (raw: string) => T, echo = true): InputKind<T> {
  return { accepted, parse, echo }
}

/** Control characters but the tab: no input holds them, and one-line inputs not \n or \r either. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/
const LINE_BREAK = /[\r\n]/

/** Refuses what a value of this shape never holds: a line break (unless `multiline`), other controls. */
function checkLines(raw: string, multiline: boolean): void {
  if (!multiline && LINE_BREAK.test(raw)) throw new FormatError('it holds a line break')
  if (CONTROL.test(raw)) throw new FormatError('it holds a control character')
}

/**
 * Text: one line, unless the input is documented as taking several (`multiline`), as the runner
 * passes a YAML block scalar on as it is and a stray line break would reach a request or the log.
 */
export const text = (opts: { multiline?: boolean } = {}): InputKind<string> =>
  kind(opts.multiline ? 'text' : 'one line of text', (raw) => {
    checkLines(raw, opts.multiline ?? false)
    return raw
  })

/**
 * A secret: masked before anything else can print it, and never echoed in an error. One line
 * unless `multiline` (a token or a connection string with a line break is a paste error, which
 * would otherwise fail inside an HTTP client that quotes it).
 */
export const secret = (opts: { multiline?: boolean } = {}): InputKind<string> =>
  kind(
    'a secret value',
    (raw) => {
      maskSecret(raw)
      checkLines(raw, opts.multiline ?? false)
      return raw
    },
    false,
  )

/** The longest duration any input takes unless it says otherwise; Node's timers end at 2^31-1 ms. */
export const MAX_DURATION_MS = 24 * 3_600_000

export function duration(opts: { min?: number; max?: number } = {}): InputKind<number> {
  const max = Math.min(opts.max ?? MAX_DURATION_MS, 2 ** 31 - 1)
  return kind(DURATION_FORM, (raw) => {
    const ms = parseDuration(raw)
    if (ms === undefined) throw new FormatError()
    if (opts.min !== undefined && ms < opts.min) throw new FormatError(`at least ${formatDuration(opts.min)}`)
    if (ms > max) throw new FormatError(`at most ${formatDuration(max)}`)
    return ms
  })
}

export function integer(opts: { min?: number; max?: number } = {}): InputKind<number> {
  const range =
    opts.min !== undefined && opts.max !== undefined
      ? ` from ${opts.min} to ${opts.max}`
      : opts.min !== undefined
        ? ` of at least ${opts.min}`
        : opts.max !== undefined
          ? ` of at most ${opts.max}`
          : ''
  return kind(`a whole number${range}`, (raw) => {
    const t = raw.trim()
    if (!/^-?\d+$/.test(t)) throw new FormatError()
    const n = Number(t)
    if (!Number.isSafeInteger(n)) throw new FormatError('too large')
    if ((opts.min !== undefined && n < opts.min) || (opts.max !== undefined && n > opts.max)) throw new FormatError()
    return n
  })
}

export const percent = (): InputKind<number> =>
  kind('a percentage from 0 to 100 such as 5 or 5%', (raw) => {
    const m = /^(\d{1,3})%?$/.exec(raw.trim())
    const n = m ? Number(m[1]) : NaN
    if (!(n >= 0 && n <= 100)) throw new FormatError()
    return n
  })

/** Booleans as the runner's YAML 1.2 core schema writes them (what core.getBooleanInput accepts). */
export const boolean = (): InputKind<boolean> =>
  kind('true or false', (raw) => {
    const t = raw.trim()
    if (['true', 'True', 'TRUE'].includes(t)) return true
    if (['false', 'False', 'FALSE'].includes(t)) return false
    throw new FormatError()
  })

export function oneOf<const V extends string>(values: readonly V[]): InputKind<V> {
  return kind(`one of ${values.join(', ')}`, (raw) => {
    const t = raw.trim() as V
    if (!values.includes(t)) throw new FormatError()
    return t
  })
}

/**
 * An absolute URL. A user name or password in it is refused (it would be echoed, logged and sent
 * where it should not go), unless `credentials: 'secret'`: then the input is a secret URL whose
 * credentials are masked before anything can print them.
 */
export function url(opts: { protocols?: readonly string[]; credentials?: 'refuse' | 'secret' } = {}): InputKind<URL> {
  const protocols = opts.protocols ?? ['http:', 'https:']
  const schemes = protocols.map((p) => p.replace(/:$/, '')).join(' or ')
  const example = protocols.includes('https:') ? 'https:' : protocols[0]
  return kind(`an absolute ${schemes} URL such as ${example}//app.example.com/health`, (raw) =>
    parseUrl(raw, protocols, opts.credentials),
  )
}

/**
 * Parses an absolute URL with one of `protocols`; throws FormatError otherwise. The URL parser
 * silently drops tabs and line breaks, so they are refused first; credentials are masked, and
 * refused unless `credentials` is 'secret'.
 */
export function parseUrl(
  raw: string,
  protocols: readonly string[] = ['http:', 'https:'],
  credentials: 'refuse' | 'secret' = 'refuse',
): URL {
  const t = raw.trim()
  let u: URL
  try {
    u = new URL(t)
  } catch {
    throw new FormatError()
  }
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(t)) throw new FormatError('it holds white space or a line break')
  if (maskUrlCredentials(u) && credentials === 'refuse')
    throw new FormatError('it holds a user name or password: give credentials in their own secret input', {
      hideInput: true,
    })
  if (!protocols.includes(u.protocol)) throw new FormatError(`scheme ${u.protocol.replace(/:$/, '')} is not supported`)
  return u
}

/** Masks the credentials of `u` (or of the URL in `raw`); whether it had any. */
export function maskUrlCredentials(u: URL | string): boolean {
  let url: URL
  try {
    url = typeof u === 'string' ? new URL(u.trim()) : u
  } catch {
    return false
  }
  // The password; or the user name when it stands alone, as a token does (https://TOKEN@host).
  const secret = url.password || url.username
  if (secret !== '') {
    maskSecret(secret)
    maskSecret(safeDecode(secret))
  }
  return url.username !== '' || url.password !== ''
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text)
  } catch {
    return text
  }
}

/**
 * A URL path such as /health, sent to a host the action chose: never one that names a host of its
 * own (`//other-host/x`, or `/\other-host` which URL parsers read the same way), climbs with `.`
 * or `..` segments, or holds white space or a fragment.
 */
export const urlPath = (): InputKind<string> =>
  kind('a path such as /health', (raw) => {
    const t = raw.trim()
    if (!/^\/[^\s#]*$/.test(t)) throw new FormatError()
    if (/^\/[/\\]/.test(t) || t.includes('\\'))
      throw new FormatError('a path starting with // or holding \\ names another host')
    if (hasDotSegment(t.split('?')[0] ?? '')) throw new FormatError('. and .. segments are not accepted')
    return t
  })

/** Whether a `/`-separated path has a `.` or `..` segment, percent-encoded ones included. */
export function hasDotSegment(path: string): boolean {
  return path.split(/[/\\]/).some((seg) => /^(?:\.|%2e){1,2}$/i.test(seg))
}

/** The most items a list input takes unless it says otherwise. */
export const MAX_LIST_ITEMS = 100

/** A list separated by commas or newlines; blank items are dropped. */
export function list<T>(item: InputKind<T>, opts: { min?: number; max?: number } = {}): InputKind<T[]> {
  const max = opts.max ?? MAX_LIST_ITEMS
  return kind(`a comma- or newline-separated list of ${item.accepted}`, (raw) => {
    const parts = raw
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
    if (opts.min !== undefined && parts.length < opts.min) throw new FormatError(`at least ${opts.min} item(s)`)
    if (parts.length > max) throw new FormatError(`at most ${max} items, got ${parts.length}`)
    return parts.map((p) => {
      try {
        return item.parse(p)
      } catch (err) {
        const why = err instanceof FormatError && err.message ? `: ${err.message}` : ''
        throw new FormatError(`item ${JSON.stringify(p)} is not ${item.accepted}${why}`, { cause: err })
      }
    })
  })
}

/** A YAML or JSON document (JSON is YAML); the parse error names the line. */
export const structured = (): InputKind<unknown> => ({
  ...kind('YAML or JSON', (raw) => parseStructured(raw), false),
  prepare: (raw) => (parseJson(raw) ? undefined : loadYaml()),
})

let yaml: typeof Yaml | undefined

/**
 * Loads the YAML parser, which parseStructured needs for anything but plain JSON. It is most of a
 * small bundle (300 kB of smoke-test's 430 kB), so a bundle loads it on demand: readInputs does
 * for a YAML-or-JSON input, and an action that reads a YAML file calls this first.
 */
export async function loadYaml(): Promise<void> {
  yaml ??= await import('yaml')
}

export function parseStructured(raw: string): unknown {
  const json = parseJson(raw)
  if (json) return json.value
  if (!yaml) throw new Error('parseStructured: the YAML parser is not loaded; await loadYaml() first')
  try {
    return yaml.parse(raw, { prettyErrors: true, uniqueKeys: true })
  } catch (err) {
    const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)
    throw new FormatError(`not valid YAML or JSON: ${oneLine(msg)}`, { cause: err })
  }
}

/**
 * A JSON object or array as YAML reads it, or undefined when `raw` is not one. JSON.parse keeps
 * the last of a repeated key where YAML (uniqueKeys) refuses the document, so such a text is
 * left to YAML to say so.
 */
function parseJson(raw: string): { value: unknown } | undefined {
  const text = raw.trim()
  if (!text.startsWith('{') && !text.startsWith('[')) return undefined
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    return undefined
  }
  return hasRepeatedKey(text) ? undefined : { value }
}

/** Whether an object in `json` (valid JSON) names a key twice. */
function hasRepeatedKey(json: string): boolean {
  const open: (Set<string> | undefined)[] = []
  for (let i = 0; i < json.length; i++) {
    const c = json[i]
    if (c === '{') open.push(new Set())
    else if (c === '[') open.push(undefined)
    else if (c === '}' || c === ']') open.pop()
    else if (c === '"') {
      let end = i + 1
      while (json[end] !== '"') end += json[end] === '\\' ? 2 : 1
      const keys = open.at(-1)
      let next = end + 1
      while (json[next] === ' ' || json[next] === '\t' || json[next] === '\n' || json[next] === '\r') next++
      if (keys && json[next] === ':') {
        const key = JSON.parse(json.slice(i, end + 1)) as string
        if (keys.has(key)) return true
        keys.add(key)
      }
      i = end
    }
  }
  return false
}

/**
 * The text of a YAML or JSON value as a person wrote it: strings as they are, numbers and booleans
 * in their usual form (YAML reads `version: 2` as a number), anything else as JSON.
 */
export function valueText(v: unknown): string {
  if (typeof v === 'string') return v
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint') return v.toString()
  return JSON.stringify(v) ?? 'undefined'
}
