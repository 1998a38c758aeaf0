import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { ActionFailure, appendSummary, formatClock, log, setOutputs } from '@deploy-actions/core'
import { createClient, describeGitHubError, RequestError, runUrl } from '@deploy-actions/github'
import { RECORD_SCHEMA, rollbackWindow, validateRecord, type DeploymentRecord } from '@deploy-actions/record'
import { Deployments, type GhDeployment, type GhStatus, ours, type StartPayload } from './deployments.ts'
import { type Plan, readPlan, withStart } from './plan.ts'
import { checkRecord, runRecord, startPayload, storedRecord } from './record.ts'
import { failureMarkdown, instructions, recordSummary } from './render.ts'
import { outputs } from './spec.ts'

/** deployment-record's four steps: start, finish, failure and read. */

/** A retry or read-back, indented under the line it belongs to. */
const progress = (m: string) => log.info(`  … ${m}`)

export async function run(): Promise<void> {
  const plan = await readPlan()
  const { values } = plan
  const gh = createClient({ token: values.token, onRetry: progress })
  const deployments = new Deployments(gh, plan.repo, progress)
  try {
    if (values.step === 'start') await start(deployments, plan)
    else if (values.step === 'finish') await finish(deployments, plan)
    else if (values.step === 'failure') await failure(deployments, plan)
    else await read(deployments, plan)
  } catch (err) {
    if (err instanceof RequestError) throw new ActionFailure(`GitHub ${describeGitHubError(err)}`)
    throw err
  }
}

function createDeployment(deployments: Deployments, plan: Plan, payload: StartPayload): Promise<GhDeployment> {
  return deployments.create({
    sha: plan.sha,
    environment: plan.values.environment,
    requiredContexts: plan.values['required-contexts'] ?? [],
    production: plan.productionEnvironment,
    description: `${plan.version} (${plan.deploymentId})`,
    payload,
  })
}

async function start(deployments: Deployments, plan: Plan): Promise<void> {
  log.info(
    `Creating a GitHub Deployment of ${plan.version} (${plan.sha}) to ${plan.values.environment}: not ` +
      `transient, ${plan.productionEnvironment ? 'production' : 'not production'}`,
  )
  const d = await createDeployment(deployments, plan, startPayload(plan))
  const s = await deployments.postStatus(d.id, 'in_progress', `deploying ${plan.version}`)
  log.info(`Deployment ${d.id} created on ${d.sha}; status ${s.state}${runUrl() ? ` with the log ${runUrl()}` : ''}`)
  setOutputs(outputs, {
    'github-deployment-id': d.id,
    'deployment-id': plan.deploymentId,
    version: plan.version,
    sha: plan.sha,
  })
  await appendSummary(
    `### 🚀 Deployment of ${plan.version} to ${plan.values.environment} started\n\nGitHub Deployment ${d.id} ` +
      `on \`${plan.sha}\`, deployment id \`${plan.deploymentId}\`.\n`,
  )
}

/** The Deployment this deployment started: the input, else found by deployment id or this run. */
async function findDeployment(deployments: Deployments, plan: Plan): Promise<GhDeployment | undefined> {
  const id = plan.values['github-deployment-id']
  if (id !== undefined) {
    const d = await deployments.get(id)
    if (d.sha !== plan.sha)
      throw new ActionFailure(
        `GitHub Deployment ${id} is of commit ${d.sha}, not ${plan.sha}: pass the github-deployment-id output of this run's start step`,
      )
    return d
  }
  const list = await deployments.list(plan.values.environment, { sha: plan.sha, perPage: 30 })
  // The one this deployment started: the same deployment id, else (no id given) the one started by
  // this very run. Never an older run's Deployment of the same commit: that one is finished.
  const run = runUrl()
  return (
    list.find((d) => ours(d.payload)?.deployment_id === plan.deploymentId) ??
    (plan.given.deploymentId ? undefined : list.find((d) => run !== undefined && ours(d.payload)?.run_url === run))
  )
}

