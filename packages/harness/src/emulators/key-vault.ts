/**
 * An Azure Key Vault (secrets) on its own loopback HTTPS server, as SecretClient sees the real one:
 * - every request without a valid bearer token gets the challenge first: 401 with
 *   `WWW-Authenticate: Bearer authorization="<authority>/<tenant>", resource="<resource>"` and
 *   Key Vault's error body; the client then gets a token for `<resource>/.default` from the Azure
 *   emulator's Entra, which must have issued it for exactly that scope;
 * - GET /secrets/{name}[/{version}]?api-version=… answers the secret bundle
 *   `{value, id, attributes: {enabled, created, updated, exp?, nbf?, recoveryLevel}, contentType?}`,
 *   404 SecretNotFound for an absent name or version, 403 Forbidden/SecretDisabled for a disabled
 *   secret, 403 Forbidden/ForbiddenByRbac for a name the identity may not read; expiry (`exp`)
 *   is informational for secrets, as in Key Vault: an expired secret is still returned;
 * - throttling on demand: 429 Throttled with Retry-After.
 * The vault's resource is its own origin by default (the SDK's domain check cannot hold on
 * 127.0.0.1); `challengeResource` makes it claim another one (e.g. https://vault.azure.net) to
 * test that a client never obtains a token for a foreign resource. Every request is recorded.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { CLIENT_ID, PRINCIPAL_ID, SUBSCRIPTION, TENANT, type Azure } from './azure.ts'

/**
 * The api-versions this stand-in speaks: the one the pinned @azure/keyvault-secrets sends. An SDK
 * bump to a version nobody checked here fails a test instead of passing unexamined.
 */
export const KEY_VAULT_API_VERSIONS = ['2026-04-01']

export interface VaultSecretVersion {
  version: string
  value: string
  enabled: boolean
  created: number
  /** Seconds since the epoch, as Key Vault's attributes carry them. */
  exp?: number
  nbf?: number
  contentType?: string
}

export interface VaultRequest {
  at: number
  method: string
  path: string
  /** Whether it carried an Authorization header at all. */
  authorization: boolean
  /** The scope of the token it carried, when the token was one Entra issued. */
  scope?: string
  status: number
}

export interface KeyVault {
  /** https://127.0.0.1:PORT: what the action's vault input is given. */
  url: string
  /** The resource the challenge names. */
  resource: string
  requests: VaultRequest[]
  /** Adds a version of a secret (it becomes the latest); returns its version id. */
  set(name: string, value: string, attrs?: Partial<Omit<VaultSecretVersion, 'version' | 'value' | 'created'>>): string
  /** Enables or disables the latest version. */
  setEnabled(name: string, enabled: boolean): void
  /** Names the identity may not read (403 ForbiddenByRbac). */
  forbidden: Set<string>
  versions(name: string): VaultSecretVersion[]
  /** The next `count` authenticated requests are throttled: 429 with Retry-After, as Key Vault throttles. */
  throttleNext(count: number, retryAfterSeconds?: number): void
  close(): Promise<void>
}

export interface KeyVaultOptions {
  /** The resource the 401 challenge names; the vault's own origin by default. */
  challengeResource?: string
  /** The authority in the challenge (only its tenant is used by clients). */
  authority?: string
}

