import { afterAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { InputIssues } from '@deploy-actions/core'

// @actions/github reads the run's context (the event payload, GITHUB_SHA) when first imported.
const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'
const eventDir = mkdtempSync(join(tmpdir(), 'event-'))
const eventPath = join(eventDir, 'event.json')
writeFileSync(eventPath, JSON.stringify({ repository: { name: 'shop', owner: { login: 'payload-org' } } }))
process.env.GITHUB_EVENT_PATH = eventPath
process.env.GITHUB_SHA = SHA.toUpperCase()
delete process.env.GITHUB_REPOSITORY
const { commitTarget } = await import('@deploy-actions/github')

function target(values: { repository?: string; sha?: string }, repository?: string) {
  if (repository === undefined) delete process.env.GITHUB_REPOSITORY
  else process.env.GITHUB_REPOSITORY = repository
  const issues = new InputIssues()
  const result = commitTarget(values, issues)
  return { ...result, problems: issues.errors.map((e) => e.message) }
}

describe('commitTarget: the run context from @actions/github', () => {
  afterAll(() => rmSync(eventDir, { recursive: true, force: true }))

  test("without GITHUB_REPOSITORY the event payload's repository is the run's", () => {
    assert.deepEqual(target({}), { repo: { owner: 'payload-org', repo: 'shop' }, sha: SHA, problems: [] })
  })

  test('GITHUB_REPOSITORY wins over the payload; the inputs win over both', () => {
    assert.deepEqual(target({}, 'octo-org/api').repo, { owner: 'octo-org', repo: 'api' })
    const given = target({ repository: 'other/app', sha: 'a'.repeat(40) }, 'octo-org/api')
    assert.deepEqual(given, { repo: { owner: 'other', repo: 'app' }, sha: 'a'.repeat(40), problems: [] })
  })

  test('a GITHUB_REPOSITORY without an owner, or a short sha input, is named as the input', () => {
    const r = target({ sha: 'abc123' }, 'no-owner')
    assert.equal(r.repo, undefined)
    assert.equal(r.problems.length, 2)
    assert.match(r.problems[0] ?? '', /repository/)
    assert.match(r.problems[1] ?? '', /sha.*40-character/)
  })
})
