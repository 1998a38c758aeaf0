/**
 * Azure, on loopback, as the real SDKs see it over HTTPS:
 * - the GitHub OIDC token endpoint (ACTIONS_ID_TOKEN_REQUEST_URL) that `core.getIDToken` calls;
 * - Entra ID: OpenID discovery and the token endpoint, exchanging a GitHub OIDC token (a client
 *   assertion) for an access token, as ClientAssertionCredential (msal-node) asks for it; tokens
 *   for Azure Storage's scope are JWTs as Entra issues them (Azurite reads their claims, see
 *   azurite.ts), the others opaque strings the emulators look up;
 * - ARM: resource providers register their routes (see container-apps.ts), every call needs a
 *   bearer token this emulator issued for the ARM scope, long-running operations answer with
 *   Azure-AsyncOperation / Location headers pointing back here, and faults can be injected
 *   (429 + Retry-After, 503, connection resets) from a seeded generator, so runs are repeatable.
 * Every ARM call is recorded, so tests and the bench count and time what an action did.
 */
import { randomBytes } from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { createServer } from 'node:https'
import type { AddressInfo } from 'node:net'
import { testTls, type TestTls } from './tls.ts'

export const SUBSCRIPTION = '00000000-0000-0000-0000-00000000c0de'
export const TENANT = '72f988bf-0000-0000-0000-00000000beef'
export const CLIENT_ID = '11111111-2222-3333-4444-555555555555'
export const OIDC_AUDIENCE = 'api://AzureADTokenExchange'
/** The scope a storage client (BlobServiceClient with a TokenCredential) asks Entra for. */
export const STORAGE_SCOPE = 'https://storage.azure.com/.default'
/** The object (principal) id of CLIENT_ID's service principal, the oid claim of its tokens. */
export const PRINCIPAL_ID = '99999999-8888-7777-6666-555555555555'
/** The secret of CLIENT_ID, for environment-credential sign-in (AZURE_CLIENT_SECRET). */
export const CLIENT_SECRET = 'emulator-client-secret-' + randomBytes(6).toString('hex')

/**
 * The api-versions each resource provider here speaks: those the pinned SDKs send
 * (@azure/arm-appcontainers 2026-07-01, @azure/arm-appservice 2025-05-01). ARM refuses a version a
 * provider does not know; so does this emulator, so an SDK bump fails a test until it is checked.
 */
export const ARM_API_VERSIONS: Record<string, string[]> = {
  'Microsoft.App': ['2026-07-01'],
  'Microsoft.Web': ['2025-05-01'],
  // @azure/arm-sql 10: databases, servers, import/export; short-term retention policies (azure-sql.ts checks which is which).
  'Microsoft.Sql': ['2022-08-01-preview', '2021-02-01-preview'],
  // @azure/arm-cdn 9.1.0 (Front Door Standard/Premium and classic CDN endpoints).
  'Microsoft.Cdn': ['2024-02-01'],
  // @azure/arm-monitor 8 (metrics.list on a resource: an extension resource of any provider, see monitor.ts).
  'Microsoft.Insights': ['2024-02-01'],
}

export interface ArmRequest {
  method: string
  /** The path without query, e.g. /subscriptions/…/containerApps/shop */
  path: string
  query: URLSearchParams
  body: unknown
  match: RegExpExecArray
}

export interface ArmReply {
  status: number
  body?: unknown
  headers?: Record<string, string>
  /** The request was carried out, but the connection drops before the answer (a lost answer). */
  dropAnswer?: boolean
}

export type ArmHandler = (req: ArmRequest) => ArmReply | Promise<ArmReply>

export interface ArmCall {
  at: number
  method: string
  path: string
  status: number
  /** Set when the emulator injected a fault instead of answering. */
  fault?: FaultKind
}

/** 409: ARM refusing a write while another operation on the resource is under way. */
export type FaultKind = '429' | '503' | 'reset' | '409'

export interface Faults {
  /** Fraction of ARM calls (0..1) answered with a fault instead. */
  rate: number
  kinds: FaultKind[]
  /** Seconds in the Retry-After of a 429 (and a 503). */
  retryAfterSeconds: number
  seed: number
}

