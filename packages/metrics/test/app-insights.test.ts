/**
 * The Application Insights / Log Analytics source through the real @azure/monitor-query-logs over
 * the wire, against the Logs query stand-in, counting what the data plane's revisions really
 * answered: a workspace (AppRequests) and a component (requests, resource-centric) over the same
 * telemetry; the built-in query, the user's query, bad KQL and a missing role.
 */
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import assert from 'node:assert/strict'
import type { AzureAuth } from '@deploy-actions/azure/auth'
import { InputError, InputIssues } from '@deploy-actions/core'
import type { RequestRecord } from '@deploy-actions/harness/emulators/app'
import { addAppService, PRODUCTION, type AppServiceHandle } from '@deploy-actions/harness/emulators/app-service'
import { SUBSCRIPTION, type Azure } from '@deploy-actions/harness/emulators/azure'
import { addContainerApp, type ContainerAppHandle } from '@deploy-actions/harness/emulators/container-apps'
import { run, startLogAnalytics, type LogAnalytics } from '@deploy-actions/harness/emulators/log-analytics'
import {
  appInsightsQuery,
  createAppInsightsSource,
  parseAppInsightsOptions,
} from '@deploy-actions/metrics/app-insights'
import type { MetricWindow } from '@deploy-actions/metrics'
import { azureForSources, parsed, send, sleep } from './azure-env.ts'

const DELAY_MS = 1500
const WORKSPACE = '3f1c2a4b-5d6e-4f70-8a9b-0c1d2e3f4a5b'
const COMPONENT = `/subscriptions/${SUBSCRIPTION}/resourceGroups/rg-shop/providers/microsoft.insights/components/shop-ai`
const signal = () => AbortSignal.timeout(60_000)

