import {
  type AppState,
  type CallContext,
  type ContainerApps,
  type RevisionInfo,
  type TrafficEntry,
  weightsByRevision,
} from '@deploy-actions/azure'
import { ActionFailure, formatDuration, sleep } from '@deploy-actions/core'
import { probe } from '@deploy-actions/probe'
import { type CanaryReplicas, raiseReplicas, replicasNeeded, type StageReplicas } from './capacity.ts'
import { type RolloutTarget, SplitTakenOver } from './rollout.ts'
import { describeStages, formatStages, parseStages, type Stage } from './stages.ts'

/**
 * Container Apps as a rollout target: revision weights in the app's traffic block. While traffic
 * is split, a tag on the app (the in-flight marker) names the stable and canary revisions and the
 * run, so whoever comes next — the post step, the next run — can put 100 % back on stable even if
 * this runner died. The marker is a lease: it expires unless its run renews it, so a run that
 * finds it can tell a live rollout (leave it alone) from one whose runner died (repair it).
 *
 * In Labels revision mode traffic goes to deployment labels, and a revision no label references
 * is shut down by the platform. The stable revision carries production's label, the canary the
 * canary label; every traffic write names both (the weights are the same as in Multiple mode, so
 * the marker, the restore and the repair are too: a restore keeps each label on its revision, see
 * withLabels). A promotion or a rollback swaps the two labels, so production's label moves to the
 * revision that gets 100 % and the other one stays labelled, active, at 0 %.
 * A hold is the same marker with `hold` in it: the run stopped at a stage on purpose and left its
 * split standing, and the lease's expiry is the hold's deadline. Until then only mode promote
 * (which resumes) or rollback (which ends it) may touch the split; after it, any run restores stable.
 */

export const MARKER_TAG = 'deploy-actions-rollout'
/**
 * The minReplicas the user configured, when this action raised it for a canary it created:
 * {"configured": n, "raised": m}. A revision's scale cannot be changed after it is created, so the
 * raised minimum stays on that revision and in the app's template; the next canary is created with
 * the configured one again (unless someone set another minimum since).
 */
export const SCALE_TAG = 'deploy-actions-scale'

/**
 * The template.scale a canary created from an image gets, and the app's tags to write with it
 * (undefined: unchanged): the configured minimum (see SCALE_TAG), raised to `needed`.
 */
export function canaryScale(
  state: AppState,
  needed: number,
): { scale?: NonNullable<AppState['template']>['scale']; tags?: Record<string, string> } {
  const current = state.template?.scale
  const currentMin = current?.minReplicas ?? 0
  let configured = currentMin
  const raw = state.tags[SCALE_TAG]
  if (raw) {
    try {
      const t = JSON.parse(raw) as { configured?: unknown; raised?: unknown }
      if (Number.isInteger(t.configured) && t.raised === currentMin) configured = t.configured as number
    } catch {
      // Not ours in shape: the template's minimum stands.
    }
  }
  const min = Math.max(configured, needed)
  const { [SCALE_TAG]: _old, ...rest } = state.tags
  const tags =
    min > configured
      ? { ...rest, [SCALE_TAG]: JSON.stringify({ configured, raised: min }) }
      : raw !== undefined
        ? rest
        : undefined
  return { scale: min === currentMin && current ? current : { ...current, minReplicas: min }, tags }
}

/** The stable revision before the last promotion: what mode rollback returns to. */
export const PREVIOUS_TAG = 'deploy-actions-previous'
/**
 * The last promotion whose validation window has not ended: {"revision", "previous", "at"}. Mode
 * watch finds the release to watch here; a window that ends clean (or a rollback) removes it.
 */
export const PROMOTED_TAG = 'deploy-actions-promoted'

/** A promotion as PROMOTED_TAG records it. */
export interface Promotion {
  revision: string
  previous: string
  /** When the promotion was read back (ISO 8601). */
  at: string
}

/** The tags of a promotion of `revision` over `previous` now: PREVIOUS_TAG and PROMOTED_TAG. */
export function promotionTags(revision: string, previous: string): Record<string, string> {
  const promotion: Promotion = { revision, previous, at: isoSeconds(Date.now()) }
  return { [PREVIOUS_TAG]: previous, [PROMOTED_TAG]: JSON.stringify(promotion) }
}

/** The promotion recorded on the app, if any; a value not of this shape counts as none. */
export function readPromotion(tags: Record<string, string>): Promotion | undefined {
  try {
    const p = JSON.parse(tags[PROMOTED_TAG] ?? '') as Partial<Promotion>
    if (typeof p.revision === 'string' && typeof p.previous === 'string' && !Number.isNaN(Date.parse(p.at ?? '')))
      return { revision: p.revision, previous: p.previous, at: p.at as string }
  } catch {
    // Absent or not ours: no promotion to watch.
  }
  return undefined
}

/** The tags without this action's record of a promotion (after a rollback, or a window that ended). */
export function withoutPromotion(tags: Record<string, string>, previousToo: boolean): Record<string, string> {
  const { [PROMOTED_TAG]: _promoted, [PREVIOUS_TAG]: previous, ...rest } = tags
  return previousToo || previous === undefined ? rest : { ...rest, [PREVIOUS_TAG]: previous }
}

