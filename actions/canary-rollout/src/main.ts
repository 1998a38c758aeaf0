import {
  type AppState,
  type AzureAuth,
  ContainerApps,
  type RevisionInfo,
  resolveAzureAuth,
  weightsByRevision,
  describeArmError,
  LABELS_MODE,
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
  logGroup,
  appendSummary,
  summaryWritten,
  openGroup,
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
  runUrl,
  revisionUrl,
  verifyWeights,
  waitHealthy,
  withoutMarker,
  canaryTraffic,
  labelOf,
  labelSwap,
  type RolloutLabels,
  verifyLabels,
  type Hold,
  type Marker,
  remainingStages,
  canaryScale,
  type CapacityPlan,
  raiseForAllTraffic,
  ContainerAppWatch,
  PROMOTED_TAG,
  promotionTags,
  readPromotion,
  withoutPromotion,
} from './container-app.ts'
import { type WatchPlatform, watchWindow } from './watch.ts'
import { mostNeeded, replicasNeeded } from './capacity.ts'
import {
  CALL_BUDGET_MS,
  CAPACITY_ROLLBACK_BUDGET_MS,
  LEASE_POLL_MS,
  leaseTtlMs,
  READ_BACK_BUDGET_MS,
} from './budgets.ts'
import { callContext, type Ctx } from './run-options.ts'
import { LeftToOwner, report, type RolloutPlatform, settleRollout, SplitLeftBehind } from './outcome.ts'
import { inconclusiveWaitMs, type StageRecord } from './rollout.ts'
import { describeStages, formatStages } from './stages.ts'
import { type AppValues, inputs, type Mode } from './spec.ts'
import { imageVersion, type RolloutReport, stoppedSummary } from './summary.ts'
import { AppGroupTarget } from './app-group.ts'
import type { Check } from '@deploy-actions/probe'
import { createMetricGates, parseMetricGates, type SourceContext } from '@deploy-actions/metrics'

type Values = InputValues<typeof inputs>
/** Where a mode's report goes: the outputs and summary, or a group's collection of them. */
type Say = (r: RolloutReport) => Promise<void>
/** One app of `apps`, as the run treats it: the inputs with that app's own, and its checks. */
interface GroupApp {
  values: AppValues
  checks?: Check[]
}
/** The keys an item of `apps` may have. */
const APP_KEYS = ['name', 'image', 'revision', 'container-name', 'revision-suffix', 'checks', 'expected-version']
/** A container image tag, as the OCI distribution spec allows it. */
const IMAGE_TAG = /^[\w][\w.-]{0,127}$/
/** How many apps one run may move together. */
const MAX_APPS = 10

const USER_AGENT = 'deploy-actions/canary-rollout'
/** Names as Container Apps accepts them (ContainerAppInvalidRevisionName for the suffix). */
const APP_NAME = /^[a-z][a-z0-9-]{0,30}[a-z0-9]$/
const SUFFIX = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$|^[a-z]$/
/** The app name and the revision suffix together, as Container Apps counts them. */
const REVISION_NAME_MAX = 54
/** A deployment label, as its host `<app>---<label>` needs it (the az CLI's rule for labels). */
const LABEL = /^[a-z](?:[a-z0-9]|-(?!-))*[a-z0-9]$|^[a-z]$/

export async function run(): Promise<void> {
  const issues = new Issues()
  const values = await readInputs(inputs, issues)
  const auth = resolveAzureAuth(values, issues, { needsSubscription: true })
  // The App Service target (and its SDK) is loaded only when asked for: Container Apps runs stay lean.
  const appService = values.platform === 'app-service' ? await import('./app-service.ts') : undefined
  const group = values.apps === undefined ? undefined : readApps(values, issues)
  if (values.app === undefined && values.apps === undefined)
    issues.add('app', `is required: give the Container App's name, or apps for several`)
  const one: AppValues = { ...values, app: values.app ?? '' }
  if (values['image-tag'] !== undefined && values.apps === undefined)
    issues.add('image-tag', 'is only used with apps (the tag of each app image given without one)')
  if (appService) appService.validateAppService(one, issues)
  else if (!group) validate(values, issues)
  validateWatch(values, appService !== undefined, issues)
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
  const metricGates =
    values['metric-gates'] === undefined ? [] : parseMetricGates(values['metric-gates'], 'metric-gates', issues)
  if (metricGates.length > 0 && values.apps !== undefined)
    issues.add('metric-gates', 'is for one app: a rollout of several apps (apps) is judged by its probes')
  issues.throwIfAny()
  if (!auth) throw new ActionFailure('no Azure credential') // resolveAzureAuth reported why

  const gates: GateConfig = {
    checks,
    requestsPerRound: values['requests-per-interval'],
    minSamples: values['min-samples'],
    thresholds: values.thresholds,
    baseline: values.baseline,
    alpha: 1 - values.confidence,
    ...(metricGates.length > 0
      ? { metrics: createMetricGates(metricGates, { auth, app: metricApp(values, auth), userAgent: USER_AGENT }) }
      : {}),
  }
  const cancel = onCancel({
    what: 'the rollout',
    ifStuck: 'The restore did not finish in the cancel window; the post step or the next run will repair the split',
  })
  // The plan's first line stays in sight; how it is judged, and where it signs in, fold under it.
  const [planTitle = `Mode ${values.mode}`, ...planDetail] = planLines(values, gates)
  logGroup(planTitle, [...planDetail, `  Azure: ${auth.method}`, `  ARM: ${auth.armEndpoint}`])
  try {
    if (appService) await appService.runAppService(one, auth, gates, cancel)
    else if (group) await executeGroup(group, values, auth, gates, cancel)
    else await execute(one, auth, gates, cancel)
  } catch (err) {
    // Cancelled before the traffic was split (the split itself restores and explains itself).
    const failure =
      cancel.signal.aborted && !(err instanceof ActionFailure)
        ? new ActionFailure('Cancelled before any traffic was moved; nothing to restore')
        : err
    // A run that stopped without a report of its own (a refusal, an error before or after the split):
    // the summary still says what serves, as far as this run read it, and why it stopped.
    if (!summaryWritten())
      await appendSummary(
        stoppedSummary({
          app: group ? group.map((a) => a.values.app).join(', ') : one.app,
          mode: values.mode,
          message: failure instanceof Error ? failure.message : String(failure),
          left: failure instanceof SplitLeftBehind ? 'split' : failure instanceof LeftToOwner ? 'to-owner' : undefined,
          stable: readStable,
        }),
      )
    throw failure
  }
}

