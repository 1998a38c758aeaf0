import { describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { parseFilter } from '@deploy-actions/harness/emulators/monitor'

describe("the metrics stand-in's $filter, as the metrics API reads it", () => {
  test("eq (with '*' a split), ne and sw terms joined by and; or between values of one dimension", () => {
    assert.deepEqual(parseFilter("revisionName eq 'shop--v2' and statusCodeCategory eq '*'"), [
      { dimension: 'revisionName', terms: [{ op: 'eq', value: 'shop--v2' }] },
      { dimension: 'statusCodeCategory', terms: [{ op: 'eq', value: '*' }] },
    ])
    assert.deepEqual(parseFilter("statusCode eq '500' or statusCode eq '503' and podName sw 'shop--v2-'"), [
      {
        dimension: 'statusCode',
        terms: [
          { op: 'eq', value: '500' },
          { op: 'eq', value: '503' },
        ],
      },
      { dimension: 'podName', terms: [{ op: 'sw', value: 'shop--v2-' }] },
    ])
    assert.deepEqual(parseFilter("Instance ne 'it''s'"), [
      { dimension: 'Instance', terms: [{ op: 'ne', value: "it's" }] },
    ])
    assert.deepEqual(parseFilter(null), [])
  })
  test('or across two dimensions, other operators and a dimension twice are refused, as the service refuses them', () => {
    assert.match(
      parseFilter("revisionName eq 'a' or statusCode eq '500'") as string,
      /the logical or operator cannot separate two different metadata names/,
    )
    assert.match(parseFilter("revisionName = 'a'") as string, /expected terms of the form/)
    assert.match(parseFilter('revisionName eq a') as string, /expected terms of the form/)
    assert.match(parseFilter("revisionName eq 'a' and revisionName eq 'b'") as string, /appears twice/)
  })
})