export interface Azure {
  /** https://127.0.0.1:PORT: ARM endpoint and Entra authority host at once. */
  url: string
  tls: TestTls
  /** What a runner job has in its environment for OIDC, plus trust in the emulator's CA. */
  env: Record<string, string>
  /** The auth inputs an action is given (client-id, tenant-id, subscription-id, endpoints). */
  authInputs: Record<string, string>
  calls: ArmCall[]
  /** GitHub OIDC tokens handed out, and access tokens issued for them (with the scope of each). */
  issued: { idTokens: string[]; accessTokens: string[]; scopes: Map<string, string> }
  /** Every scope a token was asked for at the token endpoint, issued or refused, in order. */
  scopeRequests: string[]
  /**
   * The `sub` GitHub puts in this job's ID token: repo:O/R:environment:E for a job with
   * `environment:`, repo:O/R:ref:refs/heads/B without one.
   */
  oidcSubject: string
  /** The subjects the Entra app's federated credentials name; Entra refuses any other (AADSTS700213). */
  federatedSubjects: string[]
  /**
   * Lets Entra issue tokens for another resource's scope too (e.g. a Key Vault's); ARM's is always
   * allowed. A token for STORAGE_SCOPE is a JWT whose aud is https://storage.azure.com, or
   * `audience` (a token storage must refuse).
   */
  allowScope(scope: string, opts?: { audience?: string }): void
  setFaults(faults: Partial<Faults> | undefined): void
  /** Answers the next `count` ARM calls of `method` with `kind` (and Retry-After), before any random fault. */
  failNext(count: number, kind: FaultKind, opts?: { method?: string; retryAfterSeconds?: number }): void
  /**
   * Takes a role away: every ARM call whose path matches `pattern` is refused as ARM refuses an
   * identity without the role, 403 AuthorizationFailed naming the client, its object id, the
   * action (Microsoft.App/containerApps/write, …/purge/action) and the scope. Returns the function
   * that gives the role back.
   */
  deny(pattern: RegExp): () => void
  /** Adds a route; `pattern` matches the request path (without query). */
  route(method: string, pattern: RegExp, handler: ArmHandler): void
  /** Starts a long-running operation; its status URL answers InProgress until `doneAt`. */
  operation(location: string, result: () => ArmReply, doneAfterMs?: number): Record<string, string>
  /**
   * A long-running operation polled through a Location header only, as Microsoft.Web answers a
   * swap: `{resourcePath}/operationresults/{id}` answers 202 while `done()` is false, then 200 (or
   * `failed()`'s error). `stallMs()` holds each poll's answer that long (a poll that times out).
   */
  locationOperation(
    resourcePath: string,
    opts: { done: () => boolean; failed?: () => ArmReply | undefined; stallMs?: () => number; apiVersion?: string },
  ): Record<string, string>
  close(): Promise<void>
}

const ID_TOKEN_REQUEST_TOKEN = 'gh-request-token-' + randomBytes(6).toString('hex')

