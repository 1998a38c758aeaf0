/**
 * Stand-ins for the official Azure actions a workflow uses, over the wire against the Azure
 * stand-in (the machine's cloud: its Entra authority and ARM endpoint, as `az cloud register`
 * would have set them on a self-hosted runner):
 * - `azure/login@v2` signs in with GitHub OIDC as the real one does through `az login
 *   --federated-token`: it asks the job's OIDC endpoint (ACTIONS_ID_TOKEN_REQUEST_URL, present only
 *   with `id-token: write`) for a token with audience api://AzureADTokenExchange, exchanges it at
 *   Entra's token endpoint as a client assertion for an ARM token, reads the subscription, and
 *   leaves the session in an Azure CLI config folder (azureProfile.json, msal_token_cache.json) that
 *   later steps find through AZURE_CONFIG_DIR (the runner's HOME is this machine's, so the session
 *   lives in the job's temp instead of ~/.azure).
 * - `azure/webapps-deploy@v3` deploys a package to an app or one of its slots as the real one does
 *   for a code deployment with a CLI session: it reads the site (or slot) from ARM for its SCM host
 *   name, zips a folder package, posts it to Kudu's /api/zipdeploy?isAsync=true with the session's
 *   bearer token and polls the deployment until Kudu reports success (status 4) or failure (3).
 * Inputs the stand-ins cannot honour (a publish profile, containers, a service principal secret)
 * fail the step in one line.
 */
import { readFileSync, mkdirSync, writeFileSync, existsSync, statSync, readdirSync } from 'node:fs'
import { request } from 'node:https'
import { join, relative, resolve, sep } from 'node:path'
import { randomUUID } from 'node:crypto'
import type { StandIn } from './stand-ins.ts'
import { writeZip } from '@deploy-actions/storage/zip'

/** The cloud the machine's Azure CLI is registered to. */
export interface AzureCloud {
  authorityHost: string
  armEndpoint: string
}

const OIDC_AUDIENCE = 'api://AzureADTokenExchange'
/** The api-version the stand-in reads sites with (one the App Service stand-in serves). */
const WEB_API_VERSION = '2025-05-01'

interface Answer {
  status: number
  headers: Record<string, string | string[] | undefined>
  body: Buffer
}

