/**
 * canary-rollout on an app in Labels revision mode (deployment labels): the canary is created under
 * the canary label (never under the app's target label, which here is production's — Azure's "auto
 * swap" would hand it all traffic at once), weights move between the stable and canary labels'
 * revisions, and promotion, a failed gate, a cancel and a kill each leave 100 % on one known-good
 * revision, with both labels where they should be. The assertions are on the emulator: the weights
 * it recorded over time, the labels it holds, the revisions it keeps active, and what each label's
 * own front door serves.
 */
import assert from 'node:assert/strict'
import { request } from 'node:https'
import { describe, test } from '@jest/globals'
import {
  CANARY,
  FAST,
  STABLE,
  type CanaryApp,
  startCanaryApp,
  until,
  weightHistory,
} from '@deploy-actions/harness/canary-app'
import type { StepResult } from '@deploy-actions/harness/runner'
import { ContainerAppsAPIClient, type TrafficWeight } from '@azure/arm-appcontainers'
import { ClientSecretCredential } from '@azure/identity'
import { CLIENT_ID, CLIENT_SECRET, SUBSCRIPTION, TENANT } from '@deploy-actions/harness/emulators/azure'

const MARKER = 'deploy-actions-rollout'
const IMAGE = { image: 'ghcr.io/octo-org/shop:v1.5.0', 'revision-suffix': 'v150' }
const VERSION = { checks: '- url: /version\n  version: $.version', 'expected-version': 'v1.5.0' }

/** An app in Labels mode whose stable revision carries `stable`, the app's target label (production's). */
const labelsApp = () => startCanaryApp({ mode: 'Labels' })

/** The version a label's own front door (its `<app>---<label>` host) serves now. */
function versionAt(s: CanaryApp, label: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const req = request(`${s.app.labelUrl(label)}/version`, { ca: s.azure.tls.ca }, (res) => {
      let body = ''
      res.on('data', (c: Buffer) => (body += c.toString()))
      res.on('end', () => resolve(String((JSON.parse(body) as { version?: string }).version)))
    })
    req.on('error', reject)
    req.end()
  })
}

