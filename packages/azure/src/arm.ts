import type { PipelinePolicy } from '@azure/core-rest-pipeline'
import type { AzureAuth } from './auth.ts'
import { explainAzure } from './explain.ts'
import { describeError, oneLine, parseRetryAfter, retry, type RetryDecision } from '@deploy-actions/core'

/**
 * Calling ARM. The SDK's own retries are off (it waits out any Retry-After, however long): every
 * call goes through `armRetry`, bounded in attempts and time, honouring Retry-After up to a cap,
 * and ending at once when its signal aborts — a rollback is never stuck behind a throttled call.
 */

export interface ArmCallOptions {
  /** What the call does, for the log ("set traffic"). */
  what: string
  signal?: AbortSignal
  /** No new attempt starts after this many ms from now. */
  budgetMs: number
  attempts?: number
  /** The longest Retry-After honoured; a longer one is cut to this (a rollback cannot wait 60 s). */
  maxRetryAfterMs?: number
  onRetry?: (line: string) => void
}

/** Statuses worth another attempt: throttling and the server's own trouble (501/505 never change). */
const RETRY_STATUSES = new Set([408, 429, 500, 502, 503, 504])
/**
 * A 409 that only says "not now": the resource is locked by another operation still running, and
 * the same request succeeds once it ends. Container Apps: ContainerAppLockConflict "… because
 * another modification is in progress. Please retry the operation." (microsoft/azure-container-apps#175);
 * App Service: Conflict (ExtendedCode 59203) "Cannot modify this site because another operation is
 * in progress". Any other 409 (a pending swap with preview, a name taken) is an answer, not retried.
 */
const LOCK_CONFLICT_CODES = new Set(['ContainerAppLockConflict'])
const LOCK_CONFLICT_MESSAGE = /another (operation|modification) is in progress/i
const RETRY_CODES = new Set([
  'ECONNRESET',
  'ECONNREFUSED',
  'ETIMEDOUT',
  'EPIPE',
  'ENOTFOUND',
  'EAI_AGAIN',
  'UND_ERR_SOCKET',
  'REQUEST_SEND_ERROR',
])

export async function armRetry<T>(fn: (signal: AbortSignal) => Promise<T>, opts: ArmCallOptions): Promise<T> {
  const budget = AbortSignal.timeout(opts.budgetMs)
  const signal = opts.signal ? AbortSignal.any([budget, opts.signal]) : budget
  const cap = opts.maxRetryAfterMs ?? 30_000
  try {
    return await retry(() => fn(signal), {
      attempts: opts.attempts ?? 8,
      baseDelayMs: 500,
      maxDelayMs: 8000,
      deadline: Date.now() + opts.budgetMs,
      signal,
      classify: (err) => {
        const d = classifyArmError(err)
        return d.retryAfterMs !== undefined ? { ...d, retryAfterMs: Math.min(d.retryAfterMs, cap) } : d
      },
      onRetry: ({ attempt, delayMs, error }) =>
        opts.onRetry?.(
          `${opts.what}: attempt ${attempt} failed (${describeArmError(error)}); retrying in ${Math.round(delayMs)}ms`,
        ),
    })
  } catch (err) {
    if (budget.aborted && !opts.signal?.aborted)
      throw new Error(
        `${opts.what} did not finish within ${Math.round(opts.budgetMs / 1000)}s: ${describeArmError(err)}`,
        { cause: err },
      )
    throw err
  }
}

interface RestErrorLike {
  statusCode?: number
  code?: string
  message: string
  response?: { headers: { get(name: string): string | undefined } }
}

function asRestError(err: unknown): RestErrorLike | undefined {
  return err instanceof Error && ('statusCode' in err || 'code' in err) ? (err as RestErrorLike) : undefined
}

export function classifyArmError(err: unknown): RetryDecision {
  const e = asRestError(err)
  if (!e) return { retry: false }
  if (e.statusCode !== undefined) {
    if (e.statusCode === 409) return { retry: isLockConflict(e) }
    if (!RETRY_STATUSES.has(e.statusCode)) return { retry: false }
    const headers = e.response?.headers
    const ms = headers?.get('retry-after-ms') ?? headers?.get('x-ms-retry-after-ms')
    const retryAfterMs =
      ms !== undefined && /^\d+$/.test(ms) ? Number(ms) : parseRetryAfter(headers?.get('retry-after'))
    return { retry: true, retryAfterMs }
  }
  return { retry: e.code !== undefined && RETRY_CODES.has(e.code) }
}

function isLockConflict(e: RestErrorLike): boolean {
  return (e.code !== undefined && LOCK_CONFLICT_CODES.has(e.code)) || LOCK_CONFLICT_MESSAGE.test(e.message)
}

/**
 * One line: the status, ARM's error code and message, no request dump; then, where the error
 * tells it, what to do about it (explain.ts: the role to assign, the input to check, the host).
 */
export function describeArmError(err: unknown): string {
  const explained = explainAzure(err)
  const e = asRestError(err)
  if (!e || (e.statusCode === undefined && e.code === undefined))
    return explained ? `${describeError(err)} — ${explained.advice}` : describeError(err)
  const status = e.statusCode !== undefined ? `HTTP ${e.statusCode}` : e.code
  const code = e.statusCode !== undefined && e.code && e.code !== String(e.statusCode) ? ` ${e.code}` : ''
  if (explained?.saysAll) return `${status}${code} — ${explained.advice}`
  const said = `${status}${code}: ${oneLine(e.message).slice(0, 300)}`
  return explained ? `${said} — ${explained.advice}` : said
}

/**
 * The pipeline policy every ARM client of ours adds: counts each request sent (attempts and polls,
 * for the timeline and the bench) and bounds it by `timeoutMs`, so a request that hangs ends and
 * the caller looks at the resource again instead.
 */
export function countAndBoundRequests(timeoutMs: number, count: () => void): ArmPolicy {
  return {
    position: 'perCall',
    policy: {
      name: 'countRequestsAndBoundThem',
      sendRequest: (req, next) => {
        count()
        if (!req.timeout || req.timeout > timeoutMs) req.timeout = timeoutMs
        return next(req)
      },
    },
  }
}

/** A pipeline policy and where it runs, as every client's additionalPolicies takes it. */
export interface ArmPolicy {
  position: 'perCall' | 'perRetry'
  policy: PipelinePolicy
}

/**
 * What every ARM client of ours is made with: the cloud's ARM endpoint, the SDK's own retries off
 * (armRetry decides), our user agent, and the client's policies. The token scope's key differs
 * between the modular API (`credentials`) and the classic clients (`credentialScopes`): the caller
 * adds it.
 */
export function armClientOptions(
  auth: AzureAuth,
  userAgent: string,
  additionalPolicies: ArmPolicy[],
): {
  endpoint: string
  retryOptions: { maxRetries: 0 }
  userAgentOptions: { userAgentPrefix: string }
  additionalPolicies: ArmPolicy[]
} {
  return {
    endpoint: auth.armEndpoint,
    retryOptions: { maxRetries: 0 },
    userAgentOptions: { userAgentPrefix: userAgent },
    additionalPolicies,
  }
}
