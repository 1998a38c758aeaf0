/**
 * What the two Azure sources (azure-monitor.ts, app-insights.ts) share: the context the action hands
 * them (its sign-in and the app it deploys), the reading of the options every Azure gate has, and the
 * one-line errors that name the gate input and what to fix.
 */
import { PRODUCTION } from '@deploy-actions/azure/app-service'
import { METRIC_GATES_INPUT, type SourceContext } from './source.ts'
import { DURATION_FORM, InputError, type InputIssues, parseDuration } from '@deploy-actions/core'

/** The app whose builds a gate reads: a Container App (builds are revisions) or a site (builds are slots). */
export type AzureApp = SourceContext['app']

/** The ARM ID a build's figures are kept under: the app itself, or a slot (its own resource). */
export function buildResourceId(app: AzureApp, build: string): string {
  if (app.kind === 'container-app' || build === PRODUCTION) return app.id
  return `${app.id}/slots/${build}`
}

/** Reads `key` as a duration within [0, maxMs]; the default when absent. */
export function readDelay(
  entry: Record<string, unknown>,
  key: string,
  fallbackMs: number,
  issues: InputIssues,
  where: string,
): number {
  const raw = entry[key]
  if (raw === undefined || raw === null) return fallbackMs
  const ms = typeof raw === 'string' ? parseDuration(raw) : undefined
  if (ms === undefined || ms > 3_600_000) {
    issues.add(METRIC_GATES_INPUT, `${key} must be ${DURATION_FORM}, at most 1h`, where)
    return fallbackMs
  }
  return ms
}

/** Reads `key` as a string matching `form`; the default when absent. */
export function readName(
  entry: Record<string, unknown>,
  key: string,
  fallback: string,
  form: { pattern: RegExp; says: string },
  issues: InputIssues,
  where: string,
): string {
  const raw = entry[key]
  if (raw === undefined || raw === null) return fallback
  if (typeof raw !== 'string' || !form.pattern.test(raw)) {
    issues.add(METRIC_GATES_INPUT, `${key} must be ${form.says}`, where)
    return fallback
  }
  return raw
}

/** An error that names the gate input, the gate and what to do, in one line. */
export function gateError(where: string, problem: string, cause?: unknown): InputError {
  const err = new InputError(METRIC_GATES_INPUT, problem, where)
  if (cause !== undefined) err.cause = cause
  return err
}

/** A status code and message of an SDK error (RestError), without its request dump. */
export function restFailure(err: unknown): { status?: number; code?: string; message: string } | undefined {
  if (!(err instanceof Error) || !('statusCode' in err)) return undefined
  const e = err as Error & { statusCode?: number; code?: string }
  return { status: e.statusCode, code: e.code, message: e.message.replace(/\s+/g, ' ').trim().slice(0, 400) }
}
