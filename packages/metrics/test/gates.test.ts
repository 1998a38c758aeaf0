import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { InputIssues } from '@deploy-actions/core'
import { parseThreshold } from '@deploy-actions/probe'
import {
  binnedSlowerP,
  bucketQuantile,
  judgeMetrics,
  parseMetricGates,
  type MetricFigures,
} from '@deploy-actions/metrics'

const parse = (doc: unknown) => {
  const issues = new InputIssues()
  const gates = parseMetricGates(doc, 'metric-gates', issues)
  return { gates, errors: issues.errors.map((e) => e.message) }
}

describe('parseMetricGates', () => {
  test('a gate with its source options, thresholds, min-requests and observe-only', () => {
    const { gates, errors } = parse([
      {
        name: 'users',
        source: 'prometheus',
        url: 'http://prom:9090',
        'scrape-interval': '15s',
        thresholds: ['error-rate<0.5%', 'p95<500ms'],
        'min-requests': 200,
        'observe-only': true,
      },
    ])
    assert.deepEqual(errors, [])
    assert.equal(gates.length, 1)
    const g = gates[0]
    assert.equal(g?.name, 'users')
    assert.equal(g?.kind, 'prometheus')
    assert.deepEqual(
      g?.thresholds.map((t) => t.text),
      ['error-rate<0.5%', 'p95<500ms'],
    )
    assert.equal(g?.minRequests, 200)
    assert.equal(g?.observeOnly, true)
    // The ingestion delay defaults to the scrape interval plus the evaluation slack.
    assert.equal((g?.options as { ingestionDelayMs: number }).ingestionDelayMs, 30_000)
  })

  test('defaults: error-rate<1%, 50 requests, enforcing; managed Prometheus signs in with Entra', () => {
    const { gates, errors } = parse([
      { source: 'prometheus', url: 'https://ws-abc.eastus.prometheus.monitor.azure.com' },
    ])
    assert.deepEqual(errors, [])
    assert.equal(gates[0]?.name, 'prometheus')
    assert.deepEqual(
      gates[0]?.thresholds.map((t) => t.text),
      ['error-rate<1%'],
    )
    assert.equal(gates[0]?.minRequests, 50)
    assert.equal(gates[0]?.observeOnly, false)
    assert.equal((gates[0]?.options as { auth: string }).auth, 'azure')
  })

  test('every problem is one line naming metric-gates and the gate; nothing is returned for a bad gate', () => {
    const { gates, errors } = parse([
      { name: 'a', source: 'prometheus', url: 'ftp://x', thresholds: ['p95<fast', 'max<1s'], 'min-requests': 0 },
      { source: 'graphite' },
      { name: 'c', source: 'prometheus', url: 'http://p', requests: 'sum(http_requests_total)', colour: 'red' },
      { name: 'a', source: 'prometheus', url: 'http://p', 'observe-only': 'maybe' },
    ])
    assert.equal(gates.length, 0)
    for (const e of errors) {
      assert.match(e, /^Input 'metric-gates' \(gate \d/)
      assert.ok(!e.includes('\n'))
    }
    const text = errors.join('\n')
    assert.match(text, /gate 1 "a"\) url must be an http\(s\) URL/)
    assert.match(text, /gate 1 "a"\) thresholds: "p95<fast" is not a threshold such as/)
    assert.match(text, /gate 1 "a"\) thresholds: max<1s is not read from metrics/)
    assert.match(text, /gate 1 "a"\) min-requests must be a whole number/)
    assert.match(text, /gate 2\) needs source: one of prometheus, azure-monitor, app-insights; got "graphite"/)
    assert.match(text, /gate 3 "c"\) requests must contain \$revision/)
    assert.match(text, /gate 3 "c"\) has the unknown key "colour"/)
    assert.match(text, /gate 4 "a"\) names "a" a second time/)
    assert.match(text, /gate 4 "a"\) observe-only must be true or false/)
  })

  test('not a list', () => {
    assert.match(parse('prometheus').errors[0] ?? '', /^Input 'metric-gates' must be a YAML list of gates/)
  })
})

const gate = (thresholds: string[], minRequests = 50) => ({
  name: 'users',
  kind: 'prometheus',
  thresholds: thresholds.map(parseThreshold),
  minRequests,
  observeOnly: false,
})
const window = { start: new Date('2026-01-01T00:00:00Z'), end: new Date('2026-01-01T00:01:00Z') }
/** A cumulative histogram from per-bucket counts over the bounds 10, 50, 100, 500 ms and +Inf. */
const hist = (per: number[]): MetricFigures['buckets'] => {
  let c = 0
  return [10, 50, 100, 500, Infinity].map((leMs, i) => ({ leMs, count: (c += per[i] ?? 0) }))
}

