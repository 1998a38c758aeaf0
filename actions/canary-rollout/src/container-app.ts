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
import type { RolloutTarget } from './rollout.ts'

/**
 * Container Apps as a rollout target: revision weights in the app's traffic block. While traffic
 * is split, a tag on the app (the in-flight marker) names the stable and canary revisions and the
 * run, so whoever comes next — the post step, the next run — can put 100 % back on stable even if
 * this runner died.
 */

export const MARKER_TAG = 'deploy-actions-rollout'
/** The stable revision before the last promotion: what mode rollback returns to. */
export const PREVIOUS_TAG = 'deploy-actions-previous'

export interface Marker {
  stable: string
  canary: string
  run: string
  since: string
}

export function readMarker(tags: Record<string, string>): Marker | undefined {
  const raw = tags[MARKER_TAG]
  if (!raw) return undefined
  try {
    const m = JSON.parse(raw) as Partial<Marker>
    if (typeof m.stable === 'string' && typeof m.canary === 'string')
      return { stable: m.stable, canary: m.canary, run: String(m.run ?? 'unknown'), since: String(m.since ?? '') }
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

  constructor(
    aca: ContainerApps,
    state: AppState,
    stable: RevisionInfo,
    canary: RevisionInfo,
    ctx: Omit<CallContext, 'signal'>,
  ) {
    this.aca = aca
    this.state = state
    this.stable = stable
    this.canary = canary
    this.ctx = ctx
    this.description = `Container App ${aca.name} (${aca.resourceGroup})`
    this.tags = withoutMarker(state.tags)
    this.marker = { stable: stable.name, canary: canary.name, run: runLabel(), since: new Date().toISOString() }
    this.urls = {
      canary: revisionUrl(canary),
      stable: revisionUrl(stable),
      ...(state.fqdn ? { main: new URL(`https://${state.fqdn}`) } : {}),
    }
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

  async setCanaryWeight(weight: number, signal: AbortSignal): Promise<void> {
    const traffic = canaryTraffic(this.stable.name, this.canary.name, weight)
    const read = await this.aca.setTraffic(
      this.state.location,
      traffic,
      { ...this.tags, [MARKER_TAG]: JSON.stringify(this.marker) },
      { ...this.ctx, signal },
    )
    verifyWeights(read, { [this.stable.name]: 100 - weight, [this.canary.name]: weight })
  }

  async restoreStable(budgetMs: number): Promise<void> {
    await restore(this.aca, this.state.location, this.stable.name, this.canary.name, this.tags, {
      budgetMs,
      maxRetryAfterMs: 1000,
      onRetry: this.ctx.onRetry,
    })
  }

  /** Canary 100 %, previous stable kept active at 0 % for an instant rollback, marker cleared. */
  async promote(signal: AbortSignal): Promise<void> {
    const tags = { ...this.tags, [PREVIOUS_TAG]: this.stable.name }
    const read = await this.aca.setTraffic(
      this.state.location,
      canaryTraffic(this.stable.name, this.canary.name, 100),
      tags,
      {
        ...this.ctx,
        signal,
      },
    )
    verifyWeights(read, { [this.canary.name]: 100 })
    this.tags = tags
  }
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

/** The traffic block with `canaryWeight` % on the canary and the rest on stable. */
export function canaryTraffic(stable: string, canary: string, canaryWeight: number): TrafficEntry[] {
  return [
    { revisionName: stable, weight: 100 - canaryWeight },
    { revisionName: canary, weight: canaryWeight },
  ]
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
