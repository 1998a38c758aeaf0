/**
 * The bundle is the product: dist/ must be exactly what the build makes from the sources and the
 * lockfile at this commit. Rebuilds into a temp folder and compares byte for byte, stray files included.
 */
import assert from 'node:assert/strict'
import { test } from '@jest/globals'
import { checkDist } from '../scripts/build.ts'

test('dist/ is what the build makes from this commit', async () => {
  const problems = await checkDist()
  assert.deepEqual(problems, [], `dist/ is stale: run 'npm run build' and commit dist/\n${problems.join('\n')}`)
})
