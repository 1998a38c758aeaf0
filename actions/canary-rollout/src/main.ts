import {
  type AppState,
  type AzureAuth,
  ContainerApps,
  type RevisionInfo,
  resolveAzureAuth,
  weightsByRevision,
  describeArmError,
} from '@deploy-actions/azure'
import { randomBytes } from 'node:crypto'
import {
  ActionFailure,
  formatDuration,
  sleep,
  type InputIssues,
  InputIssues as Issues,
  onCancel,
  readInputs,
  type InputValues,
  log,
} from '@deploy-actions/core'
import { type GateConfig, parseGateChecks } from './gates.ts'
import {
  assertProbeable,
  ContainerAppTarget,
  describeLease,
  describeWeights,
  leaseStanding,
  MARKER_TAG,
  PREVIOUS_TAG,
  readMarker,
  restore,
  revisionUrl,
  verifyWeights,
  waitHealthy,
  withoutMarker,
  canaryTraffic,
  canaryScale,
  type CapacityPlan,
  raiseForAllTraffic,
} from './container-app.ts'
import { mostNeeded, replicasNeeded } from './capacity.ts'
import {
  CALL_BUDGET_MS,
  CAPACITY_ROLLBACK_BUDGET_MS,
  LEASE_POLL_MS,
  leaseTtlMs,
  READ_BACK_BUDGET_MS,
} from './budgets.ts'
import { report, settleRollout } from './outcome.ts'
import { inconclusiveWaitMs, type StageRecord } from './rollout.ts'
import { describeStages } from './stages.ts'
import { inputs, type Mode } from './spec.ts'

type Values = InputValues<typeof inputs>

const USER_AGENT = 'deploy-actions/canary-rollout'
/** Names as Container Apps accepts them (ContainerAppInvalidRevisionName for the suffix). */
const APP_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/
const SUFFIX = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$|^[a-z]$/
/** The app name and the revision suffix together, as Container Apps counts them. */
const REVISION_NAME_MAX = 54

export async function run(): Promise<void> {
  const issues = new Issues()
  const values = await readInputs(inputs, issues)
  const auth = resolveAzureAuth(values, issues, { needsSubscription: true })
  // The App Service target (and its SDK) is loaded only when asked for: Container Apps runs stay lean.
  const appService = values.platform === 'app-service' ? await import('./app-service.ts') : undefined
  if (appService) appService.validateAppService(values, issues)
  else validate(values, issues)
  if (appService && values['canary-replicas'] !== undefined)
    issues.add(
      'canary-replicas',
      'is for platform container-apps: a slot runs on its App Service plan, whose instances it shares with production',
    )
  const checks =
    values.checks === undefined
      ? []
      : parseGateChecks(
          values.checks,
          {
            expectedVersion: values['expected-version'],
            requestTimeoutMs: values['request-timeout'],
            checkTimeoutMs: 0,
            samples: 1,
            warmup: 0,
            minSamples: values['min-samples'],
          },
          issues,
        )
  issues.throwIfAny()
  if (!auth) throw new ActionFailure('no Azure credential') // resolveAzureAuth reported why

  const gates: GateConfig = {
    checks,
    requestsPerRound: values['requests-per-interval'],
    minSamples: values['min-samples'],
    thresholds: values.thresholds,
    baseline: values.baseline,
    alpha: 1 - values.confidence,
  }
  const cancel = onCancel({
    what: 'the rollout',
    ifStuck: 'The restore did not finish in the cancel window; the post step or the next run will repair the split',
  })
  log.info(`Azure: ${auth.method}; ARM ${auth.armEndpoint}`)
  log.info(planLine(values, gates))
  try {
    if (appService) await appService.runAppService(values, auth, gates, cancel)
    else await execute(values, auth, gates, cancel)
  } catch (err) {
    // Cancelled before the traffic was split (the split itself restores and explains itself).
    if (cancel.signal.aborted && !(err instanceof ActionFailure))
      throw new ActionFailure('Cancelled before any traffic was moved; nothing to restore')
    throw err
  }
}

