import * as core from '@actions/core'

/**
 * The state the main step saves for its post step (post-if: always()): where it split the traffic,
 * per platform, and how it settled it. A split without a settlement is the post step's to restore.
 */

/** What the post step needs to restore stable if this step dies while traffic is split. */
export type SplitState =
  | {
      platform: 'container-apps'
      stable: string
      canary: string
      /** This step's lease (Marker.token). */ token: string
      /** A rollout of several apps: each app's revisions (all under the one token). */
      apps?: Array<{ app: string; stable: string; canary: string }>
      watch?: WatchState
    }
  | { platform: 'app-service'; slot: string; slotHost: string; watch?: WatchState }

/**
 * A validation window after the promotion (`canary` has 100 %, `stable` is the previous build):
 * `watching` until a gate breaks, then `breached` until the previous build is back. Killed while
 * watching, the release stands (it passed its stages); killed after a breach, the post step
 * finishes the return to the previous build.
 */
export type WatchState = 'watching' | 'breached'

/**
 * How the main step left the traffic; once saved, the post step has nothing to do. `taken-over`:
 * another run holds the split now, so it is that run's to settle. `held`: the split stands on
 * purpose, recorded on the app until its deadline, for a later run to resume or end.
 */
export type Settled = 'restored' | 'rolled-back' | 'promoted' | 'taken-over' | 'held'

const SPLIT_STATE = 'split'
const SETTLED_STATE = 'finished'

export function saveSplit(split: SplitState): void {
  core.saveState(SPLIT_STATE, JSON.stringify(split))
}

export function saveSettled(settled: Settled): void {
  core.saveState(SETTLED_STATE, settled)
}

/** A validation window begins (or finds a breach): the post step's part is decided by `split.watch` alone. */
export function saveWatch(split: SplitState): void {
  saveSplit(split)
  core.saveState(SETTLED_STATE, '')
}

/** For the post step: the split the main step saved (none if it never split) and how it settled. */
export function readSavedState(): { split?: SplitState; settled?: string } {
  const raw = core.getState(SPLIT_STATE)
  const settled = core.getState(SETTLED_STATE) || undefined
  if (!raw) return { settled }
  // Written by this same bundle's main step (saveSplit), so of this shape.
  const split = JSON.parse(raw) as SplitState
  return { split, settled }
}
