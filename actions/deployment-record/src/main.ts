import { mkdirSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import {
  ActionFailure,
  appendSummary,
  InputIssues,
  markdownTable,
  readInputs,
  redact,
  setOutputs,
  type InputValues,
  log,
} from '@deploy-actions/core'
import {
  commitTarget,
  createClient,
  describeGitHubError,
  RequestError,
  runUrl,
  type GitHub,
  type Repo,
  createOnce,
} from '@deploy-actions/github'
import {
  makeDeploymentId,
  readBackupManifest,
  readReleaseOverride,
  readSmokeReport,
  readTimeline,
  RECORD_SCHEMA,
  rollbackDeadline,
  rollbackWindow,
  validateRecord,
  type BackupInfo,
  type DeploymentRecord,
  type ReleaseOverride,
  type HealthChecks,
  type RolloutStage,
  type ShapeProblem,
} from '@deploy-actions/record'
import { inputs, outputs } from './spec.ts'

type Values = InputValues<typeof inputs>

interface Plan {
  values: Values
  repo: Repo
  sha: string
  ref: string
  version: string
  deploymentId: string
  now: Date
  backup: BackupInfo | null
  stages: RolloutStage[]
  health: HealthChecks | null
  override: ReleaseOverride | null
  productionEnvironment: boolean
  recordDir: string
  /** Whether deployment-id and version were given (else start's are taken over when found). */
  given: { deploymentId: boolean; version: boolean }
}

/** What `start` puts in the Deployment's payload; `read` rebuilds the record from it. */
interface StartPayload {
  schema: typeof RECORD_SCHEMA
  deployment_id: string
  version: string
  git_sha: string
  git_ref: string
  triggered_by: string
  run_url: string | null
  services_deployed: string[]
  database_backup: BackupInfo | null
  rollback_window_minutes: number
  started_at: string
  release_override?: ReleaseOverride | null
  /** Only when the Deployment was created by `finish` (no `start`): then the deadline is known. */
  rollback_deadline?: string | null
}

interface GhDeployment {
  id: number
  sha: string
  ref: string
  environment: string
  payload: unknown
  created_at: string
}

interface GhStatus {
  id: number
  state: string
  description?: string | null
  environment_url?: string
  log_url?: string
  created_at: string
}

/** A retry or read-back, indented under the line it belongs to. */
const progress = (m: string) => log.info(`  … ${m}`)

export async function run(): Promise<void> {
  const plan = readPlan()
  const { values } = plan
  const gh = createClient({ token: values.token, onRetry: progress })
  try {
    if (values.step === 'start') await start(gh, plan)
    else if (values.step === 'finish') await finish(gh, plan)
    else if (values.step === 'failure') await failure(gh, plan)
    else await read(gh, plan)
  } catch (err) {
    if (err instanceof RequestError) throw new ActionFailure(`GitHub ${describeGitHubError(err)}`)
    throw err
  }
}

/** Every input, checked before anything is sent; all problems at once. */
function readPlan(): Plan {
  const issues = new InputIssues()
  const values = readInputs(inputs, issues)
  const env = process.env
  const { repo, sha } = commitTarget(values, issues)
  if (values.environment !== undefined && !/^[A-Za-z0-9][\w.\- /]{0,254}$/.test(values.environment))
    issues.add(
      'environment',
      `must be an environment name of letters, digits, spaces, '.', '-', '_' or '/'; got ${JSON.stringify((values.environment ?? '').slice(0, 60))}`,
    )
  const now = values.now ?? new Date()
  const ref = values.ref ?? env.GITHUB_REF ?? sha
  const tag = /^refs\/tags\/(.+)$/.exec(ref)?.[1]
  const version = values.version ?? tag ?? sha.slice(0, 7)
  if (version.length > 100 || /[\r\n]/.test(version))
    issues.add('version', 'must be one line of at most 100 characters, e.g. v1.5.0')
  const deploymentId = values['deployment-id'] ?? makeDeploymentId(now, sha, env.GITHUB_RUN_ID, env.GITHUB_RUN_ATTEMPT)
  if (!/^[\w.\-:+]{1,100}$/.test(deploymentId))
    issues.add(
      'deployment-id',
      `must be 1-100 letters, digits, '.', '-', '_', ':' or '+' (release-gate's deployment-id output); got ${JSON.stringify(deploymentId.slice(0, 60))}`,
    )
  if (values['rollback-window'] !== undefined && values['rollback-window'] % 60_000 !== 0)
    issues.add('rollback-window', 'must be whole minutes, e.g. 60m or 2h')
  if (!/^[\w.-]+\.ya?ml$/.test(values['rollback-workflow'] ?? ''))
    issues.add(
      'rollback-workflow',
      `must be a workflow file name such as rollback.yml; got ${JSON.stringify((values['rollback-workflow'] ?? '').slice(0, 60))}`,
    )

  const shape = (input: string, problems: ShapeProblem[]) => {
    for (const p of problems) issues.add(input, p.problem, p.where || undefined)
  }
  let backup: BackupInfo | null = null
  if (values['backup-manifest'] !== undefined) {
    const problems: ShapeProblem[] = []
    backup = readBackupManifest(values['backup-manifest'], problems)
    shape('backup-manifest', problems)
  }
  let stages: RolloutStage[] = []
  if (values.timeline !== undefined) {
    const problems: ShapeProblem[] = []
    stages = readTimeline(values.timeline, problems)
    shape('timeline', problems)
  }
  let health: HealthChecks | null = null
  if (values['smoke-report'] !== undefined) {
    const problems: ShapeProblem[] = []
    health = readSmokeReport(values['smoke-report'], problems)
    shape('smoke-report', problems)
  }
  let override: ReleaseOverride | null = null
  // An empty object or '' (no override) is nothing to record.
  const rawOverride = values['release-override']
  if (
    rawOverride !== undefined &&
    rawOverride !== null &&
    !(typeof rawOverride === 'object' && Object.keys(rawOverride).length === 0)
  ) {
    const problems: ShapeProblem[] = []
    override = readReleaseOverride(rawOverride, problems)
    shape('release-override', problems)
  }
  const step = values.step
  const onlyFor = (input: keyof Values, steps: string[]) => {
    if (step && values[input] !== undefined && !steps.includes(step))
      issues.add(input, `is not used by step ${step}; it belongs to ${steps.join(' or ')}`)
  }
  onlyFor('failed-stage', ['failure'])
  onlyFor('error', ['failure'])
  onlyFor('smoke-report', ['finish', 'failure'])
  onlyFor('timeline', ['finish', 'failure'])
  onlyFor('environment-url', ['finish'])
  if (step === 'failure' && values['failed-stage'] === undefined)
    issues.add('failed-stage', 'is required by step failure: name the stage that failed, e.g. canary-rollout')
  for (const input of ['failed-stage', 'error'] as const) {
    const v = values[input]
    if (v !== undefined && v.length > 2000) issues.add(input, 'must be at most 2000 characters')
  }
  issues.throwIfAny()

  const dir = values['record-dir'] ?? join(env.RUNNER_TEMP ?? tmpdir(), 'deployment-record')
  return {
    values,
    repo: repo as Repo,
    sha,
    ref,
    version,
    deploymentId,
    now,
    backup,
    stages,
    health,
    override,
    productionEnvironment: values['production-environment']
      ? values['production-environment'] === 'true'
      : values.environment === 'production',
    recordDir: isAbsolute(dir) ? dir : resolve(env.GITHUB_WORKSPACE ?? process.cwd(), dir),
    given: { deploymentId: values['deployment-id'] !== undefined, version: values.version !== undefined },
  }
}

function startPayload(plan: Plan): StartPayload {
  return {
    schema: RECORD_SCHEMA,
    deployment_id: plan.deploymentId,
    version: plan.version,
    git_sha: plan.sha,
    git_ref: plan.ref,
    triggered_by: triggeredBy(),
    run_url: runUrl() ?? null,
    services_deployed: plan.values.services ?? [],
    database_backup: plan.backup,
    rollback_window_minutes: plan.values['rollback-window'] / 60_000,
    started_at: plan.now.toISOString(),
    ...(plan.override ? { release_override: plan.override } : {}),
  }
}

function triggeredBy(): string {
  return process.env.GITHUB_TRIGGERING_ACTOR || process.env.GITHUB_ACTOR || 'unknown'
}

async function createDeployment(
  gh: GitHub,
  plan: Plan,
  payload: StartPayload,
  description: string,
): Promise<GhDeployment> {
  const send = async () => {
    const { data } = await gh.request('POST /repos/{owner}/{repo}/deployments', {
      ...plan.repo,
      ref: plan.sha,
      environment: plan.values.environment,
      task: 'deploy',
      auto_merge: false,
      required_contexts: plan.values['required-contexts'] ?? [],
      transient_environment: false,
      production_environment: plan.productionEnvironment,
      description: description.slice(0, 140),
      payload: payload as unknown as Record<string, unknown>,
    })
    if (!('id' in data))
      throw new ActionFailure(`GitHub did not create the deployment: ${data.message ?? 'auto-merge answered 202'}`)
    return data as GhDeployment
  }
  // A lost answer may hide a created Deployment: it is found by the deployment id in its payload.
  const find = async () => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', {
      ...plan.repo,
      environment: plan.values.environment,
      sha: plan.sha,
      per_page: 100,
    })
    return (data as GhDeployment[]).find((d) => ours(d.payload)?.deployment_id === payload.deployment_id)
  }
  return createOnce({ what: 'Creating the Deployment', send, find, onRetry: progress, describe: describeGitHubError })
}

