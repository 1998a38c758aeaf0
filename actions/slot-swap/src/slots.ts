import { type AppService, type CallContext, PRODUCTION, type SlotInfo } from '@deploy-actions/azure/app-service'
import { describeArmError } from '@deploy-actions/azure/arm'
import { ActionFailure, formatDuration, sleep } from '@deploy-actions/core'
import { type Check, judge, probe } from '@deploy-actions/probe'

/**
 * The two slots of a swap and the builds they serve. The truth about a swap is what each slot's
 * host name serves (its version), not what the operation said: a swap is a toggle, so after a lost
 * answer or a timed-out poll the swap is never simply sent again — the slots are looked at first,
 * and a swap that already happened (or is still under way) is waited on, not repeated.
 */

export interface Builds {
  production: string
  slot: string
}

export interface Observation {
  /** What each slot serves; with `unreadable`, that slot's build is the one this run moved there, not read. */
  builds: Builds
  /**
   * The slot whose version could not be read, when the other served the trusted build: with only two
   * builds in play (read before the swap), the silent host holds the other one — a build that does
   * not answer its version, which a verification fails.
   */
  unreadable?: { side: 'production' | 'slot'; reason: string }
  /** A swap under way on the app (ARM's inProgressOperationId). */
  inProgress?: string
  /** The slot's pending swap with preview: the slot it targets. */
  pending?: string
  production: SlotInfo
  slotInfo: SlotInfo
}

/**
 * The two builds a run moves between the slots; `trusted` is the one production served before it (or,
 * for a swap-back, the one it must serve after). `other` is unknown to a swap-back that found production
 * silent: a silent host then holds UNKNOWN_BUILD.
 */
export interface Pair {
  trusted: string
  other?: string
}

/** What a host that does not answer its version holds when the run cannot know which build it is. */
export const UNKNOWN_BUILD = '(unknown: no version answered)'

export interface SwapResult {
  /** Both slots as last read (what ended the swap), with a slot that did not answer its version. */
  seen: Observation
  /** From the first swap request to both slots read back as expected. */
  ms: number
  /** Swap requests ARM accepted. */
  sent: number
}

const SAFE_RESEND = new Set([429, 503])
const LOST_TRACK = new Set([408, 429, 500, 502, 503, 504])

export class Slots {
  readonly app: AppService
  readonly slot: string
  readonly versionCheck: Check
  readonly requestTimeoutMs: number
  hosts: { production: URL; slot: URL } = { production: new URL('https://invalid'), slot: new URL('https://invalid') }
  private readonly log: (line: string) => void

  constructor(
    app: AppService,
    slot: string,
    versionCheck: Check,
    requestTimeoutMs: number,
    log: (line: string) => void,
  ) {
    this.app = app
    this.slot = slot
    this.versionCheck = versionCheck
    this.requestTimeoutMs = requestTimeoutMs
    this.log = log
  }

  /**
   * Reads both slots from ARM (their host names come from there, never built by hand), then what each
   * serves. With `pair` (the two builds this run moves, and the trusted one of them: the build
   * production served before), a host that cannot be read is not a stop when the other serves the
   * trusted build: see Observation.unreadable.
   */
  async observe(ctx: CallContext, pair?: Pair): Promise<Observation> {
    const [production, slotInfo] = await Promise.all([this.app.slot(PRODUCTION, ctx), this.app.slot(this.slot, ctx)])
    if (!production.defaultHostName || !slotInfo.defaultHostName)
      throw new ActionFailure(
        `ARM gives no host name for ${production.defaultHostName ? `slot ${this.slot}` : 'production'} of ${this.app.name}`,
      )
    this.hosts = {
      production: new URL(`https://${production.defaultHostName}`),
      slot: new URL(`https://${slotInfo.defaultHostName}`),
    }
    const read = pair ? await this.readPair(pair, ctx.signal) : { builds: await this.builds(ctx.signal) }
    return {
      ...read,
      production,
      slotInfo,
      inProgress: production.inProgressOperationId ?? slotInfo.inProgressOperationId,
      pending: slotInfo.targetSwapSlot,
    }
  }

  async builds(signal?: AbortSignal): Promise<Builds> {
    const [production, slot] = await Promise.all([
      this.version(this.hosts.production, signal),
      this.version(this.hosts.slot, signal),
    ])
    return { production, slot }
  }

