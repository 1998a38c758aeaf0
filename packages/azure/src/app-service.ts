import type { CsmSlotEntity, RampUpRule, Site } from '@azure/arm-appservice'
import { createWebSiteManagement, type WebSiteManagementContext } from '@azure/arm-appservice/api'
import {
  applySlotConfigurationSlot,
  get,
  getConfiguration,
  getConfigurationSlot,
  getSlot,
  resetSlotConfigurationSlot,
  swapSlot,
  updateConfiguration,
  updateConfigurationSlot,
} from '@azure/arm-appservice/api/webApps'
import type { PipelineRequest, PipelineResponse, SendRequest } from '@azure/core-rest-pipeline'
import { armRetry, countAndBoundRequests, armClientOptions } from './arm.ts'
import type { AzureAuth } from './auth.ts'
// A type only (erased): a bundle of the App Service client does not carry the Container Apps SDK.
import type { CallContext } from './container-apps.ts'
import './sdk-log.ts'

export type { CallContext }

/**
 * One App Service app and its deployment slots over ARM. Reads and the idempotent writes
 * (applySlotConfig, resetSlotConfig, routing rules) go through `armRetry`; a swap never does: a
 * swap is a toggle, so sending it again after a lost answer can swap the old build back in. The
 * caller sends it once (`submitSwap`) and learns from what the slots serve whether it happened.
 */

export const PRODUCTION = 'production'

export interface SlotInfo {
  /** `production` for the app itself. */
  slot: string
  location: string
  /** The slot's host name as ARM gives it (never built by hand: unique default host names exist). */
  defaultHostName: string
  state?: string
  /** Set on a slot while a swap with preview is pending (production's config applied to it). */
  targetSwapSlot?: string
  /** Set while a long-running operation (a swap) is under way. */
  inProgressOperationId?: string
  /** The last completed swap: when, and between which slots. */
  lastSwap?: { at: string; source?: string; destination?: string }
}

/**
 * One of production's routing rules: the slot it sends traffic to (name, e.g. staging), its host
 * name and share, and whatever else ARM gave (an automatic ramp-up's changeStep,
 * changeIntervalInMinutes, min/maxReroutePercentage, changeDecisionCallbackUrl), which a rewrite
 * sends back untouched: another slot's ramp-up never becomes a static rule because of us.
 */
export type RoutingRule = RampUpRule & { name: string; actionHostName: string; reroutePercentage: number }

/** How often a swap is polled: swaps take seconds to minutes. */
const POLL_MS = 1000

export class AppService {
  readonly context: WebSiteManagementContext
  readonly resourceGroup: string
  readonly name: string
  /** ARM requests sent (attempts, polls included), for the timeline and the bench. */
  requests = 0

  /** `requestTimeoutMs` bounds every single request, polls included: a poll that hangs ends, and the slots are looked at instead. */
  constructor(
    auth: AzureAuth,
    resourceGroup: string,
    name: string,
    userAgent: string,
    opts: { requestTimeoutMs?: number } = {},
  ) {
    this.resourceGroup = resourceGroup
    this.name = name
    const timeout = opts.requestTimeoutMs ?? 30_000
    this.context = createWebSiteManagement(auth.credential, auth.subscriptionId, {
      ...armClientOptions(auth, userAgent, [
        countAndBoundRequests(timeout, () => this.requests++),
        { position: 'perRetry', policy: { name: 'appServiceErrors', sendRequest: armShapedErrors } },
      ]),
      credentials: { scopes: [auth.armScope] },
    })
  }

  /** The app (slot `production`) or one of its slots. */
  async slot(slot: string, ctx: CallContext): Promise<SlotInfo> {
    const site = await armRetry(
      (signal) =>
        slot === PRODUCTION
          ? get(this.context, this.resourceGroup, this.name, { abortSignal: signal })
          : getSlot(this.context, this.resourceGroup, this.name, slot, { abortSignal: signal }),
      { what: `read ${slot === PRODUCTION ? `app ${this.name}` : `slot ${slot} of ${this.name}`}`, ...ctx },
    )
    return slotInfo(slot, site)
  }

  /**
   * Sends the swap of `slot` into `targetSlot` once and returns the operation to wait on. A failure
   * here may or may not have started the swap (a lost answer): the caller looks before sending again.
   */
  async submitSwap(
    slot: string,
    targetSlot: string,
    signal: AbortSignal,
    pollMs = POLL_MS,
  ): Promise<{ wait(signal: AbortSignal): Promise<void> }> {
    const entity: CsmSlotEntity = { targetSlot, preserveVnet: true }
    const poller = swapSlot(this.context, this.resourceGroup, this.name, slot, entity, {
      abortSignal: signal,
      updateIntervalInMs: pollMs,
    })
    await poller.submitted()
    return { wait: async (s) => void (await poller.pollUntilDone({ abortSignal: s })) }
  }

