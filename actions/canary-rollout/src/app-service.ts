import { AppService, type CallContext, PRODUCTION, type RoutingRule } from '@deploy-actions/azure/app-service'
import type { AzureAuth } from '@deploy-actions/azure/auth'
import { ActionFailure, type InputIssues, log } from '@deploy-actions/core'
import type { GateConfig } from './gates.ts'
import { CALL_BUDGET_MS, POST_RESTORE_BUDGET_MS, READ_BACK_BUDGET_MS } from './budgets.ts'
import { callContext } from './run-options.ts'
import { report, settleRollout } from './outcome.ts'
import type { SplitState } from './saved-state.ts'
import type { RolloutTarget } from './rollout.ts'
import type { AppValues } from './spec.ts'
import { imageVersion } from './summary.ts'

/**
 * App Service as a rollout target: the canary is a deployment slot, its weight the share of
 * production's requests that production's routing rule ("testing in production", rampUpRules)
 * sends to the slot's host name. Rollback and cancel put that share back to 0 %. The stages, gates
 * and rollback decisions are the engine's (rollout.ts), as for Container Apps.
 */

type Values = AppValues

const SLOT_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}$/
const APP_NAME = /^[a-zA-Z0-9][a-zA-Z0-9-]{0,58}[a-zA-Z0-9]$/

export class AppServiceTarget implements RolloutTarget {
  readonly description: string
  readonly stableName = PRODUCTION
  readonly canaryName: string
  readonly urls: RolloutTarget['urls']
  private readonly app: AppService
  private readonly slotHost: string
  private readonly ctx: Omit<CallContext, 'signal' | 'budgetMs'> & { budgetMs: number }

  constructor(
    app: AppService,
    slot: string,
    hosts: { production: string; slot: string },
    ctx: Omit<CallContext, 'signal'>,
  ) {
    this.app = app
    this.canaryName = slot
    this.slotHost = hosts.slot
    this.ctx = ctx
    this.description = `App Service ${app.name} (${app.resourceGroup}), slot ${slot}`
    // Production's host name is the baseline: it serves production's build plus the slot's share.
    this.urls = {
      canary: new URL(`https://${hosts.slot}`),
      stable: new URL(`https://${hosts.production}`),
      main: new URL(`https://${hosts.production}`),
    }
  }

  apiRequests(): number {
    return this.app.requests
  }

  async setCanaryWeight(weight: number, signal: AbortSignal): Promise<void> {
    await setShare(this.app, this.canaryName, this.slotHost, weight, { ...this.ctx, signal })
  }

  async restoreStable(budgetMs: number): Promise<void> {
    await setShare(this.app, this.canaryName, this.slotHost, 0, {
      budgetMs,
      maxRetryAfterMs: 1000,
      onRetry: this.ctx.onRetry,
    })
  }
}

/** Sets the slot's share of production's traffic (other slots' rules kept) and reads it back. */
export async function setShare(
  app: AppService,
  slot: string,
  slotHost: string,
  percent: number,
  ctx: CallContext,
): Promise<void> {
  const rules = (await app.routing(ctx)).filter((r) => r.actionHostName !== slotHost && r.name !== slot)
  const next: RoutingRule[] =
    percent > 0 ? [...rules, { name: slot, actionHostName: slotHost, reroutePercentage: percent }] : rules
  await app.setRouting(next, ctx)
  const read = shareOf(await app.routing(ctx), slot, slotHost)
  if (read !== percent)
    throw new ActionFailure(`ARM accepted the routing change but reads back ${read}% to slot ${slot}, not ${percent}%`)
}

/**
 * After a rollback the slot gets 0 % of new clients, but App Service keeps sending a client it
 * routed there (the x-ms-routing-name cookie, for up to an hour) to the slot: the failed build. The
 * platform offers no way to unpin them; what ARM allows is to make the slot serve the stable
 * build. When production runs a container (linuxFxVersion DOCKER|…), the slot is set to production's
 * image and read back; otherwise the run says plainly that pinned clients may still reach the slot.
 */