  /**
   * Both hosts read at once; as soon as one serves the trusted build, the other is asked no more
   * than the attempt under way (a build that answers 5xx would otherwise hold every look for the
   * version's whole deadline — longer than a cancel window). Neither readable, or the readable one
   * not the trusted build with the other silent: the version's error, as builds() would throw.
   */
  private async readPair(pair: Pair, signal?: AbortSignal): Promise<Pick<Observation, 'builds' | 'unreadable'>> {
    let trustedSeen = false
    const giveUp = () => trustedSeen
    const read = (host: URL) =>
      this.version(host, signal, 30_000, giveUp).then(
        (v) => {
          if (v === pair.trusted) trustedSeen = true
          return { v }
        },
        (err: unknown) => {
          if (signal?.aborted) throw err
          return { err: err instanceof Error ? err : new Error(String(err)) }
        },
      )
    const [production, slot] = await Promise.all([read(this.hosts.production), read(this.hosts.slot)])
    const other = pair.other ?? UNKNOWN_BUILD
    if ('v' in production && 'v' in slot) return { builds: { production: production.v, slot: slot.v } }
    if ('v' in production && production.v === pair.trusted && 'err' in slot)
      return {
        builds: { production: production.v, slot: other },
        unreadable: { side: 'slot', reason: slot.err.message },
      }
    if ('v' in slot && slot.v === pair.trusted && 'err' in production)
      return {
        builds: { production: other, slot: slot.v },
        unreadable: { side: 'production', reason: production.err.message },
      }
    throw 'err' in production ? production.err : (slot as { err: Error }).err
  }

  /** The version a host serves, read with the version check; a starting app (5xx, no answer) is asked again for a while. */
  async version(base: URL, signal?: AbortSignal, deadlineMs = 30_000, giveUp?: () => boolean): Promise<string> {
    const url = new URL(this.versionCheck.url.pathname + this.versionCheck.url.search, base)
    const deadline = Date.now() + deadlineMs
    let last: string
    for (let attempt = 0; ; attempt++) {
      const res = await probe({ url, method: 'GET', headers: {}, timeoutMs: this.requestTimeoutMs, signal })
      const v = judge(res, this.versionCheck)
      if (v.version !== undefined) return v.version
      last = v.failures.filter((f) => !f.startsWith('serves version')).join('; ') || 'no version'
      if (signal?.aborted || !v.retryable || Date.now() + 500 > deadline || giveUp?.()) break
      await sleep(Math.min(2000, 250 * 2 ** attempt), signal)
      if (giveUp?.()) break
    }
    throw new ActionFailure(`Cannot read the version ${url.host} serves (GET ${url.href}): ${last}`)
  }

