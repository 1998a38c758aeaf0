import { existsSync, statSync } from 'node:fs'
import { resolve } from 'node:path'
import { type AzureAuth, resolveAzureAuth } from '@deploy-actions/azure/auth'
import { type CallContext, PRODUCTION_ENVIRONMENT, StaticSite } from '@deploy-actions/azure/static-sites'
import {
  ActionFailure,
  appendSummary,
  formatDuration,
  InputIssues,
  type InputValues,
  log,
  logGroup,
  plainText,
  maskSecret,
  onCancel,
  readInputs,
  setOutputs,
  sleep,
} from '@deploy-actions/core'
import { blobDestination, type Location, parseLocation, type Store } from '@deploy-actions/storage'
import { appendHistory, buildKey, type History, readHistory, readKept } from './kept.ts'
import { describeSite, readSite, servedFiles, sha256, type SiteFile, unzipSite, verifyServed, zipSite } from './site.ts'
import { inputs, type Operation, outputs } from './spec.ts'

type Values = InputValues<typeof inputs>

const USER_AGENT = 'deploy-actions/static-web-app'
/** Static Web App names: 2-60 letters, digits and hyphens, not starting or ending with a hyphen. */
const SITE_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]$/
const RESOURCE_GROUP = /^[-\w.()]{0,89}[-\w()]$/
/** Named environments: lowercase letters, digits and hyphens (they become part of a host name). */
const ENVIRONMENT = /^[a-z0-9][a-z0-9-]{0,39}$/
/** A version names a file (<version>.zip): letters, digits, dots, hyphens, underscores and plus. */
const VERSION = /^[A-Za-z0-9][A-Za-z0-9._+-]{0,127}$/
/** How long the read URL handed to Static Web Apps stays valid: the deployment fetches it at once. */
const READ_URL_TTL_MS = 60 * 60_000
const CALL_BUDGET_MS = 120_000

interface Target {
  /** What the user wrote: production or a named environment. */
  label: string
  /** The build name in ARM: `default` for production. */
  build: string
  production: boolean
}

export async function run(): Promise<void> {
  const issues = new InputIssues()
  const v = await readInputs(inputs, issues)
  const location = parseBuildsLocation(v['builds-location'], issues)
  const useEntraForBlob = location?.kind === 'azure-blob' && !v['azure-connection-string']
  const auth = resolveAzureAuth(v, issues, { needsSubscription: true })
  const target = validate(v, location, useEntraForBlob, issues)
  issues.throwIfAny()
  if (!auth || !location || !target) throw new ActionFailure('no Azure credential') // reported above

  const cancel = onCancel({ what: 'the deployment', ifStuck: 'The deployment may still finish on Static Web Apps' })
  const ctx: CallContext = {
    budgetMs: CALL_BUDGET_MS,
    signal: cancel.signal,
    onRetry: (line) => log.info(`  … ${line}`),
  }
  const site = new StaticSite(auth, v['resource-group'], v.name, USER_AGENT, { requestTimeoutMs: v['request-timeout'] })
  const store = await openStore(location, v, auth)
  log.info(`Azure: ${auth.method}; ARM ${auth.armEndpoint}; kept builds at ${store.uri(location.prefix)}`)
  const started = performance.now()

  const history = await readHistory(store, location.prefix, cancel.signal)
  const current = history.entries.at(-1)
  const { version, zip } = await chooseBuild(v, store, location.prefix, history, cancel.signal)
  const files = describeSite(await unzipSite(zip))
  const digest = sha256(zip)
  const buildUri = store.uri(buildKey(location.prefix, version))
  log.info(`Build ${version}: ${files.length} file(s), sha256 ${digest}, kept at ${buildUri}`)

  const readUrl = await signedUrl(store, buildKey(location.prefix, version), cancel.signal)
  log.info(`Deploying ${version} to ${target.label} of Static Web App ${v.name} …`)
  const deployStarted = performance.now()
  await site.zipDeploy(target.build, readUrl, `${version} (${v.operation})`, {
    ...ctx,
    budgetMs: v['deploy-timeout'],
  })
  const build = await waitReady(site, target, v['deploy-timeout'], ctx)
  const baseUrl = `https://${build.hostname}`
  log.info(`✓ ${target.label} is Ready at ${baseUrl} after ${formatDuration(performance.now() - deployStarted)}`)

  const served = servedFiles(files)
  const mismatches = await verifyServed(baseUrl, served, {
    requestTimeoutMs: v['request-timeout'],
    signal: cancel.signal,
  })
  if (mismatches.length > 0) {
    logGroup(
      `${mismatches.length} file(s) not served as built`,
      mismatches.map((m) => `${m.path}: ${m.got}`),
    )
    throw new ActionFailure(
      `${target.label} does not serve build ${version}: ${mismatches.length} of ${served.length} file(s) differ ` +
        `(first: ${mismatches[0]?.path} → ${mismatches[0]?.got})`,
    )
  }
  log.info(`✓ ${target.label} serves build ${version}: all ${served.length} file(s) read back and identical`)

  if (target.production)
    await appendHistory(store, location.prefix, history, {
      version,
      sha256: digest,
      at: new Date().toISOString(),
      operation: v.operation,
      ...(rollbackTarget(history, v.operation, version)
        ? { previous: rollbackTarget(history, v.operation, version) }
        : {}),
      ...(current ? { replaced: current.version } : {}),
    })

  const result = { deploy: 'deployed', promote: 'promoted', rollback: 'rolled-back' }[v.operation]
  const previous = target.production ? current?.version : undefined
  setOutputs(outputs, {
    result,
    environment: target.label,
    'environment-url': baseUrl,
    version,
    'previous-version': previous ?? '',
    'build-uri': buildUri,
    'build-sha256': digest,
    files: served.length,
  })
  await appendSummary(summary(v.operation, target, version, previous, baseUrl, buildUri, digest, served, started))
}