async function postStatus(
  gh: GitHub,
  plan: Plan,
  id: number,
  state: 'in_progress' | 'success' | 'failure' | 'inactive',
  description: string,
  environmentUrl?: string,
): Promise<GhStatus> {
  const logUrl = runUrl()
  const text = description.length > 140 ? `${description.slice(0, 139)}…` : description
  const send = async () => {
    const { data } = await gh.request('POST /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...plan.repo,
      deployment_id: id,
      state,
      description: text,
      ...(logUrl ? { log_url: logUrl } : {}),
      ...(environmentUrl ? { environment_url: environmentUrl } : {}),
      auto_inactive: state === 'success',
    })
    return data as GhStatus
  }
  // A lost answer may hide a posted status: the newest one (GitHub lists newest first) is it when
  // its state and description are these.
  const find = async () => {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...plan.repo,
      deployment_id: id,
      per_page: 1,
    })
    const newest = (data as GhStatus[])[0]
    return newest && newest.state === state && newest.description === text ? newest : undefined
  }
  return createOnce({
    what: `Setting status ${state} on Deployment ${id}`,
    send,
    find,
    onRetry: progress,
    describe: describeGitHubError,
  })
}

async function start(gh: GitHub, plan: Plan): Promise<void> {
  const payload = startPayload(plan)
  log.info(
    `Creating a GitHub Deployment of ${plan.version} (${plan.sha}) to ${plan.values.environment}: not transient, ${plan.productionEnvironment ? 'production' : 'not production'}`,
  )
  const d = await createDeployment(gh, plan, payload, `${plan.version} (${plan.deploymentId})`)
  const s = await postStatus(gh, plan, d.id, 'in_progress', `deploying ${plan.version}`)
  log.info(`Deployment ${d.id} created on ${d.sha}; status ${s.state}${runUrl() ? ` with the log ${runUrl()}` : ''}`)
  setOutputs(outputs, {
    'github-deployment-id': d.id,
    'deployment-id': plan.deploymentId,
    version: plan.version,
    sha: plan.sha,
  })
  await appendSummary(
    `### 🚀 Deployment of ${plan.version} to ${plan.values.environment} started\n\nGitHub Deployment ${d.id} on \`${plan.sha}\`, deployment id \`${plan.deploymentId}\`.\n`,
  )
}

