import { ActionFailure, redact } from '@deploy-actions/core'
import { runUrl } from '@deploy-actions/github'
import {
  buildRecord,
  RECORD_SCHEMA,
  rollbackDeadline,
  validateRecord,
  type BackupInfo,
  type DeploymentRecord,
} from '@deploy-actions/record'
import type { GhDeployment, GhStatus, StartPayload } from './deployments.ts'
import type { Plan } from './plan.ts'

/**
 * The record's facts as this action knows them: from the plan (steps finish and failure), from what
 * `start` stored in the Deployment's payload (step read), and that payload itself. The record is
 * made by @deploy-actions/record's buildRecord, beside its schema.
 */

export function triggeredBy(): string {
  return process.env.GITHUB_TRIGGERING_ACTOR || process.env.GITHUB_ACTOR || 'unknown'
}

export function startPayload(plan: Plan): StartPayload {
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

/** The record of this run's outcome; `plan` has already taken over what `start` recorded. */
export function runRecord(
  plan: Plan,
  status: 'success' | 'failure',
  ghId: number | null,
  started: StartPayload | undefined,
): DeploymentRecord {
  const minutes = plan.values['rollback-window'] / 60_000
  const backup = plan.backup ?? started?.database_backup ?? null
  const success = status === 'success'
  return buildRecord({
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
    services_deployed:
      plan.values.services ??
      (plan.revisions.length > 0 ? plan.revisions.map((r) => r.service) : undefined) ??
      started?.services_deployed ??
      [],
    revisions: plan.revisions,
    database_backup: backup,
    migrations_applied: plan.values['migrations-applied'] ?? null,
    rollout_stages: plan.stages,
    health_checks: plan.health,
    rollback_window_minutes: minutes,
    rollback_deadline: success && minutes > 0 ? rollbackDeadline(plan.now, minutes).toISOString() : null,
    release_override: plan.override ?? started?.release_override ?? null,
    failure: success
      ? null
      : {
          failed_stage: plan.values['failed-stage'] ?? 'deploy',
          error: plan.values.error ?? 'not given',
          backup_available: backup !== null && backup.verified,
          action_required: failureActions(plan, backup),
        },
  })
}

/** The record of a successful Deployment this action started, rebuilt from its payload and status. */
export function storedRecord(
  d: GhDeployment,
  success: GhStatus,
  p: StartPayload,
  repository: string,
): DeploymentRecord {
  const deadline = p.rollback_deadline ?? /rollback until (\S+)/.exec(success.description ?? '')?.[1] ?? null
  return buildRecord({
    timestamp: success.created_at,
    started_at: p.started_at ?? null,
    deployment_id: p.deployment_id,
    version: p.version,
    environment: d.environment,
    environment_url: success.environment_url || null,
    status: 'success',
    git_sha: d.sha,
    git_ref: p.git_ref,
    triggered_by: p.triggered_by,
    repository,
    run_url: p.run_url,
    github_deployment_id: d.id,
    services_deployed: p.services_deployed ?? [],
    database_backup: p.database_backup ?? null,
    migrations_applied: null,
    rollout_stages: [],
    health_checks: null,
    rollback_window_minutes: p.rollback_window_minutes,
    rollback_deadline: deadline,
    release_override: p.release_override ?? null,
  })
}

function failureActions(plan: Plan, backup: BackupInfo | null): string[] {
  const actions = [`Read the failed step's log: ${runUrl() ?? 'this run'}`]
  if (backup?.verified)
    actions.push(
      `If ${plan.values['failed-stage'] ?? 'the deploy'} ran migrations, restore database ` +
        `backup ${backup.backup_id} (${backup.uri}, sha256 ${backup.sha256}) with the rollback workflow`,
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
    `Run the rollback workflow if production is not serving the previous version: gh workflow ` +
      `run ${plan.values['rollback-workflow']} -f environment=${plan.values.environment} -f deployment-id=${plan.deploymentId}`,
  )
  return actions
}

export function checkRecord(record: DeploymentRecord): void {
  const problems = validateRecord(record)
  if (problems.length > 0)
    throw new ActionFailure(`the deployment record does not match its schema: ${problems.join('; ')}`)
  // Last line of defence: a registered secret must not reach the file.
  const text = JSON.stringify(record)
  if (redact(text) !== text)
    throw new ActionFailure('the deployment record would contain a secret value; refusing to write it')
}
