/**
 * What a metric gate reads: a source (Azure Monitor platform metrics, Prometheus, Application
 * Insights) answers, for one build (a Container Apps revision, an App Service slot) and one window
 * of time, the requests the platform saw it serve. The canary's judge compares the canary's figures
 * with stable's over the same window, with the statistics the probes use; a source only counts.
 */
import type { AzureAuth } from '@deploy-actions/azure/auth'

/** The input the gates are given in: every problem of a gate is said as this input's. */
export const METRIC_GATES_INPUT = 'metric-gates'

/**
 * What a source may use at run time: the Azure sign-in the action already has, the app it deploys
 * (a Container App, whose builds are revisions, or an App Service app, whose builds are slots), and
 * who calls.
 */
export interface SourceContext {
  auth: AzureAuth
  app: {
    kind: 'container-app' | 'app-service'
    /** The app's ARM ID (an App Service slot is `<id>/slots/<slot>`). */
    id: string
  }
  /** The action's user agent, e.g. deploy-actions/canary-rollout. */
  userAgent: string
  /** Called at every request a source sends (attempts included), for the timeline and the bench. */
  onRequest?: () => void
}

/** A window of time a gate judges, [start, end): both sides are read over the same one. */
export interface MetricWindow {
  start: Date
  end: Date
}

/** One build's figures over a window, as the source counted them. */
export interface MetricFigures {
  /** Requests the build answered in the window. */
  requests: number
  /** Of those, the ones counted as failed (5xx, or the source's own definition, which `describe` says). */
  errors: number
  /** Latency figures in milliseconds, where the source has them for the window. */
  p95Ms?: number
  p99Ms?: number
  avgMs?: number
  /**
   * A latency histogram when the source keeps one (Prometheus buckets): cumulative counts by upper
   * bound in ms, the last bound Infinity, so two builds can be compared by rank, not by one quantile.
   */
  buckets?: Array<{ leMs: number; count: number }>
  /**
   * The part of the window these figures cover, when the source reads less than it was asked (Azure
   * Monitor reads whole minutes); empty when nothing of the window can be read yet.
   */
  window?: MetricWindow
}

export interface MetricSource {
  /** The source's kind as the input names it: azure-monitor, prometheus, app-insights. */
  readonly kind: string
  /** For the log and the summary: what is read, where ("Prometheus at https://prom:9090, 5xx ratio and p95"). */
  readonly description: string
  /**
   * How late the source's figures arrive: a window is judged only once it ended this long ago, so
   * an empty window is never taken for a quiet build.
   */
  readonly ingestionDelayMs: number
  /**
   * Runs the source's queries once (for the stable build, over a recent window) before any traffic
   * moves. A wrong query, an unknown resource, a missing role: throws an error whose one line names
   * the input and what to fix.
   */
  verify(stable: string, signal: AbortSignal): Promise<void>
  /** One build's figures over the window. */
  read(build: string, window: MetricWindow, signal: AbortSignal): Promise<MetricFigures>
}
