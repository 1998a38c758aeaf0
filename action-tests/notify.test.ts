/**
 * notify through its bundle against the local webhook receiver: what Slack and Teams would get
 * (Block Kit; an Adaptive Card in a workflow-webhook message) for each event, retries on 429/5xx,
 * a 500 that outlasts the retries warning without failing (unless fail-on-error), and the webhook
 * URLs in no log, output or summary.
 */
import assert from 'node:assert/strict'
import { createHmac, timingSafeEqual } from 'node:crypto'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { startWebhook, type WebhookReceiver } from '@deploy-actions/harness/emulators/webhook'
import { firstLine, visibleTableColumns } from './summary-shape.ts'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'

const WEBHOOK_SECRET = 'whsec-0123456789abcdef-s3cr3t'

interface SlackBody {
  text: string
  blocks: Array<{
    type: string
    text?: { text: string }
    fields?: Array<{ text: string }>
    elements?: Array<{ url?: string; text?: unknown }>
  }>
}
interface TeamsBody {
  type: string
  attachments: Array<{
    contentType: string
    contentUrl: null
    content: {
      type: string
      version: string
      body: Array<{ type: string; text?: string; facts?: Array<{ title: string; value: string }> }>
      actions?: Array<{ type: string; url: string }>
    }
  }>
}

