/**
 * The actions that call GitHub, given a GITHUB_TOKEN minted by the GitHub stand-in with only some
 * permissions (as a job's `permissions:` makes it): GitHub refuses the call with 403 "Resource not
 * accessible by integration", which does not say what is missing; the action's one error names the
 * permission to add. The same call with that permission granted passes (the test can fail).
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { type GitHubEmulator, type Permission, startGitHub } from '@deploy-actions/harness/emulators/github'
import { runStep } from '@deploy-actions/harness/runner'

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'

describe('a GITHUB_TOKEN without the permission a call needs', () => {
  let gh: GitHubEmulator
  beforeAll(async () => {
    gh = await startGitHub()
    gh.addTag('v1.5.0', SHA)
    gh.addCheckRun(SHA, { name: 'build' })
  })
  afterAll(() => gh.close())

  const errors = (r: { annotations: Array<{ level: string; message: string }> }) =>
    r.annotations.filter((a) => a.level === 'error').map((a) => a.message)
  const token = (permissions: Record<string, Permission>) => gh.issueToken({ contents: 'read', ...permissions })

  test("deployment-record start with deployments: read is refused, naming 'deployments: write'; nothing is created", async () => {
    const run = (permissions: Record<string, Permission>) =>
      runStep('deployment-record', {
        inputs: {
          step: 'start',
          token: token(permissions),
          version: 'v1.5.0',
          'deployment-id': 'd-1',
          services: 'shop',
        },
        env: { GITHUB_API_URL: gh.url, GITHUB_REF: 'refs/tags/v1.5.0', GITHUB_SHA: SHA },
      })
    const refused = await run({ deployments: 'read' })
    assert.equal(refused.exitCode, 1)
    assert.equal(errors(refused).length, 1)
    assert.match(
      errors(refused)[0] as string,
      /403: Resource not accessible by integration: the job's GITHUB_TOKEN needs 'deployments: write'/,
    )
    assert.deepEqual(gh.deployments, [])
    const granted = await run({ deployments: 'write' })
    assert.equal(granted.exitCode, 0, granted.log)
    assert.equal(gh.deployments.length, 1)
  })

  test("release-gate without checks: read is refused, naming 'checks: read'", async () => {
    const run = (permissions: Record<string, Permission>) =>
      runStep('release-gate', {
        inputs: { token: token(permissions), version: 'v1.5.0', sha: SHA },
        env: { GITHUB_API_URL: gh.url },
      })
    const refused = await run({ statuses: 'read' })
    assert.equal(refused.exitCode, 1)
    assert.match(errors(refused).join('\n'), /the job's GITHUB_TOKEN needs 'checks: read'/)
    const granted = await run({ statuses: 'read', checks: 'read' })
    assert.equal(granted.exitCode, 0, granted.log)
  })
})
