/**
 * Approval between stages through deploy-production.yml: the deploy job holds the canary at a stage
 * marked :hold and ends; the resume job waits for the reviewers of approval-environment (the
 * runner's model of GitHub's required-reviewers rule) and then resumes the held split. Asserted on
 * what the stand-ins hold: the Container App's weights when the reviewer is asked and afterwards,
 * its tags, the GitHub Deployment's status.
 */
import assert from 'node:assert/strict'
import { existsSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { DEPLOY_CALLER, startShop, type Shop } from '@deploy-actions/harness/shop'
import type { EnvironmentReview, RunnerOptions } from '@deploy-actions/harness/workflow'

const MARKER = 'deploy-actions-rollout'
const APPROVAL = 'production-approval'
const REVIEWERS = { [APPROVAL]: { reviewers: ['bob'] } }
/** The README's deploy caller, held at 10 % until the reviewers of production-approval approve. */
const APPROVAL_CALLER = DEPLOY_CALLER.replace(
  /\n(\s+)stages: .*/,
  `\n$1stages: 10%:2s:hold, 50%:2s, 100%:2s\n$1approval-environment: ${APPROVAL}`,
)

/** What the app serves, by image tag: "v1.4.0 90 %, v1.5.0 10 %". */
const serving = (shop: Shop) =>
  Object.entries(shop.app.weights())
    .filter(([, w]) => w > 0)
    .map(([rev, w]) => `${shop.app.revision(rev).image.split(':').pop() ?? rev} ${w} %`)
    .sort()
    .join(', ')

/** A reviewer who decides `state`, noting what production served while the job waited. */
function reviewer(
  shop: Shop,
  state: 'approved' | 'rejected',
  seen: Array<{ request: EnvironmentReview; serving: string; held: boolean }>,
): RunnerOptions['review'] {
  return (request) => {
    seen.push({ request, serving: serving(shop), held: /"hold"/.test(shop.app.tags[MARKER] ?? '') })
    return Promise.resolve({
      state,
      reviewer: 'bob',
      comment: state === 'approved' ? 'canary looks good' : 'not today',
    })
  }
}

describe('deploy-production.yml: an approval between stages', () => {
  let shop: Shop
  beforeAll(async () => {
    shop = await startShop()
    shop.writeWorkflow('deploy-approval.yml', APPROVAL_CALLER)
  })
  afterAll(() => shop?.close())

  test('held at 10 % while the reviewers decide; approved, the resume job runs the remaining stages to 100 %', async () => {
    const sha = shop.release('v1.5.0')
    const log: string[] = []
    const seen: Array<{ request: EnvironmentReview; serving: string; held: boolean }> = []
    const run = await shop.run(
      'deploy-approval.yml',
      { name: 'push', ref: 'refs/tags/v1.5.0', sha },
      (l) => log.push(l),
      { environments: REVIEWERS, review: reviewer(shop, 'approved', seen) },
    )
    assert.equal(run.conclusion, 'success', log.join('\n'))
    assert.equal(seen.length, 1, 'one review asked for')
    assert.deepEqual(
      [seen[0]?.request.job, seen[0]?.request.environment, seen[0]?.serving, seen[0]?.held],
      ['deploy/resume', APPROVAL, 'v1.4.0 90 %, v1.5.0 10 %', true],
    )
    const deployJob = run.jobs['deploy/deploy']
    assert.equal(deployJob?.result, 'success')
    assert.equal(deployJob?.outputs.held, 'true')
    assert.equal(run.jobs['deploy/resume']?.result, 'success')
    assert.equal(run.jobs['deploy/end-hold']?.result, 'skipped')
    assert.equal(run.outputs.result, 'promoted')
    assert.equal(serving(shop), 'v1.5.0 100 %')
    assert.equal(shop.app.tags[MARKER], undefined)
    // Between the held 10 % and 100 %, the resume job's 50 % stage.
    const canaryWeights = shop.app.history.map((h) =>
      Object.entries(h.weights)
        .filter(([rev]) => shop.app.revision(rev).image.endsWith(':v1.5.0'))
        .reduce((sum, [, w]) => sum + w, 0),
    )
    assert.deepEqual(canaryWeights.slice(-3), [10, 50, 100])
    const deployment = shop.gh.deployments.find((d) => d.sha === sha)
    assert.equal(shop.gh.latestStatus(deployment?.id ?? 0)?.state, 'success')
  })

  test('rejected: the resume job never starts and the hold ends at once, 100 % back on the stable revision', async () => {
    const sha = shop.release('v1.6.0')
    const log: string[] = []
    const seen: Array<{ request: EnvironmentReview; serving: string; held: boolean }> = []
    const run = await shop.run(
      'deploy-approval.yml',
      { name: 'push', ref: 'refs/tags/v1.6.0', sha },
      (l) => log.push(l),
      { environments: REVIEWERS, review: reviewer(shop, 'rejected', seen) },
    )
    assert.equal(run.conclusion, 'failure', log.join('\n'))
    assert.equal(seen[0]?.serving, 'v1.5.0 90 %, v1.6.0 10 %')
    assert.equal(run.jobs['deploy/resume']?.result, 'failure')
    assert.deepEqual(run.jobs['deploy/resume']?.steps, [], 'no step of the rejected job ran')
    assert.equal(run.jobs['deploy/end-hold']?.result, 'success')
    assert.ok(
      run.annotations.some(
        (a) =>
          a.level === 'error' &&
          /^The deployment to production-approval was rejected by bob: not today$/.test(a.message),
      ),
      run.annotations.map((a) => a.message).join('\n'),
    )
    assert.equal(serving(shop), 'v1.5.0 100 %')
    assert.equal(shop.app.tags[MARKER], undefined)
    // The Deployment does not stay in progress: it ends in failure, with the report kept, and Slack hears it.
    const deployment = shop.gh.deployments.find((d) => d.sha === sha)
    assert.equal(shop.gh.latestStatus(deployment?.id ?? 0)?.state, 'failure')
    const artifact = join(run.artifactsDir, `deployment-record-${run.outputs['deployment-id'] ?? ''}`)
    assert.ok(existsSync(artifact) && readdirSync(artifact).some((f) => f.includes('failure-report')), log.join('\n'))
    const last = shop.webhook.to('/services/').at(-1)
    assert.match(JSON.stringify(last?.body), /rolled.back.*v1\.6\.0|v1\.6\.0.*rolled.back/i)
  })

  test('a review by someone who is not a required reviewer is refused loudly', async () => {
    const sha = shop.release('v1.6.1')
    const run = shop.run('deploy-approval.yml', { name: 'push', ref: 'refs/tags/v1.6.1', sha }, undefined, {
      environments: REVIEWERS,
      review: () => Promise.resolve({ state: 'approved', reviewer: 'mallory' }),
    })
    await assert.rejects(run, /mallory is not a required reviewer of environment production-approval \(bob\)/)
  })
})