async function finish(deployments: Deployments, checked: Plan): Promise<void> {
  let found = await findDeployment(deployments, checked)
  const started = found ? ours(found.payload) : undefined
  const plan = withStart(checked, started)
  const record = runRecord(plan, 'success', found?.id ?? 0, started)
  checkRecord(record)
  if (!found) {
    // No start step: the Deployment is created now, and its payload can hold the deadline.
    log.info(`No Deployment of ${plan.sha} to ${plan.values.environment} was started by this action: creating it now`)
    found = await createDeployment(deployments, plan, {
      ...startPayload(plan),
      rollback_deadline: record.rollback_deadline,
    })
    record.github_deployment_id = found.id
  }
  const deadline = record.rollback_deadline
  const description = deadline
    ? `${plan.version} live; rollback until ${deadline}`
    : `${plan.version} live; no rollback window`
  const envUrl = plan.values['environment-url']?.href
  const status = await deployments.postStatus(found.id, 'success', description, envUrl)
  log.info(`Deployment ${found.id}: status ${status.state}${envUrl ? `, environment ${envUrl}` : ''}; ${description}`)
  const deactivated = await deactivateOlder(deployments, plan, found.id)
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
  await appendSummary(
    recordSummary(record, { now: plan.now }) + '\n' + instructions(record, plan.values['rollback-workflow']),
  )
}

/**
 * GitHub's auto_inactive skips production and transient deployments, so older deployments of the
 * environment still shown as active are marked inactive here: the newest 30, one status each.
 */
async function deactivateOlder(deployments: Deployments, plan: Plan, currentId: number): Promise<number[]> {
  const done: number[] = []
  for (const d of await deployments.list(plan.values.environment, { perPage: 30 })) {
    if (d.id === currentId) continue
    if ((await deployments.statuses(d.id, 1))[0]?.state !== 'success') continue
    await deployments.postStatus(d.id, 'inactive', `superseded by ${plan.version} (deployment ${currentId})`)
    done.push(d.id)
  }
  return done
}

async function failure(deployments: Deployments, checked: Plan): Promise<void> {
  const found = await findDeployment(deployments, checked)
  const started = found ? ours(found.payload) : undefined
  const plan = withStart(checked, started)
  const record = runRecord(plan, 'failure', found?.id ?? null, started)
  checkRecord(record)
  const stage = plan.values['failed-stage'] as string
  if (found) {
    await deployments.postStatus(
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

async function read(deployments: Deployments, plan: Plan): Promise<void> {
  const env = plan.values.environment
  // The newest 100 are plenty: a record older than that is far past any rollback window.
  let latest: { d: GhDeployment; s: GhStatus; p: StartPayload } | undefined
  let previous: { sha: string; version: string } | undefined
  for (const d of await deployments.newest(env, 100)) {
    const p = ours(d.payload)
    if (!p) continue
    const success = (await deployments.statuses(d.id, 100)).find((s) => s.state === 'success')
    if (!success) continue
    if (!latest) latest = { d, s: success, p }
    else if (d.sha !== latest.d.sha) {
      previous = { sha: d.sha, version: p.version }
      break
    }
  }
  if (!latest) throw new ActionFailure(`no successful deployment recorded by deployment-record in environment ${env}`)
  const { d, s, p } = latest
  const record = storedRecord(d, s, p, `${plan.repo.owner}/${plan.repo.repo}`)
  const deadline = record.rollback_deadline
  const problems = validateRecord(record)
  if (problems.length > 0)
    throw new ActionFailure(
      `GitHub Deployment ${d.id} holds a record that does not match ${RECORD_SCHEMA}: ${problems.join('; ')}`,
    )
  const window = rollbackWindow(record, plan.now)
  // Superseded means someone deployed after it: rolling "back" to it is no longer a rollback.
  const current = await deployments.statuses(d.id, 1)
  log.info(
    `Latest recorded deployment of ${env}: ${record.version} (${record.git_sha}), GitHub Deployment ${d.id}, ` +
      `deployment id ${record.deployment_id}, now ${current[0]?.state ?? 'unknown'}`,
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
    ...(previous ? { 'previous-sha': previous.sha, 'previous-version': previous.version } : {}),
  })
  const until = window.deadline ? formatClock(new Date(window.deadline), { now: plan.now }) : undefined
  await appendSummary(
    recordSummary(record, {
      readBack: true,
      now: plan.now,
      lead: window.open
        ? `**Rollback window:** open until ${until} (${window.minutesLeft} min left): a rollback to ${previous?.version ?? 'the previous version'} is still a rollback.`
        : `**Rollback window:** closed${until ? ` since ${until}` : ' (no deadline recorded)'}: going back now is a new, reviewed deployment.`,
    }),
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
  if (record.status === 'success')
    writeFileSync(files.instructions, instructions(record, plan.values['rollback-workflow']))
  else writeFileSync(files.report, failureMarkdown(record))
  return files
}