/**
 * Where the next rollback goes from this entry: after a deploy or promote, the release production
 * served until now; after a rollback to X, the release X itself replaced (so rollbacks walk back).
 */
function rollbackTarget(history: History, operation: Operation, version: string): string | undefined {
  const current = history.entries.at(-1)
  if (operation !== 'rollback') return current && current.version !== version ? current.version : undefined
  return history.entries.findLast((e) => e.version === version && e.operation !== 'rollback')?.previous
}

function parseBuildsLocation(raw: string, issues: InputIssues): Location | undefined {
  if (raw === undefined) return undefined
  try {
    const loc = parseLocation(raw)
    if (loc.kind !== 'azure-blob')
      throw new Error('is not Azure Blob storage (Static Web Apps fetches the zip by a SAS URL)')
    return loc
  } catch (err) {
    issues.add(
      'builds-location',
      `${(err as Error).message}: give azblob://container/prefix or https://account.blob.core.windows.net/container/prefix`,
    )
    return undefined
  }
}

function validate(
  v: Values,
  location: Location | undefined,
  useEntra: boolean,
  issues: InputIssues,
): Target | undefined {
  if (v.name !== undefined && !SITE_NAME.test(v.name))
    issues.add(
      'name',
      'must be a Static Web App name: 2-60 letters, digits and hyphens, not starting or ending with a hyphen',
    )
  if (v['resource-group'] !== undefined && !RESOURCE_GROUP.test(v['resource-group']))
    issues.add(
      'resource-group',
      'must be a resource group name: up to 90 letters, digits, underscores, hyphens, periods and parentheses, not ending with a period',
    )
  if (v.version !== undefined && !VERSION.test(v.version))
    issues.add('version', 'must be a release version such as v1.5.0 (letters, digits, . _ + -; at most 128)')
  if (v.operation !== 'rollback' && v.version === undefined && v.operation !== undefined)
    issues.add(
      'version',
      `is required for operation ${v.operation}: the release version, e.g. v1.5.0 (its build is kept by it)`,
    )
  if (v.operation === 'deploy') {
    const folder = v['app-location']
    if (folder === undefined)
      issues.add('app-location', 'is required for operation deploy: the built site folder, e.g. dist')
    else {
      const full = resolve(process.env.GITHUB_WORKSPACE ?? '.', folder)
      if (!existsSync(full) || !statSync(full).isDirectory())
        issues.add('app-location', `must be a folder holding the built site; ${folder} is not one`)
      else if (!existsSync(resolve(full, 'index.html')))
        issues.add('app-location', `must hold the built site with an index.html at its root; ${folder} has none`)
    }
  } else if (v['app-location'] !== undefined && v.operation !== undefined) {
    issues.add('app-location', `is only used with operation deploy; ${v.operation} redeploys a kept build`)
  }
  if (location?.kind === 'azure-blob' && useEntra && !location.accountUrl)
    issues.add(
      'builds-location',
      'names no storage account (azblob://): give azure-connection-string, or the https://account.blob.core.windows.net/container/prefix form to sign in with Entra ID',
    )
  const env = v.environment
  if (env === undefined) return undefined
  // promote and rollback put a kept build on production, whatever environment says.
  if (env === 'production' || (v.operation !== undefined && v.operation !== 'deploy'))
    return { label: 'production', build: PRODUCTION_ENVIRONMENT, production: true }
  if (!ENVIRONMENT.test(env) || env === PRODUCTION_ENVIRONMENT)
    issues.add(
      'environment',
      'must be production or a named environment such as staging (lowercase letters, digits and hyphens)',
    )
  return { label: env, build: env, production: false }
}

async function openStore(location: Location, v: Values, auth: AzureAuth): Promise<Store> {
  if (location.kind !== 'azure-blob') throw new ActionFailure('builds-location must be Azure Blob storage')
  const opts = { container: location.container, timeoutMs: v['request-timeout'] }
  if (v['azure-connection-string']) return blobDestination({ connectionString: v['azure-connection-string'] }, opts)
  return blobDestination(
    { credential: auth.credential, accountUrl: location.accountUrl ?? '', method: auth.method },
    opts,
  )
}