export interface Marker {
  stable: string
  canary: string
  /** The owning run: <repository>/actions/runs/<id>/attempts/<attempt> (see runLabel). */
  run: string
  since: string
  /**
   * When the lease ends unless its run renews it (ISO time). A marker written before leases has
   * none and counts as expired, as every marker counted before.
   */
  expires?: string
  /**
   * The owning step, drawn at random when it starts: jobs of one run (a matrix) share the run id
   * and attempt, so only this tells the post step whether the lease is its own.
   */
  token?: string
  /** Present when the split is held on purpose: the stage it stopped at and the stages still to run. */
  hold?: Hold
  /**
   * Present while a run watches a promotion (the validation window): `canary` has 100 %, `stable`
   * is the previous revision, active at 0 % for a breach to return to. Nothing is split, so a run
   * that finds it expired only clears it: the release stands.
   */
  watch?: true
}

/** A split held on purpose, as the marker records it; its deadline is the marker's `expires`. */
export interface Hold {
  /** The held stage, counted from 1 in the stages of the run that holds. */
  stage: number
  /** The canary's weight at that stage. */
  weight: number
  /** The stages after it, as formatStages writes them (`50%:600s,100%`). */
  rest: string
}

/** The hold's remaining stages, read back; undefined when the marker's text is not a stage list. */
export function remainingStages(hold: Hold): Stage[] | undefined {
  try {
    return parseStages(hold.rest)
  } catch {
    return undefined
  }
}

function readHold(raw: unknown): Hold | undefined {
  if (typeof raw !== 'object' || raw === null) return undefined
  const h = raw as Partial<Hold>
  if (!Number.isInteger(h.stage) || !Number.isInteger(h.weight) || typeof h.rest !== 'string') return undefined
  return { stage: h.stage as number, weight: h.weight as number, rest: h.rest }
}

export function readMarker(tags: Record<string, string>): Marker | undefined {
  const raw = tags[MARKER_TAG]
  if (!raw) return undefined
  try {
    const m = JSON.parse(raw) as Partial<Marker>
    const hold = readHold(m.hold)
    if (typeof m.stable === 'string' && typeof m.canary === 'string' && (m.hold === undefined || hold))
      return {
        stable: m.stable,
        canary: m.canary,
        run: String(m.run ?? 'unknown'),
        since: String(m.since ?? ''),
        ...(typeof m.expires === 'string' ? { expires: m.expires } : {}),
        ...(typeof m.token === 'string' ? { token: m.token } : {}),
        ...(hold ? { hold } : {}),
        ...(m.watch === true ? { watch: true } : {}),
      }
  } catch {
    // A marker that is not ours in shape is reported, not trusted.
  }
  throw new ActionFailure(
    `The tag ${MARKER_TAG} on the app is not a marker this action wrote (${raw.slice(0, 80)}); remove it after checking the traffic`,
  )
}

/** The run that holds the marker, as the log and the next run show it. */
export function runLabel(): string {
  const env = process.env
  return `${env.GITHUB_REPOSITORY ?? 'local'}/actions/runs/${env.GITHUB_RUN_ID ?? '0'}/attempts/${env.GITHUB_RUN_ATTEMPT ?? '1'}`
}

/** Why a run lost `app`: its marker (`what`) is gone, or another run's stands there now. */
function takenOver(app: string, marker: Marker | undefined, what: string): SplitTakenOver {
  return new SplitTakenOver(
    marker
      ? `another run took ${app} over (${describeLease(marker)})`
      : `${what} of this run was removed from ${app} (a rollback, or a run that found it expired)`,
  )
}

/** This run's marker for a split of `stable` and `canary` (or a watch of `canary` with `stable` to return to), from now. */
export function newMarker(stable: string, canary: string, token: string, watch?: true): Marker {
  return { stable, canary, run: runLabel(), since: isoSeconds(Date.now()), token, ...(watch ? { watch } : {}) }
}

/** The run's page, for a person to look at: the run label under GITHUB_SERVER_URL. */
export function runUrl(run: string): string {
  if (!/^[\w.-]+\/[\w.-]+\/actions\/runs\/\d+(\/attempts\/\d+)?$/.test(run)) return run
  return `${process.env.GITHUB_SERVER_URL ?? 'https://github.com'}/${run}`
}

/**
 * Whether the run that holds a lease may still be working, at `now` (ms since the epoch): `live`
 * until it expires, `expired` after (its runner died, or it stalled past its renewals). A lease of
 * an earlier attempt of this same run is expired at once: GitHub re-runs a workflow only after
 * every job of the attempt before has ended. A hold stands until its deadline whatever runs after
 * it: its run ended on purpose, and a re-run (of the job that resumes it, say) must find it held.
 */
export function leaseStanding(marker: Marker, now: number, self = runLabel()): 'live' | 'expired' {
  // Run ids are unique across repositories, so the id alone says "the same run" (a marker may carry
  // the run without its repository, see encodeLease).
  const attempt = /actions\/runs\/(\d+)\/attempts\/(\d+)$/
  const theirs = attempt.exec(marker.run)
  const ours = attempt.exec(self)
  if (!marker.hold && theirs && ours && theirs[1] === ours[1] && Number(theirs[2]) < Number(ours[2])) return 'expired'
  const expires = marker.expires === undefined ? NaN : Date.parse(marker.expires)
  return Number.isFinite(expires) && expires > now ? 'live' : 'expired'
}

