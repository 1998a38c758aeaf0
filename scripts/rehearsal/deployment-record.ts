/** deployment-record ends the pipeline: the record of v1.5.0 on the GitHub stand-in, then read back with its window open. */
import { readFileSync } from 'node:fs'
import { runStep } from '@deploy-actions/harness/runner'
import { validateRecord } from '@deploy-actions/record'
import { gitHubStandIn, RELEASE_SHA } from './github.ts'
import { NEW_VERSION, type RehearsalStep } from './step.ts'

/** When the deployment finished (the clock is injected, see the README): 20 minutes after the gate. */
const FINISHED_AT = '2026-11-24T18:50:00Z'
const DEADLINE = '2026-11-24T19:50:00.000Z'

export const steps: RehearsalStep[] = [
  {
    title: `deployment-record: ${NEW_VERSION} recorded`,
    expect:
      `a GitHub Deployment of ${NEW_VERSION} on ${RELEASE_SHA.slice(0, 7)} with status success, and a ` +
      `record valid against the schema holding the smoke report, rollback until ${DEADLINE}`,
    async run(rehearsal) {
      const gh = await gitHubStandIn(rehearsal)
      const handed = (name: string) => rehearsal.handed.get(name)
      const inputs: Record<string, string> = {
        step: 'finish',
        token: gh.token,
        version: handed('version') ?? NEW_VERSION,
        ref: `refs/tags/${NEW_VERSION}`,
        'environment-url': rehearsal.shop.url,
        services: 'shop',
        now: FINISHED_AT,
      }
      const passOn = {
        'deployment-id': 'deployment-id',
        'smoke-report': 'smoke-report',
        timeline: 'timeline',
        'backup-manifest': 'backup-manifest',
      }
      for (const [input, name] of Object.entries(passOn)) {
        const value = handed(name)
        if (value) inputs[input] = value
      }
      const r = await runStep('deployment-record', { inputs, env: { GITHUB_API_URL: gh.url } })
      if (r.outputs['rollback-deadline']) rehearsal.handed.set('rollback-deadline', r.outputs['rollback-deadline'])
      if (r.outputs['github-deployment-id'])
        rehearsal.handed.set('github-deployment-id', r.outputs['github-deployment-id'])
      return r
    },
    verify(result, rehearsal) {
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      const file = result.outputs['record-file']
      if (!file) return [...problems, 'no record-file output']
      const record = JSON.parse(readFileSync(file, 'utf8')) as {
        git_sha?: string
        rollback_deadline?: string
        deployment_id?: string
        health_checks?: { passed?: boolean } | null
        rollout_stages?: Array<{ traffic_percentage: number; status: string }>
        database_backup?: { verified?: boolean; sha256?: string } | null
      }
      problems.push(...validateRecord(record).map((p) => `record: ${p}`))
      if (record.git_sha !== RELEASE_SHA) problems.push(`record git_sha=${record.git_sha}`)
      if (record.rollback_deadline !== DEADLINE)
        problems.push(`rollback_deadline=${record.rollback_deadline}, expected ${DEADLINE}`)
      if (rehearsal.handed.get('deployment-id') && record.deployment_id !== rehearsal.handed.get('deployment-id'))
        problems.push("the record does not carry the gate's deployment id")
      if (rehearsal.handed.get('smoke-report') && record.health_checks?.passed !== true)
        problems.push("the record does not hold smoke-test's passing report")
      const backup = rehearsal.handed.get('backup-manifest')
      if (backup && record.database_backup?.verified !== true)
        problems.push("the record does not hold db-backup's restore-verified backup")
      const stages = (record.rollout_stages ?? []).map((s) => `${s.traffic_percentage}% ${s.status}`).join(', ')
      if (rehearsal.handed.get('timeline') && stages !== '10% passed, 50% passed, 100% passed')
        problems.push(`the record's rollout stages are "${stages}", not canary-rollout's three passed stages`)
      return problems
    },
  },
  {
    title: 'deployment-record: read back for a rollback',
    expect: `reads the latest record of production from the GitHub stand-in: ${NEW_VERSION}, rollback window open (10 minutes after finish)`,
    async run(rehearsal) {
      const gh = await gitHubStandIn(rehearsal)
      return runStep('deployment-record', {
        inputs: { step: 'read', token: gh.token, now: '2026-11-24T19:00:00Z' },
        env: { GITHUB_API_URL: gh.url },
      })
    },
    verify(result, rehearsal) {
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.outputs['rollback-open'] !== 'true')
        problems.push(`rollback-open=${result.outputs['rollback-open']}, expected true`)
      if (result.outputs.version !== NEW_VERSION) problems.push(`version=${result.outputs.version}`)
      if (result.outputs['github-deployment-id'] !== rehearsal.handed.get('github-deployment-id'))
        problems.push('read a different GitHub Deployment than finish made')
      return problems
    },
  },
]