  /** Swap with preview, phase 1: production's slot settings applied to `slot` (which restarts). */
  async applySlotConfig(slot: string, targetSlot: string, ctx: CallContext): Promise<void> {
    await armRetry(
      (signal) =>
        applySlotConfigurationSlot(
          this.context,
          this.resourceGroup,
          this.name,
          slot,
          { targetSlot, preserveVnet: true },
          { abortSignal: signal },
        ),
      { what: `apply ${targetSlot}'s configuration to slot ${slot}`, ...ctx },
    )
  }

  /** Cancels a pending swap with preview: the slot gets its own settings back. */
  async resetSlotConfig(slot: string, ctx: CallContext): Promise<void> {
    await armRetry(
      (signal) =>
        resetSlotConfigurationSlot(this.context, this.resourceGroup, this.name, slot, { abortSignal: signal }),
      { what: `reset the configuration of slot ${slot}`, ...ctx },
    )
  }

  /** The container a slot runs (siteConfig.linuxFxVersion, e.g. `DOCKER|ghcr.io/org/app:v1`), if it runs one. */
  async container(slot: string, ctx: CallContext): Promise<string | undefined> {
    const config = await armRetry(
      (signal) =>
        slot === PRODUCTION
          ? getConfiguration(this.context, this.resourceGroup, this.name, { abortSignal: signal })
          : getConfigurationSlot(this.context, this.resourceGroup, this.name, slot, { abortSignal: signal }),
      { what: `read the configuration of ${slot === PRODUCTION ? `app ${this.name}` : `slot ${slot}`}`, ...ctx },
    )
    return config.linuxFxVersion?.startsWith('DOCKER|') ? config.linuxFxVersion : undefined
  }

  /** Sets the container a slot runs (a PATCH of linuxFxVersion alone); the slot restarts on it. */
  async setContainer(slot: string, linuxFxVersion: string, ctx: CallContext): Promise<void> {
    await armRetry(
      (signal) =>
        updateConfigurationSlot(
          this.context,
          this.resourceGroup,
          this.name,
          slot,
          { linuxFxVersion },
          { abortSignal: signal },
        ),
      { what: `set the container of slot ${slot}`, ...ctx },
    )
  }

  /** Production's routing rules ("testing in production"): the share of traffic each slot gets. */
  async routing(ctx: CallContext): Promise<RoutingRule[]> {
    const config = await armRetry(
      (signal) => getConfiguration(this.context, this.resourceGroup, this.name, { abortSignal: signal }),
      { what: `read the routing rules of ${this.name}`, ...ctx },
    )
    return (config.experiments?.rampUpRules ?? []).map(routingRule)
  }

  /**
   * Replaces production's routing rules (a PATCH of only experiments.rampUpRules, every field of
   * each rule kept); the same rules sent twice are harmless.
   */
  async setRouting(rules: readonly RoutingRule[], ctx: CallContext): Promise<void> {
    const rampUpRules: RampUpRule[] = rules.map((r) => ({ ...r }))
    await armRetry(
      (signal) =>
        updateConfiguration(
          this.context,
          this.resourceGroup,
          this.name,
          { experiments: { rampUpRules } },
          { abortSignal: signal },
        ),
      {
        what: `set the routing rules of ${this.name}`,
        ...ctx,
      },
    )
  }
}

function slotInfo(slot: string, site: Site): SlotInfo {
  const status = site.slotSwapStatus
  return {
    slot,
    location: site.location,
    defaultHostName: site.defaultHostName ?? '',
    state: site.state,
    targetSwapSlot: site.targetSwapSlot || undefined,
    inProgressOperationId: site.inProgressOperationId || undefined,
    ...(status?.timestampUtc
      ? {
          lastSwap: {
            at: status.timestampUtc.toISOString(),
            source: status.sourceSlotName,
            destination: status.destinationSlotName,
          },
        }
      : {}),
  }
}

function routingRule(r: RampUpRule): RoutingRule {
  const defined = Object.fromEntries(Object.entries(r).filter(([, v]) => v !== undefined)) as RampUpRule
  return {
    ...defined,
    name: r.name ?? '',
    actionHostName: r.actionHostName ?? '',
    reroutePercentage: r.reroutePercentage ?? 0,
  }
}

/**
 * App Service answers errors in its own shape, `{"Code","Message","Details":[…{"ErrorEntity":
 * {"ExtendedCode"}}]}`, not ARM's `{"error":{"code","message"}}`, so the SDK would report only
 * "Unexpected status code: 409". Rewritten to ARM's shape before the SDK reads it, the error keeps
 * its message: the log says what App Service said, and armRetry can tell "another operation is in
 * progress" (ExtendedCode 59203, retried) from a 409 that is an answer (a pending swap).
 */
async function armShapedErrors(req: PipelineRequest, next: SendRequest): Promise<PipelineResponse> {
  const res = await next(req)
  if (res.status < 400 || !res.bodyAsText) return res
  try {
    const body = JSON.parse(res.bodyAsText) as { Code?: unknown; Message?: unknown; error?: unknown }
    if (body.error === undefined && typeof body.Message === 'string')
      res.bodyAsText = JSON.stringify({
        error: { code: typeof body.Code === 'string' ? body.Code : String(res.status), message: body.Message },
      })
  } catch {
    // Not JSON: the SDK reports the status alone, as it would anyway.
  }
  return res
}
