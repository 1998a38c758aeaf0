import { afterEach, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { InputIssues, loadYaml, optional, parseStructured, readInputs, structured } from '@deploy-actions/core'

const set: string[] = []
const input = (name: string, value: string) => {
  const key = `INPUT_${name.toUpperCase()}`
  process.env[key] = value
  set.push(key)
}
afterEach(() => {
  for (const k of set.splice(0)) delete process.env[k]
})

/** A file of its own: the first test must run before anything in this module registry loaded the YAML parser. */
describe('YAML or JSON', () => {
  // The order matters: the first test runs before anything loaded the YAML parser.
  test('JSON is read without the YAML parser; YAML needs it loaded, and says so', () => {
    assert.deepEqual(parseStructured(' [{"name": "api", "url": "/health", "json": {"$.ok": true}}] '), [
      { name: 'api', url: '/health', json: { '$.ok': true } },
    ])
    assert.deepEqual(parseStructured('{"a": {"a": 1, "b": [{"a": 2}]}, "b": "x"}'), {
      a: { a: 1, b: [{ a: 2 }] },
      b: 'x',
    })
    assert.throws(() => parseStructured('- name: api'), /await loadYaml\(\) first/)
    // A repeated key is YAML's to refuse (JSON.parse would keep the last one).
    assert.throws(() => parseStructured('{"a": 1, "\\u0061": 2}'), /await loadYaml\(\) first/)
  })

  test('readInputs loads the parser for a YAML value; a repeated key is refused, as YAML refuses it', async () => {
    input('doc', '- name: api\n  url: /health')
    const issues = new InputIssues()
    const v = await readInputs({ doc: optional(structured()) }, issues)
    assert.deepEqual(v.doc, [{ name: 'api', url: '/health' }])
    assert.equal(issues.count, 0)
    assert.throws(() => parseStructured('{"a": 1, "a": 2}'), /not valid YAML or JSON: .*unique/i)
    await loadYaml()
    assert.deepEqual(parseStructured('{"keys": "with \\" and : inside", "k": ["a", "a"]}'), {
      keys: 'with " and : inside',
      k: ['a', 'a'],
    })
  })
})
