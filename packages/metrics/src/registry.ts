import type { AzureAuth } from '@deploy-actions/azure/auth'
import type { InputIssues } from '@deploy-actions/core'
import type { MetricSource } from './source.ts'
import { prometheus } from './prometheus.ts'

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
    /** The app's ARM ID (an App Service slot is `<id>/slots/<slot>`). */ id: string
  }
  userAgent: string
  /** Called at every request a source sends (attempts included), for the timeline and the bench. */
  onRequest?: () => void
}

/**
 * A kind of metric source as `metric-gates` names it: the keys its gates may carry besides the
 * frame's own (name, source, thresholds, min-requests, observe-only), its options read from the
 * gate's entry (each problem added to `issues` as the metric-gates input's, at `where`, before any
 * side effect), and the source made from them.
 */
export interface SourceKind<O> {
  keys: readonly string[]
  /** The accepted form of its keys, for the unknown-key error. */
  form: string
  parse(entry: Record<string, unknown>, issues: InputIssues, where: string): O | undefined
  create(options: O, ctx: SourceContext): MetricSource
}

/** Every kind of source, by the name `source:` gives. A new kind is one import and one entry here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SOURCE_KINDS: Record<string, SourceKind<any>> = {
  prometheus,
}
