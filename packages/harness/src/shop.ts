/**
 * One connected set of stand-ins for running the reusable workflows through a caller, as a team's
 * repository would: the Container App `shop` in rg-shop (its revisions serve the shop that the
 * canary gates and smoke tests probe, through the app's weighted front door), Entra and GitHub
 * OIDC, the GitHub REST stand-in holding the release tags and checks and minting each job's
 * GITHUB_TOKEN, one PostgreSQL database (the one the backup dumps, the migration changes and the
 * rollback restores), an S3 bucket for the backups, and a Slack webhook receiver. Beside it, Tesoro's
 * App Service app `tesoro-web` in rg-tesoro with a staging slot (its SCM site takes the zip deploys of
 * azure/webapps-deploy), signed in to through azure/login. The caller's repository (workflows,
 * migrations, the app's sources) is a folder that actions/checkout copies.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { temporaryFolder } from './temp.ts'
import { runWorkflow, type RunnerOptions, type WorkflowEvent, type WorkflowRun } from './workflow/index.ts'
import { CLIENT_ID, startAzure, SUBSCRIPTION, TENANT, type Azure } from './emulators/azure.ts'
import { addContainerApp, type ContainerAppHandle } from './emulators/container-apps.ts'
import { addAppService, type AppServiceHandle } from './emulators/app-service.ts'
import { addAzureSql, type AzureSqlHandle } from './emulators/azure-sql.ts'
import { startAzurite, type Azurite } from './emulators/azurite.ts'
import { azureStandIns, defaultStandIns } from './workflow/index.ts'
import { type GitHubEmulator, hexId, startGitHub } from './emulators/github.ts'
import { startPostgres, type Postgres } from './emulators/postgres.ts'
import { S3_ACCESS_KEY, S3_SECRET_KEY, startS3, type S3StandIn } from './emulators/s3.ts'
import { startWebhook, type WebhookReceiver } from './emulators/webhook.ts'
import { startKeyVault, type KeyVault } from './emulators/key-vault.ts'

export const BUCKET = 'octo-backups'
/** The bucket's region: requests signed for another are refused, as S3 refuses them. */
export const BUCKET_REGION = 'eu-west-1'
export const DATABASE = 'shop'

/** The caller on a tag push: the README's, with the stand-ins' endpoints and short bakes. */
export const DEPLOY_CALLER = `name: deploy
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
    uses: octo-org/deploy-actions/.github/workflows/deploy-production.yml@v1
    with:
      environment-url: \${{ vars.SHOP_URL }}
      resource-group: rg-shop
      app: shop
      image: ghcr.io/octo-org/shop
      stages: 50%:2s, 100%:2s
      interval: 1s
      database-engine: postgres
      backup-destination: s3://${BUCKET}/shop
      s3-region: ${BUCKET_REGION}
      s3-endpoint: \${{ vars.S3_ENDPOINT }}
      migration-command: psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f migrations/001_loyalty.sql
      azure-client-id: \${{ vars.AZURE_CLIENT_ID }}
      azure-tenant-id: \${{ vars.AZURE_TENANT_ID }}
      azure-subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      arm-endpoint: \${{ vars.AZURE_ARM_ENDPOINT }}
      authority-host: \${{ vars.AZURE_AUTHORITY_HOST }}
    secrets: inherit
`