async function execute(values: Values, auth: AzureAuth, gates: GateConfig, cancel: AbortController): Promise<void> {
  const ctx = { budgetMs: CALL_BUDGET_MS, signal: cancel.signal, onRetry: (line: string) => log.info(`  … ${line}`) }
  const aca = new ContainerApps(auth, values['resource-group'], values.app, USER_AGENT)
  let state = await aca.get(ctx)
  if (state.mode !== 'Multiple') {
    throw new ActionFailure(
      `Container App ${values.app} is in ${state.mode} revision mode, where traffic cannot be split between revisions; nothing was changed. ` +
        `Switch it once with: az containerapp revision set-mode --name ${values.app} --resource-group ${values['resource-group']} --mode multiple`,
    )
  }

  const mode: Mode = values.mode
  if (mode !== 'plan') state = await untilNoLiveLease(aca, state, values, ctx)
  if (mode === 'rollback') return rollbackMode(aca, state, values, ctx, warmUpPath(gates))
  if (mode === 'promote') return promoteMode(aca, state, values, ctx, warmUpPath(gates))

  const marker = readMarker(state.tags)
  if (marker && mode === 'rollout') {
    const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
    log.warning(
      `Found traffic split by an unfinished run (${describeLease(marker)}; expired, so its run is gone): ` +
        `${describeWeights(weights)}. Repairing it first: 100% to ${marker.stable}.`,
      { title: 'Repaired a split left behind' },
    )
    await restore(aca, state.location, marker.stable, marker.canary, state.tags, ctx)
    log.info(`Repaired: ${marker.stable} has 100% again (read back); ${MARKER_TAG} removed`)
    state = await aca.get(ctx)
  }
  const stableName = soleRevisionWithTraffic(state, values)
  const revisions = await aca.revisions(ctx)
  const stable = revisions.find((r) => r.name === stableName)
  if (!stable) throw new ActionFailure(`The revision with 100% (${stableName}) is not among the app's revisions`)
  await assertProbeable(state, stable, values.app, (line) => log.info(line))

  if (mode === 'plan') return planMode(state, stable, revisions, values)

  const capacity = await capacityPlan(aca, stable, values, gates, ctx)
  const canary = await prepareCanary(aca, state, stable, revisions, values, ctx, capacity)
  // Creating the canary may have written the app's tags (SCALE_TAG): every later write carries them.
  if (values.image !== undefined) state = await aca.get(ctx)
  const lease = { token: randomBytes(6).toString('hex'), ttlMs: leaseTtlMs(values.interval) }
  const target = new ContainerAppTarget(
    aca,
    state,
    stable,
    canary,
    lease,
    { budgetMs: CALL_BUDGET_MS, onRetry: ctx.onRetry },
    capacity,
  )
  log.info(
    `Canary ${canary.name} at ${target.urls.canary.origin}; stable ${stable.name} ` +
      `at ${target.urls.stable.origin}${target.urls.main ? `; main URL ${target.urls.main.origin}` : ''}`,
  )

  await settleRollout(
    {
      target,
      split: { platform: 'container-apps', stable: stable.name, canary: canary.name, token: lease.token },
      stable: stable.name,
      canary: canary.name,
      words: {
        restoring: `restoring 100% to ${stable.name}`,
        restoredAfterError: `traffic restored to 100% ${stable.name} (read back)`,
        stableAgain: `${stable.name} has 100% again (read back)`,
        cancelled: `traffic is 100% on ${stable.name}`,
        rolledBack: `Rolled back to ${stable.name}`,
        promoted: `Promoted: ${canary.name} has 100% (read back); ${stable.name} stays active at 0% for an instant rollback`,
      },
      serving: async () => {
        const now = await aca.get({ budgetMs: READ_BACK_BUDGET_MS, onRetry: ctx.onRetry })
        return `traffic is still split: ${describeWeights(weightsByRevision(now.traffic, now.latestReadyRevisionName))} (read back)`
      },
      repairedNext: `the next canary-rollout run of this app repairs it first (${MARKER_TAG} tag)`,
      promote: (signal) => target.promote(signal),
      afterRollback: async () => {
        if (values['deactivate-on-rollback']) await deactivateQuietly(aca, canary.name, ctx)
      },
      afterPromotion: async () => {
        if (!values.cleanup) return
        try {
          await cleanup(aca, [canary.name, stable.name], ctx)
        } catch (err) {
          log.warning(`Cleanup stopped (${describeArmError(err)}); the promotion stands`)
        }
      },
    },
    values,
    gates,
    cancel,
  )
}

