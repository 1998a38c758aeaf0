import * as core from '@actions/core'
import {
  type AppState,
  type AzureAuth,
  ContainerApps,
  type RevisionInfo,
  resolveAzureAuth,
  weightsByRevision,
  describeArmError,
} from '@deploy-actions/azure'
import {
  ActionFailure,
  appendSummary,
  formatDuration,
  type InputIssues,
  InputIssues as Issues,
  onCancel,
  readInputs,
  setOutputs,
  type InputValues,
} from '@deploy-actions/core'
import { type GateConfig, parseGateChecks } from './gates.ts'
import {
  assertProbeable,
  ContainerAppTarget,
  describeWeights,
  MARKER_TAG,
  PREVIOUS_TAG,
  readMarker,
  restore,
  revisionUrl,
  verifyWeights,
  waitHealthy,
  withoutMarker,
  split,
} from './container-app.ts'
import { inconclusiveWaitMs, type RolloutOutcome, runStages, type StageRecord } from './rollout.ts'
import { describeStages } from './stages.ts'
import { rolloutOptions } from './run-options.ts'
import { inputs, type Mode, outputs } from './spec.ts'
import { rolloutSummary } from './summary.ts'

type Values = InputValues<typeof inputs>

/** GitHub's cancel: SIGINT, 7.5 s later SIGTERM, 2.5 s later SIGKILL. The restore fits the first window. */
const CANCEL_RESTORE_BUDGET_MS = 6000
const CALL_BUDGET_MS = 90_000
const USER_AGENT = 'deploy-actions/canary-rollout'
/** Names as Container Apps accepts them (ContainerAppInvalidRevisionName for the suffix). */
const APP_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/
const SUFFIX = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$|^[a-z]$/
/** The app name and the revision suffix together, as Container Apps counts them. */
const REVISION_NAME_MAX = 54

export async function run(): Promise<void> {
  const issues = new Issues()
  const v = readInputs(inputs, issues)
  const auth = resolveAzureAuth(v, issues, { needsSubscription: true })
  // The App Service target (and its SDK) is loaded only when asked for: Container Apps runs stay lean.
  const appService = v.platform === 'app-service' ? await import('./app-service.ts') : undefined
  if (appService) appService.validateAppService(v, issues)
  else validate(v, issues)
  const checks =
    v.checks === undefined
      ? []
      : parseGateChecks(
          v.checks,
          {
            expectedVersion: v['expected-version'],
            requestTimeoutMs: v['request-timeout'],
            checkTimeoutMs: 0,
            samples: 1,
            warmup: 0,
            minSamples: v['min-samples'],
          },
          issues,
        )
  issues.throwIfAny()
  if (!auth) throw new ActionFailure('no Azure credential') // resolveAzureAuth reported why

  const gates: GateConfig = {
    checks,
    requestsPerRound: v['requests-per-interval'],
    minSamples: v['min-samples'],
    thresholds: v.thresholds,
    baseline: v.baseline,
    alpha: 1 - v.confidence,
  }
  const cancel = onCancel({
    what: 'the rollout',
    ifStuck: 'The restore did not finish in the cancel window; the post step or the next run will repair the split',
  })
  try {
    if (appService) {
      core.info(`Azure: ${auth.method}; ARM ${auth.armEndpoint}`)
      core.info(planLine(v, gates))
      await appService.runAppService(
        v,
        auth,
        gates,
        cancel,
        (result, stable, canary, previous, stages, reason, rollbackMs) =>
          finish(result, stable, canary, previous, stages, reason, v, rollbackMs),
        CANCEL_RESTORE_BUDGET_MS,
      )
    } else await execute(v, auth, gates, cancel)
  } catch (err) {
    // Cancelled before the traffic was split (the split itself restores and explains itself).
    if (cancel.signal.aborted && !(err instanceof ActionFailure))
      throw new ActionFailure('Cancelled before any traffic was moved; nothing to restore')
    throw err
  }
}