export async function servePinnedClients(app: AppService, slot: string, ctx: CallContext): Promise<void> {
  const [stable, canary] = await Promise.all([app.container(PRODUCTION, ctx), app.container(slot, ctx)])
  if (!stable) {
    log.warning(
      `Clients App Service pinned to slot ${slot} (x-ms-routing-name cookie, up to an hour) may still reach its build: production runs no container image this action could put on the slot. Deploy the stable build to slot ${slot} to end it`,
      { title: 'Pinned clients' },
    )
    return
  }
  if (canary === stable) return
  await app.setContainer(slot, stable, ctx)
  const read = await app.container(slot, ctx)
  if (read !== stable)
    throw new ActionFailure(`ARM accepted production's image for slot ${slot} but reads back ${read ?? 'none'}`)
  log.info(
    `Slot ${slot} now runs production's image ${stable.slice('DOCKER|'.length)} (read back): clients pinned to it by the x-ms-routing-name cookie get the stable build`,
  )
}

export function shareOf(rules: readonly RoutingRule[], slot: string, slotHost: string): number {
  return rules
    .filter((r) => r.actionHostName === slotHost || r.name === slot)
    .reduce((sum, r) => sum + r.reroutePercentage, 0)
}

export function validateAppService(values: Values, issues: InputIssues): void {
  if (values.app !== undefined && !APP_NAME.test(values.app))
    issues.add(
      'app',
      'must be an App Service app name: 2-60 letters, digits and hyphens, not starting or ending with a hyphen',
    )
  if (values.slot !== undefined && (!SLOT_NAME.test(values.slot) || values.slot.toLowerCase() === PRODUCTION))
    issues.add('slot', 'must name a deployment slot other than production, such as staging')
  if (values.mode === 'promote' || values.mode === 'plan')
    issues.add(
      'mode',
      `must be rollout or rollback with platform app-service (promote a slot by swapping it: slot-swap); got ${values.mode}`,
    )
  if (values.stages?.some((s) => s.hold))
    issues.add('stages', 'cannot hold a stage (:hold) with platform app-service; holds are for container-apps')
  for (const input of ['image', 'revision', 'container-name', 'revision-suffix'] as const) {
    if (values[input] !== undefined)
      issues.add(input, 'is for platform container-apps; with app-service the canary is the build deployed to the slot')
  }
}