/**
 * With canary-replicas: what each stage needs, from stable's running replicas read now (its
 * replicas list). Without: undefined, and stages move weight as they always did.
 */
async function capacityPlan(
  aca: ContainerApps,
  stable: RevisionInfo,
  values: Values,
  gates: GateConfig,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
): Promise<CapacityPlan | undefined> {
  const spec = values['canary-replicas']
  if (!spec) return undefined
  const stableReplicas = await aca.runningReplicas(stable.name, ctx)
  const needs = values.stages.map((s, i) => `${s.weight}%: ${replicasNeeded(spec, i, s.weight, stableReplicas)}`)
  log.info(
    `Capacity: ${stable.name} runs ${stableReplicas} replica(s); the canary needs ${needs.join(', ')} ` +
      `before each stage moves weight (waiting up to ${formatDuration(values['capacity-timeout'])})`,
  )
  return {
    spec,
    stages: values.stages,
    stableReplicas,
    timeoutMs: values['capacity-timeout'],
    warmUpPath: warmUpPath(gates),
    log: (line) => log.info(line),
  }
}

/** Where warm-up requests go on a revision's own URL: the first check's path (an answer the app has), or /. */
function warmUpPath(gates: GateConfig): string {
  const firstCheck = gates.checks[0]
  return firstCheck ? `${firstCheck.url.pathname}${firstCheck.url.search}` : '/'
}

/** The `revision` input as a full revision name: a bare suffix gets the app's name in front. */
function requestedRevision(values: Values): string | undefined {
  const revision = values.revision
  return revision === undefined || revision.includes('--') ? revision : `${values.app}--${revision}`
}

/**
 * Before any write: a live lease on the app means another run is rolling it out (two workflows, a
 * re-run, a second job). This run refuses in one line naming that run, or with lease-wait waits up
 * to that long for the lease to go (cleared, or expired), reading the app again every few seconds.
 * Returns the app as last read.
 */
async function untilNoLiveLease(
  aca: ContainerApps,
  state: AppState,
  values: Values,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
): Promise<AppState> {
  const waitMs = values['lease-wait']
  const deadline = performance.now() + waitMs
  for (let waited = false; ; waited = true) {
    const marker = readMarker(state.tags)
    if (!marker || leaseStanding(marker, Date.now()) === 'expired') {
      if (waited) log.info(`The other run's lease on ${values.app} is gone${marker ? ' (expired)' : ''}: going on`)
      return state
    }
    const left = deadline - performance.now()
    if (left <= 0) {
      const weights = describeWeights(weightsByRevision(state.traffic, state.latestReadyRevisionName))
      throw new ActionFailure(
        `Another run is rolling out ${values.app} (${describeLease(marker)}; traffic ${weights})` +
          `${waited ? ` and did not finish within lease-wait ${formatDuration(waitMs)}` : ''}; nothing was changed. ` +
          `Give lease-wait to wait for it, or put the workflows in one concurrency group so they queue`,
      )
    }
    if (!waited)
      log.info(
        `Another run is rolling out ${values.app} (${describeLease(marker)}): waiting up to ${formatDuration(waitMs)} (lease-wait) for it to finish`,
      )
    await sleep(Math.min(LEASE_POLL_MS, left), ctx.signal)
    state = await aca.get(ctx)
  }
}

