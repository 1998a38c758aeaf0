import { duration, integer, optional, structured, text, url } from '@deploy-actions/core'

/** The inputs of smoke-test; names and defaults are those of smoke-test/action.yml. */
export const inputs = {
  checks: optional(structured()),
  'checks-file': optional(text()),
  url: optional(url()),
  'base-url': optional(url()),
  'expected-version': optional(text()),
  timeout: optional(duration({ min: 1000 })),
  'check-timeout': optional(duration()),
  'request-timeout': optional(duration({ min: 100 })),
  concurrency: optional(integer({ min: 1, max: 64 })),
  warmup: optional(integer({ min: 0, max: 100 })),
  samples: optional(integer({ min: 1, max: 1000 })),
  'min-samples': optional(integer({ min: 1, max: 1000 })),
  'report-file': optional(text()),
}

export const outputs = ['passed', 'failed-checks', 'report', 'report-file'] as const