/** The manual rollback by workflow_dispatch: the README's caller, with the stand-ins' endpoints. */
export const ROLLBACK_CALLER = `name: rollback
on:
  workflow_dispatch:
    inputs:
      environment: { type: choice, options: [production], default: production }
      deployment-id: { type: string, required: false }
      restore-database: { type: boolean, default: false }
permissions:
  contents: read
  deployments: read
  id-token: write
jobs:
  rollback:
    uses: octo-org/deploy-actions/.github/workflows/rollback.yml@v1
    with:
      environment: \${{ inputs.environment }}
      deployment-id: \${{ inputs.deployment-id }}
      restore-database: \${{ inputs.restore-database }}
      environment-url: \${{ vars.SHOP_URL }}
      resource-group: rg-shop
      app: shop
      s3-region: ${BUCKET_REGION}
      s3-endpoint: \${{ vars.S3_ENDPOINT }}
      azure-client-id: \${{ vars.AZURE_CLIENT_ID }}
      azure-tenant-id: \${{ vars.AZURE_TENANT_ID }}
      azure-subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      arm-endpoint: \${{ vars.AZURE_ARM_ENDPOINT }}
      authority-host: \${{ vars.AZURE_AUTHORITY_HOST }}
    secrets: inherit
`

/**
 * The database as an Npgsql connection string (what a .NET team keeps in Key Vault), for `url`, a
 * postgres:// URL of the stand-in.
 */
export function npgsqlConnectionString(url: string): string {
  const u = new URL(url)
  const quoted = (v: string) => `"${v.replaceAll('"', '""')}"`
  return (
    `Host=${u.hostname};Port=${u.port};Database=${decodeURIComponent(u.pathname.slice(1))};` +
    `Username=${decodeURIComponent(u.username)};Password=${quoted(decodeURIComponent(u.password))};SSL Mode=Disable;Pooling=true`
  )
}

/**
 * LankaConnect's shape (its public workflows): a deploy on every push to main (the commit is the
 * version) or by dispatch with a version, the API and the UI as two Container Apps in one release,
 * and the Npgsql connection string read from Key Vault as DATABASE_URL for the backup.
 */
export const LANKA_CALLER = `name: deploy
on:
  push:
    branches: [main]
  workflow_dispatch:
    inputs:
      version: { type: string, required: false }
permissions:
  contents: read
  checks: read
  statuses: read
  deployments: write
  id-token: write
jobs:
  deploy:
    uses: octo-org/deploy-actions/.github/workflows/deploy-production.yml@v1
    with:
      version: \${{ inputs.version }}
      environment-url: \${{ vars.SHOP_URL }}
      resource-group: rg-shop
      apps: |
        - name: shop
          image: ghcr.io/octo-org/shop
        - name: shop-ui
          image: ghcr.io/octo-org/shop-ui
          checks:
            - url: /version
              version: $.version
      stages: 10%:2s, 100%:1s
      interval: 1s
      key-vault: \${{ vars.KEY_VAULT }}
      key-vault-secrets: database-connection-string:DATABASE_URL
      database-engine: postgres
      backup-destination: s3://${BUCKET}/lanka
      s3-region: ${BUCKET_REGION}
      s3-endpoint: \${{ vars.S3_ENDPOINT }}
      azure-client-id: \${{ vars.AZURE_CLIENT_ID }}
      azure-tenant-id: \${{ vars.AZURE_TENANT_ID }}
      azure-subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      arm-endpoint: \${{ vars.AZURE_ARM_ENDPOINT }}
      authority-host: \${{ vars.AZURE_AUTHORITY_HOST }}
    secrets:
      AWS_ACCESS_KEY_ID: \${{ secrets.AWS_ACCESS_KEY_ID }}
      AWS_SECRET_ACCESS_KEY: \${{ secrets.AWS_SECRET_ACCESS_KEY }}
      SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
`

/** LankaConnect's rollback: both apps back to their previous revisions. */
export const LANKA_ROLLBACK_CALLER = ROLLBACK_CALLER.replace(
  '      app: shop\n',
  '      apps: |\n        - name: shop\n        - name: shop-ui\n',
)

/** Tesoro's App Service app: production serves v1.4.0, the staging slot an older build. */
export const TESORO_APP = 'tesoro-web'
export const TESORO_RESOURCE_GROUP = 'rg-tesoro'

/**
 * The App Service caller on a tag push: the README's, with the stand-ins' endpoints and short
 * bakes. A build job packs the site (here: the sources plus build.json naming the version, which
 * the App Service stand-in's runtime serves) and hands it over as the artifact `build`.
 */