function validate(values: Values, issues: InputIssues): void {
  if (values.app !== undefined && !APP_NAME.test(values.app))
    issues.add(
      'app',
      'must be a Container App name: 2-32 lower-case letters, digits and hyphens, starting with a letter',
    )
  const suffix = values['revision-suffix']
  if (suffix !== undefined && (!SUFFIX.test(suffix) || (values.app ?? '').length + suffix.length > REVISION_NAME_MAX))
    issues.add(
      'revision-suffix',
      `must be lower-case letters, digits and single hyphens (no '--'), starting with a letter and ending with a ` +
        `letter or digit, at most ${REVISION_NAME_MAX} characters together with the app name ` +
        `(here ${Math.max(REVISION_NAME_MAX - (values.app ?? '').length, 0)}), e.g. v1-5-0`,
    )
  const needsCanary = values.mode === 'rollout' || values.mode === 'plan'
  if (values.image !== undefined && values.revision !== undefined)
    issues.add(
      'revision',
      'cannot be combined with image: give image to create a new revision, or revision to roll out an existing one',
    )
  else if (
    needsCanary &&
    values.image === undefined &&
    values.revision === undefined &&
    !issues.errors.some((e) => e.input === 'image' || e.input === 'revision')
  ) {
    issues.add(
      'image',
      `is required for mode ${values.mode}: give image (a new revision is created) or revision (an existing one)`,
    )
  }
  if (values.image !== undefined && !needsCanary)
    issues.add(
      'image',
      `is only used by modes rollout and plan; mode ${values.mode} moves existing revisions (give revision)`,
    )
  if (values.image !== undefined && !/^[\w./:@-]+$/.test(values.image))
    issues.add('image', 'must be a container image reference such as ghcr.io/org/app:v1.5.0')
  if (values['container-name'] !== undefined && values.image === undefined)
    issues.add('container-name', 'is only used with image (which container gets the new image)')
  const capacity = values['canary-replicas']
  if (
    capacity?.kind === 'per-stage' &&
    needsCanary &&
    values.stages &&
    capacity.minimums.length !== values.stages.length
  )
    issues.add(
      'canary-replicas',
      `gives ${capacity.minimums.length} minimum(s) for ${values.stages.length} stage(s): give one per stage, such as ${values.stages.map((_, i) => 2 ** i).join(', ')}, or 'scaled'`,
    )
  if (values.stages && values.mode !== 'rollback' && values.mode !== 'promote') {
    const total = values.stages.reduce((sum, s) => sum + s.bakeMs, 0)
    if (total > 6 * 3_600_000)
      issues.add(
        'stages',
        `bake for ${formatDuration(total)} in all, over GitHub's 6-hour job limit: split the rollout over jobs or shorten the bakes`,
      )
  }
}

function planLine(values: Values, gates: GateConfig): string {
  if (values.mode === 'rollback' || values.mode === 'promote') return `Mode ${values.mode}`
  const bound = values.interval * values['failure-threshold']
  return (
    `Mode ${values.mode}: ${describeStages(values.stages)}; gate rounds ` +
    `every ${formatDuration(values.interval)}, ${gates.requestsPerRound} request(s) per target; ` +
    `a failure is acted on after ${values['failure-threshold']} failed round(s) in a row (within ~${formatDuration(bound)}); ` +
    `${gates.baseline ? `compared with stable at ${(values.confidence * 100).toFixed(1).replace(/\.0$/, '')}% confidence` : 'no baseline comparison'}; ` +
    `thresholds ${values.thresholds.map((t) => t.text).join(', ') || 'none'}; verdicts need ${gates.minSamples} samples; inconclusive: ${values.inconclusive}`
  )
}