  /**
   * Swaps the slot with production until both read back as `expect`, within `budgetMs`. The swap is
   * sent only when the slots show it has not happened and none is under way; after any failure of
   * unknown outcome the slots are looked at again instead. `trusted` is the build production served
   * before this run: the slot holding it must read back; the other one, holding the build under
   * test, may not answer its version (a broken build) without stopping the swap or the swap-back.
   */
  async swapTo(
    expect: Builds,
    opts: {
      trusted: string
      budgetMs: number
      pollMs: number
      ctx: Omit<CallContext, 'budgetMs' | 'signal'>
      signal?: AbortSignal
      maxSends?: number
    },
  ): Promise<SwapResult> {
    const started = performance.now()
    const budget = AbortSignal.timeout(opts.budgetMs)
    const signal = opts.signal ? AbortSignal.any([budget, opts.signal]) : budget
    const ctx = (): CallContext => ({
      ...opts.ctx,
      signal,
      budgetMs: Math.max(1000, Math.round(opts.budgetMs - (performance.now() - started))),
    })
    let sent = 0
    let sends = 0
    let succeeded = 0
    let waitingLogged = ''
    const pair = { trusted: opts.trusted, other: expect.production === opts.trusted ? expect.slot : expect.production }
    try {
      for (;;) {
        const seen = await this.observe(ctx(), pair)
        // A slot taken on trust (it does not answer) counts only once no swap is under way; so does
        // production's trusted build alone, when what the slot gets back is not known.
        const done =
          expect.slot === UNKNOWN_BUILD
            ? seen.builds.production === expect.production && !seen.inProgress
            : same(seen.builds, expect) && !(seen.unreadable && seen.inProgress)
        if (done) return { ms: Math.round(performance.now() - started), sent, seen }
        if (seen.inProgress) {
          if (waitingLogged !== seen.inProgress)
            this.log(
              `  a swap is under way on ${this.app.name} (operation ${seen.inProgress}): waiting for it, not sending another`,
            )
          waitingLogged = seen.inProgress
          await sleep(opts.pollMs, signal)
          continue
        }
        const reverse = { production: expect.slot, slot: expect.production }
        if (!same(seen.builds, reverse)) {
          throw new ActionFailure(
            `Production serves ${seen.builds.production} and slot ${this.slot} ${seen.builds.slot}${describeUnreadable(seen)}; a swap ` +
              `would not give ${describeBuilds(expect)}: nothing sent`,
          )
        }
        if (seen.unreadable?.side === 'slot')
          // The build a swap would put on production does not answer its version: never send it there.
          throw new ActionFailure(
            `Slot ${this.slot} does not answer its version (${seen.unreadable.reason}): not swapping it into production; nothing sent`,
          )
        if (succeeded > 0) {
          // ARM said the swap completed, yet the slots serve what they did: never swap again on that.
          if (succeeded++ > 10)
            throw new ActionFailure(
              `ARM reports the swap completed, but production still serves ${seen.builds.production} (read ${succeeded - 1} times)`,
            )
          await sleep(opts.pollMs, signal)
          continue
        }
        if (sends >= (opts.maxSends ?? 3))
          throw new ActionFailure(
            `The swap was sent ${sends} time(s) without taking effect; production still serves ${seen.builds.production}`,
          )
        sends++
        let accepted = false
        try {
          const op = await this.app.submitSwap(this.slot, PRODUCTION, signal, opts.pollMs)
          accepted = true
          sent++
          this.log(`  swap of ${this.slot} into production accepted by ARM; waiting for it`)
          await op.wait(signal)
          succeeded = 1
        } catch (err) {
          if (signal.aborted) throw err
          const status = (err as { statusCode?: number }).statusCode
          if (!accepted && status === 409) {
            this.log(`  ARM refused the swap (409: ${describeArmError(err)}); looking at the slots again`)
            await sleep(opts.pollMs, signal)
          } else if (!accepted && status !== undefined && SAFE_RESEND.has(status)) {
            this.log(
              `  ARM did not take the swap (${describeArmError(err)}); looking at the slots before sending it again`,
            )
            await sleep(opts.pollMs, signal)
          } else if (status !== undefined && !LOST_TRACK.has(status)) {
            throw new ActionFailure(`The swap ${accepted ? 'failed' : 'was refused'}: ${describeArmError(err)}`)
          } else {
            this.log(
              `  lost track of the swap (${describeArmError(err)}); looking at what the slots serve instead of sending it again`,
            )
          }
        }
      }
    } catch (err) {
      if (budget.aborted && !opts.signal?.aborted) {
        throw new SwapTimeout(
          `The swap did not complete within ${formatDuration(opts.budgetMs)} (${sent} swap request(s) accepted by ARM)`,
        )
      }
      throw err
    }
  }
}

/** The swap (or swap-back) did not complete in its budget: Azure may still be swapping. */
export class SwapTimeout extends ActionFailure {}

export function same(a: Builds, b: Builds): boolean {
  return a.production === b.production && a.slot === b.slot
}

export function describeBuilds(b: Builds): string {
  return `production ${b.production}, slot ${b.slot}`
}

/** What an observation took on trust: empty when both slots answered their version. */
export function describeUnreadable(seen: Pick<Observation, 'builds' | 'unreadable'>): string {
  const u = seen.unreadable
  if (!u) return ''
  const which = u.side === 'production' ? 'production' : 'the slot'
  const build = seen.builds[u.side]
  return build === UNKNOWN_BUILD
    ? ` (${which} does not answer its version: ${u.reason})`
    : ` (${which} does not answer its version — ${u.reason} — so it holds ${build}, the build the other one no longer serves)`
}
