import { types } from 'node:util'

/**
 * Errors an action reports to its user. Every message is one line: the runner shows it as an
 * annotation, and a stack trace there only hides the sentence that matters.
 */

/** A bad input: names the input, what was wrong and the accepted form. */
export class InputError extends Error {
  readonly input: string

  /** `where` locates the problem inside a structured input, e.g. `check 2 "api"`. */
  constructor(input: string, problem: string, where?: string) {
    super(`Input '${input}'${where ? ` (${where})` : ''} ${problem}`)
    this.name = 'InputError'
    this.input = input
  }
}

/** Collects every input problem so that all of them are reported at once, before any side effect. */
export class InputIssues {
  readonly errors: InputError[] = []

  add(input: string, problem: string, where?: string): void {
    this.errors.push(new InputError(input, problem, where))
  }

  get count(): number {
    return this.errors.length
  }

  throwIfAny(): void {
    if (this.errors.length > 0) throw new InvalidInputs(this.errors)
  }
}

/** Thrown when inputs are invalid; carries one line per problem. */
export class InvalidInputs extends Error {
  readonly errors: readonly InputError[]

  constructor(errors: readonly InputError[]) {
    super(errors.map((e) => e.message).join('\n'))
    this.name = 'InvalidInputs'
    this.errors = errors
  }
}

/** A failure the action detected and explains itself (a failed check, a refused operation). */
export class ActionFailure extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ActionFailure'
  }
}

const NETWORK_CODES: Record<string, string> = {
  ENOTFOUND: 'DNS lookup failed',
  EAI_AGAIN: 'DNS lookup failed (temporary)',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset',
  EPIPE: 'connection closed while sending',
  ETIMEDOUT: 'connection timed out',
  EHOSTUNREACH: 'host unreachable',
  ENETUNREACH: 'network unreachable',
  UND_ERR_SOCKET: 'connection closed by the server',
  UND_ERR_CONNECT_TIMEOUT: 'connection timed out',
  UND_ERR_HEADERS_TIMEOUT: 'timed out waiting for response headers',
  UND_ERR_BODY_TIMEOUT: 'timed out reading the response body',
}

/**
 * One line describing any thrown value, reaching into `cause` where fetch (undici) hides the real
 * reason ("fetch failed" → "connection refused (ECONNREFUSED)").
 */
export function describeError(err: unknown): string {
  if (!isError(err)) return oneLine(String(err))
  if (err.name === 'TimeoutError') return 'timed out'
  if (err.name === 'AbortError') return 'aborted'
  const cause = err.cause
  if (isError(cause)) {
    const code = (cause as NodeJS.ErrnoException).code
    if (code && NETWORK_CODES[code]) return `${NETWORK_CODES[code]} (${code})`
    if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
      return `TLS error: ${oneLine(cause.message)} (${code})`
    if (err.message === 'fetch failed') return describeError(cause)
    return `${oneLine(err.message)}: ${describeError(cause)}`
  }
  // node:http's errors carry the code themselves (fetch's wrap it in a cause).
  const code = (err as NodeJS.ErrnoException).code
  if (code && NETWORK_CODES[code]) return `${NETWORK_CODES[code]} (${code})`
  if (code && /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY/.test(code))
    return `TLS error: ${oneLine(err.message)} (${code})`
  return oneLine(err.message)
}

/** An Error of any realm: Node's own errors fail `instanceof Error` inside a vm context (jest's). */
const isError = (value: unknown): value is Error => value instanceof Error || types.isNativeError(value)

export function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim()
}