/** A rollout of the existing shop--v150 killed (SIGKILL: a dead runner) once its first stage has 10 %. */
async function killMidStage(s: CanaryApp): Promise<StepResult> {
  await s.app.addRevision('v150', { version: 'v1.5.0' })
  let pid = 0
  const step = s.rollout({ ...FAST, revision: 'v150', stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
  await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
  process.kill(pid, 'SIGKILL')
  return step
}

/** The real SDK against the stand-in's ARM, as a deployer outside this action would send traffic changes. */
function sdk(s: CanaryApp): (traffic: TrafficWeight[]) => Promise<unknown> {
  const tlsOptions = { ca: s.azure.tls.ca }
  const credential = new ClientSecretCredential(TENANT, CLIENT_ID, CLIENT_SECRET, {
    authorityHost: s.azure.url,
    disableInstanceDiscovery: true,
    tlsOptions,
  })
  const client = new ContainerAppsAPIClient(credential, SUBSCRIPTION, {
    endpoint: s.azure.url,
    credentials: { scopes: [`${s.azure.url}/.default`] },
    tlsOptions,
    retryOptions: { maxRetries: 0 },
  })
  return (traffic) =>
    client.containerApps.update(
      s.app.resourceGroup,
      s.app.name,
      { location: 'eastus', configuration: { ingress: { traffic } } },
      { updateIntervalInMs: 50 },
    )
}

/** Refused as ARM refuses a traffic block: 400 ContainerAppInvalidTrafficWeights, saying `why`. */
async function refused(send: Promise<unknown>, why: RegExp): Promise<void> {
  await assert.rejects(send, (err: unknown) => {
    const e = err as { statusCode?: number; code?: string; message?: string }
    assert.equal(e.statusCode, 400)
    assert.equal(e.code, 'ContainerAppInvalidTrafficWeights')
    assert.match(e.message ?? '', why)
    return true
  })
}

/** Stable has everything again, under its label; the canary keeps the canary label at 0 %; no lease is left. */
function assertBackOnStable(s: CanaryApp): void {
  assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
  assert.deepEqual(s.app.labels(), { stable: STABLE, canary: CANARY })
  assert.equal(s.app.revision(STABLE).active, true)
  assert.equal(s.app.tags[MARKER], undefined)
  assert.deepEqual(s.app.unservedShares, [])
}

describe('canary-rollout in Labels revision mode', () => {
  test('a new image is created under the canary label at 0 %, baked by stages, and promoted by swapping the labels', async () => {
    const s = await labelsApp()
    try {
      assert.equal(s.app.targetLabel, 'stable', 'the app creates new revisions under production’s label')
      const r = await s.rollout({ ...FAST, ...IMAGE, ...VERSION, stages: '10%:2s, 50%:2s, 100%' })
      assert.equal(r.exitCode, 0, r.log)
      // Never all at once: the new revision had 0 % until the first stage put 10 % on it.
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 50, [CANARY]: 50 },
        { [CANARY]: 100 },
      ])
      assert.deepEqual(s.app.labels(), { stable: CANARY, canary: STABLE }, 'the labels swapped')
      assert.equal(s.app.revision(STABLE).active, true, 'the previous stable stays active under the canary label')
      assert.equal(s.app.targetLabel, 'stable', 'the app’s own target label is put back as it was')
      assert.equal(await versionAt(s, 'stable'), 'v1.5.0')
      assert.equal(await versionAt(s, 'canary'), 'v1.4.0')
      assert.equal(s.app.tags['deploy-actions-previous'], STABLE)
      assert.equal(s.app.tags[MARKER], undefined)
      assert.deepEqual(
        [r.outputs.result, r.outputs['stable-revision'], r.outputs['previous-revision']],
        ['promoted', CANARY, STABLE],
      )

      // The next release: the canary label moves to the new revision, the one it left (no label now) is shut down.
      const next = await s.rollout({
        ...FAST,
        image: 'ghcr.io/octo-org/shop:v1.6.0',
        'revision-suffix': 'v160',
        stages: '50%:1s, 100%',
      })
      assert.equal(next.exitCode, 0, next.log)
      assert.deepEqual(weightHistory(s.app).slice(-3), [
        { [CANARY]: 100 },
        { [CANARY]: 50, 'shop--v160': 50 },
        { 'shop--v160': 100 },
      ])
      assert.deepEqual(s.app.labels(), { stable: 'shop--v160', canary: CANARY })
      assert.equal(s.app.revision(STABLE).active, false, 'without a label the platform shut it down')

      // A manual rollback moves production's label back, and the canary label with it.
      const back = await s.rollout({ mode: 'rollback' })
      assert.equal(back.exitCode, 0, back.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [CANARY]: 100 })
      assert.deepEqual(s.app.labels(), { stable: CANARY, canary: 'shop--v160' })
      assert.equal(await versionAt(s, 'stable'), 'v1.5.0')
    } finally {
      await s.close()
    }
  })

  test('a new revision that came up under production’s label anyway is put back to 0 % at once, loudly, before any stage', async () => {
    const s = await labelsApp()
    try {
      s.app.ignoreTargetLabel = true
      s.app.nextRevision = { startupMs: 5000, healthy: true }
      const r = await s.rollout({ ...FAST, ...IMAGE, stages: '10%:1s, 100%' })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app), [
        { [STABLE]: 100 },
        { [CANARY]: 100 },
        { [STABLE]: 100 },
        { [STABLE]: 90, [CANARY]: 10 },
        { [CANARY]: 100 },
      ])
      const putBack = s.app.history[2]?.at ?? Infinity
      assert.ok(putBack < (s.app.revision(CANARY).readyAt ?? 0), 'put back while the new revision was still starting')
      assert.ok(
        r.annotations.some(
          (a) =>
            a.level === 'warning' &&
            /^shop--v150 came up under label stable with 100% of the traffic, not under canary at 0%: putting 100% back on shop--v140 under stable$/.test(
              a.message,
            ),
        ),
        r.log,
      )
      assert.deepEqual(s.app.labels(), { stable: CANARY, canary: STABLE })
    } finally {
      await s.close()
    }
  })

  test('a failed gate rolls back: stable 100 % under its label, the canary keeps its label at 0 %', async () => {
    const s = await labelsApp()
    try {
      s.app.nextRevision = { startupMs: 200, healthy: true, behaviour: { errorRate: 0.5 } }
      const r = await s.rollout({ ...FAST, ...IMAGE, stages: '10%:20s, 100%', 'deactivate-on-rollback': 'false' })
      assert.equal(r.exitCode, 1, r.log)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.deepEqual(weightHistory(s.app), [{ [STABLE]: 100 }, { [STABLE]: 90, [CANARY]: 10 }, { [STABLE]: 100 }])
      assertBackOnStable(s)
      assert.equal(r.state.finished, 'rolled-back')
      assert.equal(await versionAt(s, 'stable'), 'v1.4.0')
      assert.match(r.annotations.find((a) => a.level === 'error')?.message ?? '', /^Rolled back to shop--v140: stage 1/)
    } finally {
      await s.close()
    }
  })

  test('SIGINT mid-stage, as the runner cancels: stable restored before SIGTERM; the post step finds nothing to do', async () => {
    const s = await labelsApp()
    try {
      await s.app.addRevision('v150', { version: 'v1.5.0' })
      let pid = 0
      const step = s.rollout(
        { ...FAST, revision: 'v150', stages: '10%:30s, 100%' },
        { onSpawn: (p) => (pid = p), timeoutMs: 60_000 },
      )
      await until(() => s.app.weights()[CANARY] === 10, 30_000, 'the first stage')
      assert.deepEqual(s.app.labels(), { stable: STABLE, canary: CANARY }, 'the existing revision got the canary label')
      process.kill(pid, 'SIGINT')
      const sent = performance.now()
      const restored = await until(() => s.app.weights()[STABLE] === 100, 7500, '100 % stable after SIGINT')
      assert.ok(restored - sent < 7500)
      const r = await step
      assert.equal(r.signal, null, 'the step ended by itself')
      assert.equal(r.exitCode, 1)
      assert.equal(r.state.finished, 'restored')
      assertBackOnStable(s)

      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: r.state })
      assert.equal(post.exitCode, 0, post.log)
      assert.match(post.log, /settled the traffic itself \(restored\): nothing to restore/)
      assertBackOnStable(s)
    } finally {
      await s.close()
    }
  })

  test('SIGKILL mid-stage: the post step restores stable, labels kept', async () => {
    const s = await labelsApp()
    try {
      const killed = await killMidStage(s)
      assert.equal(killed.signal, 'SIGKILL')
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 90, [CANARY]: 10 })
      const post = await s.rollout({ ...FAST, revision: 'v150' }, { post: true, state: killed.state })
      assert.equal(post.exitCode, 0, post.log)
      assertBackOnStable(s)
    } finally {
      await s.close()
    }
  })

  test('SIGKILL mid-stage with no post step: the next run repairs the split, then rolls out', async () => {
    const s = await labelsApp()
    try {
      await killMidStage(s)
      // A re-run of the dead run: the lease of its earlier attempt counts as expired at once.
      const next = await s.rollout(
        { ...FAST, revision: 'v150', stages: '50%:1s, 100%' },
        { env: { GITHUB_RUN_ATTEMPT: '2' } },
      )
      assert.equal(next.exitCode, 0, next.log)
      assert.deepEqual(weightHistory(s.app).slice(-4), [
        { [STABLE]: 90, [CANARY]: 10 },
        { [STABLE]: 100 },
        { [STABLE]: 50, [CANARY]: 50 },
        { [CANARY]: 100 },
      ])
      assert.ok(next.annotations.some((a) => a.level === 'warning' && /Repairing it first/.test(a.message)))
      assert.deepEqual(s.app.labels(), { stable: CANARY, canary: STABLE })
      assert.equal(s.app.tags[MARKER], undefined)
    } finally {
      await s.close()
    }
  })

  test('a canary-label that names production’s label is refused in one line, before any write', async () => {
    const s = await labelsApp()
    try {
      const r = await s.rollout({ ...FAST, ...IMAGE, 'canary-label': 'stable' })
      assert.equal(r.exitCode, 1)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(
        errors[0]?.message ?? '',
        /^Input 'canary-label' names stable, the label that carries shop's traffic \(on shop--v140\): a revision created under it would take all of production at once; nothing was changed\./,
      )
      assert.deepEqual(
        s.azure.calls.filter((c) => c.method !== 'GET'),
        [],
      )
      assert.equal(s.app.revisions.size, 1)
    } finally {
      await s.close()
    }
  })

  test('the stand-in refuses what Container Apps refuses in Labels mode, and takes traffic by label', async () => {
    const s = await labelsApp()
    const single = await startCanaryApp({ mode: 'Single', name: 'legacy' })
    try {
      await s.app.addRevision('v150', { version: 'v1.5.0' })
      const send = sdk(s)
      const before = weightHistory(s.app)
      await refused(
        send([
          { revisionName: STABLE, weight: 50, label: 'stable' },
          { revisionName: CANARY, weight: 50, label: 'stable' },
        ]),
        /label 'stable' is given to more than one traffic entry/,
      )
      await refused(
        send([
          { revisionName: STABLE, weight: 90, label: 'stable' },
          { revisionName: CANARY, weight: 20, label: 'canary' },
        ]),
        /sum of traffic weights must be 100; got 110/,
      )
      await refused(
        send([{ revisionName: STABLE, weight: 100 }]),
        /In Labels revision mode every traffic entry must name a label/,
      )
      await refused(send([{ label: 'canary', weight: 100 }]), /label 'canary' is not on any revision/)
      await refused(send([{ revisionName: STABLE, weight: 100, label: 'Prod--1' }]), /Label 'Prod--1' is invalid/)
      assert.deepEqual(weightHistory(s.app), before, 'nothing refused changed the weights')
      assert.equal(s.app.revision(CANARY).active, true)

      // By label alone (the revision it is on) or with a revision (the label is put there).
      await send([
        { label: 'stable', weight: 80 },
        { revisionName: CANARY, weight: 20, label: 'canary' },
      ])
      assert.deepEqual(s.app.labels(), { stable: STABLE, canary: CANARY })
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 80, [CANARY]: 20 })
      assert.equal(await versionAt(s, 'canary'), 'v1.5.0')
      // A label moved off a revision leaves it unreferenced: the platform shuts it down.
      await send([{ revisionName: CANARY, weight: 100, label: 'stable' }])
      assert.deepEqual(s.app.labels(), { stable: CANARY })
      assert.equal(s.app.revision(STABLE).active, false)

      await refused(
        sdk(single)([{ latestRevision: true, weight: 100, label: 'stable' }]),
        /only be split when the active revisions mode is Multiple or Labels/,
      )
    } finally {
      await single.close()
      await s.close()
    }
  })
})
