/**
 * The messages: a Slack incoming-webhook payload (Block Kit, with a `text` fallback for
 * notifications) and a Microsoft Teams workflow-webhook payload (an Adaptive Card 1.4 in a message
 * attachment, what the "When a Teams webhook request is received" workflow posts), and a generic
 * JSON webhook signed with HMAC-SHA256.
 */
import { createHmac } from 'node:crypto'
import type { EVENTS } from './spec.ts'

export type DeployEvent = (typeof EVENTS)[number]

export interface Notice {
  event: DeployEvent
  repository: string
  environment: string
  version: string
  deploymentId?: string
  environmentUrl?: string
  rollbackDeadline?: string
  runUrl?: string
  failedStage?: string
  message?: string
  actor?: string
}

const TITLES: Record<DeployEvent, { icon: string; title: string; color: string }> = {
  started: { icon: '🚀', title: 'Deployment started', color: 'Accent' },
  succeeded: { icon: '✅', title: 'Deployment succeeded', color: 'Good' },
  failed: { icon: '🚨', title: 'Deployment FAILED', color: 'Attention' },
  'rolled-back': { icon: '↩️', title: 'Deployment rolled back', color: 'Warning' },
}

export function headline(n: Notice): string {
  const t = TITLES[n.event]
  return `${t.icon} ${t.title}: ${n.version} to ${n.environment}`
}

/** The facts every message carries, in order; absent ones left out. */
export function facts(n: Notice): Array<[string, string]> {
  const out: Array<[string, string]> = [
    ['Version', n.version],
    ['Environment', n.environment],
  ]
  if (n.deploymentId) out.push(['Deployment ID', n.deploymentId])
  if (n.environmentUrl) out.push(['Environment URL', n.environmentUrl])
  if (n.failedStage) out.push(['Failed stage', n.failedStage])
  if (n.rollbackDeadline) out.push(['Rollback until', n.rollbackDeadline])
  out.push(['Repository', n.repository])
  return out
}

/** Slack mrkdwn escapes only these three. */
function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

export function slackPayload(n: Notice): Record<string, unknown> {
  const blocks: Array<Record<string, unknown>> = [
    { type: 'header', text: { type: 'plain_text', text: headline(n).slice(0, 150), emoji: true } },
    {
      type: 'section',
      fields: facts(n)
        .map(([k, v]) => ({
          type: 'mrkdwn',
          text: `*${k}*\n${k === 'Environment URL' ? `<${v}|${esc(v)}>` : esc(v)}`.slice(0, 2000),
        }))
        .slice(0, 10),
    },
  ]
  if (n.message) blocks.push({ type: 'section', text: { type: 'mrkdwn', text: esc(n.message).slice(0, 3000) } })
  if (n.runUrl)
    blocks.push({
      type: 'actions',
      elements: [{ type: 'button', text: { type: 'plain_text', text: 'View run' }, url: n.runUrl }],
    })
  blocks.push({
    type: 'context',
    elements: [{ type: 'mrkdwn', text: esc(`${n.repository}${n.actor ? ` · by ${n.actor}` : ''}`) }],
  })
  return { text: headline(n), blocks }
}

export function teamsPayload(n: Notice): Record<string, unknown> {
  const t = TITLES[n.event]
  const body: Array<Record<string, unknown>> = [
    { type: 'TextBlock', size: 'Large', weight: 'Bolder', wrap: true, color: t.color, text: headline(n) },
    { type: 'FactSet', facts: facts(n).map(([title, value]) => ({ title, value })) },
  ]
  if (n.message) body.push({ type: 'TextBlock', wrap: true, text: n.message })
  if (n.actor)
    body.push({ type: 'TextBlock', wrap: true, isSubtle: true, size: 'Small', text: `${n.repository} · by ${n.actor}` })
  const actions: Array<Record<string, unknown>> = []
  if (n.runUrl) actions.push({ type: 'Action.OpenUrl', title: 'View run', url: n.runUrl })
  if (n.environmentUrl) actions.push({ type: 'Action.OpenUrl', title: 'Open environment', url: n.environmentUrl })
  return {
    type: 'message',
    attachments: [
      {
        contentType: 'application/vnd.microsoft.card.adaptive',
        contentUrl: null,
        content: {
          $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
          type: 'AdaptiveCard',
          version: '1.4',
          body,
          ...(actions.length > 0 ? { actions } : {}),
        },
      },
    ],
  }
}

/**
 * A generic webhook's body (e.g. a Logic App's "When a HTTP request is received" trigger): the
 * notice as plain JSON fields, with the headline, a schema version and when it was sent. It is
 * signed (see signature), so the receiver can check it came from this workflow.
 */
export function webhookPayload(n: Notice, sentAt: Date): Record<string, unknown> {
  return {
    schema: 'deploy-actions.notify/v1',
    event: n.event,
    headline: headline(n),
    repository: n.repository,
    environment: n.environment,
    version: n.version,
    deploymentId: n.deploymentId ?? null,
    environmentUrl: n.environmentUrl ?? null,
    rollbackDeadline: n.rollbackDeadline ?? null,
    runUrl: n.runUrl ?? null,
    failedStage: n.failedStage ?? null,
    message: n.message ?? null,
    actor: n.actor ?? null,
    sentAt: sentAt.toISOString(),
  }
}

/** The header carrying the body's HMAC-SHA256 signature, as `sha256=<hex>` (GitHub's own webhook form). */
export const SIGNATURE_HEADER = 'x-deploy-signature-256'

/** `sha256=` and the hex HMAC-SHA256 of exactly the bytes sent, keyed with the shared secret. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac('sha256', secret).update(body, 'utf8').digest('hex')}`
}