/** The revision holding all the traffic; a split nobody owns is left for a person to decide. */
function soleRevisionWithTraffic(state: AppState, values: Values): string {
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const holders = Object.entries(weights).filter(([, w]) => w > 0)
  if (holders.length !== 1) {
    throw new ActionFailure(
      `Traffic of ${values.app} is split (${describeWeights(weights)}) and no canary-rollout run left it so (no ${MARKER_TAG} tag); nothing was changed. ` +
        'Decide first: run mode promote or rollback with revision, or set the traffic yourself',
    )
  }
  return (holders[0] as [string, number])[0]
}

async function prepareCanary(
  aca: ContainerApps,
  state: AppState,
  stable: RevisionInfo,
  revisions: RevisionInfo[],
  values: Values,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
  capacity: CapacityPlan | undefined,
): Promise<RevisionInfo> {
  const timeout = values['healthy-timeout']
  const existingName = requestedRevision(values)
  if (existingName !== undefined) {
    const name = existingName
    if (name === stable.name) throw new ActionFailure(`Revision ${name} already serves 100%: nothing to roll out`)
    const existing = revisions.find((r) => r.name === name)
    if (!existing)
      throw new ActionFailure(
        `Revision ${name} does not exist in ${values.app}; revisions: ${revisions.map((r) => r.name).join(', ')}`,
      )
    if (!existing.active) {
      log.info(`Activating ${name} (inactive)`)
      await aca.activate(name, ctx)
    }
    log.info(`Waiting up to ${formatDuration(timeout)} for ${name} to be healthy`)
    return waitHealthy(aca, name, timeout, ctx, (l) => log.info(l))
  }

  // A new revision from the image. Pin the stable revision by name first: a `latestRevision`
  // entry would hand the new revision all of that traffic the moment it exists.
  if (state.traffic.some((t) => t.latestRevision)) {
    log.info(`Pinning 100% to ${stable.name} by name, so the new revision starts at 0%`)
    verifyWeights(await aca.setTraffic(state.location, [{ revisionName: stable.name, weight: 100 }], undefined, ctx), {
      [stable.name]: 100,
    })
  }
  const containers = state.template?.containers ?? []
  const containerName = values['container-name'] ?? (containers.length === 1 ? containers[0]?.name : undefined)
  const container = containers.find((c) => c.name === containerName)
  if (!container) {
    throw new ActionFailure(
      values['container-name'] !== undefined
        ? `Input 'container-name' names ${values['container-name']}, but the app's containers are ${containers.map((c) => c.name).join(', ') || 'none'}`
        : `Input 'container-name' is required: the app has ${containers.length} containers (${containers.map((c) => c.name).join(', ')})`,
    )
  }
  const suffix = values['revision-suffix'] ?? defaultSuffix()
  const name = `${values.app}--${suffix}`
  const existing = revisions.find((r) => r.name === name)
  if (existing && existing.image !== values.image)
    throw new ActionFailure(
      `Revision ${name} already exists with image ${existing.image ?? 'unknown'}; give another revision-suffix`,
    )
  const needed = capacity ? mostNeeded(capacity.spec, capacity.stages, capacity.stableReplicas) : 0
  const { scale, tags } = canaryScale(state, needed)
  const template = {
    ...state.template,
    revisionSuffix: suffix,
    containers: containers.map((c) => (c.name === container.name ? { ...c, image: values.image } : c)),
    ...(scale ? { scale } : {}),
  }
  log.info(
    `Creating revision ${name} with ${values.image} in ${container.name}, at 0% traffic` +
      (scale?.minReplicas !== state.template?.scale?.minReplicas ? `, minReplicas ${scale?.minReplicas ?? 0}` : ''),
  )
  await aca.updateTemplate(state.location, template, ctx, tags)
  log.info(`Waiting up to ${formatDuration(timeout)} for ${name} to be provisioned, running and healthy`)
  try {
    return await waitHealthy(aca, name, timeout, ctx, (l) => log.info(l))
  } catch (err) {
    if (err instanceof ActionFailure) await deactivateQuietly(aca, name, ctx)
    throw err
  }
}

