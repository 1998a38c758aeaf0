import { boolean, list, optional, required, secret, text } from '@deploy-actions/core'
import { instant } from '@deploy-actions/record/time'

/**
 * The inputs of release-gate. Names equal those of release-gate/action.yml, where the defaults
 * live (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  token: required(secret()),
  repository: optional(text()),
  version: optional(text()),
  sha: optional(text()),
  'allow-prerelease': required(boolean()),
  'require-tag': required(boolean()),
  'required-checks': optional(list(text())),
  'ignore-checks': optional(list(text())),
  windows: optional(text({ multiline: true })),
  freezes: optional(text({ multiline: true })),
  timezone: required(text()),
  'policy-file': optional(text()),
  override: required(boolean()),
  'override-reason': optional(text()),
  now: optional(instant()),
}

export const outputs = [
  'version',
  'tag',
  'deployment-id',
  'sha',
  'prerelease',
  'override-used',
  'waived',
  'override',
] as const