async function execute(v: Values, auth: AzureAuth, gates: GateConfig, cancel: AbortController): Promise<void> {
  const ctx = { budgetMs: CALL_BUDGET_MS, signal: cancel.signal, onRetry: (line: string) => core.info(`  … ${line}`) }
  core.info(`Azure: ${auth.method}; ARM ${auth.armEndpoint}`)
  core.info(planLine(v, gates))
  const aca = new ContainerApps(auth, v['resource-group'], v.app, USER_AGENT)
  let state = await aca.get(ctx)
  if (state.mode !== 'Multiple') {
    throw new ActionFailure(
      `Container App ${v.app} is in ${state.mode} revision mode, where traffic cannot be split between revisions; nothing was changed. ` +
        `Switch it once with: az containerapp revision set-mode --name ${v.app} --resource-group ${v['resource-group']} --mode multiple`,
    )
  }

  const mode: Mode = v.mode
  if (mode === 'rollback') return rollbackMode(aca, state, v, ctx)
  if (mode === 'promote') return promoteMode(aca, state, v, ctx)

  const marker = readMarker(state.tags)
  if (marker && mode === 'rollout') {
    const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
    core.warning(
      `Found traffic split by an unfinished run (${marker.run}, since ${marker.since}): ${describeWeights(weights)}. Repairing it first: 100% to ${marker.stable}.`,
      { title: 'Repaired a split left behind' },
    )
    await restore(aca, state.location, marker.stable, marker.canary, state.tags, ctx)
    core.info(`Repaired: ${marker.stable} has 100% again (read back); ${MARKER_TAG} removed`)
    state = await aca.get(ctx)
  }
  const stableName = soleRevisionWithTraffic(state, v)
  const revisions = await aca.revisions(ctx)
  const stable = revisions.find((r) => r.name === stableName)
  if (!stable) throw new ActionFailure(`The revision with 100% (${stableName}) is not among the app's revisions`)
  await assertProbeable(state, stable, v.app, (l) => core.info(l))

  if (mode === 'plan') return planMode(state, stable, revisions, v)

  const canary = await prepareCanary(aca, state, stable, revisions, v, ctx)
  const target = new ContainerAppTarget(aca, state, stable, canary, { budgetMs: CALL_BUDGET_MS, onRetry: ctx.onRetry })
  core.info(
    `Canary ${canary.name} at ${target.urls.canary.origin}; stable ${stable.name} at ${target.urls.stable.origin}${target.urls.main ? `; main URL ${target.urls.main.origin}` : ''}`,
  )

  let outcome: RolloutOutcome
  let splitStarted = false
  try {
    outcome = await runStages(
      target,
      rolloutOptions(v, gates, cancel.signal, {
        saveState: { stable: stable.name, canary: canary.name },
        onSplit: () => (splitStarted = true),
      }),
    )
  } catch (err) {
    // An error mid-rollout (ARM refused, a read-back differed): never leave the traffic split.
    if (!splitStarted) throw err
    core.error(`The rollout stopped on an error: ${describeArmError(err)}; restoring 100% to ${stable.name}`)
    await target.restoreStable(cancel.signal.aborted ? CANCEL_RESTORE_BUDGET_MS : 25_000)
    core.saveState('finished', 'restored')
    throw new ActionFailure(`${describeArmError(err)}; traffic restored to 100% ${stable.name} (read back)`)
  }

  if (outcome.result === 'cancelled') {
    if (splitStarted) {
      core.warning(`Cancelled: restoring 100% to ${stable.name} before the runner stops this step`)
      await target.restoreStable(CANCEL_RESTORE_BUDGET_MS)
      core.saveState('finished', 'restored')
      core.info(`Cancelled: ${stable.name} has 100% again (read back)`)
    }
    await finish('rolled-back', stable.name, canary.name, stable.name, outcome.stages, 'the run was cancelled', v)
    throw new ActionFailure(`Cancelled at stage ${outcome.stages.length}: traffic is 100% on ${stable.name}`)
  }
  if (outcome.result === 'failed') {
    core.saveState('finished', 'rolled-back')
    if (v['deactivate-on-rollback']) await deactivateQuietly(aca, canary.name, ctx)
    await finish(
      'rolled-back',
      stable.name,
      canary.name,
      stable.name,
      outcome.stages,
      outcome.reason,
      v,
      outcome.rollbackMs,
    )
    throw new ActionFailure(`Rolled back to ${stable.name}: ${outcome.reason ?? 'a gate failed'}`)
  }

  try {
    await target.promote(cancel.signal)
  } catch (err) {
    // Not promoted (cancelled, or ARM refused): the marker is still there, so go back to stable.
    core.error(
      `The promotion did not complete (${cancel.signal.aborted ? 'cancelled' : describeArmError(err)}); restoring 100% to ${stable.name}`,
    )
    await target.restoreStable(cancel.signal.aborted ? CANCEL_RESTORE_BUDGET_MS : 25_000)
    core.saveState('finished', 'restored')
    await finish(
      'rolled-back',
      stable.name,
      canary.name,
      stable.name,
      outcome.stages,
      'the promotion did not complete',
      v,
    )
    throw new ActionFailure(
      `Every stage passed but the promotion did not complete; traffic is 100% on ${stable.name} (read back)`,
    )
  }
  core.saveState('finished', 'promoted')
  core.info(`Promoted: ${canary.name} has 100% (read back); ${stable.name} stays active at 0% for an instant rollback`)
  if (v.cleanup) {
    try {
      await cleanup(aca, [canary.name, stable.name], ctx)
    } catch (err) {
      core.warning(`Cleanup stopped (${describeArmError(err)}); the promotion stands`)
    }
  }
  await finish('promoted', canary.name, canary.name, stable.name, outcome.stages, undefined, v)
}

