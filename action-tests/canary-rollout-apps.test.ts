/**
 * canary-rollout with apps: LankaConnect's API and UI, two Container Apps released together. Both
 * move through the stages in lockstep, each judged on its own revisions; a failed gate on either
 * puts both back on their own stable revisions; a killed step's post step, or the next run,
 * repairs both. Assertions are on the ARM stand-in's weights and tags.
 */
import assert from 'node:assert/strict'
import { describe, test } from '@jest/globals'
import { startAzure, type Azure } from '@deploy-actions/harness/emulators/azure'
import { addContainerApp, type ContainerAppHandle } from '@deploy-actions/harness/emulators/container-apps'
import { FAST, until, VERSION_CHECKS, weightHistory } from '@deploy-actions/harness/canary-app'
import { runStep, type StepOptions } from '@deploy-actions/harness/runner'
import type { Behaviour } from '@deploy-actions/harness/emulators/app'

const MARKER = 'deploy-actions-rollout'
const PREVIOUS = 'deploy-actions-previous'

interface Lanka {
  azure: Azure
  api: ContainerAppHandle
  ui: ContainerAppHandle
  rollout(
    inputs: Record<string, string>,
    opts?: Omit<StepOptions, 'inputs'> & { post?: boolean; state?: Record<string, string> },
  ): ReturnType<typeof runStep>
  close(): Promise<void>
}

/** The API and the UI, each serving v1.0.0 from its revision --v100 at 100 %, and their v1.1.0 revisions at 0 %. */
async function startLanka(uiCanary: Partial<Behaviour> = {}): Promise<Lanka> {
  const azure = await startAzure()
  const app = (name: string) =>
    addContainerApp(azure, {
      name,
      resourceGroup: 'rg-lanka',
      stable: { suffix: 'v100', behaviour: { version: 'v1.0.0' } },
    })
  const api = await app('lanka-api')
  const ui = await app('lanka-ui')
  await api.addRevision('v110', { version: 'v1.1.0' })
  await ui.addRevision('v110', { version: 'v1.1.0', ...uiCanary })
  return {
    azure,
    api,
    ui,
    rollout: (inputs, step = {}) =>
      runStep('canary-rollout', {
        ...step,
        env: { ...azure.env, ...step.env },
        inputs: { ...azure.authInputs, 'resource-group': 'rg-lanka', ...inputs },
      }),
    close: () => azure.close(),
  }
}

const APPS =
  '- name: lanka-api\n  revision: v110\n- name: lanka-ui\n  revision: v110\n  checks:\n    - url: /version\n      version: $.version\n'
const ROLLOUT = { ...FAST, apps: APPS, checks: VERSION_CHECKS, 'expected-version': 'v1.1.0' }

