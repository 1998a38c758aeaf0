import {
  ActionFailure,
  appendSummary,
  describeError,
  networkAdvice,
  plainText,
  formatDuration,
  InputIssues,
  markdownTable,
  parseRetryAfter,
  readInputs,
  retry,
  setOutputs,
  log,
} from '@deploy-actions/core'
import { runUrl } from '@deploy-actions/github/run'
import { parseInstant } from '@deploy-actions/record/time'
import { randomUUID } from 'node:crypto'
import {
  headline,
  type Notice,
  signature,
  SIGNATURE_HEADER,
  slackPayload,
  teamsPayload,
  webhookPayload,
} from './payloads.ts'
import { inputs, outputs } from './spec.ts'

/** A webhook's answer that waiting may change (5xx, 429, 408), with its Retry-After. */
class WebhookError extends Error {
  status: number
  retryAfterMs?: number
  constructor(status: number, body: string, retryAfterMs?: number) {
    super(`answered ${status}${body ? `: ${body}` : ''}`)
    this.status = status
    this.retryAfterMs = retryAfterMs
  }
}

interface Channel {
  name: 'slack' | 'teams' | 'webhook'
  label: string
  url: URL
  /** The JSON sent, serialised once: a retry sends the same bytes (and signature). */
  body: string
  headers?: Record<string, string>
}

export async function run(): Promise<void> {
  const issues = new InputIssues()
  const values = await readInputs(inputs, issues)
  const slack = values['slack-webhook-url']
  const teams = values['teams-webhook-url']
  const hook = values['webhook-url']
  if (!slack && !teams && !hook && !issues.errors.some((e) => e.input.endsWith('webhook-url'))) {
    issues.add(
      'slack-webhook-url',
      'or teams-webhook-url or webhook-url is required: give at least one webhook URL (from a secret)',
    )
  }
  if (hook && values['webhook-secret'] === undefined)
    issues.add(
      'webhook-secret',
      'is required with webhook-url: the shared secret the body is signed with (HMAC-SHA256)',
    )
  if (values['webhook-secret'] !== undefined && values['webhook-secret'].length < 16)
    issues.add('webhook-secret', 'must be at least 16 characters: a random shared secret, from a secret')
  if (!hook && values['webhook-secret'] !== undefined && !issues.errors.some((e) => e.input === 'webhook-url'))
    issues.add('webhook-secret', 'is only used with webhook-url')
  const env = process.env
  const version =
    values.version ?? /^refs\/tags\/(.+)$/.exec(env.GITHUB_REF ?? '')?.[1] ?? env.GITHUB_SHA?.slice(0, 7) ?? ''
  if (version === '') issues.add('version', 'is required outside a tag or commit: give the version, e.g. v1.5.0')
  for (const input of ['version', 'deployment-id', 'environment', 'failed-stage'] as const) {
    const v = input === 'version' ? version : values[input]
    if (v !== undefined && (v.length > 200 || /[\r\n]/.test(v)))
      issues.add(input, 'must be one line of at most 200 characters')
  }
  const message = values.message
  if (message !== undefined && message.length > 2000) issues.add('message', 'must be at most 2000 characters')
  let deadline: string | undefined
  if (values['rollback-deadline'] !== undefined) {
    const at = parseInstant(values['rollback-deadline'])
    if (!at)
      issues.add(
        'rollback-deadline',
        `must be an ISO 8601 time with a zone such as 2026-11-23T13:31:00Z (deployment-record's ` +
          `rollback-deadline output); got ${JSON.stringify(values['rollback-deadline'].slice(0, 60))}`,
      )
    else deadline = at.toISOString()
  }
  if (values['failed-stage'] !== undefined && values.event !== undefined && values.event !== 'failed')
    issues.add('failed-stage', `is only used with event failed, not ${values.event}`)
  issues.throwIfAny()

  const notice: Notice = {
    event: values.event,
    repository: env.GITHUB_REPOSITORY ?? 'unknown repository',
    environment: values.environment,
    version,
    deploymentId: values['deployment-id'],
    environmentUrl: values['environment-url']?.href,
    rollbackDeadline: values.event === 'succeeded' ? deadline : undefined,
    runUrl: values['run-url']?.href ?? runUrl(),
    failedStage: values['failed-stage'],
    message,
    actor: env.GITHUB_TRIGGERING_ACTOR || env.GITHUB_ACTOR,
  }
  const channels: Channel[] = []
  if (slack) channels.push({ name: 'slack', label: 'Slack', url: slack, body: JSON.stringify(slackPayload(notice)) })
  if (teams)
    channels.push({ name: 'teams', label: 'Microsoft Teams', url: teams, body: JSON.stringify(teamsPayload(notice)) })
  if (hook) {
    const body = JSON.stringify(webhookPayload(notice, new Date()))
    channels.push({
      name: 'webhook',
      label: 'Webhook',
      url: hook,
      body,
      headers: {
        [SIGNATURE_HEADER]: signature(values['webhook-secret'] as string, body),
        'x-deploy-event': notice.event,
        // The same id on every attempt: a receiver drops a retried delivery it already took.
        'x-deploy-delivery': randomUUID(),
      },
    })
  }
  log.info(`Notifying ${channels.map((c) => c.label).join(' and ')}: ${headline(notice)}`)

  const results = await Promise.all(
    channels.map(async (c) => {
      const started = performance.now()
      try {
        const attempts = await deliver(c, values.attempts, values.timeout)
        log.info(
          `✓ ${c.label}: delivered${attempts > 1 ? ` at attempt ${attempts}` : ''} in ${formatDuration(performance.now() - started)}`,
        )
        return { channel: c, ok: true, detail: attempts > 1 ? `delivered at attempt ${attempts}` : 'delivered' }
      } catch (err) {
        const advice = err instanceof WebhookError ? undefined : networkAdvice(err)
        const detail = `${err instanceof WebhookError ? err.message : describeError(err)} (after ${values.attempts} attempt(s) at most)${advice ? ` — ${advice}` : ''}`
        return { channel: c, ok: false, detail }
      }
    }),
  )
  const failed = results.filter((r) => !r.ok)
  for (const r of failed) {
    const text = `${r.channel.label} notification failed: ${r.detail}`
    if (values['fail-on-error']) log.error(text, { title: 'Notification failed' })
    else log.warning(`${text}; the deployment goes on (fail-on-error: false)`, { title: 'Notification failed' })
  }
  setOutputs(outputs, {
    sent: results
      .filter((r) => r.ok)
      .map((r) => r.channel.name)
      .join(','),
    failed: failed.map((r) => r.channel.name).join(','),
  })
  const told = results.filter((r) => r.ok).map((r) => r.channel.label)
  const first = failed[0]
  await appendSummary(
    [
      first
        ? `### ⚠️ ${plainText(`${failed.map((r) => r.channel.label).join(' and ')} not told: ${first.detail}`)}`
        : `### 📣 ${plainText(`${told.join(' and ')} told: ${headline(notice)}`)}`,
      '',
      ...(first
        ? [
            plainText(
              `The message was: ${headline(notice)}.${told.length > 0 ? ` ${told.join(' and ')} got it.` : ''}`,
            ),
            '',
            '**What now:** the people on that channel did not hear of this deployment: tell them another way, then check its ' +
              'webhook (a 404 or 410 means it was removed, a 401 or 403 that it needs a new URL in the secret).',
            '',
          ]
        : []),
      markdownTable(
        ['Channel', 'Result'],
        results.map((r) => [r.channel.label, r.ok ? `✅ ${r.detail}` : `⚠️ ${r.detail}`]),
      ),
      '',
    ].join('\n'),
  )
  if (failed.length > 0 && values['fail-on-error'])
    throw new ActionFailure(`${failed.length} notification(s) failed: ${failed.map((r) => r.channel.label).join(', ')}`)
}

