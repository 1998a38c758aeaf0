import {
  duration,
  FormatError,
  type InputKind,
  list,
  oneOf,
  optional,
  required,
  text,
  urlPath,
} from '@deploy-actions/core'
import { azureAuthInputs } from '@deploy-actions/azure/auth'

export const KINDS = ['front-door', 'cdn'] as const

/**
 * A purge path as Front Door and Azure CDN take it: a path from `/` (`/index.html`), or a folder
 * with a trailing wildcard (`/assets/*`, `/*` for everything); no wildcard elsewhere.
 */
export const purgePath = (): InputKind<string> => {
  const path = urlPath()
  return {
    accepted: 'a path such as /index.html, or a folder with a trailing wildcard such as /assets/* (or /*)',
    echo: true,
    parse(raw) {
      const t = raw.trim()
      const bare = t.endsWith('/*') ? t.slice(0, -1) : t
      if (bare.includes('*')) throw new FormatError('a wildcard is only accepted as the last segment, /*')
      if (bare.includes('?')) throw new FormatError('a query string is not part of a purge path')
      path.parse(bare)
      return t
    },
  }
}

/**
 * The inputs of cdn-purge. Names equal those of cdn-purge/action.yml, where the defaults live
 * (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  kind: required(oneOf(KINDS)),
  'resource-group': required(text()),
  profile: required(text()),
  endpoint: required(text()),
  paths: required(list(purgePath(), { min: 1 })),
  domains: optional(list(text())),
  timeout: required(duration({ min: 1000, max: 3_600_000 })),
  'request-timeout': required(duration({ min: 100, max: 120_000 })),
  ...azureAuthInputs,
}

export const outputs = ['purged-paths', 'duration-ms'] as const