describe('notify against the webhook receiver', () => {
  let hook: WebhookReceiver
  const all: StepResult[] = []
  beforeAll(async () => {
    hook = await startWebhook()
  })
  afterAll(() => hook.close())

  const notify = async (inputs: Record<string, string>) => {
    const r = await runStep('notify', {
      inputs: { 'slack-webhook-url': hook.slackUrl, 'teams-webhook-url': hook.teamsUrl, ...inputs },
      env: { GITHUB_ACTOR: 'alice' },
    })
    all.push(r)
    return r
  }
  const last = <T>(match: string) => hook.to(match).at(-1)?.body as T

  test('succeeded: Slack blocks and a Teams Adaptive Card carrying version, id, URL, deadline and run link', async () => {
    const r = await notify({
      event: 'succeeded',
      version: 'v1.5.0',
      'deployment-id': '20261124T183000Z-ffac537-7000000001-1',
      'environment-url': 'https://shop.example.com',
      'rollback-deadline': '2026-11-24T19:31:00Z',
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.deepEqual(r.outputs, { sent: 'slack,teams', failed: '' })
    const slack = last<SlackBody>('/services/')
    assert.equal(slack.text, '✅ Deployment succeeded: v1.5.0 to production')
    assert.equal(slack.blocks[0]?.type, 'header')
    const fields = slack.blocks.find((b) => b.type === 'section')?.fields?.map((f) => f.text) ?? []
    assert.deepEqual(fields, [
      '*Version*\nv1.5.0',
      '*Environment*\nproduction',
      '*Deployment ID*\n20261124T183000Z-ffac537-7000000001-1',
      '*Environment URL*\n<https://shop.example.com/|https://shop.example.com/>',
      '*Rollback until*\n2026-11-24T19:31:00.000Z',
      '*Repository*\nocto-org/shop',
    ])
    assert.equal(
      slack.blocks.find((b) => b.type === 'actions')?.elements?.[0]?.url,
      'https://github.com/octo-org/shop/actions/runs/7000000001/attempts/1',
    )
    assert.equal(hook.to('/services/').at(-1)?.headers['content-type'], 'application/json')

    const teams = last<TeamsBody>('/workflows/')
    assert.equal(teams.type, 'message')
    const att = teams.attachments[0]
    assert.equal(att?.contentType, 'application/vnd.microsoft.card.adaptive')
    assert.equal(att?.content.type, 'AdaptiveCard')
    assert.equal(att?.content.version, '1.4')
    assert.equal(att?.content.body[0]?.text, '✅ Deployment succeeded: v1.5.0 to production')
    const facts = Object.fromEntries(
      att?.content.body.find((b) => b.type === 'FactSet')?.facts?.map((f) => [f.title, f.value]) ?? [],
    )
    assert.equal(facts['Rollback until'], '2026-11-24T19:31:00.000Z')
    assert.equal(facts['Deployment ID'], '20261124T183000Z-ffac537-7000000001-1')
    assert.deepEqual(
      att?.content.actions?.map((a) => a.url),
      ['https://github.com/octo-org/shop/actions/runs/7000000001/attempts/1', 'https://shop.example.com/'],
    )
  })

  test('started, failed and rolled back have their own headline; failed names the stage; text is escaped for Slack', async () => {
    for (const [event, head] of [
      ['started', '🚀 Deployment started'],
      ['failed', '🚨 Deployment FAILED'],
      ['rolled-back', '↩️ Deployment rolled back'],
    ] as const) {
      const r = await notify({
        event,
        version: 'v1.5.0',
        ...(event === 'failed'
          ? { 'failed-stage': 'canary-rollout', message: 'error rate <5% breached & rolled back' }
          : {}),
        'rollback-deadline': '2026-11-24T19:31:00Z',
      })
      assert.equal(r.exitCode, 0, r.log)
      const slack = last<SlackBody>('/services/')
      assert.equal(slack.text, `${head}: v1.5.0 to production`)
      const fields = slack.blocks.find((b) => b.type === 'section')?.fields?.map((f) => f.text) ?? []
      assert.equal(
        fields.some((f) => f.startsWith('*Rollback until*')),
        false,
        'the deadline only on succeeded',
      )
      if (event === 'failed') {
        assert.ok(fields.includes('*Failed stage*\ncanary-rollout'))
        assert.ok(slack.blocks.some((b) => b.text?.text === 'error rate &lt;5% breached &amp; rolled back'))
        const teams = last<TeamsBody>('/workflows/')
        assert.ok(teams.attachments[0]?.content.body.some((b) => b.text === 'error rate <5% breached & rolled back'))
      }
    }
  })

  test('a 429 with Retry-After and a 502 are retried until delivered', async () => {
    const before = hook.to('/services/').length
    hook.failNext('/services/', 1, 429, { headers: { 'retry-after': '1' } })
    hook.failNext('/workflows/', 1, 502)
    const r = await notify({ event: 'started', version: 'v1.5.0' })
    assert.equal(r.exitCode, 0, r.log)
    assert.deepEqual(r.outputs, { sent: 'slack,teams', failed: '' })
    const slackCalls = hook.to('/services/').slice(before)
    assert.equal(slackCalls.length, 2)
    assert.ok((slackCalls[1]?.at ?? 0) - (slackCalls[0]?.at ?? 0) >= 900, 'Retry-After: 1 was honoured')
    assert.match(r.log, /Slack: delivered at attempt 2/)
  })

  test('a webhook answering 500 warns and the step still succeeds; the other channel is delivered', async () => {
    const before = hook.to('/workflows/').length
    hook.failNext('/workflows/', 3, 500)
    const r = await notify({ event: 'succeeded', version: 'v1.5.0' })
    assert.equal(r.exitCode, 0, r.log)
    assert.deepEqual(r.outputs, { sent: 'slack', failed: 'teams' })
    assert.equal(hook.to('/workflows/').length - before, 3, 'three attempts, then it gave up')
    const warning = r.annotations.find((a) => a.level === 'warning')
    assert.match(
      warning?.message ?? '',
      /^Microsoft Teams notification failed: answered 500: server_error \(after 3 attempt\(s\) at most\); the deployment goes on/,
    )
    assert.match(r.summary, /Microsoft Teams \| ⚠️ answered 500/)
    assert.equal(
      firstLine(r.summary),
      '### ⚠️ Microsoft Teams not told: answered 500: server\\_error (after 3 attempt(s) at most)',
    )
    assert.match(r.summary, /^The message was: .*v1\.5\.0.*\. Slack got it\.$/m)
    assert.match(r.summary, /\*\*What now:\*\* the people on that channel did not hear/)
    assert.deepEqual(visibleTableColumns(r.summary), [2])
  })

  test('with fail-on-error a failed notification fails the step', async () => {
    hook.failNext('/services/', 2, 503)
    const r = await notify({ event: 'failed', version: 'v1.5.0', 'fail-on-error': 'true', attempts: '2' })
    assert.equal(r.exitCode, 1, r.log)
    assert.deepEqual(r.outputs, { sent: 'teams', failed: 'slack' })
    assert.ok(
      r.annotations.some((a) => a.level === 'error' && /^Slack notification failed: answered 503/.test(a.message)),
    )
  })

  test('a 404 (a deleted webhook) is not retried', async () => {
    const before = hook.to('/services/').length
    hook.failNext('/services/', 1, 404, { body: 'no_service' })
    const r = await notify({ event: 'started', version: 'v1.5.0' })
    assert.equal(r.exitCode, 0)
    assert.equal(hook.to('/services/').length - before, 1)
    assert.deepEqual(r.outputs, { sent: 'teams', failed: 'slack' })
  })

  test('a receiver that is down is reported in one line, without the URL', async () => {
    const dead = await startWebhook()
    const url = dead.slackUrl
    await dead.close()
    const r = await runStep('notify', {
      inputs: { event: 'started', version: 'v1.5.0', 'slack-webhook-url': url, attempts: '1' },
    })
    all.push(r)
    assert.equal(r.exitCode, 0)
    assert.match(
      r.annotations.find((a) => a.level === 'warning')?.message ?? '',
      /^Slack notification failed: connection refused \(ECONNREFUSED\)/,
    )
  })

  test('a generic webhook gets the notice as JSON, signed with HMAC-SHA256 of the exact body; a retry sends the same delivery', async () => {
    hook.failNext('logicapp', 1, 503)
    const r = await notify({
      'slack-webhook-url': '',
      'teams-webhook-url': '',
      'webhook-url': hook.logicAppUrl,
      'webhook-secret': WEBHOOK_SECRET,
      event: 'rolled-back',
      version: 'v1.5.1',
      environment: 'production',
      message: 'production smoke failed; v1.5.0 redeployed',
    })
    assert.equal(r.exitCode, 0, r.log)
    assert.deepEqual(r.outputs, { sent: 'webhook', failed: '' })
    const [first, second] = hook.to('logicapp').slice(-2)
    assert.ok(first && second)
    // What a receiver does: recompute the HMAC over the raw body and compare in constant time.
    const expected = `sha256=${createHmac('sha256', WEBHOOK_SECRET).update(second.raw).digest('hex')}`
    const got = String(second.headers['x-deploy-signature-256'])
    assert.ok(got.length === expected.length && timingSafeEqual(Buffer.from(got), Buffer.from(expected)))
    const wrong = `sha256=${createHmac('sha256', 'another-secret-of-16+').update(second.raw).digest('hex')}`
    assert.notEqual(got, wrong)
    assert.equal(first.raw, second.raw, 'the retry sent the same bytes')
    assert.equal(first.headers['x-deploy-delivery'], second.headers['x-deploy-delivery'])
    assert.equal(second.headers['x-deploy-event'], 'rolled-back')
    const body = second.body as Record<string, unknown>
    assert.equal(body.schema, 'deploy-actions.notify/v1')
    assert.equal(body.event, 'rolled-back')
    assert.equal(body.version, 'v1.5.1')
    assert.equal(body.message, 'production smoke failed; v1.5.0 redeployed')
    assert.ok(!r.log.includes(WEBHOOK_SECRET))
  })

  test('webhook-url without webhook-secret (or a short one) is refused before anything is sent', async () => {
    const before = hook.received.length
    const r = await notify({ 'webhook-url': hook.logicAppUrl, event: 'started', version: 'v1.0.0' })
    assert.equal(r.exitCode, 1)
    assert.ok(
      r.annotations.some(
        (a) => a.level === 'error' && /^Input 'webhook-secret' is required with webhook-url/.test(a.message),
      ),
    )
    const short = await notify({
      'webhook-url': hook.logicAppUrl,
      'webhook-secret': 'short',
      event: 'started',
      version: 'v1.0.0',
    })
    assert.equal(short.exitCode, 1)
    assert.ok(
      short.annotations.some(
        (a) => a.level === 'error' && /^Input 'webhook-secret' must be at least 16/.test(a.message),
      ),
    )
    assert.equal(hook.received.length, before)
  })

  test('the webhook URLs are in no log, output or summary', () => {
    assert.ok(all.length >= 6)
    const secrets = [
      hook.slackUrl,
      hook.teamsUrl,
      hook.logicAppUrl,
      's3cr3tSlackHookPart0123456789',
      's3cr3tTeamsSignature9876543210',
      WEBHOOK_SECRET,
    ]
    for (const r of all) {
      assert.ok(
        r.masks.some((m) => m.includes('s3cr3t')),
        'the URL was registered as a secret',
      )
      const shown = [
        r.log,
        r.stderr,
        r.summary,
        JSON.stringify(r.outputs),
        JSON.stringify(r.annotations),
        r.stdout
          .split('\n')
          .filter((l) => !l.startsWith('::add-mask::'))
          .join('\n'),
      ].join('\n')
      for (const s of secrets) assert.ok(!shown.includes(s), `leaked ${s.slice(0, 20)}…`)
    }
  })
})
