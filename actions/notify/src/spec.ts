import {
  boolean,
  duration,
  FormatError,
  integer,
  type InputKind,
  maskSecret,
  oneOf,
  optional,
  parseUrl,
  required,
  secret,
  text,
  url,
} from '@deploy-actions/core'

export const EVENTS = ['started', 'succeeded', 'failed', 'rolled-back'] as const

/**
 * A webhook URL: its whole text is a secret (the path is the credential), so it is masked before
 * it is parsed and never echoed. https, or http to a loopback address (a local receiver).
 */
export const webhookUrl = (): InputKind<URL> => ({
  accepted: 'an https webhook URL (http only to a loopback address)',
  echo: false,
  parse(raw) {
    maskSecret(raw.trim())
    const u = parseUrl(raw, ['https:', 'http:'])
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname)
    if (u.protocol === 'http:' && !loopback) throw new FormatError('plain http is only accepted to a loopback address')
    return u
  },
})

/**
 * The inputs of notify. Names equal those of notify/action.yml, where the defaults live (the
 * runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  event: required(oneOf(EVENTS)),
  'slack-webhook-url': optional(webhookUrl()),
  'teams-webhook-url': optional(webhookUrl()),
  'webhook-url': optional(webhookUrl()),
  'webhook-secret': optional(secret()),
  environment: required(text()),
  version: optional(text()),
  'deployment-id': optional(text()),
  'environment-url': optional(url()),
  'rollback-deadline': optional(text()),
  'run-url': optional(url()),
  'failed-stage': optional(text()),
  message: optional(text({ multiline: true })),
  'fail-on-error': required(boolean()),
  attempts: required(integer({ min: 1, max: 10 })),
  timeout: required(duration({ min: 100, max: 120_000 })),
}

export const outputs = ['sent', 'failed'] as const