/** One HTTPS request, trusting NODE_EXTRA_CA_CERTS of the step as a process of it would. */
function call(
  env: Record<string, string>,
  url: string,
  opts: { method?: string; headers?: Record<string, string>; body?: Buffer | string; timeoutMs?: number } = {},
): Promise<Answer> {
  const ca = env.NODE_EXTRA_CA_CERTS ? readFileSync(env.NODE_EXTRA_CA_CERTS) : undefined
  return new Promise((done, fail) => {
    const req = request(
      url,
      { method: opts.method ?? 'GET', headers: opts.headers, ca, timeout: opts.timeoutMs ?? 30_000 },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }))
        res.on('error', fail)
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer from ${new URL(url).origin} in time`)))
    req.on('error', fail)
    req.end(opts.body)
  })
}

const json = (a: Answer): Record<string, unknown> => {
  try {
    return JSON.parse(a.body.toString('utf8')) as Record<string, unknown>
  } catch {
    return {}
  }
}

/** The session azure/login leaves: what `az account get-access-token` would hand out. */
interface Session {
  subscriptionId: string
  tenantId: string
  clientId: string
  accessToken: string
  expiresOn: number
}

function readSession(env: Record<string, string>): Session | string {
  const dir = env.AZURE_CONFIG_DIR
  if (!dir || !existsSync(join(dir, 'azureProfile.json')))
    return 'there is no Azure CLI session: run azure/login before this step'
  const profile = JSON.parse(readFileSync(join(dir, 'azureProfile.json'), 'utf8')) as {
    subscriptions: Array<{ id: string; tenantId: string; isDefault: boolean; user: { name: string } }>
  }
  const sub = profile.subscriptions.find((s) => s.isDefault)
  if (!sub) return 'the Azure CLI session has no default subscription: run azure/login with subscription-id'
  const cache = JSON.parse(readFileSync(join(dir, 'msal_token_cache.json'), 'utf8')) as {
    AccessToken: Record<string, { secret: string; expires_on: string; client_id: string }>
  }
  const token = Object.values(cache.AccessToken).find((t) => t.client_id === sub.user.name)
  if (!token) return 'the Azure CLI session holds no access token: run azure/login again'
  const expiresOn = Number(token.expires_on) * 1000
  if (expiresOn <= Date.now()) return 'the Azure CLI session has expired: run azure/login again'
  return {
    subscriptionId: sub.id,
    tenantId: sub.tenantId,
    clientId: sub.user.name,
    accessToken: token.secret,
    expiresOn,
  }
}

function login(cloud: AzureCloud): StandIn {
  return {
    inputs: [
      'creds',
      'client-id',
      'tenant-id',
      'subscription-id',
      'enable-AzPSSession',
      'environment',
      'allow-no-subscriptions',
      'audience',
      'auth-type',
    ],
    async run({ inputs, env, runnerTemp, log }) {
      const no = (why: string) => ({ error: `azure/login: ${why}` })
      if (inputs.creds)
        return no(
          'creds (a service principal secret) is not served by this stand-in; sign in with OIDC (client-id, tenant-id, subscription-id)',
        )
      if ((inputs['auth-type'] || 'SERVICE_PRINCIPAL').toUpperCase() !== 'SERVICE_PRINCIPAL')
        return no(`auth-type ${inputs['auth-type']} is not served by this stand-in (SERVICE_PRINCIPAL with OIDC is)`)
      if (inputs['enable-AzPSSession'] === 'true')
        return no('enable-AzPSSession (Azure PowerShell) is not served by this stand-in')
      if ((inputs.environment || 'azurecloud').toLowerCase() !== 'azurecloud')
        return no(
          `environment ${inputs.environment} is not served by this stand-in (the machine's registered cloud, azurecloud, is)`,
        )
      const clientId = inputs['client-id'] ?? ''
      const tenantId = inputs['tenant-id'] ?? ''
      const subscriptionId = inputs['subscription-id'] ?? ''
      const allowNoSubscriptions = inputs['allow-no-subscriptions'] === 'true'
      if (!clientId || !tenantId)
        return no(
          "Using auth-type: SERVICE_PRINCIPAL. Not all values are present. Ensure 'client-id' and 'tenant-id' are supplied.",
        )
      if (!subscriptionId && !allowNoSubscriptions)
        return no("Ensure 'subscription-id' is supplied or 'allow-no-subscriptions' is 'true'.")
      const requestUrl = env.ACTIONS_ID_TOKEN_REQUEST_URL
      const requestToken = env.ACTIONS_ID_TOKEN_REQUEST_TOKEN
      if (!requestUrl || !requestToken)
        return no(
          'Failed to fetch federated token from GitHub. Please make sure to give write permissions to id-token in the workflow.',
        )
      const idUrl = new URL(requestUrl)
      idUrl.searchParams.set('audience', inputs.audience || OIDC_AUDIENCE)
      const id = await call(env, idUrl.href, { headers: { authorization: `Bearer ${requestToken}` } })
      const idToken = json(id).value
      if (id.status !== 200 || typeof idToken !== 'string')
        return no(`Failed to fetch federated token from GitHub (HTTP ${id.status}).`)
      const scope = `${cloud.armEndpoint.replace(/\/$/, '')}/.default`
      const form = new URLSearchParams({
        grant_type: 'client_credentials',
        client_id: clientId,
        client_assertion_type: 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer',
        client_assertion: idToken,
        scope,
      })
      const tokenAnswer = await call(env, `${cloud.authorityHost.replace(/\/$/, '')}/${tenantId}/oauth2/v2.0/token`, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: form.toString(),
      })
      const t = json(tokenAnswer)
      if (tokenAnswer.status !== 200 || typeof t.access_token !== 'string')
        return no(
          `Az CLI Login failed: ${JSON.stringify(t.error_description ?? t.error ?? `HTTP ${tokenAnswer.status}`)}`,
        )
      const accessToken = t.access_token
      const expiresOn = Math.floor(Date.now() / 1000) + Number(t.expires_in ?? 3599)
      const subscriptions: Array<Record<string, unknown>> = []
      if (subscriptionId) {
        const sub = await call(
          env,
          `${cloud.armEndpoint.replace(/\/$/, '')}/subscriptions/${encodeURIComponent(subscriptionId)}?api-version=2022-12-01`,
          { headers: { authorization: `Bearer ${accessToken}` } },
        )
        if (sub.status !== 200)
          return {
            error: `azure/login: Az CLI Login failed: the subscription ${subscriptionId} was not found for this identity (HTTP ${sub.status})`,
            secrets: [accessToken],
          }
        const s = json(sub)
        subscriptions.push({
          id: subscriptionId,
          name: s.displayName ?? subscriptionId,
          state: s.state ?? 'Enabled',
          user: { name: clientId, type: 'servicePrincipal' },
          isDefault: true,
          tenantId,
          environmentName: 'AzureCloud',
        })
      }
      const dir = join(runnerTemp, '.azure')
      mkdirSync(dir, { recursive: true })
      writeFileSync(
        join(dir, 'azureProfile.json'),
        JSON.stringify({ installationId: randomUUID(), subscriptions }, null, 2),
        { mode: 0o600 },
      )
      writeFileSync(
        join(dir, 'msal_token_cache.json'),
        JSON.stringify({
          AccessToken: {
            [`-${tenantId}-accesstoken-${clientId}-${tenantId}-${scope}`]: {
              credential_type: 'AccessToken',
              secret: accessToken,
              home_account_id: '',
              environment: new URL(cloud.authorityHost).host,
              client_id: clientId,
              target: scope,
              realm: tenantId,
              token_type: 'Bearer',
              cached_at: String(Math.floor(Date.now() / 1000)),
              expires_on: String(expiresOn),
            },
          },
        }),
        { mode: 0o600 },
      )
      log(
        `Federated token details: issuer - https://token.actions.githubusercontent.com, audience - ${inputs.audience || OIDC_AUDIENCE}`,
      )
      log('Login successful.')
      return { env: { AZURE_CONFIG_DIR: dir }, secrets: [accessToken, idToken] }
    },
  }
}

