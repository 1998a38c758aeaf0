import {
  duration,
  FormatError,
  list,
  oneOf,
  required,
  reservedEnvName,
  text,
  type InputKind,
} from '@deploy-actions/core'
import { azureAuthInputs, SECRET_NAME, SECRET_VERSION } from '@deploy-actions/azure'

/** One line of the secrets input: a secret (optionally a pinned version) and where it goes. */
export interface SecretEntry {
  /** The secret's name in the vault. */
  name: string
  version?: string
  /** The environment variable given on the line, if any. */
  variable?: string
  /** 1-based line in the input, for messages. */
  line: number
}

export const SECRETS_FORM = 'one secret per line as name[@version][: ENV_VAR], such as db-password: DB_PASSWORD'
export const ENV_VAR = /^[A-Za-z_][A-Za-z0-9_]*$/
export const MAX_SECRETS = 100

/** The secrets input: a name → variable mapping, one per line; `#` starts a comment. */
export const secretsInput = (): InputKind<SecretEntry[]> => ({
  accepted: SECRETS_FORM,
  echo: false,
  parse(raw) {
    const entries: SecretEntry[] = []
    const lines = raw.split(/\r?\n/)
    for (let i = 0; i < lines.length; i++) {
      const line = (lines[i] as string)
        .replace(/(^|\s)#.*$/, '')
        .trim()
        .replace(/^-\s+/, '')
      if (line === '') continue
      const where = `line ${i + 1} ${JSON.stringify(line.length > 60 ? `${line.slice(0, 60)}…` : line)}`
      const m = /^([^@:\s]+)(?:@([^:\s]*))?\s*(?::\s*(.*))?$/.exec(line)
      if (!m) throw new FormatError(`${where} is not name[@version][: ENV_VAR]`)
      const [, name = '', version, variable] = m
      if (!SECRET_NAME.test(name)) throw new FormatError(`${where}: a secret name is 1-127 letters, digits and hyphens`)
      if (version !== undefined && !SECRET_VERSION.test(version))
        throw new FormatError(`${where}: a version is the 32 hex digits of the secret's version id`)
      if (variable !== undefined) {
        if (!ENV_VAR.test(variable))
          throw new FormatError(
            `${where}: an environment variable name is letters, digits and underscores, not starting with a digit`,
          )
        const reserved = reservedEnvName(variable)
        if (reserved) throw new FormatError(`${where}: ${reserved}; choose another name`)
      }
      entries.push({ name, version: version?.toLowerCase(), variable, line: i + 1 })
    }
    if (entries.length === 0) throw new FormatError('no secrets listed')
    if (entries.length > MAX_SECRETS) throw new FormatError(`${entries.length} secrets listed, at most ${MAX_SECRETS}`)
    return entries
  },
})

export const EXPORT_TARGETS = ['env', 'outputs'] as const

/**
 * The inputs of keyvault-secrets. Names equal those of keyvault-secrets/action.yml, where the
 * defaults live (the runner applies them), hence `required` for every input that has one.
 */
export const inputs = {
  vault: required(text()),
  secrets: required(secretsInput()),
  'export-to': required(list(oneOf(EXPORT_TARGETS), { min: 1 })),
  timeout: required(duration({ min: 1000, max: 600_000 })),
  ...azureAuthInputs,
}

/** Declared outputs; besides these, one output per secret named after it (see the README). */
export const outputs = ['names', 'versions', 'env-vars'] as const