/** The Deployment this deployment started: the input, else found by deployment id or this run. */
async function findDeployment(gh: GitHub, plan: Plan): Promise<GhDeployment | undefined> {
  const id = plan.values['github-deployment-id']
  if (id !== undefined) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}', {
      ...plan.repo,
      deployment_id: id,
    })
    if (data.sha !== plan.sha)
      throw new ActionFailure(
        `GitHub Deployment ${id} is of commit ${data.sha}, not ${plan.sha}: pass the github-deployment-id output of this run's start step`,
      )
    return data as GhDeployment
  }
  const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', {
    ...plan.repo,
    environment: plan.values.environment,
    sha: plan.sha,
    per_page: 30,
  })
  const list = data as GhDeployment[]
  // The one this deployment started: the same deployment id, else (no id given) the one started by
  // this very run. Never an older run's Deployment of the same commit: that one is finished.
  const run = runUrl()
  return (
    list.find((d) => ours(d.payload)?.deployment_id === plan.deploymentId) ??
    (plan.given.deploymentId ? undefined : list.find((d) => run !== undefined && ours(d.payload)?.run_url === run))
  )
}

function ours(payload: unknown): StartPayload | undefined {
  return typeof payload === 'object' && payload !== null && (payload as { schema?: unknown }).schema === RECORD_SCHEMA
    ? (payload as StartPayload)
    : undefined
}

