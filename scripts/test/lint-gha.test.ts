import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { afterAll, describe, test } from '@jest/globals'
import { lintGha } from '../lint-gha.ts'

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'lint-gha-'))
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true })
    writeFileSync(join(dir, path), content)
  }
  return dir
}

const ACTION = `name: Probe
description: A test action
inputs:
  url:
    description: What to probe
    required: true
  timeout:
    description: How long
    default: 5m
runs:
  using: node24
  main: ../dist/probe/index.js
`

/** A reusable workflow with one required input, for callers to get right or wrong. */
const REUSABLE_WORKFLOW = `name: deploy
on:
  workflow_call:
    inputs:
      environment:
        type: string
        required: true
jobs:
  go:
    runs-on: ubuntu-latest
    steps:
      - run: echo "\${{ inputs.environment }}"
`

describe('lint-gha', () => {
  const made: string[] = []
  afterAll(() => made.forEach((d) => rmSync(d, { recursive: true, force: true })))

  test('a clean repository has no findings', async () => {
    const root = repo({
      'probe/action.yml': ACTION,
      'dist/probe/index.js': '',
      '.github/workflows/ci.yml': `name: ci
on: push
permissions:
  contents: read
jobs:
  probe:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v5
      - id: probe
        uses: ./probe
        with:
          url: http://127.0.0.1:8080/health
      - run: echo "$PASSED"
        env:
          PASSED: \${{ steps.probe.outputs.passed }}
  deploy:
    uses: ./.github/workflows/deploy.yml
    with:
      environment: production
  elsewhere:
    uses: someone/else/.github/workflows/build.yml@v2
`,
      '.github/workflows/deploy.yml': REUSABLE_WORKFLOW,
    })
    made.push(root)
    assert.deepEqual(await lintGha(root), [])
  })

  test('each kind of mistake is found and placed', async () => {
    const root = repo({
      'probe/action.yml': ACTION.replace('node24', 'node20'),
      'broken/action.yml': 'name: Broken\nruns:\n  using: node24\n  mian: index.js\n',
      '.github/workflows/ci.yml': `name: ci
on: push
jobs:
  probe:
    runs-on: ubuntu-latest
    needs: build
    steps:
      - uses: ./probe
        with:
          ulr: http://127.0.0.1:8080/health
      - run: echo "\${{ github.event.pull_request.title }}"
      - run: echo hi
        foo: bar
  deploy:
    uses: ./.github/workflows/deploy.yml
    with:
      environmnet: production
`,
      '.github/workflows/deploy.yml': REUSABLE_WORKFLOW,
    })
    made.push(root)
    const findings = await lintGha(root)
    const has = (re: RegExp) =>
      assert.ok(
        findings.some((f) => re.test(f)),
        `expected a finding matching ${re}; got:\n${findings.join('\n')}`,
      )
    has(/^\.github\/workflows\/ci\.yml:\d+:\d+: .*"build".*does not exist.*\[actionlint job-needs\]/)
    has(/^\.github\/workflows\/ci\.yml:\d+:\d+: .*potentially untrusted.*\[actionlint/)
    has(/^\.github\/workflows\/ci\.yml:13:\d+: .*foo.*/)
    has(/ci\.yml: job probe: \.\/probe has no input 'ulr'/)
    has(/ci\.yml: job probe: \.\/probe needs the input 'url'/)
    has(/environmnet.*\[workflow-parser\]|environment.*required.*\[workflow-parser\]/)
    has(/^probe\/action\.yml: runs\.using is node20/)
    has(/^probe\/action\.yml: runs\.main points to dist\/probe\/index\.js, which does not exist/)
    has(/^broken\/action\.yml:\d+:\d+: Unexpected value 'mian' \[workflow-parser\]/)
    has(/^broken\/action\.yml:1:1: Required property is missing: description/)
  })
})
