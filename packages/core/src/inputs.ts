import * as core from '@actions/core'
import { parse as parseYaml } from 'yaml'
import { InputIssues, oneLine } from './errors.ts'
import { DURATION_FORM, parseDuration } from './duration.ts'
import { maskSecret } from './secrets.ts'

/**
 * Typed action inputs. An action declares its inputs once (`actions/<name>/src/spec.ts`); the
 * names there must equal those in its action.yml (a metadata test checks it), and defaults live in
 * action.yml only, where the runner applies them.
 */

/** Thrown by a kind's parser: `detail` refines the accepted form ("must be at most 100"). */
export class FormatError extends Error {}

export interface InputKind<T> {
  /** The accepted form, as the error message and the docs state it: "a duration such as 90s". */
  readonly accepted: string
  /** Whether the raw value may be echoed back in an error message. */
  readonly echo: boolean
  parse(raw: string): T
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
export function readInputs<S extends InputSpec>(spec: S, issues: InputIssues): InputValues<S> {
  const values: Record<string, unknown> = {}
  for (const [name, def] of Object.entries(spec)) {
    const raw = core.getInput(name)
    if (raw === '') {
      if (def.required) issues.add(name, `is required: give ${def.kind.accepted}`)
      continue
    }
    try {
      values[name] = def.kind.parse(raw)
    } catch (err) {
      const detail = err instanceof FormatError && err.message ? ` (${err.message})` : ''
      const got = def.kind.echo ? `; got ${JSON.stringify(truncate(raw, 80))}` : ''
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

export const text = (): InputKind<string> => kind('text', (raw) => raw)

/** A secret: masked before anything else can print it, and never echoed in an error. */
export const secret = (): InputKind<string> =>
  kind(
    'a secret value',
    (raw) => {
      maskSecret(raw)
      return raw
    },
    false,
  )

export function duration(opts: { min?: number; max?: number } = {}): InputKind<number> {
  return kind(DURATION_FORM, (raw) => {
    const ms = parseDuration(raw)
    if (ms === undefined) throw new FormatError()
    if (opts.min !== undefined && ms < opts.min) throw new FormatError(`at least ${opts.min}ms`)
    if (opts.max !== undefined && ms > opts.max) throw new FormatError(`at most ${opts.max}ms`)
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

export function url(opts: { protocols?: readonly string[] } = {}): InputKind<URL> {
  const protocols = opts.protocols ?? ['http:', 'https:']
  const schemes = protocols.map((p) => p.replace(/:$/, '')).join(' or ')
  const example = protocols.includes('https:') ? 'https:' : protocols[0]
  return kind(`an absolute ${schemes} URL such as ${example}//app.example.com/health`, (raw) =>
    parseUrl(raw, protocols),
  )
}

/** Parses an absolute URL with one of `protocols`; throws FormatError otherwise. */
export function parseUrl(raw: string, protocols: readonly string[] = ['http:', 'https:']): URL {
  let u: URL
  try {
    u = new URL(raw.trim())
  } catch {
    throw new FormatError()
  }
  if (!protocols.includes(u.protocol)) throw new FormatError(`scheme ${u.protocol.replace(/:$/, '')} is not supported`)
  return u
}

/** A list separated by commas or newlines; blank items are dropped. */
export function list<T>(item: InputKind<T>, opts: { min?: number } = {}): InputKind<T[]> {
  return kind(`a comma- or newline-separated list of ${item.accepted}`, (raw) => {
    const parts = raw
      .split(/[\n,]/)
      .map((s) => s.trim())
      .filter((s) => s !== '')
    if (opts.min !== undefined && parts.length < opts.min) throw new FormatError(`at least ${opts.min} item(s)`)
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
export const structured = (): InputKind<unknown> => kind('YAML or JSON', (raw) => parseStructured(raw), false)

export function parseStructured(raw: string): unknown {
  try {
    return parseYaml(raw, { prettyErrors: true, uniqueKeys: true })
  } catch (err) {
    const msg = err instanceof Error ? (err.message.split('\n')[0] ?? '') : String(err)
    throw new FormatError(`not valid YAML or JSON: ${oneLine(msg)}`, { cause: err })
  }
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
