import { duration, integer, list, oneOf, optional, required, secret, structured, text, url } from '@deploy-actions/core'
import { instant } from '@deploy-actions/record/time'

export const STEPS = ['start', 'finish', 'failure', 'read'] as const

/**
 * The inputs of deployment-record. Names equal those of deployment-record/action.yml, where the
 * defaults live (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  step: required(oneOf(STEPS)),
  token: required(secret()),
  repository: optional(text()),
  environment: required(text()),
  'environment-url': optional(url()),
  'production-environment': optional(oneOf(['true', 'false'] as const)),
  sha: optional(text()),
  ref: optional(text()),
  version: optional(text()),
  'deployment-id': optional(text()),
  'github-deployment-id': optional(integer({ min: 1 })),
  services: optional(list(text())),
  'backup-manifest': optional(structured()),
  'migrations-applied': optional(integer({ min: 0, max: 100000 })),
  timeline: optional(structured()),
  revisions: optional(structured()),
  'smoke-report': optional(structured()),
  'release-override': optional(structured()),
  'failed-stage': optional(text()),
  error: optional(text()),
  'rollback-window': required(duration({ min: 0, max: 7 * 24 * 3_600_000 })),
  'rollback-workflow': required(text()),
  'required-contexts': optional(list(text())),
  'record-dir': optional(text()),
  now: optional(instant()),
}

export const outputs = [
  'github-deployment-id',
  'deployment-id',
  'version',
  'sha',
  'record',
  'record-file',
  'instructions-file',
  'report-file',
  'rollback-deadline',
  'rollback-open',
  'previous-sha',
  'previous-version',
] as const