function validate(v: Values, issues: InputIssues): void {
  if (v.app !== undefined && !APP_NAME.test(v.app))
    issues.add(
      'app',
      'must be a Container App name: 2-32 lower-case letters, digits and hyphens, starting with a letter',
    )
  const suffix = v['revision-suffix']
  if (suffix !== undefined && (!SUFFIX.test(suffix) || (v.app ?? '').length + suffix.length > REVISION_NAME_MAX))
    issues.add(
      'revision-suffix',
      `must be lower-case letters, digits and single hyphens (no '--'), starting with a letter and ending with a letter or digit, ` +
        `at most ${REVISION_NAME_MAX} characters together with the app name (here ${Math.max(REVISION_NAME_MAX - (v.app ?? '').length, 0)}), e.g. v1-5-0`,
    )
  const needsCanary = v.mode === 'rollout' || v.mode === 'plan'
  if (v.image !== undefined && v.revision !== undefined)
    issues.add(
      'revision',
      'cannot be combined with image: give image to create a new revision, or revision to roll out an existing one',
    )
  else if (
    needsCanary &&
    v.image === undefined &&
    v.revision === undefined &&
    !issues.errors.some((e) => e.input === 'image' || e.input === 'revision')
  ) {
    issues.add(
      'image',
      `is required for mode ${v.mode}: give image (a new revision is created) or revision (an existing one)`,
    )
  }
  if (v.image !== undefined && !needsCanary)
    issues.add(
      'image',
      `is only used by modes rollout and plan; mode ${v.mode} moves existing revisions (give revision)`,
    )
  if (v.image !== undefined && !/^[\w./:@-]+$/.test(v.image))
    issues.add('image', 'must be a container image reference such as ghcr.io/org/app:v1.5.0')
  if (v['container-name'] !== undefined && v.image === undefined)
    issues.add('container-name', 'is only used with image (which container gets the new image)')
  if (v.stages && v.mode !== 'rollback' && v.mode !== 'promote') {
    const total = v.stages.reduce((sum, s) => sum + s.bakeMs, 0)
    if (total > 6 * 3_600_000)
      issues.add(
        'stages',
        `bake for ${formatDuration(total)} in all, over GitHub's 6-hour job limit: split the rollout over jobs or shorten the bakes`,
      )
  }
}

function planLine(v: Values, gates: GateConfig): string {
  if (v.mode === 'rollback' || v.mode === 'promote') return `Mode ${v.mode}`
  const bound = v.interval * v['failure-threshold']
  return (
    `Mode ${v.mode}: ${describeStages(v.stages)}; gate rounds every ${formatDuration(v.interval)}, ${gates.requestsPerRound} request(s) per target; ` +
    `a failure is acted on after ${v['failure-threshold']} failed round(s) in a row (within ~${formatDuration(bound)}); ` +
    `${gates.baseline ? `compared with stable at ${(v.confidence * 100).toFixed(1).replace(/\.0$/, '')}% confidence` : 'no baseline comparison'}; ` +
    `thresholds ${v.thresholds.map((t) => t.text).join(', ') || 'none'}; verdicts need ${gates.minSamples} samples; inconclusive: ${v.inconclusive}`
  )
}