/** What start recorded wins over defaults made again now (the id embeds the time). */
function adoptStart(plan: Plan, started: StartPayload | undefined): void {
  if (!started) return
  if (!plan.given.deploymentId) plan.deploymentId = started.deployment_id
  if (!plan.given.version) plan.version = started.version
}

function buildRecord(
  plan: Plan,
  status: 'success' | 'failure',
  ghId: number | null,
  started: StartPayload | undefined,
): DeploymentRecord {
  adoptStart(plan, started)
  const minutes = plan.values['rollback-window'] / 60_000
  const backup = plan.backup ?? started?.database_backup ?? null
  const success = status === 'success'
  const record: DeploymentRecord = {
    schema: RECORD_SCHEMA,
    timestamp: plan.now.toISOString(),
    started_at: started?.started_at ?? null,
    deployment_id: plan.deploymentId,
    version: plan.version,
    environment: plan.values.environment,
    environment_url: plan.values['environment-url']?.href ?? null,
    status,
    git_sha: plan.sha,
    git_ref: plan.ref,
    triggered_by: triggeredBy(),
    repository: `${plan.repo.owner}/${plan.repo.repo}`,
    run_url: runUrl() ?? null,
    github_deployment_id: ghId,
    services_deployed: plan.values.services ?? started?.services_deployed ?? [],
    database_backup: backup,
    migrations_applied: plan.values['migrations-applied'] ?? null,
    rollout_stages: plan.stages,
    health_checks: plan.health,
    rollback_available: success && minutes > 0,
    rollback_window_minutes: minutes,
    rollback_deadline: success && minutes > 0 ? rollbackDeadline(plan.now, minutes).toISOString() : null,
  }
  const override = plan.override ?? started?.release_override ?? null
  if (override) record.release_override = override
  if (!success) {
    const backupOk = backup !== null && backup.verified
    record.failure = {
      failed_stage: plan.values['failed-stage'] ?? 'deploy',
      error: plan.values.error ?? 'not given',
      backup_available: backupOk,
      action_required: failureActions(plan, backup),
    }
  }
  return record
}

function failureActions(plan: Plan, backup: BackupInfo | null): string[] {
  const actions = [`Read the failed step's log: ${runUrl() ?? 'this run'}`]
  if (backup?.verified)
    actions.push(
      `If ${plan.values['failed-stage'] ?? 'the deploy'} ran migrations, restore database backup ${backup.backup_id} (${backup.uri}, sha256 ${backup.sha256}) with the rollback workflow`,
    )
  else if (backup)
    actions.push(
      `Database backup ${backup.backup_id} exists but was NOT verified restorable: check it before restoring`,
    )
  else
    actions.push(
      'No database backup was recorded for this deployment: a database restore needs a backup taken elsewhere',
    )
  actions.push(
    `Run the rollback workflow if production is not serving the previous version: gh workflow run ${plan.values['rollback-workflow']} -f environment=${plan.values.environment} -f deployment-id=${plan.deploymentId}`,
  )
  return actions
}

function checkRecord(record: DeploymentRecord): void {
  const problems = validateRecord(record)
  if (problems.length > 0)
    throw new ActionFailure(`the deployment record does not match its schema: ${problems.join('; ')}`)
  // Last line of defence: a registered secret must not reach the file.
  const text = JSON.stringify(record)
  if (redact(text) !== text)
    throw new ActionFailure('the deployment record would contain a secret value; refusing to write it')
}

