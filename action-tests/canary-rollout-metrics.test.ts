/**
 * canary-rollout's metric gates through the bundle, against the Container Apps stand-in and a real
 * Prometheus server scraping it every second: the stand-in's simulated users are served by the
 * revision the weights pick, and its /metrics counts what each revision really answered, so a
 * canary broken on a path no probe covers shows up only in its metrics.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { CANARY, FAST, STABLE, startCanaryApp, weightHistory, type CanaryApp } from '@deploy-actions/harness/canary-app'
import { startPrometheus, startQueryEndpoint, type Prometheus } from '@deploy-actions/harness/emulators/prometheus'

const MANAGED_SCOPE = 'https://prometheus.monitor.azure.com/.default'

interface MetricEntry {
  gate: string
  observeOnly: boolean
  outcome: string
  reasons: string[]
  window?: { start: string; end: string }
  canary?: { requests: number; errors: number; errorRate: number; p95Ms?: number }
  stable?: { requests: number; errors: number; errorRate: number }
}
interface StageEntry {
  stage: number
  weight: number
  verdict: string
  startedAt: string
  endedAt?: string
  gate?: string
  reason?: string
  notes?: string[]
  canary?: { samples: number; errors: number }
  metrics?: MetricEntry[]
}
const timeline = (json: string | undefined) => JSON.parse(json ?? '[]') as StageEntry[]

/** The probes cover /health only; the users also ask for /checkout. */
const PROBES = '- url: /health'

interface Setup {
  s: CanaryApp
  prom: Prometheus
  gate: (extra?: string) => string
}

/** The app with users on / and /checkout at `rps`, a canary revision at 0 %, and Prometheus scraping them. */
async function setup(rps: number): Promise<Setup> {
  const s = await startCanaryApp()
  await s.app.addRevision('v150', { version: 'v1.5.0' })
  s.app.usersPaths = ['/', '/checkout']
  s.app.users(rps)
  const prom = await startPrometheus({ targets: [s.app.metrics.target], scrapeIntervalMs: 1000 })
  // The stable build's series exist in Prometheus (two scrapes): what verify reads before traffic moves.
  await prom.scraped(3)
  const gate = (extra = '') =>
    `- name: users\n  source: prometheus\n  url: ${prom.url}\n  scrape-interval: 1s\n  ingestion-delay: 2s\n${extra}`
  return { s, prom, gate }
}

const inputs = (metricGates: string, more: Record<string, string> = {}) => ({
  ...FAST,
  revision: CANARY,
  checks: PROBES,
  'metric-gates': metricGates,
  ...more,
})

