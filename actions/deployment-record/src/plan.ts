import { tmpdir } from 'node:os'
import { isAbsolute, join, resolve } from 'node:path'
import { InputIssues, readInputs, type InputValues } from '@deploy-actions/core'
import { commitTarget, context, type Repo } from '@deploy-actions/github'
import {
  makeDeploymentId,
  readBackupManifest,
  readReleaseOverride,
  readSmokeReport,
  readTimeline,
  readRevisions,
  type ServiceRevision,
  type BackupInfo,
  type HealthChecks,
  type ReleaseOverride,
  type RolloutStage,
  type ShapeProblem,
} from '@deploy-actions/record'
import type { StartPayload } from './deployments.ts'
import { inputs } from './spec.ts'

/** deployment-record's inputs, checked and resolved into what every step works from. */

export type Values = InputValues<typeof inputs>

export interface Plan {
  values: Values
  repo: Repo
  sha: string
  ref: string
  version: string
  deploymentId: string
  now: Date
  backup: BackupInfo | null
  stages: RolloutStage[]
  /** Each app's revisions, for a release of several Container Apps. */
  revisions: ServiceRevision[]
  health: HealthChecks | null
  override: ReleaseOverride | null
  productionEnvironment: boolean
  recordDir: string
  /** Whether deployment-id and version were given (else start's are taken over when found). */
  given: { deploymentId: boolean; version: boolean }
}

/** Every input, checked before anything is sent; all problems at once. */
export async function readPlan(): Promise<Plan> {
  const issues = new InputIssues()
  const values = await readInputs(inputs, issues)
  const env = process.env
  const { repo, sha } = commitTarget(values, issues)
  if (values.environment !== undefined && !/^[A-Za-z0-9][\w.\- /]{0,254}$/.test(values.environment))
    issues.add(
      'environment',
      `must be an environment name of letters, digits, spaces, '.', '-', '_' or '/'; got ${JSON.stringify((values.environment ?? '').slice(0, 60))}`,
    )
  const now = values.now ?? new Date()
  const ref = values.ref ?? context.ref ?? sha
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
  let revisions: ServiceRevision[] = []
  if (values.revisions !== undefined) {
    const problems: ShapeProblem[] = []
    revisions = readRevisions(values.revisions, problems)
    shape('revisions', problems)
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
  onlyFor('revisions', ['finish', 'failure'])
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
    revisions,
    health,
    override,
    productionEnvironment: values['production-environment']
      ? values['production-environment'] === 'true'
      : values.environment === 'production',
    recordDir: isAbsolute(dir) ? dir : resolve(env.GITHUB_WORKSPACE ?? process.cwd(), dir),
    given: { deploymentId: values['deployment-id'] !== undefined, version: values.version !== undefined },
  }
}

/**
 * The plan with what `start` recorded taking over the defaults made again now (the deployment id
 * embeds the time); given inputs win. A new plan: the checked one is left as it was.
 */
export function withStart(plan: Plan, started: StartPayload | undefined): Plan {
  if (!started) return plan
  return {
    ...plan,
    deploymentId: plan.given.deploymentId ? plan.deploymentId : started.deployment_id,
    version: plan.given.version ? plan.version : started.version,
  }
}
