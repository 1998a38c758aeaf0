/**
 * What deploy-actions adds on top of @actions/github, for every action that talks to GitHub
 * (deployment-record, release-gate): @actions/github gives the run's context and its Octokit (REST
 * methods, pagination, GITHUB_API_URL for GitHub Enterprise Server and the tests' stand-in, the
 * runner's proxy settings); here the token is masked, every request gets a timeout and an
 * AbortSignal, and bounded retries for what waiting can fix (5xx, 429, secondary rate limits,
 * network errors) that honour Retry-After.
 */
import { context, getOctokit } from '@actions/github'
import { RequestError } from '@octokit/request-error'
import { mayHaveActed } from './once.ts'
import {
  describeError,
  type InputIssues,
  maskSecret,
  parseRetryAfter,
  retry,
  type RetryDecision,
  log,
} from '@deploy-actions/core'

// RequestError is what @actions/github's Octokit throws (one copy in the lockfile): `instanceof` holds.
export { context, RequestError }
export { createOnce, mayHaveActed } from './once.ts'

export type GitHub = ReturnType<typeof getOctokit>

export interface ClientOptions {
  token: string
  /** Defaults to GITHUB_API_URL, then https://api.github.com. */
  baseUrl?: string
  /** Per request, each attempt. */
  timeoutMs?: number
  /** Attempts per request, the first included. */
  attempts?: number
  /** Ends every request at once (a cancelled run). */
  signal?: AbortSignal
  onRetry?: (message: string) => void
}

/** GITHUB_API_URL (GitHub Enterprise Server, the tests' stand-in), else https://api.github.com. */
export function apiUrl(): string {
  return (process.env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, '')
}

export function createClient(opts: ClientOptions): GitHub {
  maskSecret(opts.token)
  const timeoutMs = opts.timeoutMs ?? 30_000
  const attempts = opts.attempts ?? 4
  // No `request` option here: it would replace the proxy-aware fetch @actions/github sets up.
  const octokit = getOctokit(opts.token, {
    baseUrl: opts.baseUrl?.replace(/\/+$/, '') ?? apiUrl(),
    userAgent: 'deploy-actions',
    log: { debug: () => {}, info: () => {}, warn: (m: string) => log.debug(m), error: (m: string) => log.debug(m) },
  })
  octokit.hook.wrap('request', async (request, options) => {
    const route = `${options.method} ${options.url}`
    return retry(
      async () => {
        const signals = [AbortSignal.timeout(timeoutMs)]
        if (opts.signal) signals.push(opts.signal)
        return request({ ...options, request: { ...options.request, signal: AbortSignal.any(signals) } })
      },
      {
        attempts,
        baseDelayMs: 500,
        maxDelayMs: 8000,
        signal: opts.signal,
        // A POST whose answer was lost may have created something: sending it again could create
        // a second one, so it is not retried here; the caller reads back first (createOnce).
        classify: (err) =>
          options.method === 'POST' && mayHaveActed(err) ? { retry: false } : classifyGitHubError(err),
        onRetry: ({ attempt, delayMs, error }) =>
          opts.onRetry?.(
            `GitHub ${route}: ${describeGitHubError(error)}; attempt ${attempt + 1} of ${attempts} in ${Math.round(delayMs)}ms`,
          ),
      },
    )
  })
  return octokit
}