async function finish(gh: GitHub, plan: Plan): Promise<void> {
  let found = await findDeployment(gh, plan)
  const started = found ? ours(found.payload) : undefined
  const record = buildRecord(plan, 'success', found?.id ?? 0, started)
  checkRecord(record)
  if (!found) {
    // No start step: the Deployment is created now, and its payload can hold the deadline.
    log.info(`No Deployment of ${plan.sha} to ${plan.values.environment} was started by this action: creating it now`)
    found = await createDeployment(
      gh,
      plan,
      { ...startPayload(plan), rollback_deadline: record.rollback_deadline },
      `${plan.version} (${plan.deploymentId})`,
    )
    record.github_deployment_id = found.id
  }
  const deadline = record.rollback_deadline
  const description = deadline
    ? `${plan.version} live; rollback until ${deadline}`
    : `${plan.version} live; no rollback window`
  const envUrl = plan.values['environment-url']?.href
  const status = await postStatus(gh, plan, found.id, 'success', description, envUrl)
  log.info(`Deployment ${found.id}: status ${status.state}${envUrl ? `, environment ${envUrl}` : ''}; ${description}`)
  const deactivated = await deactivateOlder(gh, plan, found.id)
  if (deactivated.length > 0)
    log.info(
      `Marked ${deactivated.length} older deployment(s) of ${plan.values.environment} inactive: ${deactivated.join(', ')}`,
    )

  const files = writeFiles(plan, record)
  const window = rollbackWindow(record, plan.now)
  setOutputs(outputs, {
    'github-deployment-id': found.id,
    'deployment-id': plan.deploymentId,
    version: plan.version,
    sha: plan.sha,
    record: JSON.stringify(record),
    'record-file': files.record,
    'instructions-file': files.instructions,
    'rollback-deadline': deadline ?? '',
    'rollback-open': window.open,
  })
  log.info(
    `Record written to ${files.record} (valid against ${RECORD_SCHEMA}); rollback instructions in ${files.instructions}`,
  )
  await appendSummary(recordSummary(record) + '\n' + instructions(plan, record))
}

/**
 * GitHub's auto_inactive skips production and transient deployments, so older deployments of the
 * environment still shown as active are marked inactive here: the newest 30, one status each.
 */
async function deactivateOlder(gh: GitHub, plan: Plan, currentId: number): Promise<number[]> {
  const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments', {
    ...plan.repo,
    environment: plan.values.environment,
    per_page: 30,
  })
  const done: number[] = []
  for (const d of data as GhDeployment[]) {
    if (d.id === currentId) continue
    const { data: statuses } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...plan.repo,
      deployment_id: d.id,
      per_page: 1,
    })
    if ((statuses as GhStatus[])[0]?.state !== 'success') continue
    await postStatus(gh, plan, d.id, 'inactive', `superseded by ${plan.version} (deployment ${currentId})`)
    done.push(d.id)
  }
  return done
}

async function failure(gh: GitHub, plan: Plan): Promise<void> {
  const found = await findDeployment(gh, plan)
  const record = buildRecord(plan, 'failure', found?.id ?? null, found ? ours(found.payload) : undefined)
  checkRecord(record)
  const stage = plan.values['failed-stage'] as string
  if (found) {
    await postStatus(
      gh,
      plan,
      found.id,
      'failure',
      `${plan.version} failed at ${stage}${plan.values.error ? `: ${plan.values.error}` : ''}`,
    )
    log.info(`Deployment ${found.id}: status failure (failed at ${stage})`)
  } else
    log.warning(
      `No Deployment of ${plan.sha} to ${plan.values.environment} was found; the failure report is written without a GitHub Deployment status`,
    )
  const files = writeFiles(plan, record)
  setOutputs(outputs, {
    ...(found ? { 'github-deployment-id': found.id } : {}),
    'deployment-id': plan.deploymentId,
    version: plan.version,
    sha: plan.sha,
    record: JSON.stringify(record),
    'record-file': files.record,
    'report-file': files.report,
    'rollback-open': false,
  })
  log.info(`Failure report written to ${files.report}; the record (status failure) to ${files.record}`)
  await appendSummary(failureMarkdown(record))
}

