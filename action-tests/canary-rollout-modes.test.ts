/**
 * canary-rollout's other modes (rollback, promote, plan), OIDC sign-in end to end, and bad input:
 * one line naming the input, before any ARM call.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { CANARY, FAST, STABLE, startCanaryApp, type CanaryApp, weightHistory } from '@deploy-actions/harness/canary-app'
import { assertNoTokens, everything } from './leaks.ts'
import { CLIENT_ID, CLIENT_SECRET, TENANT } from '@deploy-actions/harness/emulators/azure'

describe('canary-rollout modes and sign-in', () => {
  test('rollback puts the previous stable revision back to 100 %; a second rollback changes nothing', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const promoted = await s.rollout({ ...FAST, revision: 'v150', stages: '100%' })
      assert.equal(promoted.exitCode, 0, promoted.log)
      assert.deepEqual(s.app.weights()[CANARY], 100)

      const back = await s.rollout({ mode: 'rollback' })
      assert.equal(back.exitCode, 0, back.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
      assert.deepEqual(
        [back.outputs.result, back.outputs['stable-revision'], back.outputs['previous-revision']],
        ['rolled-back', STABLE, CANARY],
      )
      assert.equal(
        s.app.tags['deploy-actions-previous'],
        undefined,
        'no previous is left to roll "back" to the bad build',
      )

      const patches = s.azure.calls.filter((c) => c.method === 'PATCH').length
      const again = await s.rollout({ mode: 'rollback', revision: 'v140' })
      assert.equal(again.exitCode, 0, again.log)
      assert.equal(s.azure.calls.filter((c) => c.method === 'PATCH').length, patches, 'nothing was sent')
      assert.match(again.log, /shop--v140 already has 100%: nothing to change/)
    } finally {
      await s.close()
    }
  })

  test('rollback to a deactivated revision activates it and waits for health first', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      s.app.traffic = [{ revisionName: CANARY, weight: 100 }]
      s.app.revision(STABLE).active = false
      const r = await s.rollout({ mode: 'rollback', revision: STABLE })
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(s.app.revision(STABLE).active, true)
      assert.deepEqual(weightHistory(s.app).at(-1), { [STABLE]: 100 })
    } finally {
      await s.close()
    }
  })

  test('promote finishes a rollout in flight at once', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      s.app.traffic = [
        { revisionName: STABLE, weight: 90 },
        { revisionName: CANARY, weight: 10 },
      ]
      s.app.tags['deploy-actions-rollout'] = JSON.stringify({
        stable: STABLE,
        canary: CANARY,
        run: 'octo-org/shop/actions/runs/1/attempts/1',
        since: new Date().toISOString(),
      })
      const r = await s.rollout({ mode: 'promote' })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(weightHistory(s.app).at(-1), { [CANARY]: 100 })
      assert.equal(s.app.tags['deploy-actions-rollout'], undefined)
      assert.equal(s.app.tags['deploy-actions-previous'], STABLE)
    } finally {
      await s.close()
    }
  })

  test('plan prints the stages and changes nothing', async () => {
    const s = await startCanaryApp()
    try {
      const r = await s.rollout({
        mode: 'plan',
        image: 'ghcr.io/octo-org/shop:v1.5.0',
        'revision-suffix': 'v150',
        stages: '5%:5m, 50%:10m, 100%:15m',
      })
      assert.equal(r.exitCode, 0, r.log)
      assert.deepEqual(
        s.azure.calls.filter((c) => c.method !== 'GET'),
        [],
        'only reads',
      )
      assert.equal(s.app.revisions.size, 1)
      assert.equal(r.outputs.result, 'planned')
      assert.deepEqual(
        (JSON.parse(r.outputs.timeline ?? '[]') as Array<{ weight: number; bakeMs: number }>).map((x) => [
          x.weight,
          x.bakeMs,
        ]),
        [
          [5, 300_000],
          [50, 600_000],
          [100, 900_000],
        ],
      )
      assert.match(r.log, /stage 2 at \+5m00s: 50% canary, 50% stable, bake 10m00s \(60 gate round\(s\)/)
    } finally {
      await s.close()
    }
  })

  test('OIDC end to end: a fresh GitHub ID token becomes an ARM token; neither appears anywhere', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const r = await s.rollout({ ...FAST, revision: 'v150', stages: '100%' })
      assert.equal(r.exitCode, 0, r.log)
      assert.ok(s.azure.issued.idTokens.length >= 1)
      assert.ok(s.azure.issued.accessTokens.length >= 1)
      assert.ok(
        s.azure.calls.length > 0 && s.azure.calls.every((c) => c.status !== 401),
        'every ARM call carried an issued token',
      )
      assertNoTokens(r, [
        ...s.azure.issued.idTokens,
        ...s.azure.issued.accessTokens,
        s.azure.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN as string,
      ])
    } finally {
      await s.close()
    }
  })

  test('environment credentials (AZURE_CLIENT_SECRET) sign in when no OIDC client is given; the secret is masked', async () => {
    const s = await startCanaryApp()
    try {
      await s.app.addRevision('v150')
      const { 'client-id': _c, 'tenant-id': _t, ...withoutOidc } = s.azure.authInputs
      const env = {
        AZURE_CLIENT_ID: CLIENT_ID,
        AZURE_TENANT_ID: TENANT,
        AZURE_CLIENT_SECRET: CLIENT_SECRET,
        ACTIONS_ID_TOKEN_REQUEST_URL: '',
        ACTIONS_ID_TOKEN_REQUEST_TOKEN: '',
      }
      const r = await s.rollout(
        { ...FAST, ...withoutOidc, 'client-id': '', 'tenant-id': '', revision: 'v150', stages: '100%' },
        { env },
      )
      assert.equal(r.exitCode, 0, r.log)
      assert.equal(s.azure.issued.idTokens.length, 0, 'no GitHub OIDC token was asked for')
      assert.match(
        r.log,
        /^ {2}Azure: environment credentials \(AZURE_CLIENT_ID 11111111-2222-3333-4444-555555555555\)/m,
      )
      assert.ok(r.masks.includes(CLIENT_SECRET))
      assert.ok(!everything(r).includes(CLIENT_SECRET))
      assert.equal(s.app.weights()[CANARY], 100)
    } finally {
      await s.close()
    }
  })

  test('a client the tenant does not know: one error line from Entra, nothing changed', async () => {
    const s = await startCanaryApp()
    try {
      const r = await s.rollout({ ...FAST, revision: 'v140', 'client-id': '99999999-2222-3333-4444-555555555555' })
      assert.equal(r.exitCode, 1)
      assert.equal(s.azure.calls.length, 0)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1)
      assert.match(errors[0]?.message ?? '', /AADSTS700016/)
    } finally {
      await s.close()
    }
  })
})

describe('canary-rollout refuses bad input before any ARM call', () => {
  let s: CanaryApp
  beforeAll(async () => {
    s = await startCanaryApp()
  })
  afterAll(() => s.close())

  const cases: Array<{ what: string; inputs: Record<string, string>; error: RegExp }> = [
    {
      what: 'weights not rising',
      inputs: { revision: 'v150', stages: '50%:1m, 10%:1m, 100%' },
      error: new RegExp(
        String.raw`^Input 'stages' must be a comma-separated list of weight:bake stages .* \(weights must rise: stage 2 ` +
          String.raw`\(10%\) does not rise above 50%\); got "50%:1m, 10%:1m, 100%"$`,
      ),
    },
    {
      what: 'a weight over 100',
      inputs: { revision: 'v150', stages: '10%:1m, 150%' },
      error: /^Input 'stages' .*\(stage 2: 150% is over 100%\)/,
    },
    {
      what: 'stage syntax',
      inputs: { revision: 'v150', stages: 'ten%:5m, 100%' },
      error: /^Input 'stages' .*\(stage 1 "ten%:5m" is not weight:bake\)/,
    },
    {
      what: 'a bake that is not a duration',
      inputs: { revision: 'v150', stages: '10%:5mins, 100%' },
      error: /^Input 'stages' .*\(stage 1: "5mins" is not a duration such as 90s or 5m\)/,
    },
    {
      what: 'a stage without a bake',
      inputs: { revision: 'v150', stages: '10%, 100%' },
      error: /^Input 'stages' .*\(stage 1 \(10%\) needs a bake time, e.g. 10%:5m\)/,
    },
    {
      what: 'a last stage short of 100',
      inputs: { revision: 'v150', stages: '10%:1m, 50%:1m' },
      error: /^Input 'stages' .*\(the last stage must be 100%; it is 50%\)/,
    },
    {
      what: 'a fractional weight',
      inputs: { revision: 'v150', stages: '2.5%:1m, 100%' },
      error: /^Input 'stages' .*\(stage 1: weights are whole percentages; got 2.5%\)/,
    },
    {
      what: 'bakes over the 6-hour job limit',
      inputs: { revision: 'v150', stages: '10%:4h, 100%:3h' },
      error: /^Input 'stages' bake for 7h00m in all, over GitHub's 6-hour job limit/,
    },
    {
      what: 'an unknown mode',
      inputs: { mode: 'yolo' },
      error: /^Input 'mode' must be one of rollout, promote, rollback, plan, watch; got "yolo"$/,
    },
    {
      what: "an unknown mode with an image (the mode's error only, not one about what that mode would do with the image)",
      inputs: { mode: 'canary', image: 'ghcr.io/octo-org/shop:v1.5.0' },
      error: /^Input 'mode' must be one of rollout, promote, rollback, plan, watch; got "canary"$/,
    },
    {
      what: 'an interval under a second',
      inputs: { revision: 'v150', interval: '100ms' },
      error: /^Input 'interval' must be a duration such as 500ms, 90s, 5m or 1h30m \(at least 1s\); got "100ms"$/,
    },
    {
      what: 'failure-threshold 0',
      inputs: { revision: 'v150', 'failure-threshold': '0' },
      error: /^Input 'failure-threshold' must be a whole number from 1 to 100; got "0"$/,
    },
    {
      what: 'a threshold that is not one',
      inputs: { revision: 'v150', thresholds: 'p95<fast' },
      error:
        /^Input 'thresholds' must be a comma- or newline-separated list of a threshold such as p95<500ms.*item "p95<fast"/,
    },
    {
      what: 'a confidence over 100 %',
      inputs: { revision: 'v150', confidence: '150%' },
      error: /^Input 'confidence' must be a confidence level from 50% to 99.99%, such as 95%; got "150%"$/,
    },
    {
      what: 'an unknown inconclusive policy',
      inputs: { revision: 'v150', inconclusive: 'maybe' },
      error: /^Input 'inconclusive' must be one of wait, fail, pass; got "maybe"$/,
    },
    {
      what: 'neither image nor revision',
      inputs: {},
      error:
        /^Input 'image' is required for mode rollout: give image \(a new revision is created\) or revision \(an existing one\)$/,
    },
    {
      what: 'image and revision together',
      inputs: { image: 'ghcr.io/o/shop:v2', revision: 'v150' },
      error: /^Input 'revision' cannot be combined with image/,
    },
    {
      what: 'a client-id that is not a GUID',
      inputs: { revision: 'v150', 'client-id': 'my-app' },
      error: /^Input 'client-id' must be the application \(client\) ID .*: a GUID/,
    },
    {
      what: 'an absolute URL in checks',
      inputs: { revision: 'v150', checks: '- url: https://example.com/health' },
      error: new RegExp(
        String.raw`^Input 'checks' \(check "GET \/health"\) must give paths such as \/health, sent to each revision's ` +
          String.raw`own URL; got the absolute URL https:\/\/example.com\/health$`,
      ),
    },
    {
      what: 'an http ARM endpoint',
      inputs: { revision: 'v150', 'arm-endpoint': 'http://127.0.0.1:1' },
      error: /^Input 'arm-endpoint' must be an absolute https URL .*\(scheme http is not supported\)/,
    },
    {
      what: 'a resource group on two lines',
      inputs: { revision: 'v150', 'resource-group': 'rg-shop\n::warning::INJECTED' },
      error:
        /^Input 'resource-group' must be one line of text \(it holds a line break\); got "rg-shop\\n::warning::INJECTED"$/,
    },
    {
      what: 'an ARM endpoint with a password in it, refused without quoting it',
      inputs: { revision: 'v150', 'arm-endpoint': 'https://admin:armPassw0rd-99@127.0.0.1:1' },
      error:
        /^Input 'arm-endpoint' must be an absolute https URL such as https:\/\/app\.example\.com\/health \(it holds a user name or password: give credentials in their own secret input\)$/,
    },
    {
      what: 'an app name Azure refuses',
      inputs: { revision: 'v150', app: 'Shop_App' },
      error: /^Input 'app' must be a Container App name/,
    },
  ]
  for (const c of cases) {
    test(c.what, async () => {
      const before = s.azure.calls.length
      const r = await s.rollout(c.inputs)
      assert.equal(r.exitCode, 1)
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(errors[0]?.message ?? '', c.error)
      assert.ok(!(errors[0]?.message ?? '').includes('\n'))
      assert.doesNotMatch(r.stdout + r.stderr, /\n\s+at /, 'no stack trace')
      assert.equal(s.azure.calls.length, before, 'no ARM call')
      assert.equal(s.azure.issued.idTokens.length, 0, 'not even a sign-in')
      assert.deepEqual(r.outputs, {})
    })
  }

  test('Single revision mode: says how to switch, changes nothing', async () => {
    const single = await startCanaryApp({ mode: 'Single' })
    try {
      const r = await single.rollout({ ...FAST, image: 'ghcr.io/octo-org/shop:v1.5.0' })
      assert.equal(r.exitCode, 1)
      assert.deepEqual(
        single.azure.calls.filter((c) => c.method !== 'GET'),
        [],
      )
      const errors = r.annotations.filter((a) => a.level === 'error')
      assert.equal(errors.length, 1, errors.map((e) => e.message).join('\n'))
      assert.match(
        errors[0]?.message ?? '',
        new RegExp(
          String.raw`^Container App shop is in Single revision mode, where traffic cannot be split between revisions; nothing was changed\. ` +
            String.raw`Switch it once to Multiple or Labels mode: az containerapp revision set-mode --name shop --resource-group rg-shop ` +
            String.raw`--mode multiple \(or --mode labels --target-label <a label>\)$`,
        ),
      )
    } finally {
      await single.close()
    }
  })
})
