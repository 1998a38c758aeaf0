/**
 * canary-rollout against Container Apps as the service really behaves (issue 12): `latestRevision`
 * follows the latest ready revision, writes meet 409 while another operation holds the app,
 * operations are judged by their own status (not a stale or earlier provisioningState) and bounded,
 * idle revisions scale to zero, and revision names are checked as Container Apps checks them.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { CANARY, FAST, STABLE, startCanaryApp, until, weightHistory } from '@deploy-actions/harness/canary-app'
import { ContainerAppsAPIClient } from '@azure/arm-appcontainers'
import { ClientSecretCredential } from '@azure/identity'
import { CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION, TENANT } from '@deploy-actions/harness/emulators/azure'
import { oneError } from './refusals.ts'

describe('canary-rollout and the Container Apps contract', () => {
  test('latestRevision: true is the latest READY revision: a newer revision that never got ready is not taken for stable', async () => {
    const s = await startCanaryApp({ traffic: 'latest' })
    try {
      // The newest revision crash-loops: Container Apps keeps sending latestRevision traffic to shop--v140.
      await s.app.addRevision('v145', {}, { healthy: false })
      const r = await s.rollout({
        ...FAST,
        image: 'ghcr.io/octo-org/shop:v1.5.0',
        'revision-suffix': 'v150',
        stages: '50%:2s, 100%',
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 50, [CANARY]: 50 }, { [CANARY]: 100 }])
      assert.equal(r.outputs['previous-revision'], STABLE)
      assert.equal(s.app.revision(STABLE).active, true, 'the last good revision stays active for a rollback')
      assert.equal(s.app.served['shop--v145'] ?? 0, 0, 'no user request went to the revision that never got ready')
    } finally {
      await s.close()
    }
  })

  test('a rollback meeting 409 ContainerAppLockConflict (another modification in progress) is retried until it lands', async () => {
    const s = await startCanaryApp()
    try {
      const canary = await s.app.addRevision('v150')
      void until(() => s.app.weights()[CANARY] === 50, 60_000).then(async () => {
        await until(() => canary.app.requests.length > 0, 30_000, 'the first gate round')
        canary.app.set({ errorRate: 1 })
        // Someone else's change (a scale rule, a secret) holds the app while the gates fail.
        s.app.busy(6000)
      })
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '50%:30s, 100%', 'min-samples': '10' })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.ok(
        s.azure.calls.some((c) => c.method === 'PATCH' && c.status === 409),
        'the restore met the lock at least once',
      )
      assert.equal(r.outputs.result, 'rolled-back')
      assert.match(r.outputs.reason ?? '', /^stage 1 \(50%\): error-rate/)
    } finally {
      await s.close()
    }
  })

  test('the post step retries a 409 too: a killed run is repaired while another modification holds the app', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout({ ...FAST, revision: 'v150', stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
      await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
      process.kill(pid, 'SIGKILL')
      const killed = await step
      s.app.busy(3000)
      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: killed.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.ok(s.azure.calls.some((c) => c.method === 'PATCH' && c.status === 409))
    } finally {
      await s.close()
    }
  })

  test('a Failed provisioningState left by an earlier operation is not this change failing', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      s.app.provisioningState = 'Failed'
      // The first read after the PATCH comes before ARM registered it: it still shows the earlier Failed.
      s.app.staleReadsAfterWrite = 1
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '50%:2s, 100%' })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [CANARY]: 100 })
    } finally {
      await s.close()
    }
  })

  test('a read served before ARM caught up (Succeeded, old traffic) is not taken for the result of the change', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      s.app.lroMs = 600
      s.app.staleReadsAfterWrite = 3
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '50%:2s, 100%' })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 50, [CANARY]: 50 }, { [CANARY]: 100 }])
    } finally {
      await s.close()
    }
  })

  test('an operation stuck InProgress does not hold the post step: it ends by itself within its budget, saying so', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      let pid = 0
      const step = s.rollout({ ...FAST, revision: 'v150', stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
      await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
      process.kill(pid, 'SIGKILL')
      const killed = await step
      // The restore is accepted, but its operation never reports an end.
      s.app.stickNextOperation = true
      const started = performance.now()
      const post = await s.rollout(
        { ...FAST, revision: 'v150' },
        { post: true, state: killed.state, timeoutMs: 90_000 },
      )
      const took = performance.now() - started
      assert.equal(
        post.signal,
        null,
        `the post step was killed after ${Math.round(took)}ms instead of ending by itself`,
      )
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 }, 'the restore itself was sent')
      assert.match(oneError(post), /did not finish within 60s.*InProgress/)
    } finally {
      await s.close()
    }
  })

  test('minReplicas 0: a new revision scaled to zero at 0 % is ready (the probes wake it) and is rolled out', async () => {
    const s = await startCanaryApp({ minReplicas: 0 })
    try {
      s.app.scaleToZeroAfterMs = 300
      const r = await s.rollout({
        ...FAST,
        image: 'ghcr.io/octo-org/shop:v1.5.0',
        'revision-suffix': 'v150',
        'healthy-timeout': '5s',
        stages: '50%:2s, 100%',
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [CANARY]: 100 })
      assert.match(r.log, /shop--v150: .*running ScaledToZero/, 'the revision was seen scaled to zero')
    } finally {
      await s.close()
    }
  })

  test('minReplicas 0: rollback to an inactive revision does not stall on its zero replicas', async () => {
    const s = await startCanaryApp({ minReplicas: 0 })
    try {
      s.app.scaleToZeroAfterMs = 300
      await s.app.addRevision('v150')
      s.app.traffic = [{ revisionName: CANARY, weight: 100 }]
      s.app.revision(STABLE).active = false
      const r = await s.rollout({ mode: 'rollback', revision: STABLE, 'healthy-timeout': '5s' })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(s.app.revision(STABLE).active, true)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
    } finally {
      await s.close()
    }
  })

  test('revision labels survive every traffic write (a PATCH replaces the array): through a rollback and a promotion', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v130')
      const canary = await s.app.addRevision('v150')
      s.app.traffic = [
        { revisionName: STABLE, weight: 100, label: 'blue' },
        { revisionName: 'shop--v130', weight: 0, label: 'old' },
      ]
      const labels = (): Record<string, string | undefined> =>
        Object.fromEntries(s.app.traffic.filter((t) => t.label).map((t) => [t.label, t.revisionName])) as Record<
          string,
          string | undefined
        >
      const expected = { blue: STABLE, old: 'shop--v130' }
      const seen: Array<Record<string, string | undefined>> = []
      const watch = setInterval(() => seen.push(labels()), 20)
      try {
        canary.app.set({ errorRate: 1 })
        const failed = await s.rollout({ ...FAST, revision: 'v150', stages: '50%:30s, 100%', 'min-samples': '10' })
        assert.equal(failed.exitCode, 1, failed.log)
        canary.app.set({ errorRate: 0 })
        const promoted = await s.rollout({ ...FAST, revision: 'v150', stages: '50%:2s, 100%', cleanup: 'false' })
        assert.equal(promoted.exitCode, 0, promoted.log)
      } finally {
        clearInterval(watch)
      }
      assert.deepEqual(weightHistory(s.app).at(-1), { [CANARY]: 100 })
      assert.deepEqual(labels(), expected)
      assert.ok(
        seen.every((l) => JSON.stringify(l) === JSON.stringify(expected)),
        `a write dropped a label: ${JSON.stringify(seen.find((l) => JSON.stringify(l) !== JSON.stringify(expected)))}`,
      )
    } finally {
      await s.close()
    }
  })

  test("the service accepts weight on an inactive revision and deactivating a weighted one; the action's guards do neither", async () => {
    const s = await startCanaryApp()
    try {
      const canary = await s.app.addRevision('v150')
      canary.active = false
      void until(() => s.app.weights()[CANARY] === 50, 60_000).then(() => canary.app.set({ errorRate: 1 }))
      const r = await s.rollout({
        ...FAST,
        revision: 'v150',
        stages: '50%:30s, 100%',
        'min-samples': '10',
        'deactivate-on-rollback': 'true',
      })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.equal(canary.active, false, 'deactivated after the rollback')
      assert.deepEqual(s.app.unservedShares, [], 'no share was ever left to a revision that cannot answer it')
    } finally {
      await s.close()
    }
  })

  test('internal ingress: this runner cannot reach the revisions; plan and rollout refuse in one line, nothing changed', async () => {
    const s = await startCanaryApp({ external: false })
    try {
      await s.app.addRevision('v150')
      for (const mode of ['plan', 'rollout']) {
        const r = await s.rollout({ ...FAST, revision: 'v150', mode })
        assert.match(
          oneError(r),
          /^Container App shop has internal ingress \(external: false\): .* could not reach .*self-hosted runner inside that network, or enable external ingress; nothing was changed$/,
        )
      }
      assert.deepEqual(
        s.azure.calls.filter((c) => c.method !== 'GET'),
        [],
      )
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }])
    } finally {
      await s.close()
    }
  })

  test("a job without 'environment:' presents repo:…:ref:…, which the federated credential does not name: one error saying which subject and how to match", async () => {
    const s = await startCanaryApp()
    try {
      s.azure.oidcSubject = 'repo:octo-org/shop:ref:refs/heads/main'
      const r = await s.rollout({ ...FAST, revision: 'v150' })
      const error = oneError(r)
      assert.match(error, /AADSTS700213/)
      assert.match(error, /this job presented subject 'repo:octo-org\/shop:ref:refs\/heads\/main'/)
      assert.match(error, /'environment: NAME' presents repo:OWNER\/REPO:environment:NAME/)
      assert.equal(s.azure.calls.length, 0, 'no ARM call without a token')
    } finally {
      await s.close()
    }
  })

  test('the emulator speaks only the api-versions the pinned SDKs send: another one is refused as ARM refuses it', async () => {
    const s = await startCanaryApp()
    try {
      const tlsOptions = { ca: s.azure.tls.ca }
      const credential = new ClientSecretCredential(TENANT, CLIENT_ID, CLIENT_SECRET, {
        authorityHost: s.azure.url,
        disableInstanceDiscovery: true,
        tlsOptions,
      })
      const client = (apiVersion?: string) =>
        new ContainerAppsAPIClient(credential, SUBSCRIPTION, {
          endpoint: s.azure.url,
          credentials: { scopes: [`${s.azure.url}/.default`] },
          tlsOptions,
          retryOptions: { maxRetries: 0 },
          ...(apiVersion ? { apiVersion } : {}),
        })
      assert.equal((await client().containerApps.get(s.app.resourceGroup, s.app.name)).name, 'shop')
      await assert.rejects(client('2026-01-01').containerApps.get(s.app.resourceGroup, s.app.name), (err: unknown) => {
        const e = err as { statusCode?: number; code?: string }
        return e.statusCode === 400 && e.code === 'NoRegisteredProviderFound'
      })
    } finally {
      await s.close()
    }
  })

  for (const c of [
    {
      what: 'an app name and suffix over 54 characters together',
      app: 'shop-frontend-west-europe-prod',
      suffix: 'release-2026-11-29-build-12345',
    },
    { what: "a suffix with '--'", app: 'shop', suffix: 'v1--5' },
  ]) {
    test(`revision names as Container Apps checks them: ${c.what} is refused before any change`, async () => {
      const s = await startCanaryApp({ name: c.app })
      try {
        const r = await s.rollout({ ...FAST, image: 'ghcr.io/octo-org/shop:v1.5.0', 'revision-suffix': c.suffix })
        const error = oneError(r)
        assert.match(error, /^Input 'revision-suffix' /)
        assert.match(error, /54/)
        assert.deepEqual(
          s.azure.calls.filter((x) => x.method !== 'GET'),
          [],
          'nothing was changed',
        )
      } finally {
        await s.close()
      }
    })
  }
})