export async function startKeyVault(azure: Azure, opts: KeyVaultOptions = {}): Promise<KeyVault> {
  const store = new Map<string, VaultSecretVersion[]>()
  const requests: VaultRequest[] = []
  const forbidden = new Set<string>()
  let base = ''
  let resource = ''
  let throttle = { count: 0, retryAfterSeconds: 1 }

  const server = createServer({ key: azure.tls.key, cert: azure.tls.cert }, (req, res) => {
    req.resume()
    req.on('end', () => handle(req, res))
  })

  function handle(req: IncomingMessage, res: ServerResponse): void {
    const url = new URL(req.url ?? '/', base)
    const auth = req.headers.authorization
    const token = /^Bearer (.+)$/.exec(auth ?? '')?.[1]
    const scope = token ? azure.issued.scopes.get(token) : undefined
    const record: VaultRequest = {
      at: Date.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      authorization: auth !== undefined,
      scope,
      status: 0,
    }
    requests.push(record)
    const reply = (status: number, body: unknown, headers: Record<string, string> = {}) => {
      record.status = status
      send(res, status, body, headers)
    }
    if (scope !== `${resource}/.default`) {
      return reply(
        401,
        {
          error: {
            code: 'Unauthorized',
            message: token
              ? 'AKV10032: Invalid issuer or audience.'
              : 'AKV10000: Request is missing a Bearer or PoP token.',
          },
        },
        {
          'www-authenticate': `Bearer authorization="${opts.authority ?? 'https://login.microsoftonline.com'}/${TENANT}", resource="${resource}"`,
        },
      )
    }
    const apiVersion = url.searchParams.get('api-version')
    if (!apiVersion)
      return reply(400, {
        error: {
          code: 'BadParameter',
          message: 'The request URI contains an invalid parameter: api-version is required.',
        },
      })
    if (!KEY_VAULT_API_VERSIONS.includes(apiVersion))
      return reply(400, {
        error: {
          code: 'BadParameter',
          message: `The specified version (${apiVersion}) is not recognized. Consider using the latest supported version (${KEY_VAULT_API_VERSIONS.at(-1)}).`,
        },
      })
    if (throttle.count > 0) {
      throttle.count--
      return reply(
        429,
        {
          error: {
            code: 'Throttled',
            message:
              'Request was not processed because too many requests were received. Reason: VaultRequestTypeLimitReached',
          },
        },
        {
          'retry-after': String(throttle.retryAfterSeconds),
        },
      )
    }
    const m = /^\/secrets\/([^/]+)(?:\/([^/]*))?$/.exec(url.pathname)
    if (req.method !== 'GET' || !m)
      return reply(404, {
        error: { code: 'NotFound', message: `no route for ${req.method} ${url.pathname} in this stand-in` },
      })
    const name = decodeURIComponent(m[1] as string)
    const version = m[2] ? decodeURIComponent(m[2]) : ''
    if (forbidden.has(name)) {
      return reply(403, {
        error: {
          code: 'Forbidden',
          message:
            `Caller is not authorized to perform action on resource.\r\nIf role assignments, deny ` +
            `assignments or role definitions were changed recently, please observe propagation ` +
            `time.\r\nCaller: appid=${CLIENT_ID};oid=${PRINCIPAL_ID};iss=https://sts.windows.net/${TENANT}/\r\n` +
            `Action: 'Microsoft.KeyVault/vaults/secrets/getSecret/action'\r\nResource: ` +
            `'/subscriptions/${SUBSCRIPTION}/resourcegroups/rg-shop/providers/microsoft.keyvault/vaults/kv-shop/secrets/${name.toLowerCase()}'\r\n` +
            `Assignment: (not found)\r\nDecisionReason: 'DeniedWithNoValidRBAC'`,
          innererror: { code: 'ForbiddenByRbac' },
        },
      })
    }
    // Key Vault names are case-insensitive.
    const versions = store.get(name.toLowerCase())
    const found =
      versions && (version ? versions.find((v) => v.version === version.toLowerCase()) : versions[versions.length - 1])
    if (!found) {
      return reply(404, {
        error: {
          code: 'SecretNotFound',
          message:
            `A secret with (name/id) ${name}${version ? `/${version}` : ''} was not found in this key ` +
            `vault. If you recently deleted this secret you may be able to recover it using the correct ` +
            `recovery command. For help resolving this issue, please see https://go.microsoft.com/fwlink/?linkid=2125182`,
        },
      })
    }
    if (!found.enabled)
      return reply(403, {
        error: {
          code: 'Forbidden',
          message: 'Operation get is not allowed on a disabled secret.',
          innererror: { code: 'SecretDisabled' },
        },
      })
    reply(200, {
      value: found.value,
      id: `${base}/secrets/${name.toLowerCase()}/${found.version}`,
      ...(found.contentType !== undefined ? { contentType: found.contentType } : {}),
      attributes: {
        enabled: true,
        created: found.created,
        updated: found.created,
        recoverableDays: 90,
        recoveryLevel: 'Recoverable+Purgeable',
        ...(found.exp !== undefined ? { exp: found.exp } : {}),
        ...(found.nbf !== undefined ? { nbf: found.nbf } : {}),
      },
      tags: {},
    })
  }

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  resource = opts.challengeResource ?? base
  azure.allowScope(`${base}/.default`)

  return {
    url: base,
    resource,
    requests,
    forbidden,
    set(name, value, attrs = {}) {
      const version = randomBytes(16).toString('hex')
      const key = name.toLowerCase()
      const list = store.get(key) ?? []
      list.push({
        version,
        value,
        enabled: attrs.enabled ?? true,
        created: Math.floor(Date.now() / 1000),
        exp: attrs.exp,
        nbf: attrs.nbf,
        contentType: attrs.contentType,
      })
      store.set(key, list)
      return version
    },
    setEnabled(name, enabled) {
      const list = store.get(name.toLowerCase())
      const latest = list?.[list.length - 1]
      if (!latest) throw new Error(`no secret ${name}`)
      latest.enabled = enabled
    },
    versions: (name) => store.get(name.toLowerCase()) ?? [],
    throttleNext(count, retryAfterSeconds = 1) {
      throttle = { count, retryAfterSeconds }
    },
    close() {
      server.closeAllConnections()
      return new Promise<void>((done) => server.close(() => done()))
    },
  }
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ms-request-id': randomBytes(8).toString('hex'),
    'x-ms-keyvault-service-version': '1.9.2658.1',
    ...headers,
  })
  res.end(JSON.stringify(body))
}