export const APP_SERVICE_CALLER = `name: deploy-app-service
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
  build:
    runs-on: ubuntu-latest
    permissions:
      contents: read
    steps:
      - uses: actions/checkout@v4
        with:
          persist-credentials: false
      - name: Build
        run: |
          mkdir -p out
          cp -R web/. out/
          printf '{"version":"%s"}\\n' "$GITHUB_REF_NAME" > out/build.json
      - uses: actions/upload-artifact@v4
        with:
          name: build
          path: out
  deploy:
    needs: build
    uses: octo-org/deploy-actions/.github/workflows/deploy-app-service.yml@v1
    with:
      environment-url: \${{ vars.TESORO_URL }}
      resource-group: ${TESORO_RESOURCE_GROUP}
      app: ${TESORO_APP}
      slot: staging
      artifact: build
      timezone: Europe/Madrid
      warmup-paths: /, /health
      slot-checks: |
        - name: health
          url: /health
          json:
            $.status: healthy
        - name: rewards
          url: /api/rewards/status
      bake: 3s
      interval: 1s
      database-engine: postgres
      backup-destination: s3://${BUCKET}/tesoro
      s3-region: ${BUCKET_REGION}
      s3-endpoint: \${{ vars.S3_ENDPOINT }}
      migration-command: psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f migrations/001_loyalty.sql
      rollback-workflow: rollback-app-service.yml
      azure-client-id: \${{ vars.AZURE_CLIENT_ID }}
      azure-tenant-id: \${{ vars.AZURE_TENANT_ID }}
      azure-subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      arm-endpoint: \${{ vars.AZURE_ARM_ENDPOINT }}
      authority-host: \${{ vars.AZURE_AUTHORITY_HOST }}
    secrets: inherit
`

/** The App Service manual rollback by workflow_dispatch: the README's caller, with the stand-ins' endpoints. */
export const APP_SERVICE_ROLLBACK_CALLER = `name: rollback-app-service
on:
  workflow_dispatch:
    inputs:
      environment: { type: choice, options: [production], default: production }
      deployment-id: { type: string, required: false }
      restore-database: { type: boolean, default: false }
      allow-expired-window: { type: boolean, default: false }
permissions:
  contents: read
  deployments: read
  id-token: write
jobs:
  rollback:
    uses: octo-org/deploy-actions/.github/workflows/rollback-app-service.yml@v1
    with:
      environment: \${{ inputs.environment }}
      deployment-id: \${{ inputs.deployment-id }}
      restore-database: \${{ inputs.restore-database }}
      allow-expired-window: \${{ inputs.allow-expired-window }}
      environment-url: \${{ vars.TESORO_URL }}
      resource-group: ${TESORO_RESOURCE_GROUP}
      app: ${TESORO_APP}
      slot: staging
      s3-region: ${BUCKET_REGION}
      s3-endpoint: \${{ vars.S3_ENDPOINT }}
      azure-client-id: \${{ vars.AZURE_CLIENT_ID }}
      azure-tenant-id: \${{ vars.AZURE_TENANT_ID }}
      azure-subscription-id: \${{ vars.AZURE_SUBSCRIPTION_ID }}
      arm-endpoint: \${{ vars.AZURE_ARM_ENDPOINT }}
      authority-host: \${{ vars.AZURE_AUTHORITY_HOST }}
    secrets: inherit
`

/** Tesoro's Azure SQL server, database and the Blob container its bacpac exports go to (startShop({ azureSql: true })). */
export const TESORO_SQL_SERVER = 'tesoro-sql'
export const TESORO_DATABASE = 'tesoro'
export const TESORO_SQL_ADMIN = 'sqladmin'
export const TESORO_BACKUP_CONTAINER = 'backups'