/** The revision holding all the traffic; a split nobody owns is left for a person to decide. */
function soleRevisionWithTraffic(state: AppState, v: Values): string {
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const holders = Object.entries(weights).filter(([, w]) => w > 0)
  if (holders.length !== 1) {
    throw new ActionFailure(
      `Traffic of ${v.app} is split (${describeWeights(weights)}) and no canary-rollout run left it so (no ${MARKER_TAG} tag); nothing was changed. ` +
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
  v: Values,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
): Promise<RevisionInfo> {
  const timeout = v['healthy-timeout']
  if (v.revision !== undefined) {
    const name = v.revision.includes('--') ? v.revision : `${v.app}--${v.revision}`
    if (name === stable.name) throw new ActionFailure(`Revision ${name} already serves 100%: nothing to roll out`)
    const existing = revisions.find((r) => r.name === name)
    if (!existing)
      throw new ActionFailure(
        `Revision ${name} does not exist in ${v.app}; revisions: ${revisions.map((r) => r.name).join(', ')}`,
      )
    if (!existing.active) {
      core.info(`Activating ${name} (inactive)`)
      await aca.activate(name, ctx)
    }
    core.info(`Waiting up to ${formatDuration(timeout)} for ${name} to be healthy`)
    return waitHealthy(aca, name, timeout, ctx, (l) => core.info(l))
  }

  // A new revision from the image. Pin the stable revision by name first: a `latestRevision`
  // entry would hand the new revision all of that traffic the moment it exists.
  if (state.traffic.some((t) => t.latestRevision)) {
    core.info(`Pinning 100% to ${stable.name} by name, so the new revision starts at 0%`)
    verifyWeights(await aca.setTraffic(state.location, [{ revisionName: stable.name, weight: 100 }], undefined, ctx), {
      [stable.name]: 100,
    })
  }
  const containers = state.template?.containers ?? []
  const containerName = v['container-name'] ?? (containers.length === 1 ? containers[0]?.name : undefined)
  const container = containers.find((c) => c.name === containerName)
  if (!container) {
    throw new ActionFailure(
      v['container-name'] !== undefined
        ? `Input 'container-name' names ${v['container-name']}, but the app's containers are ${containers.map((c) => c.name).join(', ') || 'none'}`
        : `Input 'container-name' is required: the app has ${containers.length} containers (${containers.map((c) => c.name).join(', ')})`,
    )
  }
  const suffix = v['revision-suffix'] ?? defaultSuffix()
  const name = `${v.app}--${suffix}`
  const existing = revisions.find((r) => r.name === name)
  if (existing && existing.image !== v.image)
    throw new ActionFailure(
      `Revision ${name} already exists with image ${existing.image ?? 'unknown'}; give another revision-suffix`,
    )
  const template = {
    ...state.template,
    revisionSuffix: suffix,
    containers: containers.map((c) => (c.name === container.name ? { ...c, image: v.image } : c)),
  }
  core.info(`Creating revision ${name} with ${v.image} in ${container.name}, at 0% traffic`)
  await aca.updateTemplate(state.location, template, ctx)
  core.info(`Waiting up to ${formatDuration(timeout)} for ${name} to be provisioned, running and healthy`)
  try {
    return await waitHealthy(aca, name, timeout, ctx, (l) => core.info(l))
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
  v: Values,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
): Promise<void> {
  const marker = readMarker(state.tags)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const holders = Object.entries(weights)
    .filter(([, w]) => w > 0)
    .map(([r]) => r)
  const requested =
    v.revision === undefined ? undefined : v.revision.includes('--') ? v.revision : `${v.app}--${v.revision}`
  const target = requested ?? marker?.stable ?? state.tags[PREVIOUS_TAG]
  if (!target)
    throw new ActionFailure(
      `No previous revision is recorded on ${v.app} (tag ${PREVIOUS_TAG}): give the revision to roll back to`,
    )
  const from = holders.find((r) => r !== target)
  core.info(
    `Rolling back ${v.app} to ${target}${marker ? ` (the stable revision of the split left by ${marker.run})` : requested ? '' : ` (recorded as the previous stable)`}; now: ${describeWeights(weights)}`,
  )
  if (holders.length === 1 && holders[0] === target && !marker) {
    core.info(`${target} already has 100%: nothing to change`)
    await finish('rolled-back', target, '', '', [], 'already on the requested revision', v)
    return
  }
  const revision = await aca.revision(target, ctx).catch((err: unknown) => {
    throw new ActionFailure(`Cannot roll back to ${target}: ${describeArmError(err)}`)
  })
  if (!revision.active) {
    core.info(`Activating ${target} (inactive) and waiting for it to be healthy`)
    await aca.activate(target, ctx)
    await waitHealthy(aca, target, v['healthy-timeout'], ctx, (l) => core.info(l))
  }
  const tags = withoutMarker(state.tags)
  delete tags[PREVIOUS_TAG]
  await restore(aca, state.location, target, from, tags, ctx)
  core.info(`Rolled back: ${target} has 100% (read back)${from ? `; ${from} stays active at 0%` : ''}`)
  await finish('rolled-back', target, from ?? '', from ?? '', [], `manual rollback to ${target}`, v)
}

async function promoteMode(
  aca: ContainerApps,
  state: AppState,
  v: Values,
  ctx: { budgetMs: number; signal: AbortSignal; onRetry: (l: string) => void },
): Promise<void> {
  const marker = readMarker(state.tags)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const requested =
    v.revision === undefined ? undefined : v.revision.includes('--') ? v.revision : `${v.app}--${v.revision}`
  const canary = requested ?? marker?.canary
  if (!canary)
    throw new ActionFailure(
      `Nothing to promote: no rollout is in flight on ${v.app} (no ${MARKER_TAG} tag); give the revision to promote`,
    )
  const stable = marker?.stable ?? Object.entries(weights).find(([r, w]) => w > 0 && r !== canary)?.[0]
  if (weights[canary] === 100 && !marker) {
    core.info(`${canary} already has 100%: nothing to change`)
    await finish('promoted', canary, canary, stable ?? '', [], 'already promoted', v)
    return
  }
  core.info(`Promoting ${canary} now (no further stages or gates); now: ${describeWeights(weights)}`)
  await waitHealthy(aca, canary, v['healthy-timeout'], ctx, (l) => core.info(l))
  const tags = { ...withoutMarker(state.tags), ...(stable ? { [PREVIOUS_TAG]: stable } : {}) }
  verifyWeights(
    await aca.setTraffic(
      state.location,
      stable ? split(stable, canary, 100) : [{ revisionName: canary, weight: 100 }],
      tags,
      ctx,
    ),
    { [canary]: 100 },
  )
  core.info(`Promoted: ${canary} has 100% (read back)${stable ? `; ${stable} stays active at 0%` : ''}`)
  await finish('promoted', canary, canary, stable ?? '', [], 'promoted by hand', v)
}

async function planMode(state: AppState, stable: RevisionInfo, revisions: RevisionInfo[], v: Values): Promise<void> {
  const canary =
    v.revision !== undefined
      ? v.revision.includes('--')
        ? v.revision
        : `${v.app}--${v.revision}`
      : `${v.app}--${v['revision-suffix'] ?? defaultSuffix()}`
  const lines = [
    `Plan for ${v.app} (nothing will be changed in mode plan):`,
    `  stable: ${stable.name} (100%, ${revisionUrl(stable).origin})`,
  ]
  lines.push(
    v.image !== undefined
      ? `  canary: new revision ${canary} from ${v.image}, waited on for up to ${formatDuration(v['healthy-timeout'])}`
      : `  canary: ${canary}${revisions.some((r) => r.name === canary) ? '' : ' (NOT FOUND: the rollout would fail)'}`,
  )
  let at = 0
  const planned: StageRecord[] = v.stages.map((s, i) => {
    const record: StageRecord = {
      stage: i + 1,
      weight: s.weight,
      bakeMs: s.bakeMs,
      startedAt: `+${formatDuration(at)}`,
      rounds: Math.ceil(s.bakeMs / v.interval),
      verdict: 'running',
      apiRequests: 0,
    }
    lines.push(
      `  stage ${i + 1} at +${formatDuration(at)}: ${s.weight}% canary, ${100 - s.weight}% stable, bake ${formatDuration(s.bakeMs)} (${record.rounds} gate round(s)${s.bakeMs > 0 && v.inconclusive === 'wait' ? `, up to ${formatDuration(inconclusiveWaitMs(s, v.interval))} more if inconclusive` : ''})`,
    )
    at += s.bakeMs
    return record
  })
  lines.push(
    `  then: ${stable.name} stays active at 0% for an instant rollback${v.cleanup ? '; other active revisions at 0% are deactivated' : ''}`,
  )
  lines.push(
    `  at the latest in ${formatDuration(at)} of baking; a failed gate rolls back within ~${formatDuration(v.interval * v['failure-threshold'])} of the fault`,
  )
  for (const l of lines) core.info(l)
  await finish('planned', stable.name, canary, '', planned, 'plan only', v)
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
    core.info(`Deactivated ${name} (0% traffic)`)
  } catch (err) {
    core.warning(`Could not deactivate ${name}: ${describeArmError(err)}; it stays active at 0% traffic`)
  }
}

async function finish(
  result: 'promoted' | 'rolled-back' | 'planned',
  stable: string,
  canary: string,
  previous: string,
  stages: StageRecord[],
  reason: string | undefined,
  v: Values,
  rollbackMs?: number,
): Promise<void> {
  setOutputs(outputs, {
    result,
    'stable-revision': stable,
    'canary-revision': canary,
    'previous-revision': previous,
    timeline: JSON.stringify(stages),
    reason: reason ?? '',
  })
  await appendSummary(
    rolloutSummary({ app: v.app, result, stable, canary, previous, stages, reason, rollbackMs, mode: v.mode }),
  )
}
