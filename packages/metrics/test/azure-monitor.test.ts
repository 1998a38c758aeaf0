/**
 * The Azure Monitor source through the real @azure/arm-monitor over the wire, against the metrics
 * stand-in behind the ARM stand-in, counting what the data plane's builds really answered: two
 * revisions of a Container App and two slots of a web app get known traffic with known failures;
 * once the minute is over and ingested, each build's figures are exactly what it served.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import type { AzureAuth } from '@deploy-actions/azure/auth'
import { InputError, InputIssues } from '@deploy-actions/core'
import { addAppService, PRODUCTION, type AppServiceHandle } from '@deploy-actions/harness/emulators/app-service'
import type { Azure } from '@deploy-actions/harness/emulators/azure'
import { addContainerApp, type ContainerAppHandle } from '@deploy-actions/harness/emulators/container-apps'
import { startMonitor, type Monitor } from '@deploy-actions/harness/emulators/monitor'
import type { App, RequestRecord } from '@deploy-actions/harness/emulators/app'
import { createAzureMonitorSource, parseAzureMonitorOptions } from '@deploy-actions/metrics/azure-monitor'
import type { MetricFigures, MetricWindow } from '@deploy-actions/metrics'
import { azureForSources, parsed, send, sleep } from './azure-env.ts'

const MINUTE = 60_000
const DELAY_MS = 4000
const signal = () => AbortSignal.timeout(60_000)

/** The counts of a reading, without the window it covers. */
const counts = (f: MetricFigures) => ({ requests: f.requests, errors: f.errors })
describe('azure-monitor: platform metrics of what the builds served', () => {
  let azure: Azure
  let auth: AzureAuth
  let monitor: Monitor
  let aca: ContainerAppHandle
  let site: AppServiceHandle
  let window: MetricWindow
  let oldProduction: App
  let oldStaging: App
  let swappedAt = 0
  const stable = 'shop--v140'
  const canary = 'shop--v150'

  beforeAll(async () => {
    ;({ azure, auth } = await azureForSources())
    monitor = startMonitor(azure, { delayMs: DELAY_MS })
    aca = await addContainerApp(azure, { stable: { suffix: 'v140' } })
    await aca.addRevision('v150', { errorRate: 0.25 })
    site = await addAppService(azure, {
      slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0', errorRate: 0.5 } },
    })
    monitor.watchContainerApp(aca)
    monitor.watchAppService(site)
    const first = Date.now()
    await Promise.all([
      send(aca.revision(stable).app.url, 20),
      send(aca.revision(canary).app.url, 20),
      send(site.url(PRODUCTION), 12),
      send(site.url('staging'), 8),
    ])
    // A swap, as the stand-in carries it out when its operation completes: each slot now serves
    // the other's build, and its metrics count what that build serves from now on.
    oldProduction = site.serving.get(PRODUCTION) as App
    oldStaging = site.serving.get('staging') as App
    swappedAt = Date.now()
    site.serving.set(PRODUCTION, oldStaging)
    site.serving.set('staging', oldProduction)
    await Promise.all([send(site.url(PRODUCTION), 10), send(site.url('staging'), 6)])
    // The window: the whole minutes from the first request to the end of the minute of the last
    // answer; judged once that minute is over and ingested (the stand-in's delay).
    const end = Math.ceil((Date.now() + 1) / MINUTE) * MINUTE
    window = { start: new Date(Math.floor(first / MINUTE) * MINUTE), end: new Date(end) }
    await sleep(end + DELAY_MS + 200 - Date.now())
  }, 120_000)
  afterAll(async () => {
    await azure?.close()
  })

  const served = (requests: RequestRecord[]) => ({
    requests: requests.filter((r) => r.status !== undefined).length,
    errors: requests.filter((r) => (r.status ?? 0) >= 500).length,
  })

  test('Container Apps: Requests by revisionName, errors the 5xx series, per revision', async () => {
    const source = createAzureMonitorSource(parsed(parseAzureMonitorOptions, { 'ingestion-delay': '4s' }), {
      auth,
      app: { kind: 'container-app', id: aca.id },
      userAgent: 'deploy-actions/test',
    })
    assert.equal(source.ingestionDelayMs, DELAY_MS)
    await source.verify(stable, signal())
    const s = await source.read(stable, window, signal())
    const c = await source.read(canary, window, signal())
    assert.deepEqual(counts(s), { requests: 20, errors: 0 })
    assert.deepEqual(counts(c), { requests: 20, errors: 5 })
    assert.deepEqual(counts(s), served(aca.revision(stable).app.requests))
    assert.deepEqual(counts(c), served(aca.revision(canary).app.requests))
    // The figures say which part of the window they cover: its whole minutes.
    assert.deepEqual(s.window, window)
    const call = monitor.requests.at(-1)
    assert.equal(call?.query.get('interval'), 'PT1M')
    assert.equal(call?.query.get('$filter'), `revisionName eq '${canary}' and statusCodeCategory eq '*'`)
  })

  test('App Service: each slot its own resource, counting what the build it held then served, across a swap', async () => {
    const source = createAzureMonitorSource(parsed(parseAzureMonitorOptions, { 'ingestion-delay': '4s' }), {
      auth,
      app: { kind: 'app-service', id: site.id },
      userAgent: 'deploy-actions/test',
    })
    const prod = await source.read(PRODUCTION, window, signal())
    const staging = await source.read('staging', window, signal())
    const before = (a: App) => a.requests.filter((r) => r.at < swappedAt)
    const after = (a: App) => a.requests.filter((r) => r.at >= swappedAt)
    const expectedProduction = [...before(oldProduction), ...after(oldStaging)]
    const expectedStaging = [...before(oldStaging), ...after(oldProduction)]
    assert.deepEqual({ requests: prod.requests, errors: prod.errors }, served(expectedProduction))
    assert.deepEqual({ requests: staging.requests, errors: staging.errors }, served(expectedStaging))
    assert.equal(prod.requests, 22)
    assert.equal(prod.errors, 5, "the 5 of the v1.5 build's 10 requests after the swap")
    assert.equal(staging.requests, 14)
    assert.equal(staging.errors, 4, "the v1.5 build's before the swap; none of v1.4's after")
    const meanMs = (rs: RequestRecord[]) => rs.reduce((s, r) => s + (r.durationMs ?? 0), 0) / rs.length
    assert.ok(Math.abs((prod.avgMs ?? NaN) - meanMs(expectedProduction)) < 1e-6, `${prod.avgMs}`)
    assert.ok(Math.abs((staging.avgMs ?? NaN) - meanMs(expectedStaging)) < 1e-6, `${staging.avgMs}`)
    assert.ok(monitor.requests.some((r) => r.resourceId === `${site.id}/slots/staging` && r.status === 200))
  })

  test('a request newer than the ingestion delay is not counted, and is once the delay has passed', async () => {
    const source = createAzureMonitorSource(parsed(parseAzureMonitorOptions, { 'ingestion-delay': '4s' }), {
      auth,
      app: { kind: 'container-app', id: aca.id },
      userAgent: 'deploy-actions/test',
    })
    await send(aca.revision(stable).app.url, 1)
    // A window reaching past now (the gate never reads one): the new request's minute is in it.
    const open = { start: window.start, end: new Date(Math.ceil((Date.now() + 1) / MINUTE) * MINUTE + MINUTE) }
    assert.deepEqual(counts(await source.read(stable, open, signal())), { requests: 20, errors: 0 })
    await sleep(DELAY_MS + 200)
    assert.deepEqual(counts(await source.read(stable, open, signal())), { requests: 21, errors: 0 })
  })

  test('a throttled read (429 with Retry-After) is retried within its budget and gives the same figures', async () => {
    const source = createAzureMonitorSource(parsed(parseAzureMonitorOptions, { 'ingestion-delay': '4s' }), {
      auth,
      app: { kind: 'container-app', id: aca.id },
      userAgent: 'deploy-actions/test',
    })
    azure.failNext(1, '429', { method: 'GET', retryAfterSeconds: 1 })
    assert.deepEqual(counts(await source.read(canary, window, signal())), { requests: 20, errors: 5 })
    const metricsCalls = azure.calls.filter((c) => c.path.endsWith('/providers/Microsoft.Insights/metrics'))
    assert.deepEqual(
      metricsCalls.slice(-2).map((c) => c.status),
      [429, 200],
    )
  })

  test('a window inside one minute reads no whole minute: nothing is counted, nothing is asked', async () => {
    const source = createAzureMonitorSource(parsed(parseAzureMonitorOptions, {}), {
      auth,
      app: { kind: 'container-app', id: aca.id },
      userAgent: 'deploy-actions/test',
    })
    const before = monitor.requests.length
    const start = window.start.getTime() + 10_000
    const figures = await source.read(stable, { start: new Date(start), end: new Date(start + 30_000) }, signal())
    assert.deepEqual(counts(figures), { requests: 0, errors: 0 })
    assert.ok(figures.window && figures.window.end <= figures.window.start, 'an empty window: the gate waits for data')
    assert.equal(monitor.requests.length, before)
  })

  test('a wrong metric name or dimension fails verify in one line naming the input and the gate', async () => {
    for (const [entry, said] of [
      [
        { 'requests-metric': 'Requestz' },
        /Failed to find metric configuration .* metric: Requestz, Valid metrics: Requests,ResponseTime/,
      ],
      [
        { 'revision-dimension': 'revision' },
        /does not support requested dimension combination: revision,statusCodeCategory/,
      ],
    ] as const) {
      const source = createAzureMonitorSource(parsed(parseAzureMonitorOptions, entry), {
        auth,
        app: { kind: 'container-app', id: aca.id },
        userAgent: 'deploy-actions/test',
      })
      const err = await source.verify(stable, signal()).then(
        () => assert.fail('verify passed'),
        (e: unknown) => e,
      )
      assert.ok(err instanceof InputError, String(err))
      assert.match(err.message, /^Input 'metric-gates' \(gate "real traffic"\) Azure Monitor refused the query/)
      assert.match(err.message, said)
      assert.doesNotMatch(err.message, /\n/)
    }
  })

  test('options of the wrong form are told before anything is read, naming the key and the form', () => {
    const issues = new InputIssues()
    parseAzureMonitorOptions(
      { 'ingestion-delay': 'soon', 'requests-metric': 42, 'revision-dimension': 'a b' },
      issues,
      'gate 2',
    )
    assert.deepEqual(
      issues.errors.map((e) => e.message),
      [
        "Input 'metric-gates' (gate 2) ingestion-delay must be a duration such as 500ms, 90s, 5m or 1h30m, at most 1h",
        "Input 'metric-gates' (gate 2) requests-metric must be a metric name as Azure Monitor lists it, such as Requests",
        "Input 'metric-gates' (gate 2) revision-dimension must be a dimension name such as revisionName",
      ],
    )
  })

  test('an identity without Monitoring Reader on the app is told which role to assign, where', async () => {
    const other = await addContainerApp(azure, { name: 'orders', stable: { suffix: 'v1' } })
    monitor.watchContainerApp(other)
    monitor.deny(other.id)
    const source = createAzureMonitorSource(parsed(parseAzureMonitorOptions, {}), {
      auth,
      app: { kind: 'container-app', id: other.id },
      userAgent: 'deploy-actions/test',
    })
    await assert.rejects(source.verify('orders--v1', signal()), (err: Error) => {
      assert.ok(err instanceof InputError)
      assert.match(
        err.message,
        /AuthorizationFailed\): assign the action's identity the Monitoring Reader role on the Container App/,
      )
      assert.ok(err.message.includes(other.id))
      return true
    })
    assert.equal(monitor.requests.at(-1)?.status, 403)
  })
})
