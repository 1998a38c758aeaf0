import type { MetricSource } from './source.ts'
import { prometheus } from './prometheus.ts'

/** What a source may use at run time: the Azure sign-in the action already has, and who calls. */
export interface SourceContext {
  /** The action's Azure credential (an @azure/core-auth TokenCredential), when it signed in. */
  credential?: { getToken(scope: string): Promise<{ token: string } | null> }
  userAgent: string
}

/**
 * A kind of metric source as `metric-gates` names it: the keys its gates may carry besides the
 * frame's own (name, source, thresholds, min-requests, observe-only), its options parsed from
 * them (each problem said once, before any side effect), and the source made from them.
 */
export interface SourceKind<O> {
  keys: readonly string[]
  /** The accepted form of its keys, for the error line. */
  form: string
  parse(options: Record<string, unknown>, problem: (message: string) => void): O | undefined
  create(options: O, ctx: SourceContext): MetricSource
}

/** Every kind of source, by the name `source:` gives. A new kind is one import and one line here. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const SOURCE_KINDS: Record<string, SourceKind<any>> = {
  prometheus,
}