function defaultSuffix(): string {
  return `gh-${process.env.GITHUB_RUN_ID ?? Date.now().toString(36)}-${process.env.GITHUB_RUN_ATTEMPT ?? '1'}`
}

async function rollbackMode(
  aca: ContainerApps,
  state: AppState,
  values: Values,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
  warmUp: string,
): Promise<void> {
  const marker = readMarker(state.tags)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const holders = Object.entries(weights)
    .filter(([, w]) => w > 0)
    .map(([r]) => r)
  const requested = requestedRevision(values)
  const target = requested ?? marker?.stable ?? state.tags[PREVIOUS_TAG]
  if (!target)
    throw new ActionFailure(
      `No previous revision is recorded on ${values.app} (tag ${PREVIOUS_TAG}): give the revision to roll back to`,
    )
  const from = holders.find((r) => r !== target)
  log.info(
    `Rolling back ${values.app} to ${target}` +
      (marker
        ? ` (the stable revision of the split left by ${marker.run})`
        : requested
          ? ''
          : ` (recorded as the previous stable)`) +
      `; now: ${describeWeights(weights)}`,
  )
  if (holders.length === 1 && holders[0] === target && !marker) {
    log.info(`${target} already has 100%: nothing to change`)
    await report(values, {
      result: 'rolled-back',
      stable: target,
      canary: '',
      previous: '',
      stages: [],
      reason: 'already on the requested revision',
    })
    return
  }
  const revision = await aca.revision(target, ctx).catch((err: unknown) => {
    throw new ActionFailure(`Cannot roll back to ${target}: ${describeArmError(err)}`)
  })
  if (!revision.active) {
    log.info(`Activating ${target} (inactive) and waiting for it to be healthy`)
    await aca.activate(target, ctx)
    await waitHealthy(aca, target, values['healthy-timeout'], ctx, (l) => log.info(l))
  }
  if (values['canary-replicas'] !== undefined) {
    // Bounded, and never in the way: a rollback moves the traffic whether or not the capacity came in time.
    const short = await raiseForAllTraffic(aca, state, target, CAPACITY_ROLLBACK_BUDGET_MS, warmUp, ctx, (l) =>
      log.info(l),
    ).catch((err: unknown) => `the replicas could not be read or raised (${describeArmError(err)})`)
    if (short) log.warning(`${short}; rolling back anyway`)
  }
  const tags = withoutMarker(state.tags)
  delete tags[PREVIOUS_TAG]
  await restore(aca, state.location, target, from, tags, ctx)
  log.info(`Rolled back: ${target} has 100% (read back)${from ? `; ${from} stays active at 0%` : ''}`)
  await report(values, {
    result: 'rolled-back',
    stable: target,
    canary: from ?? '',
    previous: from ?? '',
    stages: [],
    reason: `manual rollback to ${target}`,
  })
}

async function promoteMode(
  aca: ContainerApps,
  state: AppState,
  values: Values,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
  warmUp: string,
): Promise<void> {
  const marker = readMarker(state.tags)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const requested = requestedRevision(values)
  const canary = requested ?? marker?.canary
  if (!canary)
    throw new ActionFailure(
      `Nothing to promote: no rollout is in flight on ${values.app} (no ${MARKER_TAG} tag); give the revision to promote`,
    )
  const stable = marker?.stable ?? Object.entries(weights).find(([r, w]) => w > 0 && r !== canary)?.[0]
  const promoted = (reason: string) =>
    report(values, { result: 'promoted', stable: canary, canary, previous: stable ?? '', stages: [], reason })
  if (weights[canary] === 100 && !marker) {
    log.info(`${canary} already has 100%: nothing to change`)
    return promoted('already promoted')
  }
  log.info(`Promoting ${canary} now (no further stages or gates); now: ${describeWeights(weights)}`)
  await waitHealthy(aca, canary, values['healthy-timeout'], ctx, (l) => log.info(l))
  if (values['canary-replicas'] !== undefined) {
    const short = await raiseForAllTraffic(aca, state, canary, values['capacity-timeout'], warmUp, ctx, (l) =>
      log.info(l),
    )
    if (short) throw new ActionFailure(`Not promoted: ${short} (capacity-timeout); nothing was changed`)
  }
  const tags = { ...withoutMarker(state.tags), ...(stable ? { [PREVIOUS_TAG]: stable } : {}) }
  verifyWeights(
    await aca.setTraffic(
      state.location,
      stable ? canaryTraffic(stable, canary, 100) : [{ revisionName: canary, weight: 100 }],
      tags,
      ctx,
    ),
    { [canary]: 100 },
  )
  log.info(`Promoted: ${canary} has 100% (read back)${stable ? `; ${stable} stays active at 0%` : ''}`)
  await promoted('promoted by hand')
}

