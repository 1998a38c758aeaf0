/**
 * Microsoft.Web/staticSites in the ARM emulator, with a data plane. A Static Web App has a
 * production environment (build `default`) and named environments (builds/{environmentName});
 * each environment is served on its own host name (`127.0.0.1:PORT`, HTTPS with the test CA), as
 * ARM gives it in the build's `hostname`. A zip deployment (staticSites/{name}/zipdeploy for
 * production, builds/{env}/zipdeploy for another environment, a StaticSiteZipDeploymentARMResource
 * whose properties.appZipUrl is required) is a long-running operation polled through Location, as
 * the SDK polls it: the service FETCHES the zip from appZipUrl (e.g. a Blob SAS URL on Azurite),
 * unzips it and, after the build's status went Uploading → Deploying, serves the files as Ready;
 * a zip it cannot fetch or read leaves the build Failed and the files it served before in place.
 * A deployment to a named environment that does not exist creates it (a new host name). Static Web
 * Apps has no traffic split: an environment serves exactly one build.
 */
import { createHash } from 'node:crypto'
import { createServer, type Server } from 'node:https'
import type { AddressInfo } from 'node:net'
import { extname } from 'node:path'
import { unzipBuffer } from '@deploy-actions/storage/zip'
import { armError, SUBSCRIPTION, type Azure } from './azure.ts'

/** The production environment's build name, as ARM names it. */
export const PRODUCTION_BUILD = 'default'

export type BuildStatus = 'WaitingForDeployment' | 'Uploading' | 'Deploying' | 'Ready' | 'Failed'

export interface Environment {
  name: string
  /** `127.0.0.1:PORT`, the build's hostname in ARM. */
  hostname: string
  status: BuildStatus
  /** The files served, by path (`/index.html`). */
  files: Map<string, Buffer>
  createdAt: string
  updatedAt: string
  /** Requests served, by path. */
  requests: string[]
}

export interface ZipDeployment {
  environment: string
  appZipUrl: string
  deploymentTitle?: string
  at: number
  /** Set when the deployment ended. */
  result?: 'Ready' | 'Failed'
  /** Why it failed. */
  error?: string
  /** SHA-256 of the zip fetched. */
  sha256?: string
}

export interface StaticSiteHandle {
  name: string
  resourceGroup: string
  id: string
  environments: Map<string, Environment>
  /** https://127.0.0.1:PORT of an environment (`default` is production). */
  url(environment?: string): string
  /** The text an environment serves at `path`, or undefined. */
  text(environment: string, path: string): string | undefined
  deployments: ZipDeployment[]
  /** How long a deployment stays Uploading, then Deploying (each). */
  stepMs: number
  /** The next deployment fails on the platform (status Failed, nothing changes). */
  failNextDeployment: boolean
  close(): Promise<void>
}

export interface StaticSiteOptions {
  name?: string
  resourceGroup?: string
  location?: string
  /** What production serves at the start, by path. */
  production?: Record<string, string>
}

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
}

/** Environment names as Static Web Apps takes them: lowercase letters, digits and hyphens. */
const ENVIRONMENT_NAME = /^[a-z0-9][a-z0-9-]{0,39}$/