/**
 * A lease's owner and end, as one line names them: "https://github.com/o/r/actions/runs/1/attempts/1,
 * lease until …"; a hold as "held on purpose by …, at stage 1 (10%), until …; remaining stages …".
 */
export function describeLease(marker: Marker): string {
  if (marker.hold) return describeHold(marker, marker.hold)
  if (marker.watch)
    return `watched after its promotion by ${runUrl(marker.run)} (${marker.canary} 100%, ${marker.stable} active at 0% to return to), lease ${
      marker.expires ? `until ${marker.expires}` : 'without an expiry'
    }`
  return `${runUrl(marker.run)}, since ${marker.since || 'an unknown time'}, lease ${
    marker.expires ? `until ${marker.expires}` : 'without an expiry'
  }`
}

/** Labels mode: production's label (on the stable revision) and the canary's. */
export interface RolloutLabels {
  stable: string
  canary: string
}

function describeHold(marker: Marker, hold: Hold): string {
  const rest = remainingStages(hold)
  return (
    `held on purpose by ${runUrl(marker.run)}, at stage ${hold.stage} (${marker.canary} ${hold.weight}%, ` +
    `${marker.stable} ${100 - hold.weight}%), until ${marker.expires ?? 'an unknown time'}; remaining stages ` +
    (rest ? describeStages(rest) : hold.rest)
  )
}

/** Capacity-aware stages (canary-replicas): what each stage needs and how long it may wait for it. */
export interface CapacityPlan {
  spec: CanaryReplicas
  stages: readonly Stage[]
  /** Stable's running replicas before the rollout: what 'scaled' multiplies, and what a rollback raises it back to. */
  stableReplicas: number
  timeoutMs: number
  /** The path warm-up requests ask for (the first check's). */
  warmUpPath: string
  log(line: string): void
}

export class ContainerAppTarget implements RolloutTarget {
  readonly description: string
  readonly urls: RolloutTarget['urls']
  readonly stable: RevisionInfo
  readonly canary: RevisionInfo
  private tags: Record<string, string>
  private readonly marker: Marker
  private readonly aca: ContainerApps
  private readonly state: AppState
  private readonly ctx: Omit<CallContext, 'signal'>
  private readonly leaseTtlMs: number
  /** Labels mode: the labels each traffic write names; undefined in Multiple mode. */
  private readonly labels: RolloutLabels | undefined
  /** When the lease was last written (performance.now()); undefined until the first split. */
  private leaseWrittenAt: number | undefined
  /** The hold this run resumes (mode promote): its split is taken over, not refused. */
  private readonly resumes: Marker | undefined
  /** The app's tags before this run promoted it: set once promoted, so a group can still put it back. */
  private tagsBeforePromotion: Record<string, string> | undefined
  private readonly capacity: CapacityPlan | undefined

  constructor(
    aca: ContainerApps,
    state: AppState,
    stable: RevisionInfo,
    canary: RevisionInfo,
    lease: { token: string; ttlMs: number; stages: readonly Stage[]; resumes?: Marker },
    ctx: Omit<CallContext, 'signal'>,
    labels?: RolloutLabels,
    capacity?: CapacityPlan,
  ) {
    this.labels = labels
    this.capacity = capacity
    this.aca = aca
    this.state = state
    this.stable = stable
    this.canary = canary
    this.ctx = ctx
    this.leaseTtlMs = lease.ttlMs
    this.description = `Container App ${aca.name} (${aca.resourceGroup})`
    this.tags = withoutMarker(state.tags)
    this.marker = newMarker(stable.name, canary.name, lease.token)
    this.resumes = lease.resumes
    // Checked here, before any traffic moves: a marker ARM would refuse must not fail the first
    // split, nor a hold once its stage has passed.
    encodeLease(this.marker, Date.now())
    for (const hold of holdsOf(lease.stages, lease.resumes?.hold?.stage ?? 0))
      encodeLease({ ...this.marker, hold }, Date.now())
    this.urls = {
      canary: revisionUrl(canary),
      stable: revisionUrl(stable),
      ...(state.fqdn ? { main: new URL(`https://${state.fqdn}`) } : {}),
    }
  }

  /** The Container App's name. */
  get appName(): string {
    return this.aca.name
  }

  get stableName(): string {
    return this.stable.name
  }

  get canaryName(): string {
    return this.canary.name
  }

  apiRequests(): number {
    return this.aca.requests
  }

