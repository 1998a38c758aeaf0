import { duration, integer, optional, required, structured, text, url } from '@deploy-actions/core'

/**
 * The inputs of smoke-test. Names equal those of smoke-test/action.yml, where the defaults live
 * (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  checks: optional(structured()),
  'checks-file': optional(text()),
  url: optional(url({ credentials: 'secret' })),
  'base-url': optional(url({ credentials: 'secret' })),
  'expected-version': optional(text()),
  timeout: required(duration({ min: 1000 })),
  'check-timeout': required(duration()),
  'request-timeout': required(duration({ min: 1 })),
  concurrency: required(integer({ min: 1, max: 64 })),
  warmup: required(integer({ min: 0, max: 100 })),
  samples: required(integer({ min: 1, max: 1000 })),
  'min-samples': required(integer({ min: 1, max: 1000 })),
  'report-file': optional(text()),
}

export const outputs = ['passed', 'failed-checks', 'not-run-checks', 'report', 'report-file'] as const