async function read(gh: GitHub, plan: Plan): Promise<void> {
  const env = plan.values.environment
  // The newest 100 are plenty: a record older than that is far past any rollback window.
  let seen = 0
  const deployments = await gh.paginate(
    'GET /repos/{owner}/{repo}/deployments',
    { ...plan.repo, environment: env, per_page: 50 },
    (response, stop) => {
      seen += response.data.length
      if (seen >= 100) stop()
      return response.data as GhDeployment[]
    },
  )
  let latest: { d: GhDeployment; s: GhStatus; p: StartPayload } | undefined
  let previousSha: string | undefined
  for (const d of deployments.slice(0, 100)) {
    const p = ours(d.payload)
    if (!p) continue
    const { data } = await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...plan.repo,
      deployment_id: d.id,
      per_page: 100,
    })
    const success = (data as GhStatus[]).find((s) => s.state === 'success')
    if (!success) continue
    if (!latest) latest = { d, s: success, p }
    else if (d.sha !== latest.d.sha) {
      previousSha = d.sha
      break
    }
  }
  if (!latest) throw new ActionFailure(`no successful deployment recorded by deployment-record in environment ${env}`)
  const { d, s, p } = latest
  const deadline = p.rollback_deadline ?? /rollback until (\S+)/.exec(s.description ?? '')?.[1] ?? null
  const record: DeploymentRecord = {
    schema: RECORD_SCHEMA,
    timestamp: s.created_at,
    started_at: p.started_at ?? null,
    deployment_id: p.deployment_id,
    version: p.version,
    environment: d.environment,
    environment_url: s.environment_url || null,
    status: 'success',
    git_sha: d.sha,
    git_ref: p.git_ref,
    triggered_by: p.triggered_by,
    repository: `${plan.repo.owner}/${plan.repo.repo}`,
    run_url: p.run_url,
    github_deployment_id: d.id,
    services_deployed: p.services_deployed ?? [],
    database_backup: p.database_backup ?? null,
    migrations_applied: null,
    rollout_stages: [],
    health_checks: null,
    rollback_available: deadline !== null,
    rollback_window_minutes: p.rollback_window_minutes,
    rollback_deadline: deadline,
    ...(p.release_override ? { release_override: p.release_override } : {}),
  }
  const problems = validateRecord(record)
  if (problems.length > 0)
    throw new ActionFailure(
      `GitHub Deployment ${d.id} holds a record that does not match ${RECORD_SCHEMA}: ${problems.join('; ')}`,
    )
  const window = rollbackWindow(record, plan.now)
  // Superseded means someone deployed after it: rolling "back" to it is no longer a rollback.
  const current = (
    await gh.request('GET /repos/{owner}/{repo}/deployments/{deployment_id}/statuses', {
      ...plan.repo,
      deployment_id: d.id,
      per_page: 1,
    })
  ).data as GhStatus[]
  log.info(
    `Latest recorded deployment of ${env}: ${record.version} (${record.git_sha}), GitHub Deployment ${d.id}, deployment id ${record.deployment_id}, now ${current[0]?.state ?? 'unknown'}`,
  )
  log.info(
    window.open
      ? `Rollback window OPEN until ${window.deadline} (${window.minutesLeft} min left)`
      : `Rollback window CLOSED${window.deadline ? ` since ${window.deadline}` : ' (no deadline recorded)'}`,
  )
  setOutputs(outputs, {
    'github-deployment-id': d.id,
    'deployment-id': record.deployment_id,
    version: record.version,
    sha: record.git_sha,
    record: JSON.stringify(record),
    'rollback-deadline': deadline ?? '',
    'rollback-open': window.open,
    ...(previousSha ? { 'previous-sha': previousSha } : {}),
  })
  await appendSummary(
    recordSummary(record) +
      `\n**Rollback window:** ${window.open ? `open until ${window.deadline} (${window.minutesLeft} min left)` : 'closed'}\n`,
  )
}

function writeFiles(plan: Plan, record: DeploymentRecord): { record: string; instructions: string; report: string } {
  mkdirSync(plan.recordDir, { recursive: true })
  const files = {
    record: join(plan.recordDir, 'deployment-record.json'),
    instructions: join(plan.recordDir, 'rollback-instructions.md'),
    report: join(plan.recordDir, 'deployment-failure-report.md'),
  }
  writeFileSync(files.record, `${JSON.stringify(record, null, 2)}\n`)
  if (record.status === 'success') writeFileSync(files.instructions, instructions(plan, record))
  else writeFileSync(files.report, failureMarkdown(record))
  return files
}

