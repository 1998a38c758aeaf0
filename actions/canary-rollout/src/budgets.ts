import { CANCEL_SIGTERM_AFTER_MS } from '@deploy-actions/core'

/** canary-rollout's time budgets for ARM calls, retries included, each in one place. */

/** An ARM call. */
export const CALL_BUDGET_MS = 90_000
/** A rollback after a failed gate or an error: stable restored and read back. */
export const ROLLBACK_BUDGET_MS = 25_000
/** A restore on cancel must be done before GitHub's SIGTERM, with a margin for the last read-back. */
export const CANCEL_RESTORE_BUDGET_MS = CANCEL_SIGTERM_AFTER_MS - 1_500
/** The post step's restore: the job is ending, so it may take longer than a rollback. */
export const POST_RESTORE_BUDGET_MS = 60_000
/** A read-back of what is serving, for an error message when putting stable back failed. */
export const READ_BACK_BUDGET_MS = 10_000