export async function addStaticSite(azure: Azure, opts: StaticSiteOptions = {}): Promise<StaticSiteHandle> {
  const name = opts.name ?? 'phoenixvc-web'
  const rg = opts.resourceGroup ?? 'rg-phoenixvc'
  const location = opts.location ?? 'West Europe'
  const id = `/subscriptions/${SUBSCRIPTION}/resourceGroups/${rg}/providers/Microsoft.Web/staticSites/${name}`
  const servers: Server[] = []

  const handle: StaticSiteHandle = {
    name,
    resourceGroup: rg,
    id,
    environments: new Map(),
    url: (environment = PRODUCTION_BUILD) => `https://${env(environment).hostname}`,
    text: (environment, path) => env(environment).files.get(path)?.toString('utf8'),
    deployments: [],
    stepMs: 150,
    failNextDeployment: false,
    close: async () => {
      for (const s of servers) {
        s.closeAllConnections()
        await new Promise<void>((done) => s.close(() => done()))
      }
    },
  }
  const env = (environment: string): Environment => {
    const e = handle.environments.get(environment)
    if (!e) throw new Error(`no environment ${environment}`)
    return e
  }

  async function createEnvironment(environment: string): Promise<Environment> {
    const now = new Date().toISOString()
    const e: Environment = {
      name: environment,
      hostname: '',
      status: 'WaitingForDeployment',
      files: new Map(),
      createdAt: now,
      updatedAt: now,
      requests: [],
    }
    const server = createServer({ key: azure.tls.key, cert: azure.tls.cert }, (req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'https://x').pathname)
      e.requests.push(path)
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { allow: 'GET, HEAD' }).end()
        return
      }
      // A folder serves its index.html, as Static Web Apps does.
      const candidates = path.endsWith('/') ? [`${path}index.html`] : [path, `${path}/index.html`]
      // The platform reads its configuration file and never serves it.
      const file = candidates
        .filter((p) => !/(?:^|\/)(?:staticwebapp\.config\.json|routes\.json)$/.test(p))
        .map((p) => [p, e.files.get(p)] as const)
        .find(([, f]) => f !== undefined)
      if (!file) {
        const notFound = e.files.get('/404.html')
        res.writeHead(404, { 'content-type': notFound ? CONTENT_TYPES['.html'] : 'text/plain' })
        res.end(req.method === 'HEAD' ? undefined : (notFound ?? 'Not Found'))
        return
      }
      const [p, body] = file as readonly [string, Buffer]
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(p)] ?? 'application/octet-stream',
        'content-length': String(body.length),
        etag: `"${createHash('sha256').update(body).digest('hex').slice(0, 16)}"`,
        'cache-control': 'public, max-age=3600',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    })
    await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
    servers.push(server)
    e.hostname = `127.0.0.1:${(server.address() as AddressInfo).port}`
    handle.environments.set(environment, e)
    return e
  }

  const production = await createEnvironment(PRODUCTION_BUILD)
  production.status = 'Ready'
  for (const [path, text] of Object.entries(opts.production ?? { '/index.html': '<h1>PhoenixVC</h1>' }))
    production.files.set(path, Buffer.from(text))

  const buildBody = (e: Environment) => ({
    id: `${id}/builds/${e.name}`,
    name: e.name,
    type: 'Microsoft.Web/staticSites/builds',
    properties: {
      buildId: e.name,
      sourceBranch: e.name === PRODUCTION_BUILD ? 'main' : e.name,
      hostname: e.hostname,
      createdTimeUtc: e.createdAt,
      lastUpdatedOn: e.updatedAt,
      status: e.status,
      userProvidedFunctionApps: [],
      linkedBackends: [],
    },
  })
  const siteBody = () => ({
    id,
    name,
    type: 'Microsoft.Web/staticSites',
    location,
    sku: { name: 'Standard', tier: 'Standard' },
    properties: {
      defaultHostname: production.hostname,
      customDomains: [],
      stagingEnvironmentPolicy: 'Enabled',
      allowConfigFileUpdates: true,
      provider: 'None',
      enterpriseGradeCdnStatus: 'Disabled',
    },
  })
  const buildNotFound = (environment: string) =>
    armError(
      404,
      'NotFound',
      `Cannot find the build ${environment} of the static site ${name} in resource group ${rg}.`,
    )

  const escaped = id.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')
  azure.route('GET', new RegExp(`^${escaped}$`), () => ({ status: 200, body: siteBody() }))
  azure.route('GET', new RegExp(`^${escaped}/builds$`), () => ({
    status: 200,
    body: { value: [...handle.environments.values()].map(buildBody) },
  }))
  azure.route('GET', new RegExp(`^${escaped}/builds/([^/]+)$`), ({ match }) => {
    const e = handle.environments.get(match[1] as string)
    return e ? { status: 200, body: buildBody(e) } : buildNotFound(match[1] as string)
  })

  const zipDeploy = async (environment: string, resourcePath: string, body: unknown) => {
    const props = (body as { properties?: Record<string, unknown> } | undefined)?.properties
    const appZipUrl = props?.appZipUrl
    if (typeof appZipUrl !== 'string' || appZipUrl === '')
      return armError(400, 'BadRequest', 'The parameter properties.appZipUrl is required.')
    let parsed: URL
    try {
      parsed = new URL(appZipUrl)
    } catch {
      return armError(400, 'BadRequest', 'The parameter properties.appZipUrl must be an absolute URL.')
    }
    if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:')
      return armError(400, 'BadRequest', 'The parameter properties.appZipUrl must be an http(s) URL.')
    if (environment !== PRODUCTION_BUILD && !ENVIRONMENT_NAME.test(environment))
      return armError(400, 'BadRequest', `The environment name ${environment} is not valid.`)
    const e = handle.environments.get(environment) ?? (await createEnvironment(environment))
    if (e.status === 'Uploading' || e.status === 'Deploying')
      return armError(409, 'Conflict', `A deployment to the environment ${environment} is already in progress.`)
    const deployment: ZipDeployment = {
      environment,
      appZipUrl,
      deploymentTitle: typeof props?.deploymentTitle === 'string' ? props.deploymentTitle : undefined,
      at: Date.now(),
    }
    handle.deployments.push(deployment)
    const failPlatform = handle.failNextDeployment
    handle.failNextDeployment = false
    e.status = 'Uploading'
    e.updatedAt = new Date().toISOString()
    const finished = (async () => {
      const wait = () => new Promise((wake) => setTimeout(wake, handle.stepMs).unref())
      try {
        await wait()
        const res = await fetch(appZipUrl, { signal: AbortSignal.timeout(30_000) })
        if (!res.ok) throw new Error(`fetching appZipUrl answered ${res.status}`)
        const zip = Buffer.from(await res.arrayBuffer())
        deployment.sha256 = createHash('sha256').update(zip).digest('hex')
        const entries = await unzipBuffer(zip)
        e.status = 'Deploying'
        e.updatedAt = new Date().toISOString()
        await wait()
        if (failPlatform) throw new Error('the platform failed the deployment')
        e.files = new Map([...entries].map(([p, bytes]) => [`/${p.replace(/^\/+/, '')}`, bytes]))
        e.status = 'Ready'
        deployment.result = 'Ready'
      } catch (err) {
        e.status = 'Failed'
        deployment.result = 'Failed'
        deployment.error = err instanceof Error ? err.message : String(err)
      }
      e.updatedAt = new Date().toISOString()
    })()
    void finished
    return {
      status: 202,
      headers: azure.locationOperation(resourcePath, {
        done: () => deployment.result !== undefined,
        failed: () =>
          deployment.result === 'Failed'
            ? armError(400, 'DeploymentFailed', `The deployment failed: ${deployment.error ?? 'unknown'}`)
            : undefined,
      }),
    }
  }
  azure.route('POST', new RegExp(`^${escaped}/zipdeploy$`), ({ path, body }) =>
    zipDeploy(PRODUCTION_BUILD, path.replace(/\/zipdeploy$/, ''), body),
  )
  azure.route('POST', new RegExp(`^${escaped}/builds/([^/]+)/zipdeploy$`), ({ match, path, body }) =>
    zipDeploy(match[1] as string, path.replace(/\/zipdeploy$/, ''), body),
  )
  return handle
}