function recordSummary(r: DeploymentRecord): string {
  const rows: Array<[string, unknown]> = [
    ['Version', r.version],
    ['Deployment id', r.deployment_id],
    ['Environment', r.environment_url ? `${r.environment} (${r.environment_url})` : r.environment],
    ['Commit', `${r.git_sha} (${r.git_ref})`],
    ['GitHub Deployment', r.github_deployment_id],
    ['Triggered by', r.triggered_by],
    ['Services', r.services_deployed.join(', ')],
    [
      'Database backup',
      r.database_backup
        ? `${r.database_backup.backup_id} ${r.database_backup.verified ? '(verified)' : '(NOT verified)'}`
        : 'none',
    ],
    ['Migrations applied', r.migrations_applied ?? 'not recorded'],
    ['Rollout', r.rollout_stages.map((s) => `${s.traffic_percentage}% ${s.status}`).join(' → ') || 'not recorded'],
    [
      'Smoke tests',
      r.health_checks
        ? `${r.health_checks.passed ? 'passed' : 'FAILED'} (${r.health_checks.checks.length} checks)`
        : 'not recorded',
    ],
    ['Rollback deadline', r.rollback_deadline ?? 'none'],
    ...(r.release_override
      ? [
          [
            'Release gate override',
            `by ${r.release_override.actor}: ${r.release_override.reason} (waived: ${r.release_override.waived.map((w) => w.gate).join(', ')})`,
          ] as [string, unknown],
        ]
      : []),
  ]
  const head =
    r.status === 'success'
      ? `### 📒 Deployment record: ${r.version} on ${r.environment}`
      : `### 🚨 Deployment failed: ${r.version} on ${r.environment}`
  return `${head}\n\n${markdownTable(['Field', 'Value'], rows)}\n`
}

/** The rollback instructions: the exact workflow_dispatch call and what the backup is. */
function instructions(plan: Plan, r: DeploymentRecord): string {
  const repo = r.repository
  const wf = plan.values['rollback-workflow']
  const lines = [
    `## Rollback instructions: ${r.version} on ${r.environment}`,
    '',
    r.rollback_deadline
      ? `Rollback window: **${r.rollback_window_minutes} minutes, until ${r.rollback_deadline}** (UTC). After it, a rollback is a new, reviewed deployment.`
      : 'No rollback window was recorded for this deployment.',
    '',
    '### Start the rollback',
    '',
    `Run the \`${wf}\` workflow (workflow_dispatch) with these inputs:`,
    '',
    markdownTable(
      ['Input', 'Value'],
      [
        ['environment', r.environment],
        ['deployment-id', r.deployment_id],
      ],
    ),
    '',
    '```sh',
    `gh workflow run ${wf} --repo ${repo} -f environment=${r.environment} -f deployment-id=${r.deployment_id}`,
    '```',
    '',
    `The workflow reads this record back (deployment-record \`step: read\`), refuses once the window has closed, and restores the previous version.`,
    '',
    '### Database',
    '',
  ]
  const b = r.database_backup
  if (b) {
    lines.push(
      `Backup \`${b.backup_id}\` at \`${b.uri}\`, sha256 \`${b.sha256}\`, ${b.verified ? 'verified restorable' : '**not verified restorable**'}${b.engine ? `, ${b.engine}` : ''}.`,
      `Check the copy you restore from against that sha256 first (\`sha256sum\` of the downloaded file); restore only if migrations (${r.migrations_applied ?? 'count not recorded'}) changed the schema in a way the previous version cannot read.`,
    )
  } else lines.push('No database backup was recorded for this deployment.')
  lines.push('', `Record: GitHub Deployment ${r.github_deployment_id ?? 'none'}, run ${r.run_url ?? 'unknown'}.`, '')
  return lines.join('\n')
}

function failureMarkdown(r: DeploymentRecord): string {
  const f = r.failure
  const lines = [
    `## 🚨 Deployment failure report: ${r.version} on ${r.environment}`,
    '',
    markdownTable(
      ['Field', 'Value'],
      [
        ['Deployment id', r.deployment_id],
        ['Commit', r.git_sha],
        ['Failed stage', f?.failed_stage],
        ['Error', f?.error],
        [
          'Database backup available',
          f?.backup_available
            ? `yes: ${r.database_backup?.backup_id} (${r.database_backup?.uri})`
            : r.database_backup
              ? 'present but NOT verified'
              : 'no',
        ],
        ['Run', r.run_url],
      ],
    ),
    '',
    '### Action required',
    '',
    ...(f?.action_required ?? []).map((a, i) => `${i + 1}. ${a}`),
    '',
  ]
  return lines.join('\n')
}
