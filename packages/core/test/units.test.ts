import { describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { formatBytes, formatClock, formatCount, formatDuration } from '../src/index.ts'

describe('what people read: clock times, durations, sizes, counts', () => {
  const now = new Date('2026-11-29T23:14:00Z')
  test('a clock time on the same day is the time and zone; another day adds the date; another year the year', () => {
    assert.equal(formatClock(new Date('2026-11-29T22:00:00Z'), { now }), '22:00 UTC')
    assert.equal(formatClock('2026-11-29T23:41:07Z', { now, seconds: true }), '23:41:07 UTC')
    assert.equal(formatClock(new Date('2026-11-30T00:05:00Z'), { now }), '30 Nov 00:05 UTC')
    assert.equal(formatClock('soon', { now }), 'soon')
    // Madrid is already on the 30th at 23:14 UTC: the same day there.
    assert.equal(formatClock(new Date('2026-11-30T08:00:00Z'), { now, timeZone: 'Europe/Madrid' }), '09:00 CET')
    assert.equal(
      formatClock(new Date('2027-07-05T07:00:00Z'), { now, timeZone: 'Europe/Madrid', weekday: true }),
      'Mon 5 Jul 2027 09:00 CEST',
    )
    assert.equal(
      formatClock(new Date('2026-11-24T18:00:00Z'), { now, timeZone: 'America/Los_Angeles', weekday: true }),
      'Tue 24 Nov 10:00 PST',
    )
  })
  test('durations', () => {
    assert.deepEqual([850, 4200, 185_000, 3_720_000, 7 * 86_400_000, 52 * 3_600_000].map(formatDuration), [
      '850ms',
      '4.2s',
      '3m05s',
      '1h02m',
      '7d',
      '2d04h',
    ])
  })
  test('sizes in decimal units with three figures at most, never "1000 KB"', () => {
    assert.deepEqual([0, 812, 1000, 123_456, 999_999, 41_234_567, 1_234_567_890].map(formatBytes), [
      '0 B',
      '812 B',
      '1 KB',
      '123 KB',
      '1 MB',
      '41.2 MB',
      '1.23 GB',
    ])
  })
  test('counts', () => {
    assert.deepEqual([950, 9999, 12_345, 1_234_567].map(formatCount), ['950', '9,999', '12.3 k', '1.2 M'])
  })
})