  /**
   * Every traffic change renews the lease in the same PATCH. With a capacity plan, the canary's
   * running replicas are read (and raised) first: no weight moves to a canary short of its stage's
   * minimum; after capacity-timeout the stage fails instead, and the rollout puts stable back.
   */
  async setCanaryWeight(weight: number, signal: AbortSignal): Promise<StageReplicas | undefined> {
    let replicas: StageReplicas | undefined
    if (this.capacity) {
      const plan = this.capacity
      const index = plan.stages.findIndex((s) => s.weight === weight)
      const needed = replicasNeeded(plan.spec, index, weight, plan.stableReplicas)
      const ctx = { ...this.ctx, signal }
      const url = new URL(plan.warmUpPath, this.urls.canary)
      const running = await raiseReplicas(
        this.aca,
        this.canary.name,
        url,
        needed,
        performance.now() + plan.timeoutMs,
        ctx,
        (line) => plan.log(line),
        () => this.renewLease(signal),
      )
      if (running < needed)
        throw new ActionFailure(
          `${this.canary.name} runs ${running} of the ${needed} replica(s) it needs for ${weight}% ` +
            `after ${formatDuration(plan.timeoutMs)} (capacity-timeout); no more traffic was moved to it`,
        )
      replicas = { canary: running, stable: 0, needed }
    }
    // Checked after any wait for capacity, right before the write.
    await this.checkLeaseHeld(signal)
    const traffic = canaryTraffic(this.stable.name, this.canary.name, weight, this.labels)
    const written = performance.now()
    const read = await this.aca.setTraffic(
      this.state.location,
      traffic,
      { ...this.tags, [MARKER_TAG]: this.renewedLease() },
      { ...this.ctx, signal },
    )
    this.leaseWrittenAt = written
    verifyWeights(read, { [this.stable.name]: 100 - weight, [this.canary.name]: weight })
    if (replicas) replicas.stable = await this.aca.runningReplicas(this.stable.name, { ...this.ctx, signal })
    return replicas
  }

  /**
   * Before a rollback puts 100 % back on stable: with a capacity plan, stable's running replicas
   * are read and, if it scaled down during the bake, raised towards what it ran before the rollout
   * — for at most `budgetMs`. The rollback then moves the traffic whatever the count: users on a
   * failing canary are worse off than users on a stable still scaling up. Never throws.
   */
  async readyStable(budgetMs: number): Promise<string | undefined> {
    const plan = this.capacity
    if (!plan || plan.stableReplicas <= 0) return undefined
    try {
      const running = await raiseReplicas(
        this.aca,
        this.stable.name,
        new URL(plan.warmUpPath, this.urls.stable),
        plan.stableReplicas,
        performance.now() + budgetMs,
        { budgetMs, maxRetryAfterMs: 1000, onRetry: this.ctx.onRetry },
        (line) => plan.log(line),
      )
      return running >= plan.stableReplicas
        ? `${this.stable.name} runs ${running} replica(s), as many as before the rollout`
        : `${this.stable.name} runs ${running} of the ${plan.stableReplicas} replica(s) it ran before the rollout after ${formatDuration(budgetMs)}; moving the traffic anyway`
    } catch (err) {
      return `${this.stable.name}'s replicas could not be read or raised (${err instanceof Error ? err.message : String(err)}); moving the traffic anyway`
    }
  }

  /**
   * The heartbeat, called each gate round: once a third of the lease has passed since it was last
   * written, a tags-only PATCH (no traffic in it) moves its expiry on. Between rounds there is at
   * most an interval, and the lease is longer than three (see leaseTtlMs).
   */
  async renewLease(signal: AbortSignal): Promise<void> {
    if (this.leaseWrittenAt === undefined || !leaseRenewalDue(this.leaseWrittenAt, performance.now(), this.leaseTtlMs))
      return
    await this.writeLease(signal)
  }

  /**
   * Writes this run's lease, moved on to a full term, in a tags-only PATCH (no traffic in it):
   * the heartbeat, and how a group of apps takes the lease on every app before any traffic moves.
   */
  async writeLease(signal: AbortSignal): Promise<void> {
    await this.checkLeaseHeld(signal)
    const written = performance.now()
    await this.aca.setTags(
      this.state.location,
      { ...this.tags, [MARKER_TAG]: this.renewedLease() },
      { ...this.ctx, signal },
    )
    this.leaseWrittenAt = written
  }

  /**
   * Leaves the split standing on purpose: the marker becomes a hold until `deadline` (ms since the
   * epoch), in a tags-only PATCH, read back. From here the split is no run's to restore but the
   * deadline's: mode promote resumes it, rollback ends it, and any run after the deadline restores stable.
   */
  async hold(hold: Hold, deadline: number, signal: AbortSignal): Promise<void> {
    await this.checkLeaseHeld(signal)
    const value = encodeLease({ ...this.marker, hold }, deadline)
    const read = await this.aca.setTags(
      this.state.location,
      { ...this.tags, [MARKER_TAG]: value },
      { ...this.ctx, signal },
    )
    if (read.tags[MARKER_TAG] !== value)
      throw new ActionFailure(
        `ARM accepted the hold but reads back the ${MARKER_TAG} tag as ${read.tags[MARKER_TAG] ?? 'absent'}`,
      )
    verifyWeights(read, { [this.stable.name]: 100 - hold.weight, [this.canary.name]: hold.weight })
  }

  /** This run's marker with its expiry moved on to a full lease from now. */
  private renewedLease(): string {
    return encodeLease(this.marker, Date.now() + this.leaseTtlMs)
  }