describe('judgeMetrics', () => {
  test('too few canary requests is inconclusive, with the count', () => {
    const v = judgeMetrics(gate(['error-rate<1%'], 100), window, { requests: 40, errors: 40 }, undefined, 0.05)
    assert.equal(v.outcome, 'inconclusive')
    assert.match(v.reasons[0] ?? '', /served 40 of the 100 requests/)
  })

  test('an error rate worse than stable fails; the same rate on stable is not blamed on the canary', () => {
    const worse = judgeMetrics(
      gate(['error-rate<1%']),
      window,
      { requests: 500, errors: 50 },
      { requests: 500, errors: 1 },
      0.05,
    )
    assert.equal(worse.outcome, 'fail')
    assert.equal(worse.stat, 'error-rate')
    assert.equal(worse.canary?.errorRate, 0.1)
    const alike = judgeMetrics(
      gate(['error-rate<1%']),
      window,
      { requests: 500, errors: 50 },
      { requests: 500, errors: 48 },
      0.05,
    )
    assert.equal(alike.outcome, 'pass')
    assert.match(alike.notes[0] ?? '', /stable fails alike/)
  })

  test('stable with too few requests (100 %): the threshold alone judges', () => {
    const v = judgeMetrics(
      gate(['error-rate<1%']),
      window,
      { requests: 500, errors: 6 },
      { requests: 0, errors: 0 },
      0.05,
    )
    assert.equal(v.outcome, 'fail')
    assert.match(v.notes[0] ?? '', /judged on the thresholds alone/)
  })

  test('latency: the rank test on the histograms decides a broken p95', () => {
    const figures = (per: number[]): MetricFigures => {
      const buckets = hist(per)
      return { requests: 200, errors: 0, buckets, p95Ms: bucketQuantile(buckets ?? [], 0.95) }
    }
    const slowCanary = figures([0, 20, 40, 140, 0])
    const fastStable = figures([100, 80, 20, 0, 0])
    const v = judgeMetrics(gate(['p95<200ms']), window, slowCanary, fastStable, 0.05)
    assert.equal(v.outcome, 'fail', JSON.stringify(v))
    assert.equal(v.stat, 'p95')
    // Both as slow: not the canary's doing.
    const same = judgeMetrics(gate(['p95<200ms']), window, slowCanary, { ...slowCanary }, 0.05)
    assert.equal(same.outcome, 'pass')
  })

  test('latency without histograms: the threshold plus stable × margin', () => {
    const v = judgeMetrics(
      gate(['p95<200ms']),
      window,
      { requests: 200, errors: 0, p95Ms: 300 },
      { requests: 200, errors: 0, p95Ms: 280 },
      0.05,
    )
    assert.equal(v.outcome, 'pass', 'within 20 % of stable')
    const w = judgeMetrics(
      gate(['p95<200ms']),
      window,
      { requests: 200, errors: 0, p95Ms: 400 },
      { requests: 200, errors: 0, p95Ms: 280 },
      0.05,
    )
    assert.equal(w.outcome, 'fail')
  })
})

describe('histograms', () => {
  test('bucketQuantile interpolates inside the bucket as histogram_quantile does', () => {
    const b = hist([50, 50, 0, 0, 0]) ?? []
    assert.equal(bucketQuantile(b, 0.5), 10)
    assert.equal(bucketQuantile(b, 0.75), 30)
    assert.equal(bucketQuantile(hist([0, 0, 0, 0, 10]) ?? [], 0.95), 500, 'in +Inf: the highest finite bound')
    assert.equal(bucketQuantile(hist([]) ?? [], 0.5), undefined)
  })

  test('binnedSlowerP: small for a slower canary, large for the same or a faster one', () => {
    const slow = hist([0, 10, 30, 60, 0]) ?? []
    const fast = hist([60, 30, 10, 0, 0]) ?? []
    assert.ok((binnedSlowerP(slow, fast) ?? 1) < 0.001)
    assert.ok((binnedSlowerP(fast, slow) ?? 0) > 0.99)
    assert.ok((binnedSlowerP(slow, slow) ?? 0) > 0.4)
    assert.equal(binnedSlowerP(slow, slow.slice(0, 3)), undefined, 'different bounds are not compared')
  })
})
