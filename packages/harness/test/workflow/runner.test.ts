/**
 * The workflow runner against small workflows written for each rule: expressions and status
 * functions, needs and outputs, a failing step failing its job and skipping what GitHub skips,
 * continue-on-error, file and workflow commands, masking, pre/main/post steps with post-if, a
 * reusable workflow with typed inputs, secrets and outputs, permissions enforced by the GitHub
 * stand-in, timeouts, and the refusals of what the runner does not serve.
 */
import assert from 'node:assert/strict'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { type GitHubEmulator, startGitHub } from '@deploy-actions/harness/emulators/github'
import { runWorkflow, type RunnerOptions, type WorkflowEvent, WorkflowRefusal } from '../../src/workflow/index.ts'

const SHA = 'ffac537e6cbbf934b08745a378932722df287a53'
const PUSH: WorkflowEvent = { name: 'push', ref: 'refs/tags/v1.5.0', sha: SHA }

describe('workflow runner', () => {
  let gh: GitHubEmulator
  let dir: string
  let opts: RunnerOptions
  beforeAll(async () => {
    gh = await startGitHub()
    gh.addTag('v1.5.0', SHA)
    dir = mkdtempSync(join(tmpdir(), 'wf-test-'))
    // A node action of another checkout with pre, main and post: each records what it saw.
    const action = join(dir, 'actions-root', 'demo')
    mkdirSync(action, { recursive: true })
    writeFileSync(
      join(action, 'action.yml'),
      `name: demo\ninputs:\n  word: { default: hello }\n  token: { default: '\${{ github.token }}' }\noutputs:\n  said: {}\nruns:\n  using: node24\n  pre: pre.mjs\n  main: main.mjs\n  post: post.mjs\n  post-if: failure()\n`,
    )
    const append = (file: string, line: string) => `require('fs').appendFileSync(process.env.${file}, ${line} + '\\n')`
    writeFileSync(
      join(action, 'pre.mjs'),
      `import fs from 'node:fs'; fs.appendFileSync(process.env.GITHUB_WORKSPACE + '/trace', 'pre\\n')\n`,
    )
    writeFileSync(
      join(action, 'main.mjs'),
      `import fs from 'node:fs'\nconst w = process.env.INPUT_WORD\nfs.appendFileSync(process.env.GITHUB_WORKSPACE + '/trace', 'main ' + w + ' ' + (process.env.INPUT_TOKEN.startsWith('ghs_') ? 'token' : 'no-token') + '\\n')\nfs.appendFileSync(process.env.GITHUB_OUTPUT, 'said=' + w + '\\n')\nfs.appendFileSync(process.env.GITHUB_STATE, 'word=' + w + '\\n')\nif (w === 'fail') process.exitCode = 1\n`,
    )
    writeFileSync(
      join(action, 'post.mjs'),
      `import fs from 'node:fs'; fs.appendFileSync(process.env.GITHUB_WORKSPACE + '/trace', 'post ' + process.env.STATE_word + '\\n'); fs.copyFileSync(process.env.GITHUB_WORKSPACE + '/trace', process.env.TRACE_OUT)\n`,
    )
    void append
    opts = {
      issueToken: (p) => gh.issueToken(p),
      apiUrl: gh.url,
      actionsRoot: join(dir, 'actions-root'),
      secrets: { API_KEY: 'sk-live-0123456789' },
      vars: { REGION: 'eu-west-1' },
    }
  })
  afterAll(() => gh.close())

  const write = (name: string, text: string) => {
    const file = join(dir, name)
    mkdirSync(join(file, '..'), { recursive: true })
    writeFileSync(file, text)
    return file
  }

  test('a failing step fails its job; later steps run only by status function; dependants are skipped or run as GitHub decides', async () => {
    const file = write(
      'status.yml',
      `on: { push: { tags: ['v*'] } }
env: { STAGE: prod }
jobs:
  build:
    runs-on: ubuntu-latest
    outputs:
      word: \${{ steps.one.outputs.word }}
      status: \${{ job.status }}
    steps:
      - id: one
        run: |
          echo "word=\${{ github.ref_name }}-\${{ env.STAGE }}-\${{ vars.REGION }}" >> "$GITHUB_OUTPUT"
      - id: tolerated
        continue-on-error: true
        run: exit 3
      - id: broken
        run: exit 1
      - id: after-failure
        run: echo never
      - id: on-failure
        if: failure()
        run: echo "seen=\${{ steps.tolerated.outcome }}/\${{ steps.tolerated.conclusion }}/\${{ steps.broken.outcome }}/\${{ job.status }}" >> "$GITHUB_OUTPUT"
      - id: always
        if: always() && steps.after-failure.conclusion == 'skipped'
        run: echo ok
  next:
    needs: build
    runs-on: ubuntu-latest
    steps:
      - run: echo next
  cleanup:
    needs: build
    if: failure()
    runs-on: ubuntu-latest
    outputs:
      got: \${{ steps.read.outputs.got }}
    steps:
      - id: read
        run: echo "got=\${{ needs.build.result }}:\${{ needs.build.outputs.word }}" >> "$GITHUB_OUTPUT"
  after-skip:
    needs: next
    runs-on: ubuntu-latest
    steps:
      - run: echo unreachable
  report:
    needs: [next, cleanup]
    if: always()
    runs-on: ubuntu-latest
    outputs:
      seen: \${{ format('{0}/{1}', needs.next.result, needs.cleanup.outputs.got) }}
    steps:
      - run: echo report
`,
    )
    const run = await runWorkflow(file, PUSH, opts)
    assert.equal(run.conclusion, 'failure')
    const build = run.jobs.build
    assert.equal(build?.result, 'failure')
    const step = (id: string) => build?.steps.find((s) => s.id === id)
    assert.deepEqual([step('one')?.outcome, step('one')?.outputs.word], ['success', 'v1.5.0-prod-eu-west-1'])
    assert.deepEqual([step('tolerated')?.outcome, step('tolerated')?.conclusion], ['failure', 'success'])
    assert.equal(step('broken')?.conclusion, 'failure')
    assert.equal(step('after-failure')?.conclusion, 'skipped')
    assert.equal(step('on-failure')?.outputs.seen, 'failure/success/failure/failure')
    assert.equal(step('always')?.conclusion, 'success')
    assert.deepEqual(build?.outputs, { word: 'v1.5.0-prod-eu-west-1', status: 'failure' })
    assert.equal(run.jobs.next?.result, 'skipped')
    assert.equal(run.jobs['after-skip']?.result, 'skipped')
    assert.equal(run.jobs.cleanup?.outputs.got, 'failure:v1.5.0-prod-eu-west-1')
    assert.equal(run.jobs.report?.outputs.seen, 'skipped/failure:v1.5.0-prod-eu-west-1')
  })

  test('file commands (multiline env and outputs, PATH, summary) and masks: ::add-mask:: and secrets hidden in every later line', async () => {
    const file = write(
      'commands.yml',
      `on: push
jobs:
  one:
    runs-on: ubuntu-latest
    outputs:
      leaked: \${{ steps.mask.outputs.value }}
      plain: \${{ steps.multi.outputs.text }}
    steps:
      - id: mask
        run: |
          echo "::add-mask::hunter2-password"
          echo "value=hunter2-password" >> "$GITHUB_OUTPUT"
      - id: multi
        run: |
          { echo 'NOTE<<EOF_1'; echo 'line one'; echo 'line two'; echo 'EOF_1'; } >> "$GITHUB_ENV"
          { echo 'text<<END'; echo 'a=b'; echo 'c'; echo 'END'; } >> "$GITHUB_OUTPUT"
          mkdir -p "$RUNNER_TEMP/bin" && printf '#!/bin/sh\\necho tool-ran\\n' > "$RUNNER_TEMP/bin/mytool" && chmod +x "$RUNNER_TEMP/bin/mytool"
          echo "$RUNNER_TEMP/bin" >> "$GITHUB_PATH"
          echo '### Done (hunter2-password)' >> "$GITHUB_STEP_SUMMARY"
      - id: use
        env:
          KEY: \${{ secrets.API_KEY }}
        run: |
          mytool
          echo "note=[$NOTE]"
          echo "password is hunter2-password and key is $KEY"
          echo "::error title=Bad::went wrong"
`,
    )
    const run = await runWorkflow(file, { name: 'push', ref: 'refs/heads/main', sha: SHA }, opts)
    assert.equal(run.conclusion, 'success')
    const log = run.log.join('\n')
    // Masked from the step that registered it on (its header line, the script, comes before the command, as on GitHub).
    const later = run.log.slice(run.log.findIndex((l) => l.includes('add-mask')) + 1).join('\n')
    assert.match(log, /tool-ran/)
    assert.match(log, /note=\[line one\nline two\]|note=\[line one/)
    assert.match(log, /password is \*\*\* and key is \*\*\*/)
    assert.doesNotMatch(later, /hunter2-password/)
    assert.doesNotMatch(log, /sk-live-0123456789/)
    assert.equal(run.jobs.one?.outputs.plain, 'a=b\nc')
    assert.equal(run.jobs.one?.outputs.leaked, undefined, 'an output carrying a masked value is not passed on')
    assert.match(run.summary, /### Done/)
    // Each step's summary on its own, masked, named by its job (a run: step has no action).
    assert.deepEqual(
      run.summaries.map((s) => [s.job, s.action, s.markdown]),
      [['one', undefined, '### Done (***)\n']],
    )
    assert.deepEqual(
      run.annotations.filter((a) => a.level === 'error').map((a) => a.message),
      ['went wrong'],
    )
  })

  test('actions: pre, main and post (post-if read against the job status), defaults evaluated, state handed to post', async () => {
    const trace = join(dir, 'trace-out')
    const file = write(
      'actions.yml',
      `on: push
jobs:
  one:
    runs-on: ubuntu-latest
    env: { TRACE_OUT: ${trace} }
    steps:
      - id: a
        uses: $/demo
      - id: b
        uses: $/demo
        with: { word: fail }
      - if: always()
        run: echo "a said \${{ steps.a.outputs.said }}"
`,
    )
    const run = await runWorkflow(file, { name: 'push', ref: 'refs/heads/main', sha: SHA }, opts)
    assert.equal(run.jobs.one?.result, 'failure')
    // Pre steps run before their main step; post steps last, newest first, because the job failed (post-if: failure()).
    assert.deepEqual(readFileSync(trace, 'utf8').trim().split('\n'), [
      'pre',
      'main hello token',
      'pre',
      'main fail token',
      'post fail',
      'post hello',
    ])
  })

  test('permissions: the job token carries exactly what the job declares; the GitHub stand-in refuses the rest with 403', async () => {
    const file = write(
      'perms.yml',
      `on: push
permissions: { contents: read }
jobs:
  reader:
    runs-on: ubuntu-latest
    permissions: { deployments: read }
    steps:
      - env: { TOKEN: '\${{ github.token }}' }
        run: |
          code=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $TOKEN" "$GITHUB_API_URL/repos/octo-org/shop/deployments")
          echo "read=$code" >> "$GITHUB_OUTPUT"
          code=$(curl -s -o out.json -w '%{http_code}' -X POST -H "Authorization: Bearer $TOKEN" -d '{"ref":"v1.5.0"}' "$GITHUB_API_URL/repos/octo-org/shop/deployments")
          echo "write=$code $(cat out.json | tr -d '\\n')" >> "$GITHUB_OUTPUT"
          echo "oidc=\${ACTIONS_ID_TOKEN_REQUEST_URL:-none}" >> "$GITHUB_OUTPUT"
        id: calls
    outputs:
      read: \${{ steps.calls.outputs.read }}
      write: \${{ steps.calls.outputs.write }}
      oidc: \${{ steps.calls.outputs.oidc }}
`,
    )
    const run = await runWorkflow(
      file,
      { name: 'push', ref: 'refs/heads/main', sha: SHA },
      {
        ...opts,
        oidcEnv: { ACTIONS_ID_TOKEN_REQUEST_URL: 'https://oidc.example' },
      },
    )
    const out = run.jobs.reader?.outputs ?? {}
    assert.equal(out.read, '200')
    assert.match(out.write ?? '', /^403 .*"message":"Resource not accessible by integration"/)
    assert.equal(out.oidc, 'none', 'no OIDC request URL without id-token: write')
    assert.deepEqual(gh.deployments, [])
    assert.deepEqual(gh.refusals.at(-1), {
      method: 'POST',
      path: '/repos/octo-org/shop/deployments',
      needs: 'deployments: write',
    })
  })

  test("a reusable workflow: typed inputs with defaults, explicit secrets, outputs from its jobs; it cannot elevate the caller's permissions", async () => {
    write(
      '.github/workflows/called.yml',
      `on:
  workflow_call:
    inputs:
      count: { type: number, default: 2 }
      flag: { type: boolean, default: false }
      name: { type: string, required: true }
    secrets:
      KEY: { required: true }
    outputs:
      summary:
        value: \${{ jobs.work.outputs.summary }}
jobs:
  work:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    outputs:
      summary: \${{ steps.s.outputs.summary }}
    steps:
      - id: s
        env: { KEY: '\${{ secrets.KEY }}' }
        run: echo "summary=\${{ inputs.name }}:\${{ inputs.count }}:\${{ inputs.flag }}:\${{ !inputs.flag }}:\${#KEY}" >> "$GITHUB_OUTPUT"
`,
    )
    const caller = write(
      'caller.yml',
      `on: push
permissions: { contents: read }
jobs:
  call:
    uses: ./.github/workflows/called.yml
    with: { name: shop, flag: true }
    secrets: { KEY: '\${{ secrets.API_KEY }}' }
  after:
    needs: call
    runs-on: ubuntu-latest
    outputs:
      got: \${{ needs.call.outputs.summary }}
    steps:
      - run: 'true'
`,
    )
    const run = await runWorkflow(
      caller,
      { name: 'push', ref: 'refs/heads/main', sha: SHA },
      { ...opts, checkout: dir },
    )
    assert.equal(run.conclusion, 'success', run.log.join('\n'))
    assert.equal(run.jobs['call/work']?.result, 'success')
    assert.equal(run.jobs.after?.outputs.got, 'shop:2:true:false:18')

    write(
      '.github/workflows/elevating.yml',
      readFileSync(join(dir, '.github/workflows/called.yml'), 'utf8').replace('contents: read', 'deployments: write'),
    )
    const elevating = write('caller2.yml', readFileSync(caller, 'utf8').replace('called.yml', 'elevating.yml'))
    await assert.rejects(
      runWorkflow(elevating, { name: 'push', ref: 'refs/heads/main', sha: SHA }, { ...opts, checkout: dir }),
      (e: Error) =>
        e instanceof WorkflowRefusal &&
        /requesting 'deployments: write', but is only allowed 'deployments: none'/.test(e.message),
    )
  })

  test('workflow_dispatch inputs are typed; a wrong one is refused in one line before anything runs', async () => {
    const file = write(
      'dispatch.yml',
      `on:
  workflow_dispatch:
    inputs:
      environment: { type: choice, options: [production, staging], default: production }
      restore: { type: boolean, default: false }
jobs:
  one:
    runs-on: ubuntu-latest
    outputs: { got: '\${{ inputs.environment }}/\${{ inputs.restore }}/\${{ github.event_name }}' }
    steps:
      - run: 'true'
`,
    )
    const ev = (inputs: Record<string, string>): WorkflowEvent => ({
      name: 'workflow_dispatch',
      ref: 'refs/heads/main',
      sha: SHA,
      inputs,
    })
    const run = await runWorkflow(file, ev({ restore: 'true' }), opts)
    assert.equal(run.jobs.one?.outputs.got, 'production/true/workflow_dispatch')
    await assert.rejects(
      runWorkflow(file, ev({ environment: 'qa' }), opts),
      /input 'environment' must be one of production, staging, got 'qa'/,
    )
    await assert.rejects(runWorkflow(file, ev({ restore: 'yes' }), opts), /input 'restore' must be a boolean/)
    await assert.rejects(runWorkflow(file, PUSH, opts), /does not run on push/)
  })

  test('timeout-minutes: a step over its time is killed and fails the job', async () => {
    const file = write(
      'timeout.yml',
      `on: push
jobs:
  slow:
    runs-on: ubuntu-latest
    steps:
      - timeout-minutes: 0.01
        run: sleep 5
      - if: always()
        run: echo after
`,
    )
    const run = await runWorkflow(file, { name: 'push', ref: 'refs/heads/main', sha: SHA }, opts)
    assert.equal(run.jobs.slow?.result, 'failure')
    assert.deepEqual(
      run.jobs.slow?.steps.map((s) => s.conclusion),
      ['failure', 'success'],
    )
  })

  test('cancelling: the running step gets SIGINT; cancelled() and always() steps and jobs still run, the rest is skipped', async () => {
    const file = write(
      'cancel.yml',
      `on: push
jobs:
  one:
    runs-on: ubuntu-latest
    steps:
      - name: long
        id: long
        run: |
          trap 'echo "interrupted=yes" >> "$GITHUB_OUTPUT"; exit 130' INT
          sleep 30 >/dev/null 2>&1 & wait $!
      - id: on-success
        run: echo no
      - id: on-failure
        if: failure()
        run: echo no
      - id: on-cancel
        if: cancelled()
        run: echo "status=\${{ job.status }}" >> "$GITHUB_OUTPUT"
      - id: on-always
        if: always()
        run: echo yes
  two:
    needs: one
    runs-on: ubuntu-latest
    steps: [{ run: echo no }]
  three:
    needs: one
    if: always()
    runs-on: ubuntu-latest
    outputs: { seen: '\${{ needs.one.result }}' }
    steps: [{ run: 'true' }]
`,
    )
    const cancel = new AbortController()
    const started = performance.now()
    const run = await runWorkflow(
      file,
      { name: 'push', ref: 'refs/heads/main', sha: SHA },
      {
        ...opts,
        signal: cancel.signal,
        onLog: (l) => {
          if (l.includes('▶ long')) setTimeout(() => cancel.abort(), 300)
        },
      },
    )
    assert.ok(performance.now() - started < 10_000, 'the long step did not run its 30 s')
    assert.equal(run.conclusion, 'cancelled')
    const steps = Object.fromEntries((run.jobs.one?.steps ?? []).map((s) => [s.id, s]))
    assert.equal(steps.long?.outputs.interrupted, 'yes', 'the step got SIGINT and could clean up')
    assert.deepEqual(
      ['long', 'on-success', 'on-failure', 'on-cancel', 'on-always'].map((id) => steps[id]?.conclusion),
      ['cancelled', 'skipped', 'skipped', 'success', 'success'],
    )
    assert.equal(steps['on-cancel']?.outputs.status, 'cancelled')
    assert.deepEqual(
      [run.jobs.one?.result, run.jobs.two?.result, run.jobs.three?.result],
      ['cancelled', 'skipped', 'success'],
    )
    assert.equal(run.jobs.three?.outputs.seen, 'cancelled')
  })

  test('what the runner does not serve fails the run in one line naming it, before any step runs', async () => {
    const cases: Array<[string, RegExp]> = [
      [
        `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    strategy: { matrix: { n: [1, 2] } }\n    steps: [{ run: 'touch ran' }]\n`,
        /job 'a': the key 'strategy' is not supported/,
      ],
      [
        `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: touch ran\n      - uses: docker/build-push-action@v6\n`,
        /the action docker\/build-push-action@v6 is not supported by this runner/,
      ],
      [
        `on: push\njobs:\n  a:\n    runs-on: windows-latest\n    steps: [{ run: 'touch ran' }]\n`,
        /runs-on windows-latest is not served: this runner is Linux x64/,
      ],
      [
        `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: 'touch ran', shell: pwsh }]\n`,
        /shell pwsh is not served/,
      ],
      [
        `on: push\ndefaults: { run: { shell: sh } }\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps: [{ run: 'touch ran' }]\n`,
        /the key 'defaults' is not supported/,
      ],
      [
        `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: touch ran\n      - uses: actions/checkout@v4\n        with: { sparse-checkout: src }\n`,
        /sparse-checkout are not served by its stand-in/,
      ],
      [
        `on: push\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: touch ran\n        bogus: 1\n`,
        /Unexpected value 'bogus'/,
      ],
    ]
    for (const [text, expected] of cases) {
      const file = write('refused.yml', text)
      const before = readdirSync(tmpdir()).length
      await assert.rejects(runWorkflow(file, { name: 'push', ref: 'refs/heads/main', sha: SHA }, opts), (e: Error) => {
        assert.ok(e instanceof WorkflowRefusal, e.message)
        assert.match(e.message, expected)
        assert.equal(e.message.split('\n').length, 1)
        return true
      })
      void before
    }
  })
})
