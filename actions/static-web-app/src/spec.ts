import { duration, oneOf, optional, required, secret, text } from '@deploy-actions/core'
import { azureAuthInputs } from '@deploy-actions/azure/auth'

export const OPERATIONS = ['deploy', 'promote', 'rollback'] as const
export type Operation = (typeof OPERATIONS)[number]

/**
 * The inputs of static-web-app. Names equal those of static-web-app/action.yml, where the defaults
 * live (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  operation: required(oneOf(OPERATIONS)),
  'resource-group': required(text()),
  name: required(text()),
  environment: required(text()),
  'app-location': optional(text()),
  version: optional(text()),
  'builds-location': required(text()),
  'azure-connection-string': optional(secret()),
  'deploy-timeout': required(duration({ min: 10_000, max: 3_600_000 })),
  'request-timeout': required(duration({ min: 100, max: 120_000 })),
  ...azureAuthInputs,
}

export const outputs = [
  'result',
  'environment',
  'environment-url',
  'version',
  'previous-version',
  'build-uri',
  'build-sha256',
  'files',
] as const
