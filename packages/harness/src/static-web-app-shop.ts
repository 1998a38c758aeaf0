/**
 * One connected set of stand-ins for PhoenixVC's pipeline (deploy-static-web-app.yml and
 * rollback-static-web-app.yml), as a team's repository would run it: the Static Web App
 * `phoenixvc-web` in rg-phoenixvc (production and the environments deployments create, each on its
 * own host name), an Azure Front Door endpoint caching production in front of it (the URL users
 * get), Azurite holding the kept builds, Entra and GitHub OIDC, the GitHub REST stand-in holding
 * the release tags and checks, and a webhook receiver for Teams and the signed Logic App trigger.
 * The caller's repository is a folder with the site's sources and the callers, as in shop.ts.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { temporaryFolder } from './temp.ts'
import { join } from 'node:path'
import { runWorkflow, type RunnerOptions, type WorkflowEvent, type WorkflowRun } from './workflow/index.ts'
import { CLIENT_ID, startAzure, SUBSCRIPTION, TENANT, type Azure } from './emulators/azure.ts'
import { startAzurite, type Azurite } from './emulators/azurite.ts'
import { addCdn, type CdnHandle } from './emulators/cdn.ts'
import { type GitHubEmulator, hexId, startGitHub } from './emulators/github.ts'
import { addStaticSite, PRODUCTION_BUILD, type StaticSiteHandle } from './emulators/static-sites.ts'
import { startWebhook, type WebhookReceiver } from './emulators/webhook.ts'

export const BUILDS_CONTAINER = 'swa-builds'
export const BUILDS_PREFIX = 'phoenixvc-web'
/** The shared secret the Logic App checks the notifications' signature with. */
export const NOTIFY_WEBHOOK_SECRET = 'logic-app-shared-secret-0123456789'

/**
 * The site's build, as the caller's `build-command` (a Vite or webpack build in a real repository):
 * the sources copied to dist/, the release version stamped into the page and version.json.
 */
const BUILD_COMMAND =
  'rm -rf dist && mkdir -p dist && cp -R site/. dist/ && ' +
  'sed -i "s/__VERSION__/$VERSION/g" dist/index.html && printf \'{"version":"%s"}\' "$VERSION" > dist/version.json'

/** The caller on a tag push: the README's, with the stand-ins' endpoints. */
export const SITE_DEPLOY_CALLER = `name: deploy-site
on:
  push:
    tags: ['v*']
permissions:
  contents: read
  checks: read
  statuses: read
  deployments: write
  id-token: write
jobs:
  deploy:
    uses: octo-org/deploy-actions/.github/workflows/deploy-static-web-app.yml@v1
    with:
      environment-url: \${{ vars.SITE_URL }}
      resource-group: rg-phoenixvc
      name: phoenixvc-web
      build-command: ${JSON.stringify(BUILD_COMMAND)}
      builds-location: azblob://${BUILDS_CONTAINER}/${BUILDS_PREFIX}
      smoke-checks: |
        - url: /
        - url: /version.json
          version: $.version
        - url: /health.json
          json:
            $.status: ok
      smoke-timeout: 15s
      cdn-profile: phoenixvc-fd
      cdn-endpoint: phoenixvc
      azure-client-id: \${{ vars.AZURE_CLIENT_ID }}
      azure-tenant-id: \${{ vars.AZURE_TENANT_ID }}
      azure-subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      arm-endpoint: \${{ vars.AZURE_ARM_ENDPOINT }}
      authority-host: \${{ vars.AZURE_AUTHORITY_HOST }}
    secrets: inherit
`

/** The manual rollback by workflow_dispatch: the README's caller, with the stand-ins' endpoints. */
export const SITE_ROLLBACK_CALLER = `name: rollback-site
on:
  workflow_dispatch:
    inputs:
      version: { type: string, required: false }
      allow-expired-window: { type: boolean, default: false }
permissions:
  contents: read
  deployments: write
  id-token: write
jobs:
  rollback:
    uses: octo-org/deploy-actions/.github/workflows/rollback-static-web-app.yml@v1
    with:
      version: \${{ inputs.version }}
      allow-expired-window: \${{ inputs.allow-expired-window }}
      environment-url: \${{ vars.SITE_URL }}
      resource-group: rg-phoenixvc
      name: phoenixvc-web
      builds-location: azblob://${BUILDS_CONTAINER}/${BUILDS_PREFIX}
      smoke-timeout: 15s
      cdn-profile: phoenixvc-fd
      cdn-endpoint: phoenixvc
      azure-client-id: \${{ vars.AZURE_CLIENT_ID }}
      azure-tenant-id: \${{ vars.AZURE_TENANT_ID }}
      azure-subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      arm-endpoint: \${{ vars.AZURE_ARM_ENDPOINT }}
      authority-host: \${{ vars.AZURE_AUTHORITY_HOST }}
    secrets: inherit
`