describe('app-insights: KQL over the requests the revisions served', () => {
  let azure: Azure
  let auth: AzureAuth
  let logs: LogAnalytics
  let aca: ContainerAppHandle
  let site: AppServiceHandle
  let window: MetricWindow
  const stable = 'shop--v140'
  const canary = 'shop--v150'
  const source = (entry: Record<string, unknown>) =>
    createAppInsightsSource(
      parsed(parseAppInsightsOptions, { 'ingestion-delay': '1500ms', endpoint: logs.endpoint, ...entry }),
      { auth, app: { kind: 'container-app', id: aca.id }, userAgent: 'deploy-actions/test' },
    )

  beforeAll(async () => {
    ;({ azure, auth } = await azureForSources())
    logs = await startLogAnalytics(azure, { delayMs: DELAY_MS })
    logs.addWorkspace(WORKSPACE)
    logs.addComponent(COMPONENT)
    aca = await addContainerApp(azure, { stable: { suffix: 'v140', behaviour: { latencyMs: 5 } } })
    await aca.addRevision('v150', { errorRate: 0.2, latencyMs: 30 })
    logs.watchContainerApp(aca)
    site = await addAppService(azure, {
      slots: { [PRODUCTION]: { version: 'v1.4.0' }, staging: { version: 'v1.5.0', errorRate: 0.3 } },
    })
    // Each slot's telemetry names its role per slot (a slot-sticky OTEL_SERVICE_NAME).
    logs.watchAppService(site, (slot) => `tesoro-web-${slot}`)
    const start = Date.now()
    await Promise.all([
      send(aca.revision(stable).app.url, 30),
      send(aca.revision(canary).app.url, 20),
      send(site.url(PRODUCTION), 10),
      send(site.url('staging'), 10),
    ])
    window = { start: new Date(start), end: new Date(Date.now() + 50) }
    await sleep(window.end.getTime() + DELAY_MS + 100 - Date.now())
  }, 60_000)
  afterAll(async () => {
    await logs?.close()
    await azure?.close()
  })

  /** The figures a correct source must give: from the records of what the revision answered. */
  const served = (requests: RequestRecord[]) => {
    const answered = requests.filter((r) => r.status !== undefined)
    const durations = answered.map((r) => r.durationMs as number).sort((a, b) => a - b)
    return {
      requests: answered.length,
      errors: answered.filter((r) => (r.status as number) >= 500).length,
      p95Ms: durations[Math.ceil(0.95 * durations.length) - 1],
      avgMs: durations.reduce((a, b) => a + b, 0) / durations.length,
    }
  }

  test('a workspace (AppRequests): requests, 5xx errors, p95 and average of each revision, as served', async () => {
    const s = source({ 'workspace-id': WORKSPACE })
    await s.verify(stable, signal())
    const figures = await s.read(canary, window, signal())
    assert.equal(figures.requests, 20)
    assert.equal(figures.errors, 4)
    assert.deepEqual(figures, served(aca.revision(canary).app.requests))
    assert.deepEqual(await s.read(stable, window, signal()), served(aca.revision(stable).app.requests))
    const q = logs.queries.at(-1)
    assert.equal(q?.target, `workspaces/${WORKSPACE}`)
    assert.match(q?.query ?? '', /^AppRequests \| where AppRoleInstance startswith "shop--v140-" \| summarize/)
    assert.equal(q?.timespan, `${window.start.toISOString()}/${window.end.toISOString()}`)
    assert.ok(azure.scopeRequests.includes(logs.scope), 'a token for the Logs API, not ARM')
  })

  test('resource-centric on the component (requests) gives the same figures', async () => {
    const s = source({ resource: COMPONENT })
    assert.deepEqual(await s.read(canary, window, signal()), served(aca.revision(canary).app.requests))
    assert.equal(logs.queries.at(-1)?.target, COMPONENT.slice(1))
  })

  test('App Service: each slot by a column its telemetry fills per slot (build-column, build-match, build-value)', async () => {
    const s = createAppInsightsSource(
      parsed(parseAppInsightsOptions, {
        'workspace-id': WORKSPACE,
        endpoint: logs.endpoint,
        'ingestion-delay': '1500ms',
        'build-column': 'AppRoleName',
        'build-match': 'equals',
        'build-value': 'tesoro-web-{build}',
      }),
      { auth, app: { kind: 'app-service', id: site.id }, userAgent: 'deploy-actions/test' },
    )
    const staging = await s.read('staging', window, signal())
    assert.equal(
      logs.queries.at(-1)?.query.startsWith('AppRequests | where AppRoleName == "tesoro-web-staging" |'),
      true,
    )
    assert.equal(staging.requests, 10)
    assert.equal(staging.errors, 3)
    assert.deepEqual(staging, served(site.serving.get('staging')?.requests ?? []))
    assert.deepEqual(await s.read(PRODUCTION, window, signal()), served(site.serving.get(PRODUCTION)?.requests ?? []))
  })

  test("the user's query with {build}, returning the documented columns", async () => {
    const s = source({
      'workspace-id': WORKSPACE,
      query:
        'AppRequests | where AppRoleInstance startswith {build} and toint(ResultCode) != 404 ' +
        '| summarize requests = count(), errors = countif(Success == false)',
    })
    const c = served(aca.revision(canary).app.requests)
    assert.deepEqual(await s.read(canary, window, signal()), { requests: c.requests, errors: c.errors })
    assert.match(logs.queries.at(-1)?.query ?? '', /startswith "shop--v150" and/)
  })

  test('a request newer than the ingestion delay is not counted, and is once the delay has passed', async () => {
    const s = source({ 'workspace-id': WORKSPACE })
    await send(aca.revision(stable).app.url, 1)
    const open = { start: window.start, end: new Date(Date.now() + 60_000) }
    assert.equal((await s.read(stable, open, signal())).requests, 30)
    await sleep(DELAY_MS + 200)
    assert.equal((await s.read(stable, open, signal())).requests, 31)
  })

  test('wrong KQL fails verify in one line naming the input, with what the Logs API said', async () => {
    for (const [query, said] of [
      [
        'AppRequests | where AppRoleInstance startswith {build} | summarize requests = count(',
        /Query could not be parsed/,
      ],
      [
        'AppRequests | where RoleInstance == {build} | summarize requests = count(), errors = count()',
        /Failed to resolve scalar expression named 'RoleInstance'/,
      ],
      [
        'Requests | where AppRoleInstance == {build} | summarize requests = count(), errors = count()',
        /Failed to resolve table or column expression named 'Requests'/,
      ],
    ] as const) {
      const err = await source({ 'workspace-id': WORKSPACE, query })
        .verify(stable, signal())
        .then(
          () => assert.fail(`verify passed: ${query}`),
          (e: unknown) => e,
        )
      assert.ok(err instanceof InputError, String(err))
      assert.match(
        err.message,
        /^Input 'metric-gates' \(gate "real traffic"\) the Logs API refused the query on workspace /,
      )
      assert.match(err.message, said)
      assert.doesNotMatch(err.message, /\n/)
    }
    const wrongShape = source({
      'workspace-id': WORKSPACE,
      query: 'AppRequests | where AppRoleInstance == {build} | summarize n = count()',
    })
    await assert.rejects(
      wrongShape.verify(stable, signal()),
      /query must return columns requests and errors .*; it returned n$/,
    )
  })

  test('an identity without Log Analytics Reader on the workspace is told which role to assign', async () => {
    const other = '0a0b0c0d-1111-4222-8333-444455556666'
    logs.addWorkspace(other)
    logs.deny(`workspaces/${other}`)
    await assert.rejects(source({ 'workspace-id': other }).verify(stable, signal()), (err: Error) => {
      assert.ok(err instanceof InputError)
      assert.match(
        err.message,
        /\(InsufficientAccessError\): assign the action's identity the Log Analytics Reader role on the workspace/,
      )
      return true
    })
    assert.equal(logs.queries.at(-1)?.status, 403)
  })

  test('options of the wrong form are told at once, naming the key and the accepted form', () => {
    const issues = new InputIssues()
    parseAppInsightsOptions(
      { 'workspace-id': 'shop-logs', 'build-match': 'like', query: 'AppRequests | count' },
      issues,
      'gate 3',
    )
    parseAppInsightsOptions({}, issues, 'gate 4')
    assert.deepEqual(
      issues.errors.map((e) => e.message.replace(/:.*/, '')),
      [
        "Input 'metric-gates' (gate 3) workspace-id must be the workspace's ID (a GUID, the Workspace ID on its Overview page)",
        "Input 'metric-gates' (gate 3) build-match must be 'prefix' (the column starts with '<build>-') or 'equals'",
        "Input 'metric-gates' (gate 3) query must contain {build} where the build's name goes, and return columns requests and errors (optionally p95, avg in ms)",
        "Input 'metric-gates' (gate 4) needs exactly one of workspace-id (the Log Analytics workspace ID, a GUID) or resource (the Application Insights resource ID, /subscriptions/…/providers/microsoft.insights/components/NAME)",
      ].map((m) => m.replace(/:.*/, '')),
    )
  })

  test('the built-in query is one the stand-in runs as KQL would; the subset refuses what it does not know', () => {
    const rows = [
      { AppRoleInstance: 'shop--v2-a', ResultCode: '500', Success: false, DurationMs: 10 },
      { AppRoleInstance: 'shop--v2-a', ResultCode: '200', Success: true, DurationMs: 30 },
      { AppRoleInstance: 'shop--v20-a', ResultCode: '200', Success: true, DurationMs: 99 },
    ]
    const options = parsed(parseAppInsightsOptions, { 'workspace-id': WORKSPACE })
    const result = run(appInsightsQuery(options, 'shop--v2'), 'AppRequests', rows)
    assert.deepEqual(result.rows, [{ requests: 2, errors: 1, p95: 30, avg: 20 }])
    assert.throws(() => run('AppRequests | extend x = 1', 'AppRequests', rows), /not in the stand-in's KQL subset/)
  })
})
