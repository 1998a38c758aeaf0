import {
  boolean,
  duration,
  integer,
  list,
  oneOf,
  optional,
  required,
  structured,
  text,
  type InputKind,
  type InputValues,
  FormatError,
} from '@deploy-actions/core'
import { azureAuthInputs } from '@deploy-actions/azure'
import { parseThreshold, THRESHOLD_FORM, type Threshold } from '@deploy-actions/probe'
import { stagesInput } from './stages.ts'
import { canaryReplicasInput } from './capacity.ts'

export const MODES = ['rollout', 'promote', 'rollback', 'plan', 'watch'] as const
export type Mode = (typeof MODES)[number]

export const PLATFORMS = ['container-apps', 'app-service'] as const

/** The longest a split may be held: a week (a GitHub environment's reviewers may take up to 30 days; a split should not). */
export const HOLD_FOR_MAX_MS = 7 * 24 * 3_600_000

/** The longest validation window: GitHub's job limit (a window runs in a job). */
export const WATCH_MAX_MS = 6 * 3_600_000

export const INCONCLUSIVE_POLICIES = ['wait', 'fail', 'pass'] as const

/** A confidence level such as 95% or 99.5%: how sure a comparison must be before it fails a canary. */
const confidence = (): InputKind<number> => ({
  accepted: 'a confidence level from 50% to 99.99%, such as 95%',
  echo: true,
  parse(raw) {
    const m = /^(\d{1,2}(?:\.\d{1,2})?)%$/.exec(raw.trim())
    const pct = m ? Number(m[1]) : NaN
    if (!(pct >= 50 && pct <= 99.99)) throw new FormatError()
    return pct / 100
  },
})

const threshold = (): InputKind<Threshold> => ({ accepted: THRESHOLD_FORM, echo: true, parse: parseThreshold })

/**
 * The inputs of canary-rollout. Names equal those of canary-rollout/action.yml, where the defaults
 * live (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  mode: required(oneOf(MODES)),
  platform: required(oneOf(PLATFORMS)),
  slot: required(text()),
  'resource-group': required(text()),
  app: optional(text()),
  apps: optional(structured()),
  'image-tag': optional(text()),
  image: optional(text()),
  revision: optional(text()),
  'container-name': optional(text()),
  'revision-suffix': optional(text()),
  stages: required(stagesInput()),
  interval: required(duration({ min: 1000, max: 3_600_000 })),
  'failure-threshold': required(integer({ min: 1, max: 100 })),
  checks: required(structured()),
  'expected-version': optional(text()),
  thresholds: required(list(threshold())),
  'metric-gates': optional(structured()),
  'requests-per-interval': required(integer({ min: 1, max: 500 })),
  'min-samples': required(integer({ min: 1, max: 100_000 })),
  baseline: required(boolean()),
  confidence: required(confidence()),
  inconclusive: required(oneOf(INCONCLUSIVE_POLICIES)),
  'probe-main-url': required(boolean()),
  'request-timeout': required(duration({ min: 100, max: 120_000 })),
  'healthy-timeout': required(duration({ min: 1000, max: 3_600_000 })),
  'deactivate-on-rollback': required(boolean()),
  cleanup: required(boolean()),
  'lease-wait': required(duration({ max: 6 * 3_600_000 })),
  'canary-label': required(text()),
  'hold-for': required(duration({ min: 60_000, max: HOLD_FOR_MAX_MS })),
  'canary-replicas': optional(canaryReplicasInput()),
  'capacity-timeout': required(duration({ min: 1000, max: 3_600_000 })),
  watch: optional(duration({ min: 1000, max: WATCH_MAX_MS })),
  ...azureAuthInputs,
}

export const outputs = [
  'result',
  'stable-revision',
  'canary-revision',
  'previous-revision',
  'timeline',
  'reason',
  'held',
  'held-stage',
  'hold-deadline',
  'watch-result',
  'apps',
] as const

/** The inputs with the one Container App (or App Service app) a run or an app of `apps` is about. */
export type AppValues = InputValues<typeof inputs> & { app: string }
