// Longest files first, so that no worker is left running one long file alone at the end. jest does
// this from the durations in its cache, but a fresh clone (CI) has none and falls back to file size,
// which put dist-fresh (a rebuild of every bundle, the longest file by far) last. These are the
// files measured longest; jest orders the rest.
import TestSequencer from '@jest/test-sequencer'

const LONGEST_FIRST = [
  'action-tests/dist-fresh.test.ts',
  'action-tests/canary-rollout-contract.test.ts',
  'action-tests/slot-swap.test.ts',
  'action-tests/canary-rollout-safety.test.ts',
  'action-tests/db-backup.test.ts',
  'action-tests/canary-rollout.test.ts',
  'action-tests/smoke-test.test.ts',
]

export default class LongestFirst extends TestSequencer {
  async sort(tests) {
    const sorted = await super.sort(tests)
    const rank = (test) => {
      const i = LONGEST_FIRST.findIndex((name) => test.path.endsWith(name))
      return i === -1 ? LONGEST_FIRST.length : i
    }
    // Array.prototype.sort is stable: jest's order holds among the files not listed.
    return [...sorted].sort((a, b) => rank(a) - rank(b))
  }
}