/** A rollout (or rollback) on App Service: the engine moves the slot's routing percentage. */
export async function runAppService(
  values: Values,
  auth: AzureAuth,
  gates: GateConfig,
  cancel: AbortController,
): Promise<void> {
  const ctx = callContext(cancel.signal)
  const app = new AppService(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout', {
    requestTimeoutMs: Math.max(values['request-timeout'], 5000),
  })
  const slot = values.slot
  const [production, staging] = await Promise.all([app.slot(PRODUCTION, ctx), app.slot(slot, ctx)])
  if (!production.defaultHostName || !staging.defaultHostName)
    throw new ActionFailure(`ARM gives no host name for production or slot ${slot} of ${values.app}`)
  const share = shareOf(await app.routing(ctx), slot, staging.defaultHostName)
  const versions = await slotVersions(app, slot, ctx)

  if (values.mode === 'rollback') {
    if (share > 0) await setShare(app, slot, staging.defaultHostName, 0, ctx)
    await servePinnedClients(app, slot, ctx)
    log.info(
      share > 0
        ? `Rolled back: slot ${slot} gets 0% of production's traffic (was ${share}%, read back)`
        : `Slot ${slot} already gets 0% of production's traffic: nothing to change`,
    )
    return report(values, {
      result: 'rolled-back',
      ended: share > 0 ? 'by-hand' : 'unchanged',
      versions,
      stable: PRODUCTION,
      canary: slot,
      previous: '',
      stages: [],
      reason: `routing to slot ${slot} set to 0%`,
    })
  }
  if (share > 0) {
    log.warning(
      `Slot ${slot} gets ${share}% of production's traffic, left by an earlier run: resetting it to 0% first`,
      { title: 'Repaired a routing split left behind' },
    )
    await setShare(app, slot, staging.defaultHostName, 0, ctx)
  }

  const target = new AppServiceTarget(
    app,
    slot,
    { production: production.defaultHostName, slot: staging.defaultHostName },
    { budgetMs: CALL_BUDGET_MS, onRetry: ctx.onRetry },
  )
  log.info(
    `Canary: slot ${slot} at ${target.urls.canary.origin}; production at ${target.urls.stable.origin} (its routing rule moves the slot's share)`,
  )
  const slotTraffic = `slot ${slot} gets 0% of production's traffic`
  await settleRollout(
    {
      target,
      split: { platform: 'app-service', slot, slotHost: staging.defaultHostName },
      stable: PRODUCTION,
      canary: slot,
      versions,
      serving: async () => {
        const rules = await app.routing({ budgetMs: READ_BACK_BUDGET_MS, onRetry: ctx.onRetry })
        return `slot ${slot} still gets ${shareOf(rules, slot, staging.defaultHostName)}% of production's traffic (read back)`
      },
      repairedNext: "the next canary-rollout run of this app repairs it first (it finds the slot's routing rule)",
      afterRollback: () => servePinnedClients(app, slot, ctx),
      // The window before the swap: the slot serves all of production's requests through its routing
      // rule, production's own build waits at 0 %, and a breach routes 0 % to the slot again.
      watch: () => ({
        target,
        split: { platform: 'app-service', slot, slotHost: staging.defaultHostName },
        current: slot,
        previous: PRODUCTION,
        afterBreach: () => servePinnedClients(app, slot, ctx),
        end: () =>
          Promise.resolve({
            done: `slot ${slot} keeps 100% of production's traffic until slot-swap swaps it into production`,
          }),
      }),
      words: {
        restoring: `routing 0% to slot ${slot}`,
        restoredAfterError: `${slotTraffic} again (read back)`,
        stableAgain: `${slotTraffic} again (read back)`,
        cancelled: `${slotTraffic} (read back)`,
        rolledBack: `Rolled back: ${slotTraffic} again`,
        promoted:
          `Promoted: slot ${slot} gets 100% of production's traffic (read back). ` +
          'Swap it into production with slot-swap, which clears the routing rule first',
      },
    },
    values,
    gates,
    cancel,
  )
}

/**
 * The version production and the slot run, by slot name, for the summary: each one's container
 * image tag. A code deployment (no container) names no version; the summary then names the slot.
 */
async function slotVersions(app: AppService, slot: string, ctx: CallContext): Promise<Record<string, string>> {
  const versions: Record<string, string> = {}
  await Promise.all(
    [PRODUCTION, slot].map(async (name) => {
      const v = imageVersion(await app.container(name, ctx).catch(() => undefined))
      if (v) versions[name] = v
    }),
  )
  return versions
}

/** The post step's share of the work: the slot back to 0 % when the main step died mid-rollout. */
export async function restoreAppService(
  values: Values,
  auth: AzureAuth,
  split: Extract<SplitState, { platform: 'app-service' }>,
): Promise<void> {
  const app = new AppService(auth, values['resource-group'], values.app, 'deploy-actions/canary-rollout-post', {
    requestTimeoutMs: 30_000,
  })
  const ctx = { budgetMs: POST_RESTORE_BUDGET_MS, onRetry: (line: string) => log.info(`  … ${line}`) }
  const share = shareOf(await app.routing(ctx), split.slot, split.slotHost)
  if (share === 0) return log.info(`Slot ${split.slot} gets 0% of production's traffic: nothing to restore`)
  log.warning(
    `The main step did not finish while slot ${split.slot} got ${share}% of production's traffic: setting it to 0%`,
    { title: 'Routing restored by the post step' },
  )
  await setShare(app, split.slot, split.slotHost, 0, ctx)
  log.info(`Restored: slot ${split.slot} gets 0% (read back)`)
}