/** POSTs the payload; retries network errors, timeouts, 408, 429 and 5xx; returns the attempts used. */
async function deliver(c: Channel, attempts: number, timeoutMs: number): Promise<number> {
  let used = 0
  await retry(
    async () => {
      used++
      const res = await fetch(c.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...c.headers },
        body: c.body,
        signal: AbortSignal.timeout(timeoutMs),
        redirect: 'error',
      })
      const body = (await res.text()).slice(0, 200).replace(/\s+/g, ' ').trim()
      if (!res.ok) throw new WebhookError(res.status, body, parseRetryAfter(res.headers.get('retry-after')))
      // Slack answers 200 "ok"; anything else with 200 is an error it reports in the body.
      if (c.name === 'slack' && res.status === 200 && body !== '' && body !== 'ok')
        throw new WebhookError(res.status, body)
    },
    {
      attempts,
      baseDelayMs: 500,
      maxDelayMs: 5000,
      classify: (err) => {
        if (err instanceof WebhookError)
          return {
            retry: err.status >= 500 || err.status === 429 || err.status === 408,
            retryAfterMs: err.retryAfterMs,
          }
        return { retry: true }
      },
      onRetry: ({ attempt, delayMs, error }) =>
        log.info(
          `  … ${c.label}: ${error instanceof WebhookError ? error.message : describeError(error)}; ` +
            `attempt ${attempt + 1} of ${attempts} in ${formatDuration(delayMs)}`,
        ),
    },
  )
  return used
}