/** Whether waiting may help: server errors, 429, secondary rate limits, network failures. */
export function classifyGitHubError(err: unknown): RetryDecision {
  if (err instanceof RequestError) {
    const headers = (err.response?.headers ?? {}) as Record<string, string | undefined>
    const retryAfterMs = parseRetryAfter(headers['retry-after'])
    if (err.status >= 500 || err.status === 429) return { retry: true, retryAfterMs }
    if (err.status === 403 && (retryAfterMs !== undefined || headers['x-ratelimit-remaining'] === '0')) {
      const reset = Number(headers['x-ratelimit-reset'])
      const untilReset = retryAfterMs ?? (Number.isFinite(reset) ? Math.max(0, reset * 1000 - Date.now()) : undefined)
      return { retry: true, retryAfterMs: untilReset }
    }
    // Octokit turns a failed fetch into status 500 with the cause attached; handled above.
    return { retry: false }
  }
  if (err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError'))
    return { retry: err.name === 'TimeoutError' }
  return { retry: true }
}

/** One line naming the route, the status and GitHub's message (and its validation errors). */
export function describeGitHubError(err: unknown): string {
  if (!(err instanceof RequestError)) return describeError(err)
  const data = err.response?.data as { message?: string; errors?: unknown[] } | undefined
  const route = `${err.request.method} ${safeDecode(new URL(err.request.url).pathname)}`
  if (!err.response) return `${route} failed: ${describeError(err.cause ?? err)}`
  const details = (data?.errors ?? [])
    .map((e) =>
      typeof e === 'string'
        ? e
        : typeof e === 'object' && e !== null
          ? ((e as { message?: string }).message ?? JSON.stringify(e))
          : String(e),
    )
    .join('; ')
  const needs =
    err.status === 403 && /Resource not accessible by integration/.test(data?.message ?? '')
      ? missingPermission(err.request.method, new URL(err.request.url).pathname)
      : undefined
  return `${route} answered ${err.status}: ${data?.message ?? err.message.split(' - ')[0]}${details ? ` (${details})` : ''}${
    needs ? `: the job's GITHUB_TOKEN needs '${needs}' (add it under the job's permissions)` : ''
  }`
}

/**
 * The permission a GitHub App installation token (a GITHUB_TOKEN) needs for a call, as GitHub's REST
 * reference lists it per endpoint; GitHub's 403 "Resource not accessible by integration" does not
 * say which, so the error names it. A GET needs read, anything else write.
 */
export function missingPermission(method: string, path: string): string | undefined {
  const scopes: Array<[RegExp, string]> = [
    [/\/deployments(\/|$)/, 'deployments'],
    [/\/check-runs(\/|$)|\/check-suites(\/|$)/, 'checks'],
    [/\/commits\/[^/]+\/status$|\/statuses\//, 'statuses'],
    [/\/git\/|\/contents\/|\/releases(\/|$)|\/tags$/, 'contents'],
  ]
  const scope = scopes.find(([pattern]) => pattern.test(path))?.[1]
  return scope ? `${scope}: ${method.toUpperCase() === 'GET' ? 'read' : 'write'}` : undefined
}

function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path)
  } catch {
    return path
  }
}

export interface Repo {
  owner: string
  repo: string
}

/** owner/repo from a `repository` input or GITHUB_REPOSITORY. */
export function parseRepo(text: string | undefined): Repo | undefined {
  const m = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+)$/.exec((text ?? '').trim())
  return m ? { owner: m[1] as string, repo: m[2] as string } : undefined
}

/** The run's repository as owner/name (GITHUB_REPOSITORY, else the event payload's), if known. */
function runRepository(): string | undefined {
  try {
    const { owner, repo } = context.repo
    // context.repo splits GITHUB_REPOSITORY at '/': a value without one leaves `repo` undefined.
    return owner && repo ? `${owner}/${repo}` : process.env.GITHUB_REPOSITORY
  } catch {
    return undefined // neither GITHUB_REPOSITORY nor a payload with a repository
  }
}

/**
 * The repository and the full commit SHA an action works on: its `repository` and `sha` inputs,
 * or the run's own (context.repo, context.sha). Problems go to `issues`, named by input.
 */
export function commitTarget(
  values: { repository?: string; sha?: string },
  issues: InputIssues,
): { repo: Repo | undefined; sha: string } {
  const repo = parseRepo(values.repository ?? runRepository())
  if (!repo) {
    const env = process.env.GITHUB_REPOSITORY
    issues.add(
      'repository',
      values.repository !== undefined
        ? `must be owner/name; got ${JSON.stringify(values.repository.slice(0, 80))}`
        : env
          ? `must be given as owner/name: GITHUB_REPOSITORY is ${JSON.stringify(env.slice(0, 80))}, not owner/name`
          : 'must be owner/name (GITHUB_REPOSITORY is not set either)',
    )
  }
  const sha = (values.sha ?? context.sha ?? '').trim().toLowerCase()
  if (!/^[0-9a-f]{40}$/.test(sha))
    issues.add(
      'sha',
      `must be a full 40-character commit SHA${values.sha ? `; got ${JSON.stringify(values.sha.slice(0, 60))}` : ' (GITHUB_SHA is not set)'}`,
    )
  return { repo, sha }
}

export { runUrl } from './run.ts'