describe('canary-rollout metric gates (Prometheus)', () => {
  test('a canary whose users fail on a path no probe covers is rolled back by the Prometheus gate', async () => {
    const { s, prom, gate } = await setup(40)
    try {
      s.app.revision(CANARY).app.set({ status: 500 }, '/checkout')
      const r = await s.rollout(inputs(gate('  min-requests: 20\n'), { stages: '50%:20s, 100%:1s' }))
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 50, [CANARY]: 50 }, { [STABLE]: 100 }])
      assert.equal(r.outputs.result, 'rolled-back')
      const [stage] = timeline(r.outputs.timeline)
      assert.equal(stage?.verdict, 'failed')
      assert.equal(stage?.gate, 'users error-rate', JSON.stringify(stage))
      assert.equal(stage?.canary?.errors, 0, 'the probes saw nothing wrong')
      const m = stage?.metrics?.[0]
      assert.equal(m?.outcome, 'fail')
      assert.ok((m?.canary?.errors ?? 0) > 0 && (m?.canary?.errorRate ?? 0) > 0.2, JSON.stringify(m))
      assert.equal(m?.stable?.errors, 0, JSON.stringify(m))
      assert.ok((m?.stable?.requests ?? 0) > 0)
      // What the gate counted is what the canary really answered its users.
      const answered500 = s.app.revision(CANARY).app.requests.filter((q) => q.path === '/checkout' && q.status === 500)
      assert.ok(answered500.length >= (m?.canary?.errors ?? 0) * 0.8, `${answered500.length} vs ${m?.canary?.errors}`)
      assert.ok(
        Date.parse(m?.window?.end ?? '') <= Date.parse(stage?.endedAt ?? '') - 2000,
        'the window ends 2s before',
      )
      assert.match(r.summary, /users/)
    } finally {
      await prom.stop()
      await s.close()
    }
  }, 90_000)

  test('observe-only: the gate reports the failure and the canary is still promoted', async () => {
    const { s, prom, gate } = await setup(40)
    try {
      s.app.revision(CANARY).app.set({ status: 500 }, '/checkout')
      const r = await s.rollout(
        inputs(gate('  min-requests: 20\n  observe-only: true\n'), { stages: '50%:10s, 100%:1s' }),
      )
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(r.outputs.result, 'promoted')
      assert.equal(s.app.weights()[CANARY], 100)
      const [stage] = timeline(r.outputs.timeline)
      const m = stage?.metrics?.[0]
      assert.equal(m?.observeOnly, true)
      assert.equal(m?.outcome, 'fail', JSON.stringify(stage))
      assert.ok(
        stage?.notes?.some((n) => n.startsWith('observe-only gate users would fail')),
        JSON.stringify(stage),
      )
    } finally {
      await prom.stop()
      await s.close()
    }
  }, 90_000)

  test('a healthy canary with too little traffic is inconclusive, not failed', async () => {
    const { s, prom, gate } = await setup(4)
    try {
      const r = await s.rollout(
        inputs(gate('  min-requests: 5000\n'), { stages: '10%:6s, 100%:1s', inconclusive: 'pass' }),
      )
      assert.equal(r.exitCode, 0, r.log)
      const [stage] = timeline(r.outputs.timeline)
      assert.equal(stage?.verdict, 'passed-inconclusive', JSON.stringify(stage))
      const m = stage?.metrics?.[0]
      assert.equal(m?.outcome, 'inconclusive')
      assert.match(m?.reasons[0] ?? '', /the canary served \d+ of the 5000 requests a verdict needs/)
      assert.ok((m?.canary?.requests ?? 0) > 0, 'it did count the canary')
      assert.equal(m?.canary?.errors, 0)
    } finally {
      await prom.stop()
      await s.close()
    }
  }, 90_000)

  test('the ingestion delay: no verdict on a window whose figures have not arrived', async () => {
    const { s, prom } = await setup(40)
    try {
      const gate = `- name: late\n  source: prometheus\n  url: ${prom.url}\n  scrape-interval: 1s\n  ingestion-delay: 5s\n  min-requests: 20\n`
      const r = await s.rollout(inputs(gate, { stages: '50%:2s, 100%:1s', inconclusive: 'wait' }))
      assert.equal(r.exitCode, 0, r.log)
      const [stage] = timeline(r.outputs.timeline)
      assert.equal(stage?.verdict, 'passed', JSON.stringify(stage))
      const m = stage?.metrics?.[0]
      assert.equal(m?.outcome, 'pass')
      // The stage waited past its 2s bake for the window to exist, and judged one that ended 5s before.
      assert.ok(Date.parse(stage?.endedAt ?? '') - Date.parse(stage?.startedAt ?? '') >= 5000, JSON.stringify(stage))
      assert.ok(Date.parse(m?.window?.start ?? '') >= Date.parse(stage?.startedAt ?? ''))
      assert.ok(Date.parse(m?.window?.end ?? '') <= Date.parse(stage?.endedAt ?? '') - 5000)
      assert.ok((m?.canary?.requests ?? 0) >= 20)
      assert.match(r.log, /waiting for data/)
    } finally {
      await prom.stop()
      await s.close()
    }
  }, 90_000)
})