export async function startAzure(): Promise<Azure> {
  const tls = testTls()
  const routes: Array<{ method: string; pattern: RegExp; handler: ArmHandler }> = []
  const denied: RegExp[] = []
  const calls: ArmCall[] = []
  const issued = { idTokens: [] as string[], accessTokens: [] as string[], scopes: new Map<string, string>() }
  const scopeRequests: string[] = []
  const extraScopes = new Map<string, { audience?: string }>()
  const operations = new Map<string, { doneAt: number; result: () => ArmReply }>()
  const locationOps = new Map<
    string,
    { done: () => boolean; failed?: () => ArmReply | undefined; stallMs?: () => number }
  >()
  let faults: Faults | undefined
  const queued: Array<{ kind: FaultKind; method?: string; retryAfterSeconds: number }> = []
  let random = mulberry32(1)
  let base = ''
  const closers: Array<() => Promise<void>> = []

  const azure: Azure = {
    url: '',
    tls,
    env: {},
    authInputs: {},
    calls,
    issued,
    scopeRequests,
    oidcSubject: 'repo:octo-org/shop:environment:production',
    federatedSubjects: ['repo:octo-org/shop:environment:production'],
    allowScope(scope, opts = {}) {
      extraScopes.set(scope, opts)
    },
    setFaults(f) {
      faults = f ? { rate: 0.3, kinds: ['429', '503', 'reset'], retryAfterSeconds: 1, seed: 1, ...f } : undefined
      random = mulberry32(faults?.seed ?? 1)
    },
    failNext(count, kind, opts = {}) {
      for (let i = 0; i < count; i++)
        queued.push({ kind, method: opts.method, retryAfterSeconds: opts.retryAfterSeconds ?? 1 })
    },
    deny(pattern) {
      denied.push(pattern)
      return () => void denied.splice(denied.indexOf(pattern) >>> 0, 1)
    },
    route(method, pattern, handler) {
      routes.push({ method, pattern, handler })
    },
    operation(location, result, doneAfterMs = 0) {
      const id = randomBytes(8).toString('hex')
      operations.set(id, { doneAt: Date.now() + doneAfterMs, result })
      const prefix = `${base}/subscriptions/${SUBSCRIPTION}/providers/Microsoft.App/locations/${encodeURIComponent(location)}`
      return {
        'azure-asyncoperation': `${prefix}/containerappOperationStatuses/${id}?api-version=2026-07-01&azureAsyncOperation=true`,
        location: `${prefix}/containerappOperationResults/${id}?api-version=2026-07-01`,
      }
    },
    locationOperation(resourcePath, { apiVersion = '2025-05-01', ...op }) {
      const id = randomBytes(8).toString('hex')
      locationOps.set(id, op)
      return { location: `${base}${resourcePath}/operationresults/${id}?api-version=${apiVersion}` }
    },
    close: async () => {
      for (const c of closers.reverse()) await c()
    },
  }

  // Operation status and result, for every long-running operation this emulator started.
  azure.route(
    'GET',
    /^\/subscriptions\/[^/]+\/providers\/Microsoft\.App\/locations\/[^/]+\/containerappOperationStatuses\/([^/]+)$/,
    ({ match }) => {
      const op = operations.get(match[1] as string)
      if (!op) return armError(404, 'OperationNotFound', 'no such operation')
      return {
        status: 200,
        body: { id: match[1], name: match[1], status: Date.now() >= op.doneAt ? 'Succeeded' : 'InProgress' },
      }
    },
  )
  azure.route(
    'GET',
    /^\/subscriptions\/[^/]+\/providers\/Microsoft\.App\/locations\/[^/]+\/containerappOperationResults\/([^/]+)$/,
    ({ match }) => {
      const op = operations.get(match[1] as string)
      if (!op) return armError(404, 'OperationNotFound', 'no such operation')
      return Date.now() >= op.doneAt ? op.result() : { status: 202, headers: { 'retry-after': '1' } }
    },
  )

  azure.route(
    'GET',
    /^\/subscriptions\/[^/]+\/resourceGroups\/[^/]+\/providers\/[^/]+\/.+\/operationresults\/([^/]+)$/,
    async ({ match }) => {
      const op = locationOps.get(match[1] as string)
      if (!op) return armError(404, 'OperationNotFound', 'no such operation')
      const stall = op.stallMs?.() ?? 0
      if (stall > 0) await new Promise((wake) => setTimeout(wake, stall).unref())
      const failure = op.failed?.()
      if (failure) return failure
      return op.done() ? { status: 200 } : { status: 202 }
    },
  )

  // The subscription, as a sign-in (az login behind azure/login) reads it to make it the session's default.
  azure.route('GET', /^\/subscriptions\/([^/]+)$/, ({ match }) =>
    match[1] === SUBSCRIPTION
      ? {
          status: 200,
          body: {
            id: `/subscriptions/${SUBSCRIPTION}`,
            subscriptionId: SUBSCRIPTION,
            tenantId: TENANT,
            displayName: 'Emulated subscription',
            state: 'Enabled',
          },
        }
      : armError(404, 'SubscriptionNotFound', `The subscription '${match[1]}' could not be found.`),
  )

  const server = createServer({ key: tls.key, cert: tls.cert }, (req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      handle(req, res, Buffer.concat(chunks).toString('utf8')).catch((err: unknown) => {
        if (!res.headersSent) send(res, 500, { error: { code: 'EmulatorError', message: String(err) } })
      })
    })
  })

  async function handle(req: IncomingMessage, res: ServerResponse, raw: string): Promise<void> {
    const url = new URL(req.url ?? '/', base)
    const path = url.pathname
    if (path === '/oidc/token') return githubOidc(req, res, url)
    if (/^\/[^/]+\/v2\.0\/\.well-known\/openid-configuration$/.test(path))
      return discovery(res, path.split('/')[1] as string)
    if (/^\/[^/]+\/oauth2\/v2\.0\/token$/.test(path)) return entraToken(res, path.split('/')[1] as string, raw)
    if (!path.startsWith('/subscriptions/'))
      return send(res, 404, { error: { code: 'NotFound', message: `no route for ${path}` } })

    const call: ArmCall = { at: Date.now(), method: req.method ?? 'GET', path, status: 0 }
    calls.push(call)
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? '')?.[1]
    if (!token || issued.scopes.get(token) !== `${base}/.default`) {
      call.status = 401
      return send(res, 401, {
        error: { code: 'AuthenticationFailed', message: 'no valid bearer token issued by this tenant' },
      })
    }
    if (!url.searchParams.get('api-version')) {
      call.status = 400
      return send(res, 400, {
        error: {
          code: 'MissingApiVersionParameter',
          message: 'The api-version query parameter (?api-version=) is required for all requests.',
        },
      })
    }
    // The last provider in the path answers: an extension resource (…/containerApps/shop/providers/
    // Microsoft.Insights/metrics) is served by its own provider, at that provider's api-versions.
    const provider = [...path.matchAll(/\/providers\/(Microsoft\.[A-Za-z]+)\//g)].at(-1)?.[1]
    const versions = provider ? ARM_API_VERSIONS[provider] : undefined
    const apiVersion = url.searchParams.get('api-version') as string
    if (versions && !versions.includes(apiVersion)) {
      call.status = 400
      return send(res, 400, {
        error: {
          code: 'NoRegisteredProviderFound',
          message: `No registered resource provider found for API version '${apiVersion}' of ${provider}. The supported api-versions are '${versions.join(', ')}'.`,
        },
      })
    }
    if (denied.some((p) => p.test(path))) {
      call.status = 403
      const { action, scope } = rbacAction(req.method ?? 'GET', path)
      return send(res, 403, {
        error: {
          code: 'AuthorizationFailed',
          message:
            `The client '${CLIENT_ID}' with object id '${PRINCIPAL_ID}' does not have authorization to perform ` +
            `action '${action}' over scope '${scope}' or the scope is invalid. If access was recently granted, ` +
            `please refresh your credentials.`,
        },
      })
    }
    const next = queued.findIndex((q) => !q.method || q.method === req.method)
    const planned = next >= 0 ? queued.splice(next, 1)[0] : undefined
    if (planned || (faults && random() < faults.rate)) {
      const kind = planned?.kind ?? faults?.kinds[Math.floor(random() * faults.kinds.length)]
      const retryAfter = planned?.retryAfterSeconds ?? faults?.retryAfterSeconds ?? 1
      call.fault = kind
      if (kind === 'reset') {
        call.status = 0
        req.socket.destroy()
        return
      }
      call.status = Number(kind)
      const code = kind === '429' ? 'TooManyRequests' : kind === '409' ? 'Conflict' : 'ServiceUnavailable'
      return send(
        res,
        call.status,
        { error: { code, message: `injected ${kind}` } },
        { 'retry-after': String(retryAfter) },
      )
    }
    const route = routes.find((r) => r.method === req.method && r.pattern.test(path))
    if (!route) {
      call.status = 404
      return send(res, 404, { error: { code: 'ResourceNotFound', message: `no route for ${req.method} ${path}` } })
    }
    let body: unknown
    try {
      body = raw ? JSON.parse(raw) : undefined
    } catch {
      call.status = 400
      return send(res, 400, { error: { code: 'InvalidRequestContent', message: 'the request body is not JSON' } })
    }
    const reply = await route.handler({
      method: req.method ?? 'GET',
      path,
      query: url.searchParams,
      body,
      match: route.pattern.exec(path) as RegExpExecArray,
    })
    call.status = reply.status
    if (reply.dropAnswer) {
      call.fault = 'reset'
      req.socket.destroy()
      return
    }
    send(res, reply.status, reply.body, reply.headers)
  }

  function githubOidc(req: IncomingMessage, res: ServerResponse, url: URL): void {
    if (req.headers.authorization !== `Bearer ${ID_TOKEN_REQUEST_TOKEN}`)
      return send(res, 401, { message: 'Bad credentials' })
    const now = Math.floor(Date.now() / 1000)
    const jwt = [
      b64url({ alg: 'RS256', typ: 'JWT', kid: 'emulator' }),
      b64url({
        iss: 'https://token.actions.githubusercontent.com',
        aud: url.searchParams.get('audience') ?? 'https://github.com/octo-org',
        sub: azure.oidcSubject,
        iat: now,
        nbf: now,
        exp: now + 600,
        jti: randomBytes(8).toString('hex'),
      }),
      randomBytes(32).toString('base64url'),
    ].join('.')
    issued.idTokens.push(jwt)
    send(res, 200, { value: jwt })
  }

  function discovery(res: ServerResponse, tenant: string): void {
    send(res, 200, {
      token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
      authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
      end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
      jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
      issuer: `${base}/${tenant}/v2.0`,
      response_types_supported: ['code', 'id_token', 'code id_token', 'id_token token'],
      scopes_supported: ['openid', 'profile', 'email', 'offline_access'],
    })
  }

  /** The client-credentials grant with a federated client assertion, checked as Entra checks it. */
  function entraToken(res: ServerResponse, tenant: string, raw: string): void {
    const form = new URLSearchParams(raw)
    const fail = (code: string, description: string) => send(res, 400, { error: code, error_description: description })
    if (tenant !== TENANT) return fail('invalid_tenant', `AADSTS90002: Tenant '${tenant}' not found.`)
    if (form.get('grant_type') !== 'client_credentials')
      return fail('unsupported_grant_type', 'only client_credentials')
    if (form.get('client_id') !== CLIENT_ID)
      return fail(
        'unauthorized_client',
        `AADSTS700016: Application with identifier '${form.get('client_id')}' was not found`,
      )
    const secret = form.get('client_secret')
    if (secret !== null) {
      if (secret !== CLIENT_SECRET) return fail('invalid_client', 'AADSTS7000215: Invalid client secret provided.')
      return issue(form.get('scope') ?? '')
    }
    if (form.get('client_assertion_type') !== 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer')
      return fail('invalid_client', 'a client assertion is required')
    const assertion = form.get('client_assertion') ?? ''
    if (!issued.idTokens.includes(assertion))
      return fail(
        'invalid_client',
        'AADSTS700211: No matching federated identity record found for presented assertion issuer.',
      )
    const claims = JSON.parse(Buffer.from(assertion.split('.')[1] ?? '', 'base64url').toString('utf8')) as {
      aud: string
      sub: string
      exp: number
    }
    if (claims.aud !== OIDC_AUDIENCE)
      return fail(
        'invalid_client',
        `AADSTS700212: No matching federated identity record found for presented assertion audience '${claims.aud}'.`,
      )
    // Entra names the subject presented, not the one its credentials expect.
    if (!azure.federatedSubjects.includes(claims.sub))
      return fail(
        'invalid_client',
        `AADSTS700213: No matching federated identity record found for presented assertion subject '${claims.sub}'. Please check your federated identity credential Subject, Audience and Issuer against the presented assertion.`,
      )
    if (claims.exp * 1000 < Date.now())
      return fail('invalid_client', 'AADSTS700024: Client assertion is not within its valid time range.')
    return issue(form.get('scope') ?? '')

    function issue(requested: string): void {
      // msal adds the OIDC scopes it always asks for; the resource's scope is the one that matters.
      const scope = requested
        .split(' ')
        .filter((s) => !['openid', 'profile', 'offline_access'].includes(s))
        .join(' ')
      scopeRequests.push(scope)
      const extra = extraScopes.get(scope)
      if (scope !== `${base}/.default` && !extra)
        return fail('invalid_scope', `AADSTS500011: The resource principal named ${scope} was not found in the tenant.`)
      const expiresIn = 3599
      const token =
        scope === STORAGE_SCOPE
          ? accessJwt({ aud: extra?.audience ?? scope.replace(/\/\.default$/, ''), tenant, expiresIn })
          : `${scope === `${base}/.default` ? 'arm' : 'res'}-${randomBytes(16).toString('hex')}`
      issued.accessTokens.push(token)
      issued.scopes.set(token, scope)
      send(res, 200, { token_type: 'Bearer', expires_in: expiresIn, ext_expires_in: expiresIn, access_token: token })
    }
  }

  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  closers.push(() => {
    server.closeAllConnections()
    return new Promise<void>((done) => server.close(() => done()))
  })
  base = `https://127.0.0.1:${(server.address() as AddressInfo).port}`
  azure.url = base
  azure.env = {
    NODE_EXTRA_CA_CERTS: tls.caFile,
    ACTIONS_ID_TOKEN_REQUEST_URL: `${base}/oidc/token?api-version=2.0`,
    ACTIONS_ID_TOKEN_REQUEST_TOKEN: ID_TOKEN_REQUEST_TOKEN,
  }
  azure.authInputs = {
    'client-id': CLIENT_ID,
    'tenant-id': TENANT,
    'subscription-id': SUBSCRIPTION,
    'arm-endpoint': base,
    'authority-host': base,
  }
  return azure
}

/**
 * The RBAC action ARM checks for a request: the provider namespace and resource types of the path
 * (names dropped), then read/write/delete by method, or `<name>/action` for a POST to an operation
 * (…/endpoints/e/purge → Microsoft.Cdn/profiles/endpoints/purge/action). The scope is the resource.
 */
function rbacAction(method: string, path: string): { action: string; scope: string } {
  const [prefix, rest = ''] = path.split(/\/providers\//)
  const segments = rest.split('/').filter(Boolean)
  const namespace = segments.shift() ?? ''
  const types: string[] = []
  const scoped = [namespace]
  while (segments.length >= 2) {
    const [type, name] = segments.splice(0, 2) as [string, string]
    types.push(type)
    scoped.push(type, name)
  }
  const operation = segments[0]
  const verb = operation
    ? `${operation}/action`
    : method === 'GET'
      ? 'read'
      : method === 'DELETE'
        ? 'delete'
        : method === 'POST'
          ? 'action'
          : 'write'
  return { action: [namespace, ...types, verb].join('/'), scope: `${prefix}/providers/${scoped.join('/')}` }
}

export function armError(status: number, code: string, message: string): ArmReply {
  return { status, body: { error: { code, message } } }
}

function send(res: ServerResponse, status: number, body?: unknown, headers: Record<string, string> = {}): void {
  const text = body === undefined ? '' : JSON.stringify(body)
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'x-ms-request-id': randomBytes(8).toString('hex'),
    ...headers,
  })
  res.end(text)
}

/**
 * An access token shaped as Entra's v1 tokens for Azure Storage: issuer sts.windows.net/<tenant>/,
 * the app and its service principal (appid, oid), valid from 5 minutes ago (Entra's clock-skew
 * allowance). The signature is random: Azurite does not check it.
 */
function accessJwt(c: { aud: string; tenant: string; expiresIn: number }): string {
  const now = Math.floor(Date.now() / 1000)
  return [
    b64url({ typ: 'JWT', alg: 'RS256', kid: 'emulator' }),
    b64url({
      aud: c.aud,
      iss: `https://sts.windows.net/${c.tenant}/`,
      iat: now - 300,
      nbf: now - 300,
      exp: now + c.expiresIn,
      appid: CLIENT_ID,
      appidacr: '2',
      idtyp: 'app',
      oid: PRINCIPAL_ID,
      sub: PRINCIPAL_ID,
      tid: c.tenant,
      uti: randomBytes(12).toString('base64url'),
      ver: '1.0',
    }),
    randomBytes(32).toString('base64url'),
  ].join('.')
}

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url')
}

/** A small seeded generator: the same seed injects the same faults in the same order. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}
