import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { exposition } from '../src/emulators/metrics-exporter.ts'

describe('the stand-ins /metrics exposition', () => {
  test('counts only answered requests, by status, with cumulative latency buckets', () => {
    const at = Date.now()
    const text = exposition([
      {
        labels: { app: 'shop', revision: 'shop--v150' },
        requests: [
          { method: 'GET', path: '/', headers: {}, at, status: 200, durationMs: 3 },
          { method: 'GET', path: '/checkout', headers: {}, at, status: 500, durationMs: 40 },
          { method: 'GET', path: '/checkout', headers: {}, at, status: 500, durationMs: 700 },
          { method: 'GET', path: '/slow', headers: {}, at }, // still in flight: not counted
        ],
      },
    ])
    const value = (series: string) => {
      const line = text.split('\n').find((l) => l.startsWith(`${series} `))
      assert.ok(line, `${series} in\n${text}`)
      return Number(line.slice(series.length + 1))
    }
    assert.equal(value('http_requests_total{app="shop",revision="shop--v150",code="200"}'), 1)
    assert.equal(value('http_requests_total{app="shop",revision="shop--v150",code="500"}'), 2)
    assert.equal(value('http_request_duration_seconds_bucket{app="shop",revision="shop--v150",le="0.005"}'), 1)
    assert.equal(value('http_request_duration_seconds_bucket{app="shop",revision="shop--v150",le="0.05"}'), 2)
    assert.equal(value('http_request_duration_seconds_bucket{app="shop",revision="shop--v150",le="0.5"}'), 2)
    assert.equal(value('http_request_duration_seconds_bucket{app="shop",revision="shop--v150",le="1"}'), 3)
    assert.equal(value('http_request_duration_seconds_bucket{app="shop",revision="shop--v150",le="+Inf"}'), 3)
    assert.equal(value('http_request_duration_seconds_count{app="shop",revision="shop--v150"}'), 3)
    assert.ok(Math.abs(value('http_request_duration_seconds_sum{app="shop",revision="shop--v150"}') - 0.743) < 1e-9)
    assert.match(text, /^# TYPE http_requests_total counter$/m)
    assert.match(text, /^# TYPE http_request_duration_seconds histogram$/m)
  })

  test('label values are escaped as the exposition format says', () => {
    const text = exposition([{ labels: { revision: 'a"b\\c' }, requests: [] }])
    assert.match(text, /revision="a\\"b\\\\c"/)
    // A build that has served nothing yet has its series, at 0.
    assert.match(text, /^http_requests_total\{revision="a\\"b\\\\c",code="200"\} 0$/m)
    assert.match(text, /^http_request_duration_seconds_count\{revision="a\\"b\\\\c"\} 0$/m)
  })
})
