/**
 * canary-rollout's Azure metric gates through the bundle: Application Insights (KQL over the
 * requests the Log Analytics stand-in ingested) and Azure Monitor platform metrics (the metrics API
 * behind the ARM stand-in), both counting what each revision of the Container Apps stand-in really
 * answered its simulated users, with the ingestion delay the source is given. The sources' own
 * figures and refusals are tested in packages/metrics/test; this proves the action wires them: the
 * sign-in, the app's ARM ID, the registry, the verdict and the refusal before any traffic moves.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { CANARY, FAST, STABLE, startCanaryApp, weightHistory, type CanaryApp } from '@deploy-actions/harness/canary-app'
import { startLogAnalytics, type LogAnalytics } from '@deploy-actions/harness/emulators/log-analytics'
import { startMonitor } from '@deploy-actions/harness/emulators/monitor'

const WORKSPACE = '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b'

interface MetricEntry {
  gate: string
  outcome: string
  window?: { start: string; end: string }
  canary?: { requests: number; errors: number; errorRate: number }
  stable?: { requests: number; errors: number }
}
interface StageEntry {
  verdict: string
  gate?: string
  canary?: { errors: number }
  metrics?: MetricEntry[]
}
const timeline = (json: string | undefined) => JSON.parse(json ?? '[]') as StageEntry[]

/** The app with users on / and /checkout, a canary at 0 % that answers 500 on /checkout. */
async function brokenCheckout(rps: number): Promise<CanaryApp> {
  const s = await startCanaryApp()
  await s.app.addRevision('v150', { version: 'v1.5.0' })
  s.app.usersPaths = ['/', '/checkout']
  s.app.users(rps)
  s.app.revision(CANARY).app.set({ status: 500 }, '/checkout')
  return s
}

const inputs = (metricGates: string, stages: string) => ({
  ...FAST,
  revision: CANARY,
  // The probes cover /health only: the canary's fault is seen by the metrics alone.
  checks: '- url: /health',
  'metric-gates': metricGates,
  stages,
})

describe('canary-rollout metric gates on Azure sources', () => {
  test('app-insights: a canary failing its users on a path no probe covers is rolled back', async () => {
    const s = await brokenCheckout(40)
    let logs: LogAnalytics | undefined
    try {
      logs = await startLogAnalytics(s.azure, { delayMs: 2000 })
      logs.addWorkspace(WORKSPACE)
      logs.watchContainerApp(s.app)
      // verify reads stable's recent requests: let some arrive past the delay first.
      await new Promise((r) => setTimeout(r, 3000))
      const gate =
        `- name: telemetry\n  source: app-insights\n  workspace-id: ${WORKSPACE}\n` +
        `  endpoint: ${logs.endpoint}\n  ingestion-delay: 2s\n  min-requests: 20\n`
      const r = await s.rollout(inputs(gate, '50%:20s, 100%:1s'))
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 50, [CANARY]: 50 }, { [STABLE]: 100 }])
      const [stage] = timeline(r.outputs.timeline)
      assert.equal(stage?.verdict, 'failed', JSON.stringify(stage))
      assert.equal(stage?.gate, 'telemetry error-rate', JSON.stringify(stage))
      assert.equal(stage?.canary?.errors, 0, 'the probes saw nothing wrong')
      const m = stage?.metrics?.[0]
      assert.ok((m?.canary?.errorRate ?? 0) > 0.2 && m?.stable?.errors === 0, JSON.stringify(m))
      // The queries reached the workspace the gate named, as KQL over its requests.
      assert.ok(logs.queries.length > 0)
    } finally {
      await logs?.close()
      await s.close()
    }
  }, 90_000)

  test('azure-monitor: a metric name the platform does not know fails in one line; no traffic moved', async () => {
    const s = await brokenCheckout(10)
    try {
      startMonitor(s.azure, { delayMs: 1000 }).watchContainerApp(s.app)
      const gate = '- name: platform\n  source: azure-monitor\n  requests-metric: Requestz\n  ingestion-delay: 1s\n'
      const r = await s.rollout(inputs(gate, '50%:2s, 100%:1s'))
      assert.equal(r.exitCode, 1, r.log)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(
        errors[0]?.message ?? '',
        /^Input 'metric-gates' \(gate 1 "platform"\) Azure Monitor refused the query Requestz .*Valid metrics: Requests/,
      )
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }], 'the traffic history is untouched')
    } finally {
      await s.close()
    }
  }, 60_000)

  test('azure-monitor: the platform metrics of whole minutes roll the broken canary back', async () => {
    const s = await brokenCheckout(40)
    try {
      const monitor = startMonitor(s.azure, { delayMs: 1000 })
      monitor.watchContainerApp(s.app)
      const gate = '- name: platform\n  source: azure-monitor\n  ingestion-delay: 1s\n  min-requests: 20\n'
      // The first whole minute inside the stage ends within two minutes of its start.
      const r = await s.rollout(inputs(gate, '50%:150s, 100%:1s'))
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 50, [CANARY]: 50 }, { [STABLE]: 100 }])
      const [stage] = timeline(r.outputs.timeline)
      assert.equal(stage?.gate, 'platform error-rate', JSON.stringify(stage))
      const m = stage?.metrics?.[0]
      assert.ok((m?.canary?.errors ?? 0) > 0 && m?.stable?.errors === 0, JSON.stringify(m))
      // What was judged is whole minutes, as the platform bins them.
      assert.ok((m?.canary?.requests ?? 0) >= 20, JSON.stringify(m))
      for (const edge of [m?.window?.start, m?.window?.end]) {
        assert.equal(new Date(edge ?? '').getUTCSeconds(), 0, `${edge} is a minute's edge`)
      }
      assert.ok(monitor.requests.some((q) => q.query.get('$filter')?.includes(`revisionName eq '${CANARY}'`)))
    } finally {
      await s.close()
    }
  }, 200_000)
})
