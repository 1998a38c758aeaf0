import { describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { backoffDelay, parseRetryAfter, retry, sleep } from '@deploy-actions/core'

class HttpError extends Error {
  status: number
  retryAfter?: string
  constructor(status: number, retryAfter?: string) {
    super(`HTTP ${status}`)
    this.status = status
    this.retryAfter = retryAfter
  }
}
const classify = (e: unknown) =>
  e instanceof HttpError && (e.status === 429 || e.status >= 500)
    ? { retry: true, retryAfterMs: parseRetryAfter(e.retryAfter) }
    : { retry: false }

describe('retry', () => {
  test('Retry-After is parsed as seconds or an HTTP date', () => {
    const now = Date.parse('2026-11-22T10:00:00Z')
    assert.equal(parseRetryAfter('7', now), 7000)
    assert.equal(parseRetryAfter('Sun, 22 Nov 2026 10:00:30 GMT', now), 30_000)
    assert.equal(parseRetryAfter('soon', now), undefined)
    assert.equal(parseRetryAfter(undefined, now), undefined)
  })

  test('full jitter stays within the exponential cap', () => {
    assert.equal(
      backoffDelay(3, 100, 10_000, () => 0.999),
      799,
    )
    assert.equal(
      backoffDelay(10, 100, 2000, () => 0.5),
      1000,
    )
  })

  test('retries retryable errors and honours Retry-After', async () => {
    let calls = 0
    const started = Date.now()
    const out = await retry(
      async () => {
        calls++
        if (calls === 1) throw new HttpError(429, '1')
        if (calls === 2) throw new HttpError(503)
        return 'ok'
      },
      { attempts: 5, baseDelayMs: 10, maxDelayMs: 20, classify },
    )
    assert.equal(out, 'ok')
    assert.equal(calls, 3)
    assert.ok(Date.now() - started >= 1000, 'waited at least the Retry-After second')
  })

  test('does not retry what cannot improve, and stops after the attempts', async () => {
    let calls = 0
    await assert.rejects(
      retry(
        async () => {
          calls++
          throw new HttpError(404)
        },
        { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, classify },
      ),
      /HTTP 404/,
    )
    assert.equal(calls, 1)
    calls = 0
    await assert.rejects(
      retry(
        async () => {
          calls++
          throw new HttpError(500)
        },
        { attempts: 3, baseDelayMs: 1, maxDelayMs: 1, classify },
      ),
      /HTTP 500/,
    )
    assert.equal(calls, 3)
  })

  test('a Retry-After past the deadline fails at once instead of waiting', async () => {
    const started = Date.now()
    await assert.rejects(
      retry(
        async () => {
          throw new HttpError(429, '120')
        },
        { attempts: 5, baseDelayMs: 1, maxDelayMs: 1, deadline: Date.now() + 2000, classify },
      ),
      /HTTP 429/,
    )
    assert.ok(Date.now() - started < 500)
  })

  test('an abort ends a wait at once', async () => {
    const ctl = new AbortController()
    setTimeout(() => ctl.abort(new Error('cancelled')), 50)
    const started = Date.now()
    await assert.rejects(sleep(10_000, ctl.signal), /cancelled/)
    assert.ok(Date.now() - started < 1000)
  })
})