  /**
   * Before a write that carries the lease: the app still shows this run's lease (or, before the
   * first split, none). Otherwise another run took the app over — it found the lease expired, or
   * a person rolled back — and this run must not touch its traffic: SplitTakenOver.
   */
  private async checkLeaseHeld(signal: AbortSignal): Promise<AppState> {
    const state = await this.aca.get({ ...this.ctx, signal })
    this.throwIfTakenOver(state.tags)
    return state
  }

  private throwIfTakenOver(tags: Record<string, string>): void {
    const marker = readMarker(tags)
    if (this.leaseWrittenAt === undefined) {
      if (
        this.resumes ? marker?.token === this.resumes.token : !marker || leaseStanding(marker, Date.now()) === 'expired'
      )
        return
    }
    // Promoted by this run, which cleared its own lease: a group whose other app failed to promote puts it back.
    if (this.tagsBeforePromotion && !marker) return
    if (marker?.token === this.marker.token) return
    throw takenOver(this.aca.name, marker, `the ${MARKER_TAG} lease`)
  }

  /**
   * Stable 100 % again — unless the app is another run's now (SplitTakenOver): putting this run's
   * stable back would undo that run's split. The read that tells is short and, when it fails,
   * does not hold up the restore.
   */
  async restoreStable(budgetMs: number): Promise<void> {
    const ctx = { budgetMs, maxRetryAfterMs: 1000, onRetry: this.ctx.onRetry }
    try {
      this.throwIfTakenOver((await this.aca.get({ ...ctx, budgetMs: Math.min(3000, budgetMs / 4) })).tags)
    } catch (err) {
      if (err instanceof SplitTakenOver) throw err
    }
    const tags = this.tagsBeforePromotion ?? this.tags
    await restore(this.aca, this.state.location, this.stable.name, this.canary.name, tags, ctx)
  }

  /**
   * Canary 100 %, previous stable kept active at 0 % for an instant rollback, marker cleared. In
   * Labels mode the labels swap in the same PATCH: production's label on the canary, the canary
   * label on the previous stable (which a label keeps from being shut down).
   */
  async promote(signal: AbortSignal): Promise<void> {
    const now = await this.checkLeaseHeld(signal)
    const tags = { ...this.tags, ...promotionTags(this.canary.name, this.stable.name) }
    const traffic = this.labels
      ? labelSwap(now.traffic, this.canary.name, this.stable.name, this.labels.canary)
      : canaryTraffic(this.stable.name, this.canary.name, 100)
    const read = await this.aca.setTraffic(this.state.location, traffic, tags, { ...this.ctx, signal })
    verifyWeights(read, { [this.canary.name]: 100 })
    verifyLabels(read, traffic)
    this.tagsBeforePromotion = this.tags
    this.tags = tags
  }
}

/** The holds a run may write, for the stages after `from` (a resumed hold's stage): each held stage and the rest after it. */
function holdsOf(stages: readonly Stage[], from: number): Hold[] {
  return stages.flatMap((s, i) =>
    s.hold ? [{ stage: from + i + 1, weight: s.weight, rest: formatStages(stages.slice(i + 1)) }] : [],
  )
}

/**
 * Before a promotion or rollback by hand puts 100 % on `target` (capacity-aware runs): it should
 * run as many replicas as the revisions serving the traffic now run together. Raised (see
 * raiseReplicas) for at most `budgetMs`; returns the shortfall in one line, or undefined.
 */
export async function raiseForAllTraffic(
  aca: ContainerApps,
  state: AppState,
  target: string,
  budgetMs: number,
  warmUpPath: string,
  ctx: CallContext,
  log: (line: string) => void,
): Promise<string | undefined> {
  const weights = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  let needed = 0
  for (const [name, weight] of Object.entries(weights)) if (weight > 0) needed += await aca.runningReplicas(name, ctx)
  const url = new URL(warmUpPath, revisionUrl(await aca.revision(target, ctx)))
  const running = await raiseReplicas(aca, target, url, needed, performance.now() + budgetMs, ctx, log)
  log(`Capacity: ${target} runs ${running} replica(s); the revisions serving now run ${needed}`)
  return running >= needed
    ? undefined
    : `${target} runs ${running} of the ${needed} replica(s) serving the traffic now, after ${formatDuration(budgetMs)}`
}

/** Azure's limit on a tag value (azure-resource-manager/management/tag-resources, limitations). */
export const TAG_VALUE_MAX = 256

/** A time as the marker writes it: ISO 8601 to the second, to keep the tag short. */
function isoSeconds(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z')
}

/**
 * The marker as the tag's value, expiring at `expires` (ms since the epoch), within Azure's 256
 * characters: when the names are long, `since` goes first, then the repository in the run (the
 * run id is unique on its own; only the URL in messages is lost). Names too long even then are
 * an error before anything was changed.
 */
export function encodeLease(marker: Marker, expires: number): string {
  const full = { ...marker, expires: isoSeconds(expires) }
  const { since: _since, ...withoutSince } = full
  const shortRun = { ...withoutSince, run: marker.run.replace(/^[^/]+\/[^/]+\/(?=actions\/runs\/)/, '') }
  for (const candidate of [full, withoutSince, shortRun]) {
    const value = JSON.stringify(candidate)
    if (value.length <= TAG_VALUE_MAX) return value
  }
  throw new ActionFailure(
    `The revision names ${marker.stable} and ${marker.canary} are too long for the ${MARKER_TAG} tag ` +
      `(Azure allows ${TAG_VALUE_MAX} characters in a tag value); no traffic was moved. Use a shorter revision-suffix`,
  )
}

