/**
 * Expressions as GitHub evaluates them, with GitHub's own @actions/expressions (lexer, parser,
 * evaluator, the built-in functions, case-insensitive contexts) and the runner's status functions
 * (success, failure, always, cancelled), which the library leaves to the host. Template tokens from
 * @actions/workflow-parser (`with:`, `env:`, `outputs:` values; `${{ }}` inside text is already a
 * `format()` expression there) are turned into plain values here.
 */
import { data, Evaluator, Lexer, Parser } from '@actions/expressions'
import type { FunctionDefinition } from '@actions/expressions/funcs/info'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import {
  isBasicExpression,
  isBoolean,
  isMapping,
  isNumber,
  isSequence,
  isString,
} from '@actions/workflow-parser/templates/tokens/type-guards'

/** A plain JSON value, as contexts hold them. */
export type Value = string | number | boolean | null | Value[] | { [key: string]: Value }

/** What status functions read: the job's status so far, and whether the run was cancelled. */
export interface Status {
  /**
   * A step's `if`: the job's status so far. A job's `if`: its needs' — 'skipped' when one of them
   * was skipped (then neither success() nor failure() holds).
   */
  status: 'success' | 'failure' | 'cancelled' | 'skipped'
}

export type Contexts = Record<string, Value | undefined>

/** Thrown for an expression that does not parse or uses what this runner does not provide. */
export class ExpressionFailure extends Error {}

const STATUS_FUNCTIONS = ['success', 'failure', 'always', 'cancelled'] as const

function statusFunctions(status: Status): Map<string, FunctionDefinition> {
  const fn = (name: string, value: () => boolean): [string, FunctionDefinition] => [
    name,
    { name, minArgs: 0, maxArgs: 0, call: () => new data.BooleanData(value()) },
  ]
  return new Map([
    fn('success', () => status.status === 'success'),
    fn('failure', () => status.status === 'failure'),
    fn('always', () => true),
    fn('cancelled', () => status.status === 'cancelled'),
  ])
}

/** Converts a plain value to the library's data (dictionaries are case-insensitive, as on GitHub). */
export function toData(value: Value | undefined): data.ExpressionData {
  return JSON.parse(JSON.stringify(value ?? null), data.reviver) as data.ExpressionData
}

/** Converts the library's data back to a plain value. */
export function fromData(value: data.ExpressionData): Value {
  return JSON.parse(JSON.stringify(value, data.replacer)) as Value
}

/** Evaluates one expression (without `${{ }}`) against `contexts`. */
export function evaluate(expression: string, contexts: Contexts, status: Status = { status: 'success' }): Value {
  const names = Object.keys(contexts)
  let tree
  try {
    const { tokens } = new Lexer(expression).lex()
    tree = new Parser(
      tokens,
      names,
      STATUS_FUNCTIONS.map((name) => ({ name, minArgs: 0, maxArgs: 0 })),
    ).parse()
  } catch (err) {
    throw new ExpressionFailure(`the expression \`${expression}\` does not parse: ${(err as Error).message}`)
  }
  const dict = new data.Dictionary()
  for (const name of names) dict.add(name, toData(contexts[name]))
  try {
    return fromData(new Evaluator(tree, dict, statusFunctions(status)).evaluate())
  } catch (err) {
    throw new ExpressionFailure(`the expression \`${expression}\` failed: ${(err as Error).message}`)
  }
}

/** JavaScript's idea of truth is not GitHub's: '' , 0, null, false are falsy; everything else truthy. */
export function truthy(value: Value): boolean {
  return !(value === '' || value === 0 || value === null || value === false || Number.isNaN(value))
}

/** Evaluates a template token (a literal, an expression, a mapping or a sequence of them). */
export function evaluateToken(token: TemplateToken, contexts: Contexts, status?: Status): Value {
  if (isBasicExpression(token)) return evaluate(token.expression, contexts, status)
  if (isString(token)) return token.value
  if (isBoolean(token)) return token.value
  if (isNumber(token)) return token.value
  if (isSequence(token)) {
    const out: Value[] = []
    for (let i = 0; i < token.count; i++) out.push(evaluateToken(token.get(i), contexts, status))
    return out
  }
  if (isMapping(token)) {
    const out: Record<string, Value> = {}
    for (const { key, value } of token)
      out[asText(evaluateToken(key, contexts, status))] = evaluateToken(value, contexts, status)
    return out
  }
  if (token.isExpression) throw new ExpressionFailure(`${token.typeName()} (\${{ insert }}) is not supported`)
  return null
}

/**
 * A value as the runner hands it to a step (an input, an env variable, an output): text; booleans
 * and numbers as written; objects and arrays as JSON; null as ''.
 */
export function asText(value: Value): string {
  if (value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** A mapping token's values as text (`env:`, `with:`, `outputs:`), evaluated in order. */
export function evaluateMapping(
  token: TemplateToken | undefined,
  contexts: Contexts,
  status?: Status,
): Record<string, string> {
  if (!token) return {}
  const value = evaluateToken(token, contexts, status)
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new ExpressionFailure(`expected a mapping, got ${asText(value)}`)
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, asText(v)]))
}