function webappsDeploy(cloud: AzureCloud): StandIn {
  const unserved = [
    'publish-profile',
    'images',
    'configuration-file',
    'startup-command',
    'sitecontainers-config',
    'type',
    'target-path',
    'clean',
    'restart',
  ]
  return {
    inputs: ['app-name', 'slot-name', 'package', 'resource-group-name', ...unserved],
    async run({ inputs, env, workspace, log }) {
      const no = (why: string) => ({ error: `azure/webapps-deploy: ${why}` })
      const given = unserved.filter((k) => inputs[k])
      if (given.length > 0)
        return no(`${given.join(', ')} not served by this stand-in (a code deployment with an azure/login session is)`)
      const appName = inputs['app-name'] ?? ''
      if (!appName) return no('Deployment Failed, Error: app-name is a required input.')
      const rg = inputs['resource-group-name'] ?? ''
      if (!rg)
        return no('resource-group-name is required by this stand-in (the real action finds it by listing resources)')
      const slot = inputs['slot-name'] || 'production'
      const session = readSession(env)
      if (typeof session === 'string') return no(`Deployment Failed, Error: ${session}`)
      const bearer = { authorization: `Bearer ${session.accessToken}` }

      const arm = cloud.armEndpoint.replace(/\/$/, '')
      const site = `/subscriptions/${session.subscriptionId}/resourceGroups/${rg}/providers/Microsoft.Web/sites/${appName}`
      const siteAnswer = await call(
        env,
        `${arm}${site}${slot === 'production' ? '' : `/slots/${slot}`}?api-version=${WEB_API_VERSION}`,
        { headers: bearer },
      )
      if (siteAnswer.status !== 200)
        return no(
          `Deployment Failed, Error: Resource ${appName}${slot === 'production' ? '' : `/${slot}`} of type Microsoft.Web/Sites doesn't exist (HTTP ${siteAnswer.status}).`,
        )
      const props = (json(siteAnswer).properties ?? {}) as {
        defaultHostName?: string
        hostNameSslStates?: Array<{ name: string; hostType: string }>
      }
      const scm = props.hostNameSslStates?.find((h) => h.hostType === 'Repository')?.name
      if (!scm) return no('Deployment Failed, Error: the app has no SCM (Kudu) host name')

      const pkgPath = resolve(workspace, inputs.package || '.')
      if (!existsSync(pkgPath))
        return no(`Deployment Failed, Error: No package found with specified pattern: ${inputs.package}`)
      let pkg: Buffer
      if (statSync(pkgPath).isDirectory()) {
        const files = walk(pkgPath)
        pkg = writeZip(files.map((f) => ({ name: relative(pkgPath, f).split(sep).join('/'), data: readFileSync(f) })))
        log(`Zipped ${files.length} file(s) of ${relative(workspace, pkgPath) || '.'}`)
      } else if (pkgPath.endsWith('.zip')) pkg = readFileSync(pkgPath)
      else
        return no(
          `Deployment Failed, Error: ${inputs.package} is not a folder or a .zip (war, jar and ear are not served by this stand-in)`,
        )

      log('Package deployment using ZIP Deploy initiated.')
      const posted = await call(env, `https://${scm}/api/zipdeploy?isAsync=true&deployer=GITHUB_ZIP_DEPLOY`, {
        method: 'POST',
        headers: { ...bearer, 'content-type': 'application/octet-stream', 'content-length': String(pkg.length) },
        body: pkg,
        timeoutMs: 120_000,
      })
      const location = posted.headers.location
      if (posted.status !== 202 || typeof location !== 'string')
        return no(
          `Deployment Failed, Error: Failed to deploy web package to App Service. ${posted.status} - ${posted.body.toString('utf8').slice(0, 300)}`,
        )
      const deadline = Date.now() + 10 * 60_000
      for (;;) {
        const polled = await call(env, location, { headers: bearer })
        const d = json(polled)
        if (polled.status === 200 && d.complete === true) {
          if (d.status === 4) break
          return no(
            `Deployment Failed, Error: Failed to deploy web package to App Service. ${JSON.stringify(d.message ?? '')}`,
          )
        }
        if (polled.status !== 200 && polled.status !== 202)
          return no(`Deployment Failed, Error: polling the deployment answered HTTP ${polled.status}`)
        if (Date.now() > deadline) return no('Deployment Failed, Error: the deployment did not complete in 10 minutes')
        await new Promise((wake) => setTimeout(wake, 250))
      }
      const url = `https://${props.defaultHostName}`
      log('Successfully deployed web package to App Service.')
      log(`App Service Application URL: ${url}`)
      return { outputs: { 'webapp-url': url } }
    },
  }
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
}

/** azure/login@v2 and azure/webapps-deploy@v3, against `cloud`. */
export function azureStandIns(cloud: AzureCloud): Map<string, StandIn> {
  return new Map([
    ['azure/login@v2', login(cloud)],
    ['azure/webapps-deploy@v3', webappsDeploy(cloud)],
  ])
}