/** Whether a lease written at `writtenAt` is due for renewal at `now` (both performance.now()): after a third of it. */
export function leaseRenewalDue(writtenAt: number, now: number, ttlMs: number): boolean {
  return now - writtenAt >= ttlMs / 3
}

/** 100 % back on `stable` and the marker cleared, in one PATCH; then read back. */
export async function restore(
  aca: ContainerApps,
  location: string,
  stable: string,
  canary: string | undefined,
  tags: Record<string, string>,
  ctx: CallContext,
): Promise<void> {
  const traffic: TrafficEntry[] = [{ revisionName: stable, weight: 100 }]
  if (canary && canary !== stable) traffic.push({ revisionName: canary, weight: 0 })
  verifyWeights(await aca.setTraffic(location, traffic, withoutMarker(tags), ctx), { [stable]: 100 })
}

/** The traffic block with `canaryWeight` % on the canary and the rest on stable (in Labels mode, each under its label). */
export function canaryTraffic(
  stable: string,
  canary: string,
  canaryWeight: number,
  labels?: RolloutLabels,
): TrafficEntry[] {
  return [
    { revisionName: stable, weight: 100 - canaryWeight, ...(labels ? { label: labels.stable } : {}) },
    { revisionName: canary, weight: canaryWeight, ...(labels ? { label: labels.canary } : {}) },
  ]
}

/** The label on `revision` in a traffic block, if any. */
export function labelOf(traffic: readonly TrafficEntry[], revision: string): string | undefined {
  return traffic.find((t) => t.revisionName === revision && t.label !== undefined)?.label
}

/**
 * Labels mode: 100 % to `to` under the label that carries production now (on `from`), and `from`
 * at 0 % under the label `to` had — else `spare` — so it stays labelled, active and ready for an
 * instant return (a revision without a label is shut down). What `az containerapp revision label
 * swap` does, with the weights in the same PATCH.
 */
export function labelSwap(
  traffic: readonly TrafficEntry[],
  to: string,
  from: string | undefined,
  spare: string,
): TrafficEntry[] {
  const production = (from !== undefined ? labelOf(traffic, from) : undefined) ?? labelOf(traffic, to)
  if (production === undefined)
    throw new ActionFailure(
      `No label is on ${from ?? to}, which carries the traffic: in Labels mode traffic goes to labels; nothing was changed`,
    )
  const other = labelOf(traffic, to)
  const fromLabel = other !== undefined && other !== production ? other : spare !== production ? spare : undefined
  return [
    { revisionName: to, weight: 100, label: production },
    ...(from !== undefined && from !== to && fromLabel !== undefined
      ? [{ revisionName: from, weight: 0, label: fromLabel }]
      : []),
  ]
}

/** Insists each label of `wanted` reads back on the revision it was put on. */
export function verifyLabels(state: AppState, wanted: readonly TrafficEntry[]): void {
  for (const w of wanted) {
    if (w.label === undefined || w.revisionName === undefined) continue
    const on = state.traffic.find((t) => t.label === w.label)
    const revision = on?.latestRevision ? state.latestReadyRevisionName : on?.revisionName
    if (revision !== w.revisionName)
      throw new ActionFailure(
        `ARM accepted the change but the label ${w.label} reads back on ${revision ?? 'no revision'}, not ${w.revisionName}`,
      )
  }
}

export function withoutMarker(tags: Record<string, string>): Record<string, string> {
  const { [MARKER_TAG]: _marker, ...rest } = tags
  return rest
}

/** Insists the traffic read back is what was set: a write is not done until it is seen. */
export function verifyWeights(state: AppState, expected: Record<string, number>): void {
  const actual = weightsByRevision(state.traffic, state.latestReadyRevisionName)
  const nonZero = (w: Record<string, number>) =>
    Object.entries(w)
      .filter(([, v]) => v > 0)
      .sort(([a], [b]) => a.localeCompare(b))
  if (JSON.stringify(nonZero(actual)) !== JSON.stringify(nonZero(expected))) {
    throw new ActionFailure(
      `ARM accepted the traffic change but reads back ${describeWeights(actual)}, not ${describeWeights(expected)}`,
    )
  }
}

export function describeWeights(w: Record<string, number>): string {
  const parts = Object.entries(w)
    .filter(([, v]) => v > 0)
    .map(([rev, v]) => `${rev} ${v}%`)
  return parts.length > 0 ? parts.join(', ') : 'no weights'
}

export function revisionUrl(r: RevisionInfo): URL {
  if (!r.fqdn)
    throw new ActionFailure(
      `Revision ${r.name} has no FQDN: the app needs ingress enabled for its revisions to be probed`,
    )
  return new URL(`https://${r.fqdn}`)
}

/**
 * Running states of a ready revision. With minReplicas 0 (Container Apps' default) a revision with
 * no traffic runs no replica and reads ScaledToZero until a request wakes it: that is ready too,
 * and the gates' probes (requests to its own URL) are what wake and judge it.
 */
