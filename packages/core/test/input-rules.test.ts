import { afterEach, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import {
  duration,
  hasDotSegment,
  InputIssues,
  integer,
  list,
  optional,
  readInputs,
  redact,
  reservedEnvName,
  secret,
  text,
  url,
  urlPath,
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

/** The one error line readInputs gives for `value` of `kind`, or undefined when it is accepted. */
async function refusal(kind: Parameters<typeof optional>[0], value: string): Promise<string | undefined> {
  input('x', value)
  const issues = new InputIssues()
  await readInputs({ x: optional(kind) }, issues)
  assert.ok(issues.count <= 1)
  const line = issues.errors[0]?.message
  if (line !== undefined) assert.ok(!line.includes('\n') && !line.includes('\r'), 'one line')
  return line
}

describe('input rules', () => {
  test('text is one line unless the input takes several', async () => {
    assert.match(
      (await refusal(text(), 'rg-shop\n::warning::x')) ?? '',
      /^Input 'x' must be one line of text \(it holds a line break\); got "rg-shop\\n::warning::x"$/,
    )
    assert.ok(await refusal(text(), 'a\rb'))
    assert.ok(await refusal(text(), 'a\u0001b'))
    assert.equal(await refusal(text(), 'Tue-Thu 10:00-14:00'), undefined)
    assert.equal(await refusal(text({ multiline: true }), 'line one\nline two'), undefined)
    assert.ok(await refusal(text({ multiline: true }), 'a\u001b[31mb'), 'controls are refused even where lines are not')
  })

  test('a secret with a line break is refused without being echoed, and is masked', async () => {
    const line = (await refusal(secret(), 'ghp_0123456789abcdefTOKEN\n')) ?? ''
    // readInputs sees the value trimmed, as the runner's getInput gives it: a trailing break is fine.
    assert.equal(line, '')
    const inner = (await refusal(secret(), 'ghp_0123456789abcdefTOKEN\nsecond-line')) ?? ''
    assert.match(inner, /^Input 'x' must be a secret value \(it holds a line break\)$/)
    assert.ok(!inner.includes('ghp_0123456789abcdefTOKEN'))
    assert.equal(redact('ghp_0123456789abcdefTOKEN'), '***')
  })

  test('URLs: no credentials (masked, not echoed) unless a secret URL; no white space the parser would drop', async () => {
    const line = (await refusal(url(), 'https://admin:hunter2pass@arm.example.com')) ?? ''
    assert.match(line, /holds a user name or password/)
    assert.ok(!line.includes('hunter2pass'))
    assert.equal(redact('hunter2pass'), '***')
    assert.equal(
      await refusal(url({ credentials: 'secret' }), 'https://user:s3cretpass@app.example.com/health'),
      undefined,
    )
    assert.equal(redact('s3cretpass'), '***')
    assert.match((await refusal(url(), 'https://app.exa\nmple.com/')) ?? '', /white space or a line break/)
    assert.match((await refusal(url(), 'https://app.example.com/a\tb')) ?? '', /white space or a line break/)
  })

  test('paths never name another host nor climb', async () => {
    for (const bad of ['//other-host/x', '/\\other-host/x', '/a/../../b', '/a/%2e%2e/b', '/./x', 'health', '/a b'])
      assert.ok(await refusal(urlPath(), bad), bad)
    for (const good of ['/', '/health', '/api/v1/version?full=1', '/a..b/c.d'])
      assert.equal(await refusal(urlPath(), good), undefined, good)
    assert.ok(hasDotSegment('team-a/shop/../../team-b'))
    assert.ok(!hasDotSegment('team-a/shop..v2/x'))
  })

  test('every duration and count has an upper bound', async () => {
    assert.match((await refusal(duration(), '1000000h')) ?? '', /at most 24h00m/)
    assert.match((await refusal(duration({ max: 60_000 }), '2m')) ?? '', /at most 1m00s/)
    assert.equal(await refusal(duration(), '24h'), undefined)
    assert.match((await refusal(integer({ min: 1 }), '99999999999999999999')) ?? '', /too large/)
    const many = Array.from({ length: 101 }, (_, i) => `n${i}`).join(',')
    assert.match((await refusal(list(text()), many)) ?? '', /at most 100 items, got 101/)
    assert.equal(await refusal(list(text(), { max: 200 }), many), undefined)
  })

  test('reserved environment variable names: the runner, loaders, shells and runtimes', () => {
    for (const name of [
      'PATH',
      'path',
      'NODE_OPTIONS',
      'BASH_ENV',
      'ENV',
      'LD_PRELOAD',
      'LD_LIBRARY_PATH',
      'DYLD_INSERT_LIBRARIES',
      'GITHUB_TOKEN',
      'RUNNER_TEMP',
      'ACTIONS_RUNTIME_TOKEN',
      'INPUT_TOKEN',
      'PROMPT_COMMAND',
      'PYTHONSTARTUP',
      'JAVA_TOOL_OPTIONS',
      'GIT_SSH_COMMAND',
    ])
      assert.ok(reservedEnvName(name), name)
    for (const name of ['DB_PASSWORD', 'API_KEY', 'ENVIRONMENT', 'PATHS'])
      assert.equal(reservedEnvName(name), undefined, name)
  })
})
