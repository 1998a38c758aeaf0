import assert from 'node:assert/strict'
import { test } from '@jest/globals'
import { inFreeze, inWindow, parseFreeze, parseWindow } from '../src/schedule.ts'

test('a weekly window in a time zone, daylight saving included, end exclusive', () => {
  const w = parseWindow('Tue-Thu 10:00-14:00 America/Los_Angeles', 'UTC')
  assert.deepEqual([...w.days].sort(), [2, 3, 4])
  assert.equal(inWindow(w, new Date('2026-11-24T18:30:00Z')), true, 'Tue 10:30 PST')
  assert.equal(inWindow(w, new Date('2026-11-24T17:59:00Z')), false, 'Tue 09:59 PST')
  assert.equal(inWindow(w, new Date('2026-11-24T22:00:00Z')), false, 'Tue 14:00 PST is the end')
  assert.equal(inWindow(w, new Date('2026-11-23T19:00:00Z')), false, 'Monday')
  assert.equal(inWindow(w, new Date('2026-07-14T17:30:00Z')), true, 'Tue 10:30 PDT (UTC-7)')
  assert.equal(inWindow(w, new Date('2026-11-24T17:30:00Z')), false, 'the same UTC hour is 09:30 PST in winter')
})

test('day lists and ranges that wrap the week; the default zone', () => {
  const w = parseWindow('Fri-Mon 00:00-24:00', 'Europe/Berlin')
  assert.deepEqual([...w.days].sort(), [0, 1, 5, 6])
  assert.equal(w.zone, 'Europe/Berlin')
  assert.deepEqual([...parseWindow('Mon,Wed,Fri 09:00-17:00', 'UTC').days].sort(), [1, 3, 5])
})

test('malformed windows say what is wrong', () => {
  assert.throws(() => parseWindow('Tue-Thu', 'UTC'), /needs days and hours/)
  assert.throws(() => parseWindow('Tues-Thu 10-14', 'UTC'), /"10-14" is not hours/)
  assert.throws(() => parseWindow('Xyz 10:00-14:00', 'UTC'), /"Xyz" is not a day/)
  assert.throws(() => parseWindow('Mon 22:00-02:00', 'UTC'), /ends before it starts/)
  assert.throws(() => parseWindow('Mon 10:00-14:00 Mars/Olympus', 'UTC'), /not an IANA time zone/)
})

test('freezes: both days included, in their zone', () => {
  const f = parseFreeze('2026-12-20..2027-01-04 holidays', 'America/Los_Angeles')
  assert.equal(f.reason, 'holidays')
  assert.equal(inFreeze(f, new Date('2026-12-20T08:00:00Z')), true, '00:00 PST on the first day')
  assert.equal(inFreeze(f, new Date('2026-12-20T07:59:00Z')), false, 'still the 19th in Los Angeles')
  assert.equal(inFreeze(f, new Date('2027-01-05T07:59:00Z')), true, 'the last day, 23:59 PST')
  assert.equal(inFreeze(parseFreeze('2026-11-26', 'UTC'), new Date('2026-11-26T12:00:00Z')), true)
  assert.throws(() => parseFreeze('2026-02-30', 'UTC'), /not a calendar date/)
  assert.throws(() => parseFreeze('2027-01-04..2026-12-20', 'UTC'), /ends \(2026-12-20\) before it starts/)
  assert.throws(() => parseFreeze('Christmas', 'UTC'), /needs a date/)
})
