import {
  duration,
  integer,
  list,
  oneOf,
  optional,
  required,
  structured,
  text,
  urlPath,
  type InputKind,
  FormatError,
} from '@deploy-actions/core'
import { azureAuthInputs } from '@deploy-actions/azure/auth'
import { parseStatus, STATUS_FORM, type StatusMatcher } from '@deploy-actions/probe'

export const OPERATIONS = ['swap', 'preview', 'complete', 'reset', 'swap-back'] as const
export type Operation = (typeof OPERATIONS)[number]

export const PENDING_PREVIEW = ['reset', 'complete', 'fail'] as const
export const ON_CANCEL = ['swap-back', 'keep'] as const

const statuses = (): InputKind<StatusMatcher> => ({
  accepted: STATUS_FORM,
  echo: true,
  parse(raw) {
    try {
      return parseStatus(raw)
    } catch (err) {
      throw new FormatError(err instanceof Error ? err.message : '')
    }
  },
})

/**
 * The inputs of slot-swap. Names equal those of slot-swap/action.yml, where the defaults live
 * (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  operation: required(oneOf(OPERATIONS)),
  'resource-group': required(text()),
  app: required(text()),
  slot: required(text()),
  'expected-version': optional(text()),
  'version-path': required(urlPath()),
  'version-field': required(text()),
  'warmup-paths': required(list(urlPath(), { min: 1 })),
  'warmup-count': required(integer({ min: 0, max: 1000 })),
  'warmup-statuses': required(statuses()),
  'warmup-timeout': required(duration({ min: 1000, max: 3_600_000 })),
  checks: required(structured()),
  'check-timeout': required(duration({ max: 3_600_000 })),
  'request-timeout': required(duration({ min: 100, max: 120_000 })),
  bake: required(duration({ max: 6 * 3_600_000 })),
  interval: required(duration({ min: 100, max: 3_600_000 })),
  'failure-threshold': required(integer({ min: 1, max: 100 })),
  'swap-timeout': required(duration({ min: 1000, max: 3_600_000 })),
  'pending-preview': required(oneOf(PENDING_PREVIEW)),
  'on-cancel': required(oneOf(ON_CANCEL)),
  ...azureAuthInputs,
}

export const outputs = [
  'result',
  'production-version',
  'slot-version',
  'swapped',
  'swapped-back',
  'timings',
  'reason',
] as const
