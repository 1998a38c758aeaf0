import { CANCEL_SIGTERM_AFTER_MS } from '@deploy-actions/core'

/** canary-rollout's time budgets for ARM calls, retries included, each in one place. */

/** An ARM call. */
export const CALL_BUDGET_MS = 90_000
/** A rollback after a failed gate or an error: stable restored and read back. */
export const ROLLBACK_BUDGET_MS = 25_000
/**
 * Before a rollback: how long stable may be warmed up if it scaled down during the bake (see
 * readyStable). Short and fixed, so a rollback stays bounded (this, then ROLLBACK_BUDGET_MS):
 * when capacity cannot be had in time, the rollback wins and moves the traffic anyway.
 */
export const CAPACITY_ROLLBACK_BUDGET_MS = 10_000
/** A restore on cancel must be done before GitHub's SIGTERM, with a margin for the last read-back. */
export const CANCEL_RESTORE_BUDGET_MS = CANCEL_SIGTERM_AFTER_MS - 1_500
/** The post step's restore: the job is ending, so it may take longer than a rollback. */
export const POST_RESTORE_BUDGET_MS = 60_000
/** A read-back of what is serving, for an error message when putting stable back failed. */
export const READ_BACK_BUDGET_MS = 10_000
/**
 * The in-flight lease: how long it stays live unless renewed. Its run renews it at each traffic
 * change and, at a gate round, once a third of it has passed; rounds are an interval apart and a
 * round's requests and an ARM write take at most a call budget each, so three intervals and two
 * budgets leave room for two missed renewals. At least ten minutes: a dead runner's split waits at
 * most that long for the next run to repair it (the post step restores it at once).
 */
export function leaseTtlMs(intervalMs: number): number {
  return Math.max(10 * 60_000, 3 * intervalMs + 2 * CALL_BUDGET_MS)
}
/** How often a run waiting for another run's lease (lease-wait) reads the app again. */
export const LEASE_POLL_MS = 2_000