export interface SiteShop {
  azure: Azure
  site: StaticSiteHandle
  cdn: CdnHandle
  azurite: Azurite
  gh: GitHubEmulator
  webhook: WebhookReceiver
  repo: string
  vars: Record<string, string>
  secrets: Record<string, string>
  /** The site's sources in the caller's repository: what the next build builds (health.json's status). */
  writeSource(opts: { health?: string }): void
  writeWorkflow(name: string, text: string): void
  release(tag: string): string
  run(workflow: string, event: WorkflowEvent, log?: (line: string) => void): Promise<WorkflowRun>
  /** What production serves through the CDN at `path` (a user's view). */
  throughCdn(path: string): Promise<{ status: number; text: string }>
  close(): Promise<void>
}

export async function startSiteShop(opts: { callers?: Record<string, string> } = {}): Promise<SiteShop> {
  const azure = await startAzure()
  const [site, azurite, gh, webhook] = await Promise.all([
    addStaticSite(azure, {
      production: {
        '/index.html': '<h1>PhoenixVC v1.4.0</h1>',
        '/version.json': '{"version":"v1.4.0"}',
        '/health.json': '{"status":"ok"}',
      },
    }),
    startAzurite(),
    startGitHub({ repo: 'phoenixvc' }),
    startWebhook(),
  ])
  const cdn = await addCdn(azure, { resourceGroup: site.resourceGroup, origin: () => site.url(PRODUCTION_BUILD) })
  await azurite.createContainer(BUILDS_CONTAINER)
  const repo = temporaryFolder('site-repo-')
  mkdirSync(join(repo, '.github', 'workflows'), { recursive: true })
  mkdirSync(join(repo, 'site', 'assets'), { recursive: true })
  const writeSource = ({ health = 'ok' }: { health?: string }) => {
    writeFileSync(join(repo, 'site', 'index.html'), '<!doctype html><h1>PhoenixVC __VERSION__</h1>\n')
    writeFileSync(join(repo, 'site', 'assets', 'app.css'), 'h1 { color: #f60 }\n')
    writeFileSync(join(repo, 'site', 'health.json'), JSON.stringify({ status: health }))
  }
  writeSource({})
  const callers = opts.callers ?? {
    'deploy-site.yml': SITE_DEPLOY_CALLER,
    'rollback-site.yml': SITE_ROLLBACK_CALLER,
  }
  for (const [name, text] of Object.entries(callers)) writeFileSync(join(repo, '.github', 'workflows', name), text)

  const secrets = {
    AZURE_STORAGE_CONNECTION_STRING: azurite.connectionString,
    TEAMS_WEBHOOK_URL: webhook.teamsUrl,
    NOTIFY_WEBHOOK_URL: webhook.logicAppUrl,
    NOTIFY_WEBHOOK_SECRET,
  }
  const vars = {
    SITE_URL: cdn.url,
    AZURE_CLIENT_ID: CLIENT_ID,
    AZURE_TENANT_ID: TENANT,
    AZURE_SUBSCRIPTION_ID: SUBSCRIPTION,
    AZURE_ARM_ENDPOINT: azure.url,
    AZURE_AUTHORITY_HOST: azure.url,
  }
  const { NODE_EXTRA_CA_CERTS = '', ...oidcEnv } = azure.env
  const options: RunnerOptions = {
    repository: 'octo-org/phoenixvc',
    actor: 'alice',
    secrets,
    vars,
    checkout: repo,
    machineEnv: { NODE_EXTRA_CA_CERTS },
    oidcEnv,
    issueToken: (p) => gh.issueToken(p),
    apiUrl: gh.url,
  }
  return {
    azure,
    site,
    cdn,
    azurite,
    gh,
    webhook,
    repo,
    vars,
    secrets,
    writeSource,
    writeWorkflow: (name, text) => writeFileSync(join(repo, '.github', 'workflows', name), text),
    release(tag) {
      const sha = hexId(`site release ${tag}`)
      gh.addTag(tag, sha, { annotated: true })
      gh.addCheckRun(sha, { name: 'build' })
      gh.addCheckRun(sha, { name: 'test' })
      return sha
    },
    run: (workflow, event, log) =>
      runWorkflow(join(repo, '.github', 'workflows', workflow), event, { ...options, onLog: log }),
    async throughCdn(path) {
      // The CDN's certificate is the test CA's: read it as a user's browser trusting it would.
      const { request } = await import('node:https')
      return new Promise((resolve, reject) => {
        const req = request(`${cdn.url}${path}`, { ca: azure.tls.ca }, (res) => {
          const chunks: Buffer[] = []
          res.on('data', (c: Buffer) => chunks.push(c))
          res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
        })
        req.on('error', reject)
        req.end()
      })
    },
    async close() {
      await Promise.all([cdn.close(), site.close(), gh.close(), webhook.close(), azurite.close()])
      await azure.close()
    },
  }
}
