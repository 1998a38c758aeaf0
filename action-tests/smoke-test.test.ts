/**
 * smoke-test, run as the runner runs it (dist bundle, INPUT_* environment, command files) against
 * local services whose behaviour each test controls.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import { readFileSync } from 'node:fs'
import { type App, startApp } from '@deploy-actions/harness/emulators/app'
import { runStep, type StepResult, writeWorkspaceFile } from '@deploy-actions/harness/runner'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { readActionMetadata } from '@deploy-actions/harness/actions'

interface Report {
  passed: boolean
  checks: Array<{
    name: string
    passed: boolean
    skipped?: boolean
    attempts: number
    samples: number
    reason?: string
    statuses: Record<string, number>
    latency?: { n: number; p95: number }
    version?: { expected: string; served?: string }
  }>
}

const report = (r: StepResult): Report => JSON.parse(r.outputs.report ?? 'null') as Report
const check = (r: StepResult, name: string) => {
  const c = report(r).checks.find((x) => x.name === name)
  assert.ok(c, `no check named ${name} in the report`)
  return c
}
const yaml = (checks: unknown[]) => JSON.stringify(checks)

describe('smoke-test', () => {
  let app: App
  beforeAll(async () => {
    app = await startApp({ version: 'v1.4.0' })
  })
  afterAll(() => app.close())

  test('a service unhealthy for its first requests passes once it recovers, by retrying', async () => {
    const svc = await startApp({ failFirst: 3 })
    try {
      const r = await runStep('smoke-test', {
        inputs: { checks: yaml([{ name: 'health', url: `${svc.url}/health`, json: { '$.status': 'healthy' } }]) },
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(r.outputs.passed, 'true')
      assert.equal(r.outputs['failed-checks'], '')
      const c = check(r, 'health')
      assert.equal(c.attempts, 4)
      assert.deepEqual(c.statuses, { '200': 1, '503': 3 })
      assert.equal(svc.requests.length, 4, 'the service saw exactly the attempts the report claims')
      // The report file and the output are the same report.
      assert.deepEqual(JSON.parse(readFileSync(r.outputs['report-file'] as string, 'utf8')), report(r))
      // Every output action.yml declares is set (the harness already refuses undeclared ones).
      assert.deepEqual(
        Object.keys(r.outputs).sort(),
        Object.keys(readActionMetadata('smoke-test').outputs ?? {}).sort(),
      )
    } finally {
      await svc.close()
    }
  })

  test('warm-up requests are sent first and not judged', async () => {
    const svc = await startApp({ failFirst: 3 })
    try {
      const r = await runStep('smoke-test', {
        inputs: { warmup: '3', checks: yaml([{ name: 'cold', url: `${svc.url}/cold` }]) },
      })
      assert.equal(r.exitCode, 0, r.log)
      const c = check(r, 'cold')
      assert.equal(c.attempts, 1, 'the three failures fell on the warm-up')
      assert.equal(svc.requests.length, 4)
    } finally {
      await svc.close()
    }
  })

  test('a version gate waits until the new version is live, then the other checks run', async () => {
    const svc = await startApp({ version: 'v1.4.0' })
    svc.changeAfter('/version', 2, { version: 'v1.5.0' })
    try {
      const r = await runStep('smoke-test', {
        inputs: {
          'expected-version': 'v1.5.0',
          checks: yaml([
            { name: 'orders', url: `${svc.url}/api/orders` },
            { name: 'version', url: `${svc.url}/version`, version: '$.version' },
          ]),
        },
      })
      assert.equal(r.exitCode, 0, r.log)
      const gate = check(r, 'version')
      assert.deepEqual(gate.version, { expected: 'v1.5.0', served: 'v1.5.0' })
      assert.equal(gate.attempts, 3, 'the gate polled the old version twice, then saw the new one')
      // The ordinary check ran only after the gate passed: its first request came after the flip.
      const firstOrders = svc.requests.find((q) => q.path === '/api/orders')
      const lastOldVersion = svc.requests.filter((q) => q.path === '/version').at(-2)
      assert.ok(firstOrders && lastOldVersion && firstOrders.at >= lastOldVersion.at)
    } finally {
      await svc.close()
    }
  })

  test('a version that never flips fails at the check deadline naming both versions, and skips the rest', async () => {
    const svc = await startApp({ version: 'v1.4.0' })
    try {
      const r = await runStep('smoke-test', {
        inputs: {
          'check-timeout': '2s',
          checks: yaml([
            { name: 'version', url: `${svc.url}/version`, version: { header: 'x-app-version', equals: 'v1.5.0' } },
            { name: 'orders', url: `${svc.url}/api/orders` },
          ]),
        },
      })
      assert.equal(r.exitCode, 1)
      assert.equal(r.outputs.passed, 'false')
      const gate = check(r, 'version')
      assert.match(gate.reason ?? '', /serves version v1\.4\.0, expected v1\.5\.0/)
      assert.deepEqual(gate.version, { expected: 'v1.5.0', served: 'v1.4.0' })
      assert.equal(check(r, 'orders').skipped, true)
      assert.equal(svc.requests.filter((q) => q.path === '/api/orders').length, 0, 'no check ran against the old build')
      // The check that never ran is counted as not run, not as failed, and draws no annotation of its own.
      assert.equal(r.outputs['failed-checks'], 'version')
      assert.equal(r.outputs['not-run-checks'], 'orders')
      assert.deepEqual(
        r.annotations.map((a) => a.properties.title),
        ['Smoke check failed: version', 'Smoke test failed'],
        'one annotation for the gate, then the step error',
      )
      assert.match(
        firstLine(r.summary),
        /^### ❌ 1 of 2 checks failed on http:\/\/127\.0\.0\.1:\d+, 1 not run — v1\.4\.0 is answering, v1\.5\.0 was expected$/,
      )
      assert.match(
        r.summary,
        /^version: serves version v1\.4\.0, expected v1\.5\.0 after \d+ attempt\(s\) in [\d.]+s\.$/m,
      )
      assert.match(r.summary, /^Not run \(an earlier check decided the outcome\): orders\.$/m)
      assert.match(r.summary, /\*\*What now:\*\* .*roll back/)
      assert.match(r.summary, /\| orders \| ⏭️ not run \|/)
      assert.deepEqual(visibleTableColumns(r.summary), [5])
    } finally {
      await svc.close()
    }
  })

  test('a critical check answering 500 fails the run and is named', async () => {
    app.set({ status: 500 }, '/api/payments')
    const r = await runStep('smoke-test', {
      inputs: {
        'check-timeout': '1s',
        checks: yaml([
          { name: 'health', url: `${app.url}/health` },
          { name: 'payments', url: `${app.url}/api/payments` },
        ]),
      },
    })
    assert.equal(r.exitCode, 1)
    assert.equal(r.outputs.passed, 'false')
    assert.equal(r.outputs['failed-checks'], 'payments')
    assert.equal(check(r, 'health').passed, true)
    assert.match(check(r, 'payments').reason ?? '', /status 500, expected 2xx/)
    const errors = r.annotations.filter((a) => a.level === 'error')
    assert.ok(errors.some((a) => a.properties.title === 'Smoke check failed: payments'))
    assert.match(errors.at(-1)?.message ?? '', /1 critical smoke check\(s\) failed: payments/)
    assert.match(r.summary, /\| payments \| ❌ failed \|/)
    assert.match(
      firstLine(r.summary),
      /^### ❌ 1 of 2 checks failed on http:\/\/127\.0\.0\.1:\d+ — .* answered 500 on \/api\/payments$/,
    )
    assert.match(r.summary, /^payments: status 500, expected 2xx/m)
    // The round (retries and results) is one collapsed group; the verdict line follows it.
    const round = /::group::Smoke checks: 2 check\(s\)\n([\s\S]*?)::endgroup::\n/.exec(r.stdout)?.[1] ?? ''
    assert.match(round, /^✗ payments: GET .*\/api\/payments \[500/m)
    assert.match(round, /^✓ health: /m)
    assert.deepEqual(visibleTableColumns(r.summary), [5])
  })

  test('a p95 latency regression breaks the threshold; the same check passes when fast', async () => {
    // The margin between the threshold and the injected latency is wide: a loaded CI machine
    // (p95 of 230ms seen with four suites on two cores) still answers a local request under
    // 350ms, and never faster than the 500ms injected.
    const svc = await startApp({ latencyMs: 500 })
    const checks = yaml([{ name: 'search', url: `${svc.url}/search`, samples: 20, thresholds: ['p95<350ms'] }])
    try {
      const slow = await runStep('smoke-test', { inputs: { checks } })
      assert.equal(slow.exitCode, 1)
      const c = check(slow, 'search')
      assert.equal(c.samples, 20)
      assert.ok((c.latency?.p95 ?? 0) >= 500, `p95 ${c.latency?.p95}`)
      assert.match(c.reason ?? '', /p95<350ms not met: [\d.]+m?s/)
      // The distribution behind the verdict is in the log, folded into the check's own group.
      const group = /::group::Details: search\n([\s\S]*?)::endgroup::/.exec(slow.stdout)?.[1] ?? ''
      // Durations read as people write them: 512ms, or 1.31s once a request took over a second.
      const d = '[\\d.]+m?s'
      assert.match(
        group,
        new RegExp(`latency over 20: min ${d}, p50 ${d}, p90 ${d}, p95 ${d}, p99 ${d}, max ${d}, avg ${d}`),
      )
      assert.match(group, /threshold p95<350ms: [\d.]+m?s NOT met/)
      svc.set({ latencyMs: 0 })
      const fast = await runStep('smoke-test', { inputs: { checks } })
      assert.equal(fast.exitCode, 0, fast.log)
      assert.equal(check(fast, 'search').latency?.n, 20)
    } finally {
      await svc.close()
    }
  })

  test('error-rate thresholds judge samples; without one any failed sample fails the check', async () => {
    const svc = await startApp({})
    svc.set({ errorRate: 0.1 }, '/flaky')
    try {
      const tolerant = await runStep('smoke-test', {
        inputs: {
          checks: yaml([{ name: 'flaky', url: `${svc.url}/flaky`, samples: 20, thresholds: 'error-rate<20%' }]),
        },
      })
      assert.equal(tolerant.exitCode, 0, tolerant.log)
      const strict = await runStep('smoke-test', {
        inputs: { checks: yaml([{ name: 'flaky', url: `${svc.url}/flaky`, samples: 20 }]) },
      })
      assert.equal(strict.exitCode, 1)
      assert.match(check(strict, 'flaky').reason ?? '', /2 of 20 samples failed: status 500/)
    } finally {
      await svc.close()
    }
  })

  test('a non-critical failure only warns', async () => {
    app.set({ status: 404 }, '/docs')
    const r = await runStep('smoke-test', {
      inputs: {
        checks: yaml([
          { name: 'health', url: `${app.url}/health` },
          { name: 'docs', url: `${app.url}/docs`, critical: false },
        ]),
      },
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.equal(r.outputs.passed, 'true')
    assert.equal(r.outputs['failed-checks'], 'docs')
    assert.equal(r.annotations.filter((a) => a.level === 'error').length, 0)
    assert.ok(r.annotations.some((a) => a.level === 'warning' && /docs/.test(a.message)))
    // A 404 is not retried: it will not change by asking again.
    assert.equal(check(r, 'docs').attempts, 1)
  })

  test('secrets in headers, URLs and query strings never reach the log, summary, outputs or report', async () => {
    const token = 'tok_9f8e7d6c5b4a39281706'
    const apiKey = 'key-ABCDEFGHIJKLMNOP'
    const password = 's3cr3t-pa55'
    app.set({ status: 500 }, '/echo')
    const u = new URL(app.url)
    const r = await runStep('smoke-test', {
      inputs: {
        'check-timeout': '0',
        checks: yaml([
          // The echo endpoint returns the request headers in its body, which a failure reason quotes.
          {
            name: 'echo',
            url: `${app.url}/echo`,
            headers: { Authorization: `Bearer ${token}`, 'X-Functions-Key': apiKey },
          },
          { name: 'basic', url: `http://admin:${password}@${u.host}/health?api_key=${apiKey}` },
        ]),
      },
    })
    assert.equal(r.exitCode, 1)
    const echoed = app.requests.find((q) => q.path === '/echo')
    assert.equal(echoed?.headers.authorization, `Bearer ${token}`, 'the header was really sent')
    const reportFile = readFileSync(r.outputs['report-file'] as string, 'utf8')
    const notMaskCommands = r.stdout
      .split('\n')
      .filter((l) => !l.startsWith('::add-mask::'))
      .join('\n')
    for (const secret of [token, apiKey, password]) {
      for (const [where, text] of Object.entries({
        stdout: notMaskCommands,
        stderr: r.stderr,
        summary: r.summary,
        outputs: JSON.stringify(r.outputs),
        report: reportFile,
      })) {
        assert.ok(!text.includes(secret), `${secret} leaked into ${where}`)
      }
      assert.ok(
        r.masks.includes(secret) || r.masks.some((m) => m.includes(secret)),
        `${secret} was registered with add-mask`,
      )
    }
    assert.match(check(r, 'echo').reason ?? '', /\*\*\*/, 'the echoed body is quoted with the secret masked')
    // Credentials in a URL are sent as HTTP Basic authentication, as curl does.
    const basic = app.requests.find((q) => q.path === '/health' && q.headers.authorization)
    assert.equal(basic?.headers.authorization, `Basic ${Buffer.from(`admin:${password}`).toString('base64')}`)
    assert.equal(check(r, 'basic').passed, true)
  })

  test("a redirect to another host is not followed with the caller's headers", async () => {
    const other = await startApp({}, { host: 'localhost' })
    app.set({ redirect: `${other.url}/collect` }, '/login')
    try {
      const r = await runStep('smoke-test', {
        inputs: {
          'check-timeout': '0',
          checks: yaml([{ name: 'login', url: `${app.url}/login`, headers: { Authorization: 'Bearer abcdef123456' } }]),
        },
      })
      assert.equal(r.exitCode, 1)
      assert.match(check(r, 'login').reason ?? '', /redirect to another host \(localhost:\d+\) not followed/)
      assert.equal(other.requests.length, 0, 'the other host received nothing')
      // Without headers of its own the same redirect is followed.
      const plain = await runStep('smoke-test', {
        inputs: { checks: yaml([{ name: 'login', url: `${app.url}/login` }]) },
      })
      assert.equal(plain.exitCode, 0, plain.log)
      assert.equal(other.requests.length, 1)
      // A redirect loop ends after five hops, and says so.
      app.set({ redirect: `${app.url}/loop` }, '/loop')
      const loop = await runStep('smoke-test', {
        inputs: { 'check-timeout': '0', checks: yaml([{ name: 'loop', url: `${app.url}/loop` }]) },
      })
      assert.equal(loop.exitCode, 1)
      assert.match(check(loop, 'loop').reason ?? '', /more than 5 redirects/)
      assert.equal(app.requests.filter((q) => q.path === '/loop').length, 6)
    } finally {
      await other.close()
    }
  })

  test('DNS and TLS failures are reported plainly, in one line', async () => {
    const r = await runStep('smoke-test', {
      inputs: {
        'check-timeout': '0',
        checks: yaml([
          { name: 'dns', url: 'http://no-such-host.invalid/health' },
          { name: 'tls', url: `https://127.0.0.1:${app.port}/health` },
        ]),
      },
    })
    assert.equal(r.exitCode, 1)
    assert.match(check(r, 'dns').reason ?? '', /DNS lookup failed/)
    assert.match(check(r, 'tls').reason ?? '', /TLS|SSL/)
    assert.ok(!/\n\s+at /.test(r.stdout + r.stderr), 'no stack trace')
  })

  test('the url shorthand with expected-version, and checks from a file relative to the workspace', async () => {
    const quick = await runStep('smoke-test', { inputs: { url: `${app.url}/health`, 'expected-version': 'v1.4.0' } })
    assert.equal(quick.exitCode, 0, quick.log)
    assert.deepEqual(check(quick, 'health').version, { expected: 'v1.4.0', served: 'v1.4.0' })

    const r = await runStep('smoke-test', {
      inputs: { 'checks-file': '.github/smoke.yml', 'base-url': `${app.url}/api` },
      workspace: undefined,
    })
    // The file does not exist in this fresh workspace: an input error, no request.
    assert.equal(r.exitCode, 1)
    assert.match(r.annotations[0]?.message ?? '', /^Input 'checks-file' must be a YAML or JSON file in the workspace/)

    const ws = (await import('node:fs')).mkdtempSync(`${(await import('node:os')).tmpdir()}/ws-`)
    writeWorkspaceFile(
      ws,
      '.github/smoke.yml',
      'checks:\n  - name: orders\n    url: /orders\n    json:\n      $.path: /api/orders\n',
    )
    const fromFile = await runStep('smoke-test', {
      inputs: { 'checks-file': '.github/smoke.yml', 'base-url': `${app.url}/api` },
      workspace: ws,
    })
    assert.equal(fromFile.exitCode, 0, fromFile.log)
    assert.equal(check(fromFile, 'orders').passed, true)
  })

  test('concurrency bounds the requests in flight; the overall timeout stops what is left', async () => {
    const svc = await startApp({ latencyMs: 150 })
    try {
      const many = Array.from({ length: 12 }, (_, i) => ({ name: `c${i}`, url: `${svc.url}/c/${i}` }))
      const r = await runStep('smoke-test', { inputs: { concurrency: '4', checks: yaml(many) } })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(svc.maxInFlight, 4)

      svc.set({ status: 503 })
      const started = Date.now()
      const stopped = await runStep('smoke-test', {
        inputs: { timeout: '2s', checks: yaml([{ name: 'down', url: `${svc.url}/down` }]) },
      })
      assert.equal(stopped.exitCode, 1)
      assert.ok(Date.now() - started < 10_000, 'stopped by the 2s timeout, not the 60s check timeout')
      assert.match(check(stopped, 'down').reason ?? '', /stopped by the overall timeout/)
    } finally {
      await svc.close()
    }
  })
})
