import type { Check } from '@deploy-actions/probe'
import type { ContainerAppTarget } from './container-app.ts'
import { type JudgedApp, type RolloutTarget, SplitTakenOver } from './rollout.ts'
import { ROLLBACK_BUDGET_MS } from './budgets.ts'

/**
 * Several Container Apps released together (LankaConnect's API and UI) as one rollout target: the
 * stage loop and settleRollout see one target, so a failed gate, an error or a cancel on any app
 * puts every app back on its own stable revision. Each app keeps its own lease, traffic and
 * checks; the group only moves them in lockstep and judges each (`apps`).
 */
export class AppGroupTarget implements RolloutTarget {
  readonly description: string
  readonly urls: RolloutTarget['urls']
  readonly apps: readonly JudgedApp[]
  private readonly members: readonly ContainerAppTarget[]
  private leased = false

  constructor(members: ReadonlyArray<{ target: ContainerAppTarget; checks?: Check[] }>) {
    const first = members[0]
    if (!first) throw new Error('AppGroupTarget: no apps')
    this.members = members.map((m) => m.target)
    this.description = `Container Apps ${this.members.map((m) => m.appName).join(', ')}`
    // The engine judges `apps`; `urls` is the first app's, for what reads one target's URLs.
    this.urls = first.target.urls
    this.apps = members.map((m) => ({
      name: m.target.appName,
      urls: m.target.urls,
      ...(m.checks ? { checks: m.checks } : {}),
    }))
  }

  get stableName(): string {
    return this.members.map((m) => m.stableName).join(', ')
  }

  get canaryName(): string {
    return this.members.map((m) => m.canaryName).join(', ')
  }

  apiRequests(): number {
    return this.members.reduce((sum, m) => sum + m.apiRequests(), 0)
  }

  /**
   * Before the first weight change, the lease is taken on every app (so no app's traffic moves
   * while another app may still be another run's); then every app moves to `weight` together.
   */
  async setCanaryWeight(weight: number, signal: AbortSignal): Promise<void> {
    if (!this.leased) {
      await this.onEvery((m) => m.writeLease(signal))
      this.leased = true
    }
    await this.onEvery(async (m) => {
      await m.setCanaryWeight(weight, signal)
    })
  }

  async renewLease(signal: AbortSignal): Promise<void> {
    await this.onEvery((m) => m.renewLease(signal))
  }

  async promote(signal: AbortSignal): Promise<void> {
    await this.onEvery((m) => m.promote(signal))
  }

  /**
   * Every app back on its stable revision, each attempted whatever the others do. An app another
   * run took over is left to it (SplitTakenOver once the rest are restored); any other failure is
   * the error.
   */
  async restoreStable(budgetMs: number): Promise<void> {
    const results = await Promise.allSettled(this.members.map((m) => m.restoreStable(budgetMs)))
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []))
    const other = failed.find((e) => !(e instanceof SplitTakenOver))
    if (other !== undefined) throw other
    if (failed.length > 0) throw this.takenOver(failed)
  }

  /**
   * `act` on every app at once, waiting for all. When another run took one app over, the others
   * are put back on stable first (they must not stay split under a lease nobody renews), and the
   * run stops as taken over; any other error is thrown as it is, for the caller's rollback.
   */
  private async onEvery(act: (m: ContainerAppTarget) => Promise<void>): Promise<void> {
    const results = await Promise.allSettled(this.members.map(act))
    const failed = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []))
    const [first] = failed
    if (!first) return
    const takenOver = failed.filter((e): e is SplitTakenOver => e instanceof SplitTakenOver)
    if (takenOver.length === 0) throw first
    await this.restoreStable(ROLLBACK_BUDGET_MS).catch(() => undefined)
    throw this.takenOver(takenOver)
  }

  private takenOver(errors: Error[]): SplitTakenOver {
    return new SplitTakenOver(
      `${errors.map((e) => e.message).join('; ')}; this run's other apps were put back on their stable revisions`,
    )
  }
}