describe('canary-rollout with several apps (apps)', () => {
  test('API and UI move through the stages together and are both promoted', async () => {
    const l = await startLanka()
    try {
      const r = await l.rollout({ ...ROLLOUT, stages: '10%:2s, 100%' })
      assert.equal(r.exitCode, 0, r.log)
      for (const app of [l.api, l.ui]) {
        const name = app.name
        assert.deepEqual(weightHistory(app).slice(-3), [
          { [`${name}--v100`]: 100 },
          { [`${name}--v100`]: 90, [`${name}--v110`]: 10 },
          { [`${name}--v110`]: 100 },
        ])
        assert.equal(app.tags[MARKER], undefined, `${name}: lease released`)
        assert.equal(app.tags[PREVIOUS], `${name}--v100`)
      }
      assert.equal(r.outputs.result, 'promoted')
      assert.equal(r.outputs['stable-revision'], 'lanka-api--v110, lanka-ui--v110')
      assert.deepEqual(JSON.parse(r.outputs.apps ?? ''), [
        { app: 'lanka-api', stable: 'lanka-api--v110', canary: 'lanka-api--v110', previous: 'lanka-api--v100' },
        { app: 'lanka-ui', stable: 'lanka-ui--v110', canary: 'lanka-ui--v110', previous: 'lanka-ui--v100' },
      ])
      assert.match(r.summary, /\| lanka-ui \| `lanka-ui--v110` \|/)
      // Each app was judged on its own canary: samples for both in every stage record.
      const timeline = JSON.parse(r.outputs.timeline ?? '[]') as Array<{
        apps?: Record<string, { canary?: { samples: number } }>
      }>
      assert.ok((timeline[0]?.apps?.['lanka-api']?.canary?.samples ?? 0) > 0, r.outputs.timeline)
      assert.ok((timeline[0]?.apps?.['lanka-ui']?.canary?.samples ?? 0) > 0, r.outputs.timeline)
    } finally {
      await l.close()
    }
  })

  test("the UI's canary fails its gate: both apps are back on their own stable revisions", async () => {
    const l = await startLanka({ errorRate: 0.5 })
    try {
      const r = await l.rollout({ ...ROLLOUT, stages: '10%:20s, 100%', 'failure-threshold': '2' })
      assert.equal(r.exitCode, 1, r.log)
      assert.deepEqual(weightHistory(l.api).slice(-2), [
        { 'lanka-api--v100': 90, 'lanka-api--v110': 10 },
        { 'lanka-api--v100': 100 },
      ])
      assert.deepEqual(weightHistory(l.ui).slice(-2), [
        { 'lanka-ui--v100': 90, 'lanka-ui--v110': 10 },
        { 'lanka-ui--v100': 100 },
      ])
      for (const app of [l.api, l.ui]) assert.equal(app.tags[MARKER], undefined)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.match(r.outputs.reason ?? '', /lanka-ui/)
      assert.deepEqual(
        (JSON.parse(r.outputs.apps ?? '') as Array<{ stable: string }>).map((a) => a.stable),
        ['lanka-api--v100', 'lanka-ui--v100'],
      )
      assert.equal(r.state.finished, 'rolled-back')
    } finally {
      await l.close()
    }
  })

  test('a run after a dead runner (no post step) repairs both apps first, then rolls out', async () => {
    const l = await startLanka()
    try {
      let pid = 0
      const killed = l.rollout({ ...ROLLOUT, stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
      await until(
        () => l.api.weights()['lanka-api--v110'] === 10 && l.ui.weights()['lanka-ui--v110'] === 10,
        30_000,
        'both at 10 %',
      )
      process.kill(pid, 'SIGKILL')
      const dead = await killed
      assert.equal(dead.signal, 'SIGKILL')
      for (const app of [l.api, l.ui]) assert.ok(app.tags[MARKER], `${app.name} keeps the dead run's lease`)

      // The next run, after the dead run's leases expired (no post step ran): repairs both first.
      const [apiMarker, uiMarker] = [l.api.tags[MARKER] ?? '', l.ui.tags[MARKER] ?? '']
      const expired = (m: string) =>
        JSON.stringify({ ...(JSON.parse(m) as object), expires: new Date(Date.now() - 1000).toISOString() })
      l.api.tags[MARKER] = expired(apiMarker)
      l.ui.tags[MARKER] = expired(uiMarker)
      const repair = await l.rollout({ ...ROLLOUT, stages: '100%' })
      assert.equal(repair.exitCode, 0, repair.log)
      for (const app of [l.api, l.ui]) {
        const name = app.name
        assert.deepEqual(weightHistory(app).slice(-3), [
          { [`${name}--v100`]: 90, [`${name}--v110`]: 10 },
          { [`${name}--v100`]: 100 },
          { [`${name}--v110`]: 100 },
        ])
        assert.equal(app.tags[MARKER], undefined)
      }
    } finally {
      await l.close()
    }
  })

  test('SIGKILL mid-stage: the post step puts both apps back from the saved state', async () => {
    const l = await startLanka()
    try {
      let pid = 0
      const killed = l.rollout({ ...ROLLOUT, stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p) })
      await until(
        () => l.api.weights()['lanka-api--v110'] === 10 && l.ui.weights()['lanka-ui--v110'] === 10,
        30_000,
        'both at 10 %',
      )
      process.kill(pid, 'SIGKILL')
      const dead = await killed
      const post = await l.rollout(ROLLOUT, { post: true, state: dead.state })
      assert.equal(post.exitCode, 0, post.log)
      for (const app of [l.api, l.ui]) {
        assert.deepEqual(weightHistory(app).at(-1), { [`${app.name}--v100`]: 100 })
        assert.equal(app.tags[MARKER], undefined)
      }
    } finally {
      await l.close()
    }
  })

  test('apps with images and image-tag: a new revision per app from its image at the release tag', async () => {
    const l = await startLanka()
    try {
      const r = await l.rollout({
        ...FAST,
        apps: '- name: lanka-api\n  image: lankaconnectprod.azurecr.io/lanka-api\n- name: lanka-ui\n  image: lankaconnectprod.azurecr.io/lanka-ui:pinned\n',
        'image-tag': 'v1.2.0',
        'revision-suffix': 'v120',
        checks: '- url: /health',
        stages: '100%',
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(l.api.revision('lanka-api--v120').image, 'lankaconnectprod.azurecr.io/lanka-api:v1.2.0')
      assert.equal(
        l.ui.revision('lanka-ui--v120').image,
        'lankaconnectprod.azurecr.io/lanka-ui:pinned',
        'a tagged image is kept',
      )
      assert.equal(l.api.weights()['lanka-api--v120'], 100)
      assert.equal(l.ui.weights()['lanka-ui--v120'], 100)
    } finally {
      await l.close()
    }
  })

  test("another run's live lease on the UI: nothing moves on the API either, and the run names that run", async () => {
    const l = await startLanka()
    try {
      const theirs = JSON.stringify({
        stable: 'lanka-ui--v100',
        canary: 'lanka-ui--v110',
        run: 'octo-org/lanka/actions/runs/42/attempts/1',
        since: new Date().toISOString(),
        expires: new Date(Date.now() + 600_000).toISOString(),
        token: 'someoneelse',
      })
      l.ui.tags[MARKER] = theirs
      const r = await l.rollout({ ...ROLLOUT, stages: '10%:2s, 100%', 'lease-wait': '0s' })
      assert.equal(r.exitCode, 1, r.log)
      assert.match(
        r.annotations.find((a) => a.level === 'error')?.message ?? '',
        /^Another run is rolling out lanka-ui \(https:\/\/github\.com\/octo-org\/lanka\/actions\/runs\/42\/attempts\/1/,
      )
      assert.equal(l.api.history.length, 1, 'the API was never touched')
      assert.equal(l.api.tags[MARKER], undefined, 'no lease was taken on the API')
      assert.equal(l.ui.tags[MARKER], theirs, "the other run's lease is left as it was")
    } finally {
      await l.close()
    }
  })

  test('SIGINT mid-stage: both apps back on their stable revisions before the step ends', async () => {
    const l = await startLanka()
    try {
      let pid = 0
      const step = l.rollout({ ...ROLLOUT, stages: '10%:30s, 100%' }, { onSpawn: (p) => (pid = p), timeoutMs: 60_000 })
      await until(
        () => l.api.weights()['lanka-api--v110'] === 10 && l.ui.weights()['lanka-ui--v110'] === 10,
        30_000,
        'both at 10 %',
      )
      process.kill(pid, 'SIGINT')
      const r = await step
      assert.equal(r.exitCode, 1)
      assert.equal(r.outputs.result, 'rolled-back')
      assert.equal(r.state.finished, 'restored')
      for (const app of [l.api, l.ui]) {
        assert.deepEqual(weightHistory(app).at(-1), { [`${app.name}--v100`]: 100 })
        assert.equal(app.tags[MARKER], undefined)
      }
    } finally {
      await l.close()
    }
  })

  test('bad apps are refused in one line each, naming the app, before anything is changed', async () => {
    const l = await startLanka()
    try {
      const r = await l.rollout({
        ...FAST,
        app: 'lanka-api',
        apps: '- name: lanka-api\n  image: "not an image"\n- name: lanka-ui\n  colour: blue\n- revision: v1\n',
      })
      assert.equal(r.exitCode, 1)
      const errors = r.annotations.filter((a) => a.level === 'error').map((a) => a.message)
      assert.ok(
        errors.some((e) => /^Input 'app' cannot be combined with apps/.test(e)),
        errors.join('\n'),
      )
      assert.ok(
        errors.some((e) => /^Input 'apps' \(app 1 "lanka-api"\) image must be a container image reference/.test(e)),
        errors.join('\n'),
      )
      assert.ok(
        errors.some((e) => /^Input 'apps' \(app 2 "lanka-ui"\) has the unknown key "colour"/.test(e)),
        errors.join('\n'),
      )
      assert.ok(
        errors.some((e) => /^Input 'apps' \(app 3\) needs name/.test(e)),
        errors.join('\n'),
      )
      for (const app of [l.api, l.ui]) assert.equal(app.history.length, 1, 'no traffic change')
    } finally {
      await l.close()
    }
  })
})