/** The app the metric gates read, by its ARM ID: a Container App (builds are revisions) or a site (builds are slots). */
function metricApp(values: Values, auth: AzureAuth): SourceContext['app'] {
  const group = `/subscriptions/${auth.subscriptionId}/resourceGroups/${values['resource-group']}/providers`
  return values.platform === 'app-service'
    ? { kind: 'app-service', id: `${group}/Microsoft.Web/sites/${values.app ?? ''}` }
    : { kind: 'container-app', id: `${group}/Microsoft.App/containerApps/${values.app ?? ''}` }
}

/** The stable revision (and its version) as this run last read it, for the summary of a run that stopped. */
let readStable: { revision: string; version?: string } | undefined

/** An app ready to roll out: its state, its stable revision, its healthy canary, its labels in Labels mode. */
interface PreparedApp {
  aca: ContainerApps
  state: AppState
  stable: RevisionInfo
  canary: RevisionInfo
  labels: RolloutLabels | undefined
  /** The replicas each stage needs (canary-replicas), undefined when nothing waits for them. */
  capacity: CapacityPlan | undefined
}

async function execute(values: AppValues, auth: AzureAuth, gates: GateConfig, cancel: AbortController): Promise<void> {
  const ctx = callContext(cancel.signal)
  const prepared = await prepareApp(values, auth, ctx, (r) => report(values, r), gates, cancel)
  if (!prepared) return
  await settleRollout(containerAppPlatform(prepared, values, ctx), values, gates, cancel)
}

/**
 * The rollout of `canary` against `stable` on the app, as settleRollout runs it: a fresh lease for
 * this run, and the words, promotion and clean-up of Container Apps (`labels` in Labels mode). With
 * `resumes`, the hold this run takes over (mode promote): its split is this run's from the start,
 * and its remaining stages run.
 */
function containerAppPlatform(
  app: PreparedApp,
  values: AppValues,
  ctx: Ctx,
  resumes?: { marker: Marker; stages: Values['stages'] },
): RolloutPlatform {
  const { aca, stable, canary, labels } = app
  const lease = {
    token: randomBytes(6).toString('hex'),
    ttlMs: leaseTtlMs(values.interval),
    stages: resumes?.stages ?? values.stages,
    ...(resumes ? { resumes: resumes.marker } : {}),
  }
  const target = appTarget(app, lease, ctx)
  const hold = resumes?.marker.hold
  return {
    target,
    split: { platform: 'container-apps', stable: stable.name, canary: canary.name, token: lease.token },
    stable: stable.name,
    canary: canary.name,
    versions: versionsOf([stable, canary]),
    ...(resumes && hold ? { resume: { stage: hold.stage, weight: hold.weight, stages: resumes.stages } } : {}),
    words: {
      restoring: `restoring 100% to ${stable.name}`,
      restoredAfterError: `traffic restored to 100% ${stable.name} (read back)`,
      stableAgain: `${stable.name} has 100% again (read back)`,
      cancelled: `traffic is 100% on ${stable.name}`,
      rolledBack: `Rolled back to ${stable.name}`,
      promoted: labels
        ? `Promoted: ${canary.name} has 100% under label ${labels.stable} (read back); ${stable.name} stays active at 0% under label ${labels.canary} for an instant rollback`
        : `Promoted: ${canary.name} has 100% (read back); ${stable.name} stays active at 0% for an instant rollback`,
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
      const endGroup = openGroup(`Cleanup: other revisions at 0% deactivated; ${stable.name} kept for a rollback`)
      try {
        await cleanup(aca, [canary.name, stable.name], ctx, labels !== undefined)
      } catch (err) {
        endGroup()
        log.warning(`Cleanup stopped (${describeArmError(err)}); the promotion stands`, { title: 'Cleanup stopped' })
      } finally {
        endGroup()
      }
    },
    hold: (held, deadline, signal) =>
      target.hold({ stage: held.stage, weight: held.weight, rest: formatStages(held.rest) }, deadline, signal),
    watch: () => containerAppWatch(aca, app.state, { previous: stable, current: canary }, values, ctx),
  }
}

/**
 * The validation window on a Container App: `current` (100 %) judged, `previous` (active at 0 %)
 * what a breach restores and a clean window deactivates.
 */
function containerAppWatch(
  aca: ContainerApps,
  state: AppState,
  revisions: { previous: RevisionInfo; current: RevisionInfo },
  values: AppValues,
  ctx: Ctx,
): WatchPlatform {
  const token = randomBytes(6).toString('hex')
  const target = new ContainerAppWatch(
    aca,
    state,
    revisions,
    { token, ttlMs: leaseTtlMs(values.interval) },
    { budgetMs: CALL_BUDGET_MS, onRetry: ctx.onRetry },
    state.mode === LABELS_MODE ? values['canary-label'] : undefined,
  )
  const { previous, current } = revisions
  return {
    target,
    split: { platform: 'container-apps', stable: previous.name, canary: current.name, token },
    current: current.name,
    previous: previous.name,
    begin: (signal) => target.begin(signal),
    end: (signal) => target.end(signal),
    release: (budgetMs) => target.release(budgetMs),
    afterBreach: async () => {
      if (values['deactivate-on-rollback']) await deactivateQuietly(aca, current.name, ctx)
    },
  }
}

/**
 * Mode watch: the window of the last promotion recorded on the app (PROMOTED_TAG), counted from
 * that promotion. Refused in one line, with nothing changed, when there is none to watch: no
 * promotion recorded, its window over, the traffic moved since, or the previous revision gone.
 */
async function watchMode(
  aca: ContainerApps,
  state: AppState,
  values: AppValues,
  ctx: Ctx,
  gates: GateConfig,
  cancel: AbortController,
): Promise<void> {
  const window = values.watch ?? 0
  const marker = readMarker(state.tags)
  if (marker && !marker.watch)
    throw new ActionFailure(
      `${values.app}'s traffic is split by a rollout that did not finish (${describeLease(marker)}): no promotion to watch; nothing was changed`,
    )
  const promotion = readPromotion(state.tags)
  if (!promotion)
    throw new ActionFailure(
      `No promotion to watch on ${values.app}: no ${PROMOTED_TAG} tag (a canary-rollout promotion records one; a window that ended, or a rollback, clears it); nothing was changed`,
    )
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  if (weights[promotion.revision] !== 100)
    throw new ActionFailure(
      `${promotion.revision} was promoted at ${promotion.at}, but ${values.app}'s traffic is now ${describeWeights(weights)}; nothing to watch, nothing was changed`,
    )
  const untilMs = Date.parse(promotion.at) + window
  if (untilMs <= Date.now())
    throw new ActionFailure(
      `${promotion.revision} was promoted at ${promotion.at}, more than watch ${formatDuration(window)} ago: its window is over; nothing was changed`,
    )
  const [previous, current] = await Promise.all([
    aca.revision(promotion.previous, ctx).catch(() => undefined),
    aca.revision(promotion.revision, ctx),
  ])
  if (!previous?.active)
    throw new ActionFailure(
      `${promotion.previous}, the revision before ${promotion.revision}, is ${previous ? 'inactive' : 'gone'}: a breach would have nothing ready to return to; nothing was changed`,
    )
  if (marker) log.info(`Taking over the window ${describeLease(marker)}`)
  await watchWindow(
    containerAppWatch(aca, state, { previous, current }, values, ctx),
    values,
    gates,
    cancel,
    untilMs,
    [],
  )
}

