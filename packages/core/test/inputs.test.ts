import { afterEach, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import {
  boolean,
  duration,
  formatClock,
  formatDuration,
  InputIssues,
  InvalidInputs,
  integer,
  list,
  oneOf,
  optional,
  parseDuration,
  percent,
  readInputs,
  required,
  secret,
  structured,
  url,
} from '@deploy-actions/core'

const set: string[] = []
function input(name: string, value: string) {
  const key = `INPUT_${name.toUpperCase()}`
  process.env[key] = value
  set.push(key)
}
afterEach(() => {
  for (const k of set.splice(0)) delete process.env[k]
})

describe('durations', () => {
  test('parse the forms users write', () => {
    assert.equal(parseDuration('500ms'), 500)
    assert.equal(parseDuration('90s'), 90_000)
    assert.equal(parseDuration('5m'), 300_000)
    assert.equal(parseDuration('1h30m'), 5_400_000)
    assert.equal(parseDuration('1.5s'), 1500)
    assert.equal(parseDuration('0'), 0)
    for (const bad of ['', '5', '-5s', '5 m', 'soon', '5x', 'm5']) assert.equal(parseDuration(bad), undefined, bad)
  })
  test('format for people', () => {
    assert.equal(formatDuration(850), '850ms')
    assert.equal(formatDuration(4200), '4.2s')
    assert.equal(formatDuration(185_000), '3m05s')
    assert.equal(formatDuration(3_720_000), '1h02m')
  })
  test('a clock time for people: UTC, the day only when it is not today', () => {
    const now = Date.parse('2026-11-29T12:00:00Z')
    assert.equal(formatClock('2026-11-29T23:41:07Z', { now }), '23:41 UTC')
    assert.equal(formatClock('2026-11-29T23:41:07Z', { now, seconds: true }), '23:41:07 UTC')
    assert.equal(formatClock('2026-11-30T00:05:00Z', { now }), '30 Nov 00:05 UTC')
    assert.equal(formatClock('soon', { now }), 'soon')
  })
})

describe('readInputs', () => {
  const spec = {
    wait: required(duration()),
    weight: optional(percent()),
    count: optional(integer({ min: 1, max: 10 })),
    flag: optional(boolean()),
    mode: optional(oneOf(['rollout', 'promote'] as const)),
    target: optional(url()),
    names: optional(list(oneOf(['a', 'b'] as const))),
    doc: optional(structured()),
    token: optional(secret()),
  }

  test('typed values, absent optionals undefined', async () => {
    input('wait', '90s')
    input('weight', '5%')
    input('flag', 'True')
    input('mode', 'promote')
    input('target', 'https://app.example.com/x')
    input('names', 'a,\nb')
    input('doc', '{"k": [1, 2]}')
    const issues = new InputIssues()
    const v = await readInputs(spec, issues)
    assert.equal(issues.count, 0)
    assert.equal(v.wait, 90_000)
    assert.equal(v.weight, 5)
    assert.equal(v.count, undefined)
    assert.equal(v.flag, true)
    assert.equal(v.mode, 'promote')
    assert.equal(v.target?.host, 'app.example.com')
    assert.deepEqual(v.names, ['a', 'b'])
    assert.deepEqual(v.doc, { k: [1, 2] })
  })

  test('every problem at once, one line each naming the input and the accepted form', async () => {
    input('weight', '150')
    input('count', '11')
    input('flag', 'yes')
    input('mode', 'yolo')
    input('target', 'ftp://x')
    input('names', 'a,c')
    input('doc', 'a: [1')
    input('token', 'super-secret-value')
    const issues = new InputIssues()
    await readInputs(spec, issues)
    const lines = issues.errors.map((e) => e.message)
    assert.deepEqual(lines.slice(0, 6), [
      "Input 'wait' is required: give a duration such as 500ms, 90s, 5m or 1h30m",
      'Input \'weight\' must be a percentage from 0 to 100 such as 5 or 5%; got "150"',
      'Input \'count\' must be a whole number from 1 to 10; got "11"',
      'Input \'flag\' must be true or false; got "yes"',
      'Input \'mode\' must be one of rollout, promote; got "yolo"',
      'Input \'target\' must be an absolute http or https URL such as https://app.example.com/health (scheme ftp is not supported); got "ftp://x"',
    ])
    assert.match(
      lines[6] ?? '',
      /^Input 'names' must be a comma- or newline-separated list of one of a, b \(item "c" is not one of a, b\)/,
    )
    assert.match(lines[7] ?? '', /^Input 'doc' must be YAML or JSON \(not valid YAML or JSON: .*\)$/)
    assert.equal(lines.length, 8, 'the secret parsed fine')
    for (const l of lines) assert.ok(!l.includes('\n'))
    assert.throws(() => issues.throwIfAny(), InvalidInputs)
  })

  test('a secret is never echoed back', async () => {
    const issues = new InputIssues()
    input('doc', 'password: [hunter2hunter2')
    await readInputs({ doc: optional(structured()) }, issues)
    assert.ok(!issues.errors[0]?.message.includes('hunter2hunter2'))
  })
})
