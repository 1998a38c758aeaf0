import { describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { InputIssues } from '@deploy-actions/core'
import {
  displayUrl,
  evaluateJsonPath,
  judgeThreshold,
  latencyStats,
  parseChecks,
  parseJsonPath,
  parseStatus,
  parseThreshold,
  quantile,
} from '@deploy-actions/probe'

describe('JSON paths', () => {
  const doc = {
    status: 'ok',
    checks: [
      { name: 'db', ok: true },
      { name: 'cache', ok: false },
    ],
    'build-id': 42,
    nil: null,
  }
  test('dots, indexes from either end, quoted keys', () => {
    assert.deepEqual(evaluateJsonPath(doc, parseJsonPath('$.status')), { found: true, value: 'ok' })
    assert.deepEqual(evaluateJsonPath(doc, parseJsonPath('$.checks[1].name')), { found: true, value: 'cache' })
    assert.deepEqual(evaluateJsonPath(doc, parseJsonPath('$.checks[-1].ok')), { found: true, value: false })
    assert.deepEqual(evaluateJsonPath(doc, parseJsonPath('$["build-id"]')), { found: true, value: 42 })
    assert.deepEqual(evaluateJsonPath(doc, parseJsonPath('$.nil')), { found: true, value: null })
    assert.deepEqual(evaluateJsonPath(doc, parseJsonPath('$.checks[5]')), { found: false })
    assert.deepEqual(evaluateJsonPath(doc, parseJsonPath('$.status.deeper')), { found: false })
  })
  test('malformed paths are refused', () => {
    for (const bad of ['status', '$.', '$[x]', '$.a[', "$['unclosed]"])
      assert.throws(() => parseJsonPath(bad), Error, bad)
  })
})

describe('latency statistics', () => {
  test('linear interpolation between order statistics, as k6 computes them', () => {
    const s = [81, 92, 95, 99, 103, 110, 118, 121, 135, 480]
    assert.equal(
      Math.round(
        quantile(
          [...s].sort((a, b) => a - b),
          0.95,
        ) * 10,
      ) / 10,
      324.7,
    )
    const stats = latencyStats(s)
    assert.equal(stats?.p50, 106.5)
    assert.equal(stats?.max, 480)
    assert.equal(stats?.n, 10)
  })
  test('thresholds', () => {
    const stats = latencyStats(Array.from({ length: 100 }, (_, i) => i + 1))
    assert.equal(judgeThreshold(parseThreshold('p95<100ms'), stats, 0).passed, true)
    assert.equal(judgeThreshold(parseThreshold('p99<99ms'), stats, 0).passed, false)
    assert.equal(judgeThreshold(parseThreshold('max<=100ms'), stats, 0).passed, true)
    assert.equal(judgeThreshold(parseThreshold('error-rate<1%'), stats, 0.02).passed, false)
    assert.equal(judgeThreshold(parseThreshold('error-rate<5%'), stats, 0.02).actual, '2.0%')
    for (const bad of ['p95', 'p95>1s', 'p42<1s', 'avg<fast', 'error-rate<200%'])
      assert.throws(() => parseThreshold(bad), Error, bad)
  })
})

describe('statuses', () => {
  test('codes, classes, ranges and lists', () => {
    assert.equal(parseStatus(200).matches(200), true)
    assert.equal(parseStatus('2xx').matches(204), true)
    assert.equal(parseStatus('2xx').matches(301), false)
    assert.equal(parseStatus('200-204,404').matches(404), true)
    assert.equal(parseStatus([200, '3xx']).matches(302), true)
    for (const bad of ['2xy', '99', '600', '300-200', []]) assert.throws(() => parseStatus(bad), Error, String(bad))
  })
})

describe('check lists', () => {
  const defaults = {
    requestTimeoutMs: 1000,
    checkTimeoutMs: 0,
    samples: 1,
    warmup: 0,
    minSamples: 20,
    baseUrl: new URL('https://shop.example.com/api/'),
  }
  test('relative URLs keep the base path; names derive from method and path', () => {
    const issues = new InputIssues()
    const [c] = parseChecks(['/orders?limit=1'], 'checks', defaults, issues)
    assert.equal(issues.count, 0)
    assert.equal(c?.url.href, 'https://shop.example.com/api/orders?limit=1')
    assert.equal(c?.name, 'GET /api/orders')
    assert.equal(c?.critical, true)
  })
  test('an object body is sent as JSON', () => {
    const issues = new InputIssues()
    const [c] = parseChecks([{ url: '/login', method: 'post', body: { user: 'smoke' } }], 'checks', defaults, issues)
    assert.equal(c?.method, 'POST')
    assert.equal(c?.body, '{"user":"smoke"}')
    assert.equal(c?.headers['content-type'], 'application/json')
  })
  test('credentials and secret query values are kept out of the displayed URL', () => {
    assert.equal(
      displayUrl(new URL('https://u:p@h.example/x?sig=abc&page=2')),
      'https://***@h.example/x?sig=***&page=2',
    )
  })
})