/** The watch input against the mode, the platform and apps; mode watch needs it. */
function validateWatch(values: Values, appService: boolean, issues: InputIssues): void {
  if (values.mode === 'watch') {
    if (values.watch === undefined && !issues.errors.some((e) => e.input === 'watch'))
      issues.add('watch', 'is required for mode watch: how long after the promotion to watch it, e.g. 30m')
    if (appService)
      issues.add(
        'mode',
        'watch is for platform container-apps; with app-service give watch to the rollout, which watches the slot before slot-swap swaps it',
      )
  }
  if (values.watch === undefined) return
  if (values.mode === 'rollback' || values.mode === 'plan')
    issues.add(
      'watch',
      `is for modes rollout, promote and watch (a window after a promotion); mode ${values.mode} promotes nothing`,
    )
  if (values.apps !== undefined)
    issues.add('watch', 'is for one app: watch each app of apps with mode watch in a step of its own')
}

/**
 * A marker found by a run that may act on it (the lease is expired, or a hold's deadline passed):
 * the split its run left is put back to 100 % on its stable revision first, saying why.
 */
async function restoreExpired(aca: ContainerApps, state: AppState, marker: Marker, ctx: Ctx): Promise<void> {
  const weights = describeWeights(weightsByRevision(state.traffic, state.latestReadyRevisionName))
  if (marker.watch) {
    // A window whose run ended without a breach: the release passed its stages and stands.
    log.warning(
      `Found a watch window left by a run that ended (${describeLease(marker)}): ${marker.canary} stays promoted ` +
        `(traffic ${weights}); clearing the marker`,
      { title: 'Cleared a watch window left behind' },
    )
    await aca.setTags(state.location, withoutMarker(state.tags), ctx)
    return
  }
  if (marker.hold)
    log.warning(
      `Found a hold past its deadline (${describeLease(marker)}): nobody promoted or rolled it back in time. ` +
        `Traffic ${weights}. Restoring it first: 100% to ${marker.stable}.`,
      { title: 'Restored an expired hold' },
    )
  else
    log.warning(
      `Found traffic split by an unfinished run (${describeLease(marker)}; expired, so its run is gone): ` +
        `${weights}. Repairing it first: 100% to ${marker.stable}.`,
      { title: 'Repaired a split left behind' },
    )
  await restore(aca, state.location, marker.stable, marker.canary, state.tags, ctx)
  log.info(
    `${marker.hold ? 'Restored' : 'Repaired'}: ${marker.stable} has 100% again (read back); ${MARKER_TAG} removed`,
  )
}

/**
 * Everything before traffic moves, for one app: its revision mode, no live lease of another run,
 * a split left behind (or a hold past its deadline) restored, its stable revision, its labels in
 * Labels mode, and its canary healthy. Modes rollback, promote and plan end here (reported
 * through `say`): undefined.
 */
async function prepareApp(
  values: AppValues,
  auth: AzureAuth,
  ctx: Ctx,
  say: Say,
  gates: GateConfig,
  cancel: AbortController,
): Promise<PreparedApp | undefined> {
  const aca = new ContainerApps(auth, values['resource-group'], values.app, USER_AGENT)
  let state = await aca.get(ctx)
  const labelsMode = state.mode === LABELS_MODE
  if (state.mode !== 'Multiple' && !labelsMode) {
    // `--mode labels --target-label` are the containerapp CLI extension's (preview); it refuses the
    // switch through `az containerapp update` (Azure/azure-cli-extensions#8927).
    throw new ActionFailure(
      `Container App ${values.app} is in ${state.mode} revision mode, where traffic cannot be split between revisions; nothing was changed. ` +
        `Switch it once to Multiple or Labels mode: az containerapp revision set-mode --name ${values.app} --resource-group ${values['resource-group']} ` +
        `--mode multiple (or --mode labels --target-label <a label>)`,
    )
  }

  const mode: Mode = values.mode
  if (mode !== 'plan') state = await untilNoLiveLease(aca, state, values, ctx)
  if (mode === 'rollback') return void (await rollbackMode(aca, state, values, ctx, say, warmUpPath(gates)))
  if (mode === 'promote')
    return void (await promoteMode(aca, state, values, ctx, gates, cancel, say, warmUpPath(gates)))
  if (mode === 'watch') return void (await watchMode(aca, state, values, ctx, gates, cancel))

  const marker = readMarker(state.tags)
  if (marker && mode === 'rollout') {
    await restoreExpired(aca, state, marker, ctx)
    state = await aca.get(ctx)
  }
  const stableName = soleRevisionWithTraffic(state, values)
  const labels = labelsMode ? rolloutLabels(state, stableName, values) : undefined
  const revisions = await aca.revisions(ctx)
  const stable = revisions.find((r) => r.name === stableName)
  if (!stable) throw new ActionFailure(`The revision with 100% (${stableName}) is not among the app's revisions`)
  const stableVersion = imageVersion(stable.image)
  readStable = { revision: stable.name, ...(stableVersion ? { version: stableVersion } : {}) }
  await assertProbeable(state, stable, values.app, (line) => log.info(line))

  if (mode === 'plan') return void (await planMode(state, stable, revisions, values, labels, say))

  const endGroup = openGroup(`${values.app}: readying the canary beside ${stable.name}`)
  let capacity: CapacityPlan | undefined
  let canary: RevisionInfo
  try {
    capacity = await capacityPlan(aca, stable, values, gates, ctx)
    canary = await prepareCanary(aca, state, stable, revisions, values, ctx, labels, capacity)
  } finally {
    endGroup()
  }
  // Creating the canary may have written the app's tags (SCALE_TAG): every later write carries them.
  if (values.image !== undefined) state = await aca.get(ctx)
  return { aca, state, stable, canary, labels, capacity }
}