const READY_RUNNING_STATES = new Set(['Running', 'ScaledToZero'])

/** Ready to take traffic, as ARM tells it: active, provisioned, healthy, running or scaled to zero (replicas may be 0). */
/**
 * With internal ingress (ingress.external false) revision host names answer only inside the
 * Container Apps environment's network: a GitHub-hosted runner cannot probe them, so every gate
 * would fail and every rollout roll back. One request to stable's own URL tells whether this runner
 * is inside that network (a self-hosted runner in the VNet is); if not, the run stops here.
 */
export async function assertProbeable(
  state: AppState,
  stable: RevisionInfo,
  app: string,
  log: (line: string) => void,
): Promise<void> {
  if (state.external !== false) return
  const url = revisionUrl(stable)
  const res = await probe({ url, method: 'GET', headers: {}, timeoutMs: 5000 })
  if (res.ok) return log(`Internal ingress: ${url.origin} answered this runner (${res.status}), so the gates can probe`)
  throw new ActionFailure(
    `Container App ${app} has internal ingress (external: false): its revision URLs answer only inside its environment's network, and this runner could not reach ${url.origin} (${res.error}). ` +
      'Run this job on a self-hosted runner inside that network, or enable external ingress; nothing was changed',
  )
}

export function isHealthy(r: RevisionInfo): boolean {
  return (
    r.active &&
    r.provisioningState === 'Provisioned' &&
    r.healthState === 'Healthy' &&
    READY_RUNNING_STATES.has(r.runningState ?? '')
  )
}

export function describeRevision(r: RevisionInfo): string {
  return (
    `provisioning ${r.provisioningState ?? '?'}, running ${r.runningState ?? '?'}, ` +
    `health ${r.healthState ?? '?'}, ${r.replicas} replica(s)${r.active ? '' : ', inactive'}${r.provisioningError ? `, error: ${r.provisioningError}` : ''}`
  )
}

/** Polls the revision until it is provisioned, running and healthy, or the deadline passes. */
export async function waitHealthy(
  aca: ContainerApps,
  name: string,
  timeoutMs: number,
  ctx: CallContext,
  log: (line: string) => void,
): Promise<RevisionInfo> {
  const started = performance.now()
  let last: RevisionInfo | undefined
  let lastLine = ''
  for (let poll = 0; ; poll++) {
    last = await aca.revision(name, ctx)
    const line = describeRevision(last)
    if (line !== lastLine) log(`  ${name}: ${line}`)
    lastLine = line
    if (isHealthy(last)) return last
    if (last.provisioningState === 'Failed' || last.runningState === 'Failed') break
    if (performance.now() - started > timeoutMs) break
    await sleep(Math.min(5000, 250 * 2 ** Math.min(poll, 5)), ctx.signal)
  }
  throw new ActionFailure(
    `Revision ${name} did not become healthy within ${formatDuration(timeoutMs)} (${describeRevision(last)}); no traffic was moved`,
  )
}

/**
 * A promoted release watched (the validation window) as the engine's target: `current` has 100 %
 * and is judged as the canary; `previous` stays active at 0 % and is what a breach restores. While
 * the window runs, the app carries this run's marker with `watch` (a lease like a rollout's), so
 * another run waits or refuses instead of rolling out over it, and mode rollback may end it.
 */
export class ContainerAppWatch implements RolloutTarget {
  readonly description: string
  readonly urls: RolloutTarget['urls']
  private readonly aca: ContainerApps
  private readonly location: string
  private readonly previous: string
  private readonly current: string
  private readonly marker: Marker
  private readonly ttlMs: number
  private readonly ctx: Omit<CallContext, 'signal'>
  /** Labels mode: the label a breach leaves on `current` (the canary label); undefined in Multiple mode. */
  private readonly spareLabel: string | undefined
  private leaseWrittenAt: number | undefined

  constructor(
    aca: ContainerApps,
    state: AppState,
    revisions: { previous: RevisionInfo; current: RevisionInfo },
    lease: { token: string; ttlMs: number },
    ctx: Omit<CallContext, 'signal'>,
    spareLabel: string | undefined,
  ) {
    this.aca = aca
    this.location = state.location
    this.previous = revisions.previous.name
    this.current = revisions.current.name
    this.ttlMs = lease.ttlMs
    this.ctx = ctx
    this.spareLabel = spareLabel
    this.description = `Container App ${aca.name} (${aca.resourceGroup})`
    this.marker = newMarker(this.previous, this.current, lease.token, true)
    encodeLease(this.marker, Date.now())
    this.urls = {
      canary: revisionUrl(revisions.current),
      stable: revisionUrl(revisions.previous),
      ...(state.fqdn ? { main: new URL(`https://${state.fqdn}`) } : {}),
    }
  }

  get stableName(): string {
    return this.previous
  }

  get canaryName(): string {
    return this.current
  }

  apiRequests(): number {
    return this.aca.requests
  }

  setCanaryWeight(): Promise<void> {
    return Promise.reject(new Error('a validation window moves no weight'))
  }

