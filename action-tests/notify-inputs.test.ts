/**
 * Bad input to notify: each is one error line naming the input and the accepted form, reported
 * before anything is posted (the receiver gets nothing), never echoing a webhook URL.
 */
import assert from 'node:assert/strict'
import { afterAll, beforeAll, describe, test } from '@jest/globals'
import { startWebhook, type WebhookReceiver } from '@deploy-actions/harness/emulators/webhook'
import { oneError } from './refusals.ts'
import { runStep } from '@deploy-actions/harness/runner'

describe('notify refuses bad input before posting anything', () => {
  let hook: WebhookReceiver
  beforeAll(async () => {
    hook = await startWebhook()
  })
  afterAll(() => hook.close())

  const cases: Array<{ what: string; inputs: () => Record<string, string>; error: RegExp }> = [
    {
      what: 'no event',
      inputs: () => ({ event: '' }),
      error: /^Input 'event' is required: give one of started, succeeded, failed, rolled-back$/,
    },
    {
      what: 'an unknown event',
      inputs: () => ({ event: 'done' }),
      error: /^Input 'event' must be one of started, succeeded, failed, rolled-back; got "done"$/,
    },
    {
      what: 'no webhook at all',
      inputs: () => ({ 'slack-webhook-url': '' }),
      error:
        /^Input 'slack-webhook-url' or teams-webhook-url or webhook-url is required: give at least one webhook URL/,
    },
    {
      what: 'a webhook that is no URL',
      inputs: () => ({ 'slack-webhook-url': 'hooks.slack.com/services/T/B/secretpart' }),
      error: /^Input 'slack-webhook-url' must be an https webhook URL \(http only to a loopback address\)$/,
    },
    {
      what: 'a plain-http webhook to another host',
      inputs: () => ({ 'teams-webhook-url': 'http://prod-12.westeurope.logic.azure.com/workflows/x?sig=secretsig' }),
      error:
        /^Input 'teams-webhook-url' must be an https webhook URL \(http only to a loopback address\) \(plain http is only accepted to a loopback address\)$/,
    },
    {
      what: 'a webhook with another scheme',
      inputs: () => ({ 'slack-webhook-url': 'ftp://hooks.example.com/secretpart' }),
      error: /^Input 'slack-webhook-url' must be an https webhook URL .*scheme ftp is not supported/,
    },
    {
      what: 'a deadline that is no time',
      inputs: () => ({ event: 'succeeded', 'rollback-deadline': 'in an hour' }),
      error: /^Input 'rollback-deadline' must be an ISO 8601 time with a zone/,
    },
    {
      what: 'an environment URL that is not one',
      inputs: () => ({ 'environment-url': 'shop' }),
      error: /^Input 'environment-url' must be an absolute http or https URL/,
    },
    {
      what: 'a run URL that is not one',
      inputs: () => ({ 'run-url': '/runs/1' }),
      error: /^Input 'run-url' must be an absolute http or https URL/,
    },
    {
      what: 'attempts out of range',
      inputs: () => ({ attempts: '50' }),
      error: /^Input 'attempts' must be a whole number from 1 to 10; got "50"$/,
    },
    {
      what: 'a timeout in plain numbers',
      inputs: () => ({ timeout: '10' }),
      error: /^Input 'timeout' must be a duration such as 500ms, 90s, 5m or 1h30m/,
    },
    {
      what: 'fail-on-error that is not a boolean',
      inputs: () => ({ 'fail-on-error': 'maybe' }),
      error: /^Input 'fail-on-error' must be true or false; got "maybe"$/,
    },
    {
      what: 'a failed stage on a success',
      inputs: () => ({ event: 'succeeded', 'failed-stage': 'canary' }),
      error: /^Input 'failed-stage' is only used with event failed, not succeeded$/,
    },
    {
      what: 'a version on two lines',
      inputs: () => ({ version: 'v1.5.0\nv1.6.0' }),
      error: /^Input 'version' must be one line of text \(it holds a line break\); got "v1\.5\.0\\nv1\.6\.0"$/,
    },
    {
      what: 'a Teams webhook URL with credentials in it',
      inputs: () => ({ 'teams-webhook-url': 'https://user:hunter2hunter2@contoso.webhook.office.com/webhookb2/x' }),
      error:
        /^Input 'teams-webhook-url' must be an https webhook URL \(http only to a loopback address\) \(it holds a user name or password: give credentials in their own secret input\)$/,
    },
  ]

  for (const c of cases) {
    test(c.what, async () => {
      const r = await runStep('notify', {
        inputs: { event: 'started', 'slack-webhook-url': hook.slackUrl, ...c.inputs() },
      })
      const message = oneError(r)
      assert.match(message, c.error)
      assert.ok(!/s3cr3t|secretpart|secretsig/.test(message), 'the URL is not echoed')
      assert.equal(hook.received.length, 0, 'nothing was posted')
      assert.deepEqual(r.outputs, {}, 'no output set')
    })
  }
})