/**
 * The App Service caller with Tesoro's database, Azure SQL: a bacpac export to Blob storage before
 * the swap. Its storage and SQL secrets are passed by name (not inherited), as a repository that
 * holds other pipelines' secrets too would.
 */
export const APP_SERVICE_AZURE_SQL_CALLER = APP_SERVICE_CALLER.replace(
  / {6}database-engine: postgres\n[\s\S]*? {6}migration-command: .*\n/,
  `      database-engine: azure-sql
      azure-sql-server: ${TESORO_SQL_SERVER}
      database: ${TESORO_DATABASE}
      azure-sql-admin-login: ${TESORO_SQL_ADMIN}
      backup-destination: azblob://${TESORO_BACKUP_CONTAINER}/tesoro
`,
).replace(
  '    secrets: inherit\n',
  `    secrets:
      AZURE_STORAGE_CONNECTION_STRING: \${{ secrets.TESORO_STORAGE_CONNECTION_STRING }}
      AZURE_SQL_ADMIN_PASSWORD: \${{ secrets.TESORO_SQL_ADMIN_PASSWORD }}
      SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
`,
)

/** The App Service rollback with Tesoro's Azure SQL database: a restore goes into a new database, tesoro-rollback. */
export const APP_SERVICE_AZURE_SQL_ROLLBACK_CALLER = APP_SERVICE_ROLLBACK_CALLER.replace(
  '      slot: staging\n',
  `      slot: staging
      restore-database-name: ${TESORO_DATABASE}-rollback
      azure-sql-admin-login: ${TESORO_SQL_ADMIN}
`,
).replace(
  '    secrets: inherit\n',
  `    secrets:
      AZURE_STORAGE_CONNECTION_STRING: \${{ secrets.TESORO_STORAGE_CONNECTION_STRING }}
      AZURE_SQL_ADMIN_PASSWORD: \${{ secrets.TESORO_SQL_ADMIN_PASSWORD }}
      SLACK_WEBHOOK_URL: \${{ secrets.SLACK_WEBHOOK_URL }}
`,
)

export interface Shop {
  azure: Azure
  app: ContainerAppHandle
  /** The second Container App (ShopOptions.secondApp), e.g. the UI released with the API. */
  second?: ContainerAppHandle
  /** The Key Vault (ShopOptions.keyVault), holding database-connection-string as an Npgsql string. */
  keyVault?: KeyVault
  /** Tesoro's App Service app with its staging slot. */
  appService: AppServiceHandle
  /** With `azureSql`: Tesoro's Azure SQL server (Microsoft.Sql on the ARM stand-in) and the Blob storage of its exports. */
  sql?: AzureSqlHandle
  azurite?: Azurite
  gh: GitHubEmulator
  pg: Postgres
  s3: S3StandIn
  webhook: WebhookReceiver
  /** The caller's repository (what actions/checkout copies): workflows, migrations, `npm run migrate`. */
  repo: string
  /** The backup bucket in the S3 stand-in. */
  bucket: string
  /** What the stand-ins give a run: the repository's variables and secrets. */
  vars: Record<string, string>
  secrets: Record<string, string>
  /** Writes a workflow into the caller's repository. */
  writeWorkflow(name: string, text: string): void
  /** Tags a release on a commit of its own with green checks (or a failed test); returns the commit. */
  release(tag: string, opts?: { red?: boolean }): string
  /**
   * Runs a workflow of the caller's repository for `event`; `review` gives environments required
   * reviewers and decides for them (RunnerOptions.environments and review).
   */
  run(
    workflow: string,
    event: WorkflowEvent,
    log?: (line: string) => void,
    review?: Pick<RunnerOptions, 'environments' | 'review'>,
  ): Promise<WorkflowRun>
  close(): Promise<void>
}

