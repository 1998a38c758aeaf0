import type { AccessToken, GetTokenOptions, TokenCredential } from '@azure/core-auth'
import { SecretClient } from '@azure/keyvault-secrets'
import { armRetry, describeArmError } from './arm.ts'
import './sdk-log.ts'
import type { CloudName } from './auth.ts'

/**
 * Reading secrets from an Azure Key Vault with the real SecretClient.
 *
 * Key Vault names its token scope itself: the first request goes out without a token, the vault
 * answers 401 with `WWW-Authenticate: Bearer authorization="…/<tenant>", resource="…"`, and the
 * SDK asks the credential for `<resource>/.default`. The SDK only accepts a resource whose host
 * the vault's host ends with (`kv-shop.vault.azure.net` → `vault.azure.net`), so a token for
 * another service is never handed to whoever answers at the vault URL.
 *
 * For the Key Vault domains of the national clouds that check stays on. A vault URL elsewhere
 * (a local stand-in, a vault behind a private proxy name) fails that check by construction, so for
 * those hosts only the SDK's check is turned off and `ScopeGuard` does the checking instead: it
 * grants the SDK's rule (a parent domain of the vault host) or the vault's own origin, and refuses
 * anything else before a token is even requested — a host outside Azure that challenges for
 * `https://vault.azure.net` (or ARM) gets nothing.
 */

/** The Key Vault DNS suffix of each cloud: a vault name becomes https://<name>.<suffix>. */
export const KEY_VAULT_SUFFIXES: Record<CloudName, string> = {
  AzureCloud: 'vault.azure.net',
  AzureUSGovernment: 'vault.usgovcloudapi.net',
  AzureChinaCloud: 'vault.azure.cn',
}

/** A vault name as Azure allows it: 3-24 letters, digits and hyphens, starting with a letter, no double or trailing hyphen. */
export const VAULT_NAME = /^(?=.{3,24}$)[a-zA-Z](?:[a-zA-Z0-9]|-(?!-))*[a-zA-Z0-9]$/
/** A secret name as Key Vault allows it. */
export const SECRET_NAME = /^[0-9a-zA-Z-]{1,127}$/
/** A secret version: 32 hex digits. */
export const SECRET_VERSION = /^[0-9a-fA-F]{32}$/

/** The vault's URL from a name (in `cloud`) or an https URL; undefined when it is neither. */
export function vaultUrlOf(vault: string, cloud: CloudName): URL | undefined {
  const v = vault.trim()
  if (VAULT_NAME.test(v)) return new URL(`https://${v.toLowerCase()}.${KEY_VAULT_SUFFIXES[cloud]}`)
  let u: URL
  try {
    u = new URL(v)
  } catch {
    return undefined
  }
  if (
    u.protocol !== 'https:' ||
    u.username ||
    u.password ||
    u.search ||
    u.hash ||
    (u.pathname !== '/' && u.pathname !== '')
  )
    return undefined
  return new URL(u.origin)
}

/** Whether the host is in one of the clouds' Key Vault domains, where the SDK's own check applies. */
export function isKeyVaultDomain(url: URL): boolean {
  return Object.values(KEY_VAULT_SUFFIXES).some((s) => url.hostname.endsWith(`.${s}`))
}

/** Refused a token scope the vault asked for; its message names the scope and the vault host. */
export class ScopeRefused extends Error {
  constructor(scope: string, vault: URL) {
    super(
      `the vault at ${vault.host} asked for a token for ${scope}, which is neither a parent domain of ${vault.hostname} nor its own origin; ` +
        'no token was requested. Check the vault URL (a real Key Vault is https://<name>.vault.azure.net)',
    )
    this.name = 'ScopeRefused'
  }
}

/** A credential that only hands out tokens for scopes a vault at `vault` may ask for. */
export class ScopeGuard implements TokenCredential {
  readonly granted: string[] = []
  private readonly inner: TokenCredential
  private readonly vault: URL

  constructor(inner: TokenCredential, vault: URL) {
    this.inner = inner
    this.vault = vault
  }

  async getToken(scopes: string | string[], options?: GetTokenOptions): Promise<AccessToken | null> {
    for (const scope of Array.isArray(scopes) ? scopes : [scopes]) {
      if (!scopeAllowed(scope, this.vault)) throw new ScopeRefused(scope, this.vault)
      if (!this.granted.includes(scope)) this.granted.push(scope)
    }
    return this.inner.getToken(scopes, options)
  }
}