/**
 * The build to deploy: for deploy, the site folder zipped and kept under its version (a version
 * already kept with other bytes is refused: a release's build never changes); for promote, the
 * version's kept build; for rollback, the kept build of `version` or of the release production
 * served before the current one.
 */
async function chooseBuild(
  v: Values,
  store: Store,
  prefix: string,
  history: History,
  signal: AbortSignal,
): Promise<{ version: string; zip: Buffer }> {
  if (v.operation === 'deploy') {
    const version = v.version as string
    const folder = resolve(process.env.GITHUB_WORKSPACE ?? '.', v['app-location'] as string)
    const zip = zipSite(readSite(folder))
    const kept = await readKept(store, prefix, version, signal)
    if (kept && sha256(kept) !== sha256(zip))
      throw new ActionFailure(
        `Version ${version} already has a kept build with other content (${store.uri(buildKey(prefix, version))}); ` +
          `a release's build is immutable: release a new version`,
      )
    if (!kept)
      await store.put(buildKey(prefix, version), zip, {
        contentType: 'application/zip',
        metadata: { version, sha256: sha256(zip) },
        signal,
      })
    else log.info(`Build ${version} is already kept with the same content`)
    return { version, zip }
  }
  let version = v.version
  if (version === undefined) {
    const currentVersion = history.entries.at(-1)?.version
    const previous = history.entries.at(-1)?.previous
    if (!previous)
      throw new ActionFailure(
        `No previous release is recorded for production (${currentVersion ? `it serves ${currentVersion}` : 'no history'}); give version to redeploy one`,
      )
    version = previous
  }
  const zip = await readKept(store, prefix, version, signal)
  if (!zip)
    throw new ActionFailure(
      `No kept build of ${version} at ${store.uri(buildKey(prefix, version))}: deploy it first (operation deploy keeps it)`,
    )
  return { version, zip }
}

async function signedUrl(store: Store, key: string, signal: AbortSignal): Promise<string> {
  if (!store.readUrl) throw new ActionFailure('the builds location cannot sign a read URL')
  const url = await store.readUrl(key, READ_URL_TTL_MS, signal)
  // The SAS signature is a credential for the build: never printed.
  maskSecret(url)
  maskSecret(new URL(url).search)
  return url
}

/** After the deployment's operation ended, the build's own status says whether it serves. */
async function waitReady(site: StaticSite, target: Target, timeoutMs: number, ctx: CallContext) {
  const deadline = Date.now() + timeoutMs
  let last = ''
  for (;;) {
    const build = await site.build(target.build, ctx)
    if (build.status !== last) log.info(`  ${target.label}: ${build.status}`)
    last = build.status
    if (build.status === 'Ready') return build
    if (build.status === 'Failed' || build.status === 'Detached' || build.status === 'Deleting')
      throw new ActionFailure(
        `The deployment to ${target.label} ended ${build.status}; it serves what it served before`,
      )
    if (Date.now() > deadline)
      throw new ActionFailure(
        `${target.label} was not Ready within ${formatDuration(timeoutMs)} (status ${build.status})`,
      )
    await sleep(1000, ctx.signal)
  }
}

function summary(
  operation: Operation,
  target: Target,
  version: string,
  previous: string | undefined,
  url: string,
  buildUri: string,
  digest: string,
  files: SiteFile[],
  started: number,
): string {
  const title = { deploy: 'deployed', promote: 'promoted', rollback: 'rolled back' }[operation]
  const head =
    operation === 'rollback'
      ? `✅ ${version} serving on ${target.label} again${previous !== undefined ? `, ${previous} rolled back` : ''}`
      : `✅ ${version} ${title} and serving on ${target.label}${previous !== undefined && target.production ? ` (was ${previous})` : ''}`
  const next = target.production
    ? `**What now:** nothing; if this version misbehaves, run static-web-app with \`operation: rollback\`${previous !== undefined && operation !== 'rollback' ? ` to bring ${plainText(previous)} back` : ''}.`
    : `**What now:** check ${plainText(url)}, then promote it to production with \`operation: promote\`.`
  const record = [
    `Environment: ${target.label} (${url})`,
    `Version: ${version}`,
    ...(previous !== undefined ? [`Previous production version: ${previous}`] : []),
    `Build: ${buildUri} (sha256 ${digest.slice(0, 16)}…)`,
    `Took: ${formatDuration(performance.now() - started)}`,
  ]
  return [
    `### ${plainText(head)}`,
    '',
    plainText(`All ${files.length} file(s) read back from ${url} identical to the build.`),
    '',
    next,
    '',
    '<details><summary>The deployment: environment, build, timing</summary>',
    '',
    ...record.map((line) => `- ${plainText(line)}`),
    '',
    '</details>',
    '',
  ].join('\n')
}