  /**
   * Takes the app for the window: `current` must still have 100 % and no other run's live lease be
   * on it; then this run's watch marker, in a tags-only PATCH, read back.
   */
  async begin(signal: AbortSignal): Promise<void> {
    const state = await this.aca.get({ ...this.ctx, signal })
    const other = readMarker(state.tags)
    if (other && other.token !== this.marker.token && leaseStanding(other, Date.now()) === 'live')
      throw new SplitTakenOver(`another run holds ${this.aca.name} (${describeLease(other)})`)
    verifyWeights(state, { [this.current]: 100 })
    await this.writeLease(state.tags, signal)
  }

  /**
   * Each gate round: the app read to see the window is still this run's (a rollback may have ended
   * it: SplitTakenOver, and the run stops at once), the lease renewed once a third of it has passed.
   */
  async renewLease(signal: AbortSignal): Promise<void> {
    const state = await this.held(signal)
    if (this.leaseWrittenAt === undefined || !leaseRenewalDue(this.leaseWrittenAt, performance.now(), this.ttlMs))
      return
    await this.writeLease(state.tags, signal)
  }

  /** A breach: 100 % back on `previous` (in Labels mode with production's label), the marker and the promotion cleared, read back. */
  async restoreStable(budgetMs: number): Promise<void> {
    const ctx = { budgetMs, maxRetryAfterMs: 1000, onRetry: this.ctx.onRetry }
    const state = await this.held(undefined, ctx)
    const tags = withoutPromotion(withoutMarker(state.tags), true)
    if (this.spareLabel === undefined) return restore(this.aca, this.location, this.previous, this.current, tags, ctx)
    const traffic = labelSwap(state.traffic, this.previous, this.current, this.spareLabel)
    const read = await this.aca.setTraffic(this.location, traffic, tags, ctx)
    verifyWeights(read, { [this.previous]: 100 })
    verifyLabels(read, traffic)
  }

  /**
   * The window ended clean: the marker and the promotion record cleared (read back), then, in
   * Multiple mode, `previous` deactivated and read back inactive. In Labels mode it keeps its label
   * (a labelled revision is someone's), so it stays active. Returns what was done, for the log, and
   * where that leaves the previous revision, for the summary.
   */
  async end(signal: AbortSignal): Promise<{ done: string; previous: string }> {
    const state = await this.held(signal)
    const read = await this.aca.setTags(this.location, withoutPromotion(withoutMarker(state.tags), false), {
      ...this.ctx,
      signal,
    })
    if (read.tags[MARKER_TAG] !== undefined)
      throw new ActionFailure(`ARM accepted the end of the window but still reads back the ${MARKER_TAG} tag`)
    if (this.spareLabel !== undefined) {
      const label = labelOf(read.traffic, this.previous) ?? '(none)'
      return {
        done: `${this.previous} keeps label ${label} at 0%, so it stays active`,
        previous: `kept active at 0% under label ${label}`,
      }
    }
    await this.aca.deactivate(this.previous, { ...this.ctx, signal })
    const previous = await this.aca.revision(this.previous, { ...this.ctx, signal })
    if (previous.active)
      throw new ActionFailure(`ARM accepted the deactivation of ${this.previous} but reads it back active`)
    return { done: `${this.previous} deactivated (read back)`, previous: 'deactivated after the watch window' }
  }

  /**
   * The window stopped without a breach (cancelled): this run's marker cleared, the traffic left on
   * `current` and the promotion record kept, so mode watch can watch the rest of the window.
   */
  async release(budgetMs: number): Promise<void> {
    const ctx = { budgetMs, maxRetryAfterMs: 1000, onRetry: this.ctx.onRetry }
    const state = await this.held(undefined, ctx)
    await this.aca.setTags(this.location, withoutMarker(state.tags), ctx)
  }

  /** The app as read now, if it still carries this run's watch marker; else SplitTakenOver (a rollback ended the window). */
  private async held(signal?: AbortSignal, ctx: Omit<CallContext, 'signal'> = this.ctx): Promise<AppState> {
    const state = await this.aca.get({ ...ctx, ...(signal ? { signal } : {}) })
    this.ensureOwned(state.tags)
    return state
  }

  /** SplitTakenOver unless `tags` carry this run's watch marker (a rollback ended the window, or another run holds it). */
  private ensureOwned(tags: Record<string, string>): void {
    const marker = readMarker(tags)
    if (marker?.token !== this.marker.token) throw takenOver(this.aca.name, marker, 'the watch marker')
  }

  private async writeLease(tags: Record<string, string>, signal: AbortSignal): Promise<void> {
    const value = encodeLease(this.marker, Date.now() + this.ttlMs)
    const written = performance.now()
    const read = await this.aca.setTags(this.location, { ...tags, [MARKER_TAG]: value }, { ...this.ctx, signal })
    if (read.tags[MARKER_TAG] !== value) {
      // A rollback (or another run) that wrote between this run's read and its write wins: the window ends.
      this.ensureOwned(read.tags)
      throw new ActionFailure(
        `ARM accepted the watch marker but reads back the ${MARKER_TAG} tag as ${read.tags[MARKER_TAG] ?? 'absent'}`,
      )
    }
    this.leaseWrittenAt = written
  }
}