export interface ShopOptions {
  /** The Container App's name and resource group (a caller's `app` and `resource-group`). */
  app?: string
  resourceGroup?: string
  /** The backup bucket (a caller's s3:// backup-destination) and its region. */
  bucket?: string
  bucketRegion?: string
  /** Caller workflows by file name; those of this file by default. */
  callers?: Record<string, string>
  /** A second Container App in the same resource group, released with the first (LankaConnect's UI). */
  secondApp?: string
  /** A Key Vault (vars.KEY_VAULT) holding database-connection-string: the database as an Npgsql string. */
  keyVault?: boolean
  /** Adds Tesoro's Azure SQL database and Blob storage (Azurite) for its bacpac exports. */
  azureSql?: boolean
}

export async function startShop(opts: ShopOptions = {}): Promise<Shop> {
  const azure = await startAzure()
  const [app, appService, gh, pg, s3, webhook] = await Promise.all([
    addContainerApp(azure, { name: opts.app ?? 'shop', resourceGroup: opts.resourceGroup ?? 'rg-shop' }),
    addAppService(azure, {
      name: TESORO_APP,
      resourceGroup: TESORO_RESOURCE_GROUP,
      slots: { production: { version: 'v1.4.0' }, staging: { version: 'v1.3.0' } },
    }),
    startGitHub(),
    startPostgres(),
    startS3(),
    startWebhook(),
  ])
  const second = opts.secondApp
    ? await addContainerApp(azure, { name: opts.secondApp, resourceGroup: opts.resourceGroup ?? 'rg-shop' })
    : undefined
  const keyVault = opts.keyVault ? await startKeyVault(azure) : undefined
  keyVault?.set('database-connection-string', npgsqlConnectionString(pg.url(DATABASE)))
  await s3.createBucket(opts.bucket ?? BUCKET, { region: opts.bucketRegion ?? BUCKET_REGION })
  let sql: AzureSqlHandle | undefined
  let azurite: Azurite | undefined
  const sqlAdminPassword = `Tesoro-${Math.random().toString(36).slice(2, 12)}-Sql1`
  if (opts.azureSql) {
    azurite = await startAzurite()
    await azurite.createContainer(TESORO_BACKUP_CONTAINER)
    sql = addAzureSql(azure)
    const server = sql.addServer({
      name: TESORO_SQL_SERVER,
      resourceGroup: TESORO_RESOURCE_GROUP,
      adminLogin: TESORO_SQL_ADMIN,
      adminPassword: sqlAdminPassword,
    })
    sql.addDatabase(server, TESORO_DATABASE, {
      rewards: Array.from({ length: 200 }, (_, i) => ({ id: i + 1, customer: 1 + (i % 50), points: i * 10 })),
    })
  }
  await pg.createDatabase(DATABASE)
  await pg.sql(
    DATABASE,
    `CREATE TABLE customers (id int PRIMARY KEY, name text NOT NULL);
     INSERT INTO customers SELECT g, 'customer ' || g FROM generate_series(1, 500) g;`,
  )
  const repo = temporaryFolder('caller-repo-')
  mkdirSync(join(repo, '.github', 'workflows'), { recursive: true })
  mkdirSync(join(repo, 'migrations'))
  const callers = opts.callers ?? {
    'deploy.yml': DEPLOY_CALLER,
    'rollback.yml': ROLLBACK_CALLER,
    // The same pipeline with no rollback window: every rollback comes after it.
    'deploy-no-window.yml': DEPLOY_CALLER.replace('      app: shop\n', '      app: shop\n      rollback-window: 0m\n'),
    'deploy-app-service.yml': APP_SERVICE_CALLER,
    'deploy-app-service-azure-sql.yml': APP_SERVICE_AZURE_SQL_CALLER,
    'rollback-app-service.yml': APP_SERVICE_ROLLBACK_CALLER,
    'rollback-app-service-azure-sql.yml': APP_SERVICE_AZURE_SQL_ROLLBACK_CALLER,
    'deploy-app-service-no-window.yml': APP_SERVICE_CALLER.replace(
      '      rollback-workflow:',
      '      rollback-window: 0m\n      rollback-workflow:',
    ),
  }
  for (const [name, text] of Object.entries(callers)) writeFileSync(join(repo, '.github', 'workflows', name), text)
  // The README's `migration-command: npm run migrate`, as a Node project would have it.
  writeFileSync(
    join(repo, 'package.json'),
    JSON.stringify(
      {
        name: 'shop',
        private: true,
        scripts: { migrate: 'psql "$DATABASE_URL" -v ON_ERROR_STOP=1 -f migrations/001_loyalty.sql' },
      },
      null,
      2,
    ),
  )
  // The App Service app's sources, which the caller's build job packs.
  mkdirSync(join(repo, 'web'))
  writeFileSync(join(repo, 'web', 'index.html'), '<!doctype html><title>Tesoro</title>\n')
  writeFileSync(
    join(repo, 'migrations', '001_loyalty.sql'),
    'ALTER TABLE customers ADD COLUMN IF NOT EXISTS loyalty_points int NOT NULL DEFAULT 0;\n',
  )

  const secrets = {
    DATABASE_URL: pg.url(DATABASE),
    AWS_ACCESS_KEY_ID: S3_ACCESS_KEY,
    AWS_SECRET_ACCESS_KEY: S3_SECRET_KEY,
    SLACK_WEBHOOK_URL: webhook.slackUrl,
    ...(azurite
      ? { TESORO_STORAGE_CONNECTION_STRING: azurite.connectionString, TESORO_SQL_ADMIN_PASSWORD: sqlAdminPassword }
      : {}),
  }
  const vars = {
    SHOP_URL: app.url,
    TESORO_URL: appService.url('production'),
    S3_ENDPOINT: s3.endpoint,
    AZURE_CLIENT_ID: CLIENT_ID,
    AZURE_TENANT_ID: TENANT,
    AZURE_SUBSCRIPTION_ID: SUBSCRIPTION,
    AZURE_ARM_ENDPOINT: azure.url,
    AZURE_AUTHORITY_HOST: azure.url,
    ...(keyVault ? { KEY_VAULT: keyVault.url } : {}),
  }
  const { NODE_EXTRA_CA_CERTS = '', ...oidcEnv } = azure.env
  const options: RunnerOptions = {
    repository: 'octo-org/shop',
    actor: 'alice',
    secrets,
    vars,
    checkout: repo,
    machineEnv: { NODE_EXTRA_CA_CERTS },
    oidcEnv,
    issueToken: (p) => gh.issueToken(p),
    apiUrl: gh.url,
    // The machine's Azure CLI is registered to the Azure stand-in's cloud.
    standIns: new Map([...defaultStandIns(), ...azureStandIns({ authorityHost: azure.url, armEndpoint: azure.url })]),
  }
  return {
    azure,
    app,
    ...(second ? { second } : {}),
    ...(keyVault ? { keyVault } : {}),
    appService,
    sql,
    azurite,
    gh,
    pg,
    s3,
    webhook,
    repo,
    bucket: opts.bucket ?? BUCKET,
    vars,
    secrets,
    writeWorkflow: (name, text) => writeFileSync(join(repo, '.github', 'workflows', name), text),
    release(tag, o = {}) {
      const sha = hexId(`release ${tag}`)
      gh.addTag(tag, sha, { annotated: true })
      gh.addCheckRun(sha, { name: 'build' })
      gh.addCheckRun(sha, { name: 'test', conclusion: o.red ? 'failure' : 'success' })
      return sha
    },
    run: (workflow, event, log, review) =>
      runWorkflow(join(repo, '.github', 'workflows', workflow), event, { ...options, ...review, onLog: log }),
    async close() {
      await Promise.all([
        azure.close(),
        gh.close(),
        pg.stop(),
        s3.close(),
        webhook.close(),
        azurite?.close(),
        ...(keyVault ? [keyVault.close()] : []),
      ])
    },
  }
}