describe('canary-rollout metric gates: refused before any traffic moves', () => {
  let set: Setup
  beforeAll(async () => {
    set = await setup(20)
  }, 60_000)
  afterAll(async () => {
    await set.prom.stop()
    await set.s.close()
  })

  test('a wrong query fails the run in one line; the traffic was never touched', async () => {
    const { s, gate } = set
    const r = await s.rollout(
      inputs(gate('  requests: sum(increase(http_requests_total{revision="$revision"}[$window])\n'), {
        stages: '50%:2s, 100%:1s',
      }),
    )
    assert.equal(r.exitCode, 1, r.log)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
    assert.match(
      errors[0]?.message ?? '',
      /^Input 'metric-gates' gate "users" \(prometheus\): Prometheus refused the requests query \(bad_data: .*parse error/,
    )
    assert.ok(!(errors[0]?.message ?? '').includes('\n'))
    assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }], 'the traffic history is untouched')
  })

  test('a query that matches nothing for stable fails the same way', async () => {
    const { s, gate } = set
    const r = await s.rollout(
      inputs(gate('  requests: sum(increase(http_requests_totl{revision="$revision"}[$window]))\n'), {
        stages: '50%:2s, 100%:1s',
      }),
    )
    assert.equal(r.exitCode, 1, r.log)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.equal(errors.length, 1)
    assert.match(errors[0]?.message ?? '', /matches nothing for the stable build shop--v140/)
    assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }])
  })

  test('a malformed gate is one line naming metric-gates, the gate and the accepted form, before any call', async () => {
    const { s, prom } = set
    const before = s.azure.calls.length
    const r = await s.rollout(
      inputs(
        `- name: users\n  source: prometheus\n  url: ${prom.url}\n  thresholds: [p95<fast]\n  min-requests: lots\n- source: graphite\n`,
      ),
    )
    assert.equal(r.exitCode, 1, r.log)
    const errors = r.annotations.filter((a) => a.level === 'error')
    const text = errors.map((e) => e.message).join('\n')
    assert.match(text, /Input 'metric-gates'.*gate 1 "users".*thresholds: "p95<fast" is not a threshold such as/)
    assert.match(text, /gate 1 "users".*min-requests must be a whole number/)
    assert.match(text, /gate 2.*needs source: one of prometheus, azure-monitor, app-insights; got "graphite"/)
    assert.equal(s.azure.calls.length, before, 'no Azure call was made')
    assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }])
  })
})

describe('canary-rollout metric gates: Azure Monitor managed Prometheus (an Entra token on the query endpoint)', () => {
  test('the gate signs in with the action credential, for the managed Prometheus scope, and judges', async () => {
    const { s, prom } = await setup(40)
    const endpoint = await startQueryEndpoint(prom, (t) => s.azure.issued.scopes.get(t) === MANAGED_SCOPE)
    try {
      s.azure.allowScope(MANAGED_SCOPE)
      s.app.revision(CANARY).app.set({ status: 500 }, '/checkout')
      const gate = `- name: managed\n  source: prometheus\n  url: ${endpoint.url}\n  auth: azure\n  scrape-interval: 1s\n  ingestion-delay: 2s\n  min-requests: 20\n`
      const r = await s.rollout(inputs(gate, { stages: '50%:20s, 100%:1s' }))
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(timeline(r.outputs.timeline)[0]?.gate, 'managed error-rate')
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 50, [CANARY]: 50 }, { [STABLE]: 100 }])
      assert.ok(endpoint.authorized > 0)
      assert.equal(endpoint.refused, 0, 'every query carried a valid token')
      assert.ok(s.azure.scopeRequests.includes(MANAGED_SCOPE))
      const tokens = [...s.azure.issued.scopes].filter(([, scope]) => scope === MANAGED_SCOPE).map(([t]) => t)
      for (const t of tokens) {
        assert.ok(!r.log.includes(t) && !r.summary.includes(t) && !JSON.stringify(r.outputs).includes(t))
        assert.ok(r.masks.includes(t), 'the token is masked')
      }
    } finally {
      await endpoint.close()
      await prom.stop()
      await s.close()
    }
  }, 90_000)

  test('without Monitoring Data Reader (403) the run fails in one line naming the role; nothing moved', async () => {
    const { s, prom } = await setup(20)
    const endpoint = await startQueryEndpoint(prom, (t) => s.azure.issued.scopes.get(t) === MANAGED_SCOPE)
    try {
      s.azure.allowScope(MANAGED_SCOPE)
      endpoint.forbidden = true
      const gate = `- name: managed\n  source: prometheus\n  url: ${endpoint.url}\n  auth: azure\n  scrape-interval: 1s\n`
      const r = await s.rollout(inputs(gate, { stages: '50%:2s, 100%:1s' }))
      assert.equal(r.exitCode, 1, r.log)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(errors[0]?.message ?? '', /gate "managed".*HTTP 403|gate "managed".*forbidden/)
      assert.match(errors[0]?.message ?? '', /Monitoring Data Reader/)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }])
    } finally {
      await endpoint.close()
      await prom.stop()
      await s.close()
    }
  }, 90_000)
})