/** A prepared app as a rollout target holding `lease`, its revisions' addresses logged. */
function appTarget(
  app: PreparedApp,
  lease: ConstructorParameters<typeof ContainerAppTarget>[4],
  ctx: Ctx,
): ContainerAppTarget {
  const { aca, state, stable, canary, labels, capacity } = app
  const target = new ContainerAppTarget(
    aca,
    state,
    stable,
    canary,
    lease,
    { budgetMs: CALL_BUDGET_MS, onRetry: ctx.onRetry },
    labels,
    capacity,
  )
  // Who is compared with whom stays in sight; where each answers folds under it.
  logGroup(`${aca.name}: canary ${canary.name} against stable ${stable.name}`, [
    `  canary: ${target.urls.canary.origin}${labels ? ` (label ${labels.canary})` : ''}`,
    `  stable: ${target.urls.stable.origin}${labels ? ` (label ${labels.stable})` : ''}`,
    ...(target.urls.main ? [`  main URL: ${target.urls.main.origin}`] : []),
  ])
  return target
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
  ctx: Ctx,
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
function requestedRevision(values: AppValues): string | undefined {
  const revision = values.revision
  return revision === undefined || revision.includes('--') ? revision : `${values.app}--${revision}`
}

/**
 * Before any write: a live lease on the app means another run is rolling it out (two workflows, a
 * re-run, a second job). This run refuses in one line naming that run, or with lease-wait waits up
 * to that long for the lease to go (cleared, or expired), reading the app again every few seconds.
 * Returns the app as last read.
 */
async function untilNoLiveLease(aca: ContainerApps, state: AppState, values: AppValues, ctx: Ctx): Promise<AppState> {
  const waitMs = values['lease-wait']
  const deadline = performance.now() + waitMs
  for (let waited = false; ; waited = true) {
    const marker = readMarker(state.tags)
    if (!marker || leaseStanding(marker, Date.now()) === 'expired') {
      if (waited) log.info(`The other run's lease on ${values.app} is gone${marker ? ' (expired)' : ''}: going on`)
      return state
    }
    // A hold is for these two modes to act on: promote resumes it, rollback ends it.
    if (marker.hold && (values.mode === 'promote' || values.mode === 'rollback')) return state
    // A watch window is for a rollback to end early (a person saw enough).
    if (marker.watch && values.mode === 'rollback') return state
    const left = deadline - performance.now()
    if (left <= 0) {
      const weights = describeWeights(weightsByRevision(state.traffic, state.latestReadyRevisionName))
      if (marker.hold)
        throw new ActionFailure(
          `${values.app} is ${describeLease(marker)} (traffic ${weights})` +
            `${waited ? `, past lease-wait ${formatDuration(waitMs)}` : ''}; nothing was changed. ` +
            `Resume it with mode promote or end it with mode rollback first`,
        )
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
  // A mode that was refused has its own error; no second one about what it would have used.
  if (values.image !== undefined && !needsCanary && values.mode !== undefined)
    issues.add(
      'image',
      `is only used by modes rollout and plan; mode ${values.mode} moves existing revisions (give revision)`,
    )
  if (values.image !== undefined && !/^[\w./:@-]+$/.test(values.image))
    issues.add('image', 'must be a container image reference such as ghcr.io/org/app:v1.5.0')
  const canaryLabel = values['canary-label']
  if (canaryLabel !== undefined && !LABEL.test(canaryLabel))
    issues.add(
      'canary-label',
      `must be a deployment label: lower-case letters, digits and single hyphens, starting with a letter and ending with a letter or digit, e.g. canary`,
    )
  if (values['container-name'] !== undefined && values.image === undefined)
    issues.add('container-name', 'is only used with image (which container gets the new image)')
  if (values.apps !== undefined && values.stages?.some((s) => s.hold))
    issues.add(
      'stages',
      'cannot hold a stage (:hold) in a rollout of several apps (apps): hold one app at a time, or drop :hold',
    )
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
  if (values.stages && values.mode !== 'rollback' && values.mode !== 'promote' && values.mode !== 'watch') {
    // A held stage ends a job: the stages up to it, and those after it, bake in jobs of their own.
    let job = 0
    let total = 0 // the longest job's bakes
    for (const s of values.stages) {
      job += s.bakeMs
      total = Math.max(total, job)
      if (s.hold) job = 0
    }
    // A watch window runs in the job of the last stages, after them.
    const watch = values.watch ?? 0
    if (watch > 0 && job + watch > 6 * 3_600_000)
      issues.add(
        'watch',
        `and the last stages' bakes make ${formatDuration(job + watch)}, over GitHub's 6-hour job limit: watch in a job of its own (mode watch) or shorten it`,
      )
    else if (total > 6 * 3_600_000)
      issues.add(
        'stages',
        `bake for ${formatDuration(total)} in all, over GitHub's 6-hour job limit: split the rollout over jobs (a held stage, :hold, ends one) or shorten the bakes`,
      )
  }
}

/** The plan as a person reads it: the stages first, then how each is judged, one short line each. */
function planLines(values: Values, gates: GateConfig): string[] {
  if (values.mode === 'rollback' || values.mode === 'promote' || values.mode === 'watch')
    return [
      `Mode ${values.mode}${values.watch !== undefined ? `, then a watch window of ${formatDuration(values.watch)}` : ''}`,
    ]
  const bound = values.interval * values['failure-threshold']
  const confidence = (values.confidence * 100).toFixed(1).replace(/\.0$/, '')
  return [
    `Mode ${values.mode}: ${describeStages(values.stages)}`,
    `  Gates: every ${formatDuration(values.interval)}, ${gates.requestsPerRound} request(s) per revision; ` +
      `thresholds ${values.thresholds.map((t) => t.text).join(', ') || 'none'}`,
    `  A failure is acted on after ${values['failure-threshold']} failed round(s) in a row (within ~${formatDuration(bound)})`,
    gates.baseline
      ? `  Compared with stable at ${confidence}% confidence; a verdict needs ${gates.minSamples} samples, else inconclusive: ${values.inconclusive}`
      : `  No comparison with stable; a verdict needs ${gates.minSamples} samples, else inconclusive: ${values.inconclusive}`,
    ...(values.watch !== undefined
      ? [
          `  Then a watch window of ${formatDuration(values.watch)} after the promotion: the same gates on the thresholds alone, the previous revision kept active at 0% to return to`,
        ]
      : []),
    ...(gates.metrics ?? []).map(
      (g) =>
        `  Metric gate ${g.name}${g.observeOnly ? ' (observe-only)' : ''}: ${g.thresholds.map((t) => t.text).join(', ')}, ` +
        `at least ${g.minRequests} canary requests`,
    ),
  ]
}

/**
 * Labels mode: production's label is the one on the revision with all the traffic; the canary's
 * comes from canary-label and must be another, or the new revision would take production at once.
 */
function rolloutLabels(state: AppState, stable: string, values: AppValues): RolloutLabels {
  const production = labelOf(state.traffic, stable)
  if (production === undefined)
    throw new ActionFailure(
      `Container App ${values.app} is in Labels revision mode but no label is on ${stable}, which has 100%; nothing was changed`,
    )
  const canary = values['canary-label']
  if (canary === production)
    throw new ActionFailure(
      `Input 'canary-label' names ${canary}, the label that carries ${values.app}'s traffic (on ${stable}): a revision created ` +
        `under it would take all of production at once; nothing was changed. Give another label, e.g. canary`,
    )
  return { stable: production, canary }
}

/** The revision holding all the traffic; a split nobody owns is left for a person to decide. */
function soleRevisionWithTraffic(state: AppState, values: AppValues): string {
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
  values: AppValues,
  ctx: Ctx,
  labels: RolloutLabels | undefined,
  capacity: CapacityPlan | undefined,
): Promise<RevisionInfo> {
  const canary = await readyCanary(aca, state, stable, revisions, values, ctx, labels, capacity)
  if (labels) await labelCanary(aca, state, stable.name, canary.name, labels, ctx)
  return canary
}

/**
 * Labels mode: before any weight moves, the canary carries the canary label and stable production's
 * (read back), and stable still has 100%. A canary created under the label already has it; an
 * existing revision gets it here, at 0%. A new revision that came up under production's label
 * anyway (the platform ignored the PATCH's targetLabel) took production's traffic with it: the
 * same write puts it back, loudly. Traffic moved to any other revision is someone else's change:
 * verifyWeights stops the run without touching it.
 */
async function labelCanary(
  aca: ContainerApps,
  state: AppState,
  stable: string,
  canary: string,
  labels: RolloutLabels,
  ctx: Ctx,
): Promise<void> {
  const wanted = canaryTraffic(stable, canary, 0, labels)
  let now = await aca.get(ctx)
  if (labelOf(now.traffic, canary) !== labels.canary) {
    const taken = weightsByRevision(now.traffic, now.latestReadyRevisionName)[canary] ?? 0
    if (taken > 0)
      log.warning(
        `${canary} came up under label ${labelOf(now.traffic, canary) ?? '?'} with ${taken}% of the traffic, not under ${labels.canary} at 0%: ` +
          `putting 100% back on ${stable} under ${labels.stable}`,
        { title: 'The new revision took traffic' },
      )
    else log.info(`Putting label ${labels.canary} on ${canary}, at 0% traffic`)
    now = await aca.setTraffic(state.location, wanted, undefined, ctx)
  }
  verifyWeights(now, { [stable]: 100 })
  verifyLabels(now, wanted)
}

async function readyCanary(
  aca: ContainerApps,
  state: AppState,
  stable: RevisionInfo,
  revisions: RevisionInfo[],
  values: AppValues,
  ctx: Ctx,
  labels: RolloutLabels | undefined,
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
      (labels ? ` under label ${labels.canary}` : '') +
      (scale?.minReplicas !== state.template?.scale?.minReplicas ? `, minReplicas ${scale?.minReplicas ?? 0}` : ''),
  )
  await aca.updateTemplate(state.location, template, ctx, { ...(labels ? { targetLabel: labels.canary } : {}), tags })
  if (labels && state.targetLabel !== undefined && state.targetLabel !== labels.canary) {
    // The canary's label went in with the template; the app's own target label is put back as it was.
    await aca.setTargetLabel(state.location, state.targetLabel, ctx)
  }
  // Checked at once, not only after the health wait: production must not wait on a starting revision.
  if (labels) await labelCanary(aca, state, stable.name, name, labels, ctx)
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
  values: AppValues,
  ctx: Ctx,
  say: Say,
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
  if (marker?.hold && leaseStanding(marker, Date.now()) === 'expired')
    log.warning(
      `The hold on ${values.app} is past its deadline (${describeLease(marker)}): rolling back restores ${target}`,
      { title: 'Restored an expired hold' },
    )
  log.info(
    `Rolling back ${values.app} to ${target}` +
      (marker?.hold
        ? ` (ending the hold of ${runUrl(marker.run)} at stage ${marker.hold.stage}, ${marker.hold.weight}%)`
        : marker
          ? ` (the stable revision of the split left by ${marker.run})`
          : requested
            ? ''
            : ` (recorded as the previous stable)`) +
      `; now: ${describeWeights(weights)}`,
  )
  if (holders.length === 1 && holders[0] === target && !marker) {
    log.info(`${target} already has 100%: nothing to change`)
    await say({
      result: 'rolled-back',
      ended: 'unchanged',
      versions: versionsOf([await aca.revision(target, ctx).catch(() => undefined)]),
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
    if (short) log.warning(`${short}; rolling back anyway`, { title: 'Rolled back short of capacity' })
  }
  const tags = withoutPromotion(withoutMarker(state.tags), true)
  if (state.mode === LABELS_MODE) {
    // Production's label goes back to the target; the revision rolled back from keeps a label, so stays active.
    const current = (await aca.get(ctx)).traffic
    const traffic = labelSwap(current, target, from, values['canary-label'])
    const read = await aca.setTraffic(state.location, traffic, tags, ctx)
    verifyWeights(read, { [target]: 100 })
    verifyLabels(read, traffic)
    log.info(
      `Rolled back: ${target} has 100% under label ${traffic[0]?.label ?? ''} (read back)${describeSpare(traffic)}`,
    )
  } else {
    await restore(aca, state.location, target, from, tags, ctx)
    log.info(`Rolled back: ${target} has 100% (read back)${from ? `; ${from} stays active at 0%` : ''}`)
  }
  await say({
    result: 'rolled-back',
    ended: 'by-hand',
    versions: versionsOf([revision, from ? await aca.revision(from, ctx).catch(() => undefined) : undefined]),
    stable: target,
    canary: from ?? '',
    previous: from ?? '',
    stages: [],
    reason: marker?.hold
      ? `hold at stage ${marker.hold.stage} ended by a rollback to ${target}`
      : `manual rollback to ${target}`,
  })
}

async function promoteMode(
  aca: ContainerApps,
  state: AppState,
  values: AppValues,
  ctx: Ctx,
  gates: GateConfig,
  cancel: AbortController,
  say: Say,
  warmUp: string,
): Promise<void> {
  const marker = readMarker(state.tags)
  if (marker?.hold) return resumeHold(aca, state, marker, marker.hold, values, ctx, gates, cancel)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const requested = requestedRevision(values)
  const canary = requested ?? marker?.canary
  if (!canary)
    throw new ActionFailure(
      `Nothing to promote: no rollout is in flight on ${values.app} (no ${MARKER_TAG} tag); give the revision to promote`,
    )
  const stable = marker?.stable ?? Object.entries(weights).find(([r, w]) => w > 0 && r !== canary)?.[0]
  const promoted = async (reason: string, ended: 'by-hand' | 'unchanged', canaryInfo?: RevisionInfo) =>
    say({
      result: 'promoted',
      ended,
      versions: versionsOf([
        canaryInfo ?? (await aca.revision(canary, ctx).catch(() => undefined)),
        stable ? await aca.revision(stable, ctx).catch(() => undefined) : undefined,
      ]),
      stable: canary,
      canary,
      previous: stable ?? '',
      stages: [],
      reason,
    })
  if (weights[canary] === 100 && !marker) {
    log.info(`${canary} already has 100%: nothing to change`)
    return promoted('already promoted', 'unchanged')
  }
  log.info(`Promoting ${canary} now (no further stages or gates); now: ${describeWeights(weights)}`)
  const healthy = await waitHealthy(aca, canary, values['healthy-timeout'], ctx, (l) => log.info(l))
  if (values['canary-replicas'] !== undefined) {
    const short = await raiseForAllTraffic(aca, state, canary, values['capacity-timeout'], warmUp, ctx, (l) =>
      log.info(l),
    )
    if (short) throw new ActionFailure(`Not promoted: ${short} (capacity-timeout); nothing was changed`)
  }
  const tags = { ...withoutMarker(state.tags), ...(stable ? promotionTags(canary, stable) : {}) }
  const labelsMode = state.mode === LABELS_MODE
  const traffic = labelsMode
    ? labelSwap((await aca.get(ctx)).traffic, canary, stable, values['canary-label'])
    : stable
      ? canaryTraffic(stable, canary, 100)
      : [{ revisionName: canary, weight: 100 }]
  const read = await aca.setTraffic(state.location, traffic, tags, ctx)
  verifyWeights(read, { [canary]: 100 })
  verifyLabels(read, traffic)
  log.info(
    labelsMode
      ? `Promoted: ${canary} has 100% under label ${traffic[0]?.label ?? ''} (read back)${describeSpare(traffic)}`
      : `Promoted: ${canary} has 100% (read back)${stable ? `; ${stable} stays active at 0%` : ''}`,
  )
  if (values.watch !== undefined && stable !== undefined) {
    const promotedAt = Date.now()
    const [previous, current] = await Promise.all([aca.revision(stable, ctx), aca.revision(canary, ctx)])
    return watchWindow(
      containerAppWatch(aca, read, { previous, current }, values, ctx),
      values,
      gates,
      cancel,
      promotedAt + values.watch,
      [],
    )
  }
  await promoted('promoted by hand (mode promote): no stages or gates ran', 'by-hand', healthy)
}

/** Labels mode: what a swap leaves on the revision that lost production's label. */
function describeSpare(traffic: readonly { revisionName?: string; label?: string }[]): string {
  const spare = traffic[1]
  return spare?.revisionName
    ? `; ${spare.revisionName} stays active at 0% under label ${spare.label ?? ''}`
    : '; the revision it replaced has no label left, so the platform shuts it down'
}

/**
 * Mode promote on a held split: the run takes the hold over (its own lease from the first write)
 * and runs the stages the hold recorded, with this run's gates, from the held weight on. A hold
 * past its deadline is restored instead, and the step fails: what was approved no longer stands.
 */
async function resumeHold(
  aca: ContainerApps,
  state: AppState,
  marker: Marker,
  hold: Hold,
  values: AppValues,
  ctx: Ctx,
  gates: GateConfig,
  cancel: AbortController,
): Promise<void> {
  if (leaseStanding(marker, Date.now()) === 'expired') {
    await restoreExpired(aca, state, marker, ctx)
    await report(values, {
      result: 'rolled-back',
      ended: 'error',
      stable: marker.stable,
      canary: marker.canary,
      previous: marker.stable,
      versions: versionsOf(
        await Promise.all([marker.stable, marker.canary].map((r) => aca.revision(r, ctx).catch(() => undefined))),
      ),
      stages: [],
      reason: `the hold at stage ${hold.stage} ended at ${marker.expires ?? 'its deadline'} before this promote`,
    })
    throw new ActionFailure(
      `The hold of ${marker.canary} at stage ${hold.stage} ended at ${marker.expires ?? 'its deadline'}, before this promote: ` +
        `${marker.stable} has 100% again (read back) and nothing was promoted. Roll ${marker.canary} out again`,
    )
  }
  const requested = requestedRevision(values)
  if (requested !== undefined && requested !== marker.canary)
    throw new ActionFailure(
      `Input 'revision' names ${requested}, but the split is ${describeLease(marker)} for ${marker.canary}; nothing was changed. ` +
        `Leave revision out to resume the hold, or end it with mode rollback`,
    )
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const expected = { [marker.stable]: 100 - hold.weight, [marker.canary]: hold.weight }
  // Weights sum to 100, so these two being as held means nothing else has traffic.
  if (weights[marker.stable] !== 100 - hold.weight || weights[marker.canary] !== hold.weight)
    throw new ActionFailure(
      `The held split was changed since it was held: traffic is ${describeWeights(weights)}, not ${describeWeights(expected)}; ` +
        `nothing was changed. Decide with mode rollback, or set the traffic yourself`,
    )
  const rest = remainingStages(hold)
  if (!rest)
    throw new ActionFailure(
      `The hold on ${values.app} records remaining stages this action cannot read (${hold.rest}); nothing was changed. End it with mode rollback`,
    )
  log.info(`Resuming ${describeLease(marker)}`)
  const [stable, canary] = await Promise.all([aca.revision(marker.stable, ctx), aca.revision(marker.canary, ctx)])
  await assertProbeable(state, stable, values.app, (line) => log.info(line))
  await waitHealthy(aca, canary.name, values['healthy-timeout'], ctx, (l) => log.info(l))
  // Labels mode: the held split's two labels, as the holding run set them.
  let labels: RolloutLabels | undefined
  if (state.mode === LABELS_MODE) {
    const held = { stable: labelOf(state.traffic, marker.stable), canary: labelOf(state.traffic, marker.canary) }
    if (held.stable === undefined || held.canary === undefined)
      throw new ActionFailure(
        `The held split of ${values.app} lost its labels (${marker.stable}: ${held.stable ?? 'none'}, ${marker.canary}: ` +
          `${held.canary ?? 'none'}); nothing was changed. Decide with mode rollback, or set the traffic yourself`,
      )
    labels = { stable: held.stable, canary: held.canary }
  }
  await settleRollout(
    containerAppPlatform({ aca, state, stable, canary, labels, capacity: undefined }, values, ctx, {
      marker,
      stages: rest,
    }),
    values,
    gates,
    cancel,
  )
}

async function planMode(
  state: AppState,
  stable: RevisionInfo,
  revisions: RevisionInfo[],
  values: AppValues,
  labels: RolloutLabels | undefined,
  say: Say,
): Promise<void> {
  const canary = requestedRevision(values) ?? `${values.app}--${values['revision-suffix'] ?? defaultSuffix()}`
  const lines = [
    `Plan for ${values.app} (nothing will be changed in mode plan):`,
    `  stable: ${stable.name} (100%, ${revisionUrl(stable).origin}${labels ? `, label ${labels.stable}` : ''})`,
  ]
  lines.push(
    (values.image !== undefined
      ? `  canary: new revision ${canary} from ${values.image}, waited on for up to ${formatDuration(values['healthy-timeout'])}`
      : `  canary: ${canary}${revisions.some((r) => r.name === canary) ? '' : ' (NOT FOUND: the rollout would fail)'}`) +
      (labels ? `, under label ${labels.canary}` : ''),
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
        })${s.hold ? `, then hold: the split stands for up to ${formatDuration(values['hold-for'])} (hold-for) until mode promote resumes it` : ''}`,
    )
    at += s.bakeMs
    return record
  })
  lines.push(
    labels
      ? `  then: the labels swap — ${canary} 100% under ${labels.stable}, ${stable.name} active at 0% under ${labels.canary} for an instant rollback`
      : `  then: ${stable.name} stays active at 0% for an instant rollback${values.cleanup ? '; other active revisions at 0% are deactivated' : ''}`,
  )
  lines.push(
    `  at the latest in ${formatDuration(at)} of baking; a failed gate rolls back within ` +
      `~${formatDuration(values.interval * values['failure-threshold'])} of the fault`,
  )
  for (const l of lines) log.info(l)
  const canaryImage = values.image ?? revisions.find((r) => r.name === canary)?.image
  await say({
    result: 'planned',
    stable: stable.name,
    canary,
    versions: versionsOf([stable, { name: canary, image: canaryImage }]),
    previous: '',
    stages: planned,
    reason: 'plan only',
  })
}

/**
 * After a promotion, the rule: only the new stable and the previous one stay active. In Labels mode
 * a revision that carries a label is someone's (a `dev` label, say) and is left alone; the platform
 * shuts down the ones without.
 */
async function cleanup(aca: ContainerApps, keep: string[], ctx: Ctx, labelsMode: boolean): Promise<void> {
  const state = await aca.get(ctx)
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  for (const r of await aca.revisions(ctx)) {
    if (!r.active || keep.includes(r.name) || (weights[r.name] ?? 0) > 0) continue
    if (labelsMode && labelOf(state.traffic, r.name) !== undefined) continue
    await deactivateQuietly(aca, r.name, ctx)
  }
}

async function deactivateQuietly(aca: ContainerApps, name: string, ctx: Ctx): Promise<void> {
  try {
    await aca.deactivate(name, { ...ctx, budgetMs: 30_000 })
    log.info(`Deactivated ${name} (0% traffic)`)
  } catch (err) {
    log.warning(`Could not deactivate ${name}: ${describeArmError(err)}; it stays active at 0% traffic`, {
      title: 'Revision left active',
    })
  }
}

/**
 * `apps`: several Container Apps released together, each with its name and its image or revision
 * (and optionally container-name, revision-suffix, checks, expected-version); the other inputs
 * apply to all. Each app is checked as `app` would be, its problems named by its place in the list.
 */
function readApps(values: Values, issues: InputIssues): GroupApp[] | undefined {
  const form = `a YAML list of 1 to ${MAX_APPS} apps, each with name and image or revision (optionally container-name, revision-suffix, checks, expected-version)`
  for (const input of ['app', 'image', 'revision', 'container-name'] as const)
    if (values[input] !== undefined)
      issues.add(
        input,
        'cannot be combined with apps: give it for each app in apps (name, image, revision, container-name)',
      )
  if (values.platform !== 'container-apps')
    issues.add('apps', 'is for platform container-apps: several Container Apps moved in one rollout')
  if (values.mode === 'promote')
    issues.add('apps', 'is not taken by mode promote: promote each app with app and revision, or roll back with apps')
  const tag = values['image-tag']
  if (tag !== undefined && !IMAGE_TAG.test(tag))
    issues.add(
      'image-tag',
      'must be an image tag: letters, digits, _ . and -, starting with a letter, digit or _, at most 128, e.g. v1.5.0',
    )
  const doc = values.apps
  if (!Array.isArray(doc) || doc.length === 0 || doc.length > MAX_APPS) {
    issues.add('apps', `must be ${form}`)
    return undefined
  }
  const group: GroupApp[] = []
  const seen = new Set<string>()
  doc.forEach((item: unknown, i) => {
    if (typeof item !== 'object' || item === null || Array.isArray(item))
      return issues.add('apps', `must be ${form}`, `app ${i + 1}`)
    const entry = item as Record<string, unknown>
    const text = (key: string): string | undefined => {
      const v = entry[key]
      if (v === undefined || v === null) return undefined
      if (typeof v === 'string' || typeof v === 'number') return String(v)
      issues.add('apps', `${key} must be text`, `app ${i + 1}`)
      return undefined
    }
    const name = text('name')
    if (name === undefined) return issues.add('apps', 'needs name: the Container App', `app ${i + 1}`)
    const where = `app ${i + 1} ${JSON.stringify(name)}`
    for (const key of Object.keys(entry))
      if (!APP_KEYS.includes(key))
        issues.add('apps', `has the unknown key ${JSON.stringify(key)}; an app takes ${APP_KEYS.join(', ')}`, where)
    if (seen.has(name)) issues.add('apps', `names ${name} a second time`, where)
    seen.add(name)
    const appValues: AppValues = {
      ...values,
      app: name,
      image: withTag(text('image'), tag),
      revision: text('revision'),
      'container-name': text('container-name'),
      'revision-suffix': text('revision-suffix') ?? values['revision-suffix'],
      'expected-version': text('expected-version') ?? values['expected-version'],
    }
    // The checks of the one-app inputs, each problem said as this app's.
    const own = new Issues()
    validate(appValues, own)
    const checks = parseGateChecks(
      entry.checks ?? values.checks,
      {
        expectedVersion: appValues['expected-version'],
        requestTimeoutMs: values['request-timeout'],
        checkTimeoutMs: 0,
        samples: 1,
        warmup: 0,
        minSamples: values['min-samples'],
      },
      own,
    )
    for (const e of own.errors) {
      const problem = e.message.replace(/^Input '[^']*' /, '')
      // The stages are every app's: said once, as the stages input's.
      if (e.input === 'stages') {
        if (i === 0) issues.add('stages', problem)
      } else issues.add('apps', `${e.input} ${problem}`, where)
    }
    group.push({ values: appValues, checks })
  })
  return group
}

/** An app's image with `tag` when it names none (no :tag after its last /, no @digest): the release's version. */
function withTag(image: string | undefined, tag: string | undefined): string | undefined {
  if (image === undefined || tag === undefined) return image
  const last = image.slice(image.lastIndexOf('/') + 1)
  return last.includes(':') || image.includes('@') ? image : `${image}:${tag}`
}

/**
 * Several apps in one rollout: each prepared as one app is (lease free, split repaired, canary
 * healthy), then moved through the stages together as one target, so that whatever ends the
 * rollout on one app ends it on all, each back on its own stable revision.
 */
async function executeGroup(
  group: GroupApp[],
  values: Values,
  auth: AzureAuth,
  gates: GateConfig,
  cancel: AbortController,
): Promise<void> {
  const ctx = callContext(cancel.signal)
  // One lease for the release: every app carries the same token, so each app's next run knows them for one rollout.
  const lease = { token: randomBytes(6).toString('hex'), ttlMs: leaseTtlMs(values.interval), stages: values.stages }
  const reports: Array<{ app: string; report: RolloutReport }> = []
  const prepared: Array<{ app: PreparedApp; target: ContainerAppTarget; checks?: Check[] }> = []
  for (const app of group) {
    const say: Say = (r) => {
      reports.push({ app: app.values.app, report: r })
      return Promise.resolve()
    }
    const p = await prepareApp(app.values, auth, ctx, say, gates, cancel)
    if (p) prepared.push({ app: p, target: appTarget(p, lease, ctx), ...(app.checks ? { checks: app.checks } : {}) })
  }
  if (values.mode !== 'rollout') return report(values, groupReport(reports))

  const target = new AppGroupTarget(prepared.map((p) => ({ target: p.target, checks: p.checks })))
  const apps = prepared.map((p) => ({ app: p.target.appName, stable: p.app.stable.name, canary: p.app.canary.name }))
  const stables = apps.map((a) => a.stable).join(', ')
  const canaries = apps.map((a) => a.canary).join(', ')
  await settleRollout(
    {
      target,
      split: { platform: 'container-apps', stable: stables, canary: canaries, token: lease.token, apps },
      stable: stables,
      canary: canaries,
      versions: versionsOf(prepared.flatMap((p) => [p.app.stable, p.app.canary])),
      apps,
      words: {
        restoring: `restoring 100% to ${stables}`,
        restoredAfterError: `traffic restored to 100% ${stables} (read back)`,
        stableAgain: `${stables} have 100% again (read back)`,
        cancelled: `traffic is 100% on ${stables}`,
        rolledBack: `Rolled back every app to ${stables}`,
        promoted: `Promoted: ${canaries} have 100% (read back); ${stables} stay active at 0% for an instant rollback`,
      },
      serving: async () => {
        const now = await Promise.all(
          prepared.map(async (p) => {
            const state = await p.app.aca.get({ budgetMs: READ_BACK_BUDGET_MS, onRetry: ctx.onRetry })
            return `${p.target.appName} ${describeWeights(weightsByRevision(state.traffic, state.latestReadyRevisionName))}`
          }),
        )
        return `traffic now: ${now.join('; ')} (read back)`
      },
      repairedNext: `the next canary-rollout run of these apps repairs each first (${MARKER_TAG} tag)`,
      promote: (signal) => target.promote(signal),
      afterRollback: async () => {
        if (!values['deactivate-on-rollback']) return
        for (const p of prepared) await deactivateQuietly(p.app.aca, p.app.canary.name, ctx)
      },
      afterPromotion: async () => {
        if (!values.cleanup) return
        const endGroup = openGroup('Cleanup: other revisions at 0% deactivated; the previous stable ones kept')
        for (const p of prepared) {
          try {
            await cleanup(p.app.aca, [p.app.canary.name, p.app.stable.name], ctx, p.app.labels !== undefined)
          } catch (err) {
            log.warning(`Cleanup of ${p.target.appName} stopped (${describeArmError(err)}); the promotion stands`, {
              title: 'Cleanup stopped',
            })
          }
        }
        endGroup()
      },
    },
    values,
    gates,
    cancel,
  )
}

/** The one report of a mode that ran app by app (plan, rollback): every app's revisions, listed. */
function groupReport(reports: Array<{ app: string; report: RolloutReport }>): RolloutReport {
  const first = reports[0]?.report
  if (!first) throw new Error('groupReport: no apps')
  const list = (key: 'stable' | 'canary' | 'previous') =>
    reports
      .map((r) => r.report[key])
      .filter((v) => v !== '')
      .join(', ')
  return {
    result: first.result,
    ...(first.ended ? { ended: first.ended } : {}),
    versions: Object.assign({}, ...reports.map((r) => r.report.versions ?? {})) as Record<string, string>,
    stable: list('stable'),
    canary: list('canary'),
    previous: list('previous'),
    stages: first.stages,
    reason: reports.map((r) => `${r.app}: ${r.report.reason ?? r.report.result}`).join('; '),
    apps: reports.map((r) => ({
      app: r.app,
      stable: r.report.stable,
      canary: r.report.canary,
      previous: r.report.previous,
    })),
  }
}

/** The version each revision serves, by its name, where its image's tag names one. */
function versionsOf(
  revisions: ReadonlyArray<Pick<RevisionInfo, 'name' | 'image'> | undefined>,
): Record<string, string> {
  const versions: Record<string, string> = {}
  for (const r of revisions) {
    const v = imageVersion(r?.image)
    if (r && v) versions[r.name] = v
  }
  return versions
}