/** The SDK's own rule (the vault host ends with `.<resource host>`), or the vault's own origin. */
export function scopeAllowed(scope: string, vault: URL): boolean {
  const m = /^(https:\/\/[^/]+)\/?\.default$/.exec(scope)
  if (!m) return false
  let resource: URL
  try {
    resource = new URL(m[1] as string)
  } catch {
    return false
  }
  if (resource.origin === vault.origin) return true
  // A parent domain with at least two labels: a bare TLD ("net") is nobody's resource.
  return resource.port === '' && resource.hostname.includes('.') && vault.hostname.endsWith(`.${resource.hostname}`)
}

export type SecretRead =
  | {
      name: string
      status: 'found'
      value: string
      version: string
      expiresOn?: Date
      notBefore?: Date
      contentType?: string
    }
  | { name: string; status: 'missing' | 'disabled' | 'forbidden' | 'failed'; detail: string }

export interface SecretCallContext {
  signal?: AbortSignal
  budgetMs: number
  /** Retry notes (never a value); the caller decides when they may be printed. */
  onRetry?: (line: string) => void
}

export class KeyVaultSecrets {
  readonly url: URL
  readonly guard: ScopeGuard
  /** Whether the SDK's challenge resource check is on (the vault is in a Key Vault domain). */
  readonly sdkVerification: boolean
  /** HTTP requests sent, the unauthenticated challenge requests included. */
  requests = 0
  private readonly client: SecretClient

  constructor(url: URL, credential: TokenCredential, userAgent: string) {
    this.url = url
    this.guard = new ScopeGuard(credential, url)
    this.sdkVerification = isKeyVaultDomain(url)
    this.client = new SecretClient(url.origin, this.guard, {
      disableChallengeResourceVerification: !this.sdkVerification,
      retryOptions: { maxRetries: 0 },
      userAgentOptions: { userAgentPrefix: userAgent },
      additionalPolicies: [
        {
          position: 'perRetry',
          policy: { name: 'countRequests', sendRequest: (req, next) => (this.requests++, next(req)) },
        },
      ],
    })
  }

  /**
   * Reads one secret (the latest version, or `version`). Absent, disabled and forbidden secrets are
   * results, not exceptions, so a caller can list every problem at once; `onValue` is called with
   * the value the moment it arrives, before this returns (to mask it first).
   */
  async read(
    name: string,
    version: string | undefined,
    ctx: SecretCallContext,
    onValue: (value: string) => void,
  ): Promise<SecretRead> {
    const label = version ? `${name}@${version}` : name
    try {
      const secret = await armRetry((signal) => this.client.getSecret(name, { version, abortSignal: signal }), {
        what: `read secret ${label}`,
        ...ctx,
      })
      const value = secret.value ?? ''
      onValue(value)
      return {
        name,
        status: 'found',
        value,
        version: secret.properties.version ?? version ?? '',
        expiresOn: secret.properties.expiresOn,
        notBefore: secret.properties.notBefore,
        contentType: secret.properties.contentType,
      }
    } catch (err) {
      if (err instanceof ScopeRefused) throw err
      const cause: unknown = err instanceof Error ? err.cause : undefined
      if (cause instanceof ScopeRefused) throw cause
      // Sign-in trouble is the same for every secret: one failure, not one line per name.
      if (err instanceof Error && /CredentialUnavailable|Authentication/.test(err.name)) throw err
      const e = err as {
        statusCode?: number
        code?: string
        details?: { error?: { innererror?: { code?: string }; innerError?: { code?: string } } }
      }
      const inner = e.details?.error?.innererror?.code ?? e.details?.error?.innerError?.code
      if (e.statusCode === 404) return { name, status: 'missing', detail: e.code ?? 'SecretNotFound' }
      if (e.statusCode === 403 && inner === 'SecretDisabled') return { name, status: 'disabled', detail: 'disabled' }
      if (e.statusCode === 403) return { name, status: 'forbidden', detail: describeArmError(err) }
      if (e.statusCode === 401) return { name, status: 'forbidden', detail: describeArmError(err) }
      return { name, status: 'failed', detail: describeArmError(err) }
    }
  }
}