async function planMode(
  state: AppState,
  stable: RevisionInfo,
  revisions: RevisionInfo[],
  values: Values,
): Promise<void> {
  const canary = requestedRevision(values) ?? `${values.app}--${values['revision-suffix'] ?? defaultSuffix()}`
  const lines = [
    `Plan for ${values.app} (nothing will be changed in mode plan):`,
    `  stable: ${stable.name} (100%, ${revisionUrl(stable).origin})`,
  ]
  lines.push(
    values.image !== undefined
      ? `  canary: new revision ${canary} from ${values.image}, waited on for up to ${formatDuration(values['healthy-timeout'])}`
      : `  canary: ${canary}${revisions.some((r) => r.name === canary) ? '' : ' (NOT FOUND: the rollout would fail)'}`,
  )
  let at = 0
  const planned: StageRecord[] = values.stages.map((s, i) => {
    const record: StageRecord = {
      stage: i + 1,
      weight: s.weight,
      bakeMs: s.bakeMs,
      startedAt: `+${formatDuration(at)}`,
      rounds: Math.ceil(s.bakeMs / values.interval),
      verdict: 'running',
      apiRequests: 0,
    }
    lines.push(
      `  stage ${i + 1} at +${formatDuration(at)}: ${s.weight}% canary, ${100 - s.weight}% stable, ` +
        `bake ${formatDuration(s.bakeMs)} (${record.rounds} gate ` +
        `round(s)${
          s.bakeMs > 0 && values.inconclusive === 'wait'
            ? `, up ` + `to ${formatDuration(inconclusiveWaitMs(s, values.interval))} more if inconclusive`
            : ''
        })`,
    )
    at += s.bakeMs
    return record
  })
  lines.push(
    `  then: ${stable.name} stays active at 0% for an instant rollback${values.cleanup ? '; other active revisions at 0% are deactivated' : ''}`,
  )
  lines.push(
    `  at the latest in ${formatDuration(at)} of baking; a failed gate rolls back within ` +
      `~${formatDuration(values.interval * values['failure-threshold'])} of the fault`,
  )
  for (const l of lines) log.info(l)
  await report(values, {
    result: 'planned',
    stable: stable.name,
    canary,
    previous: '',
    stages: planned,
    reason: 'plan only',
  })
}

/** After a promotion, the rule: only the new stable and the previous one stay active. */
async function cleanup(
  aca: ContainerApps,
  keep: string[],
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
): Promise<void> {
  const state = await aca.get(ctx)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  for (const r of await aca.revisions(ctx)) {
    if (!r.active || keep.includes(r.name) || (weights[r.name] ?? 0) > 0) continue
    await deactivateQuietly(aca, r.name, ctx)
  }
}

async function deactivateQuietly(
  aca: ContainerApps,
  name: string,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
): Promise<void> {
  try {
    await aca.deactivate(name, { ...ctx, budgetMs: 30_000 })
    log.info(`Deactivated ${name} (0% traffic)`)
  } catch (err) {
    log.warning(`Could not deactivate ${name}: ${describeArmError(err)}; it stays active at 0% traffic`)
  }
}
