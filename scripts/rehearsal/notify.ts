/** notify closes the pipeline: the team hears of v1.5.0 in Slack and Teams (a local receiver). */
import { startWebhook, type WebhookReceiver } from '@deploy-actions/harness/emulators/webhook'
import { runStep } from '@deploy-actions/harness/runner'
import { NEW_VERSION, type RehearsalStep } from './step.ts'

let hook: WebhookReceiver | undefined

export const steps: RehearsalStep[] = [
  {
    title: `notify: ${NEW_VERSION} succeeded`,
    expect:
      'posts a Slack message and a Teams Adaptive Card to the local receiver, each with the version, deployment id and rollback deadline',
    async run(rehearsal) {
      const receiver = await startWebhook()
      hook = receiver
      rehearsal.onClose(() => receiver.close())
      const inputs: Record<string, string> = {
        event: 'succeeded',
        'slack-webhook-url': receiver.slackUrl,
        'teams-webhook-url': receiver.teamsUrl,
        version: rehearsal.handed.get('version') ?? NEW_VERSION,
        'environment-url': rehearsal.shop.url,
      }
      for (const name of ['deployment-id', 'rollback-deadline']) {
        const value = rehearsal.handed.get(name)
        if (value) inputs[name] = value
      }
      return runStep('notify', { inputs })
    },
    verify(result, rehearsal) {
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.outputs.sent !== 'slack,teams') problems.push(`sent=${result.outputs.sent}, expected slack,teams`)
      const slack = JSON.stringify(hook?.to('/services/').at(-1)?.body ?? '')
      const teams = JSON.stringify(hook?.to('/workflows/').at(-1)?.body ?? '')
      for (const [channel, body] of [
        ['Slack', slack],
        ['Teams', teams],
      ] as const) {
        for (const fact of [
          NEW_VERSION,
          rehearsal.handed.get('deployment-id'),
          rehearsal.handed.get('rollback-deadline'),
        ]) {
          if (fact && !body.includes(fact)) problems.push(`${channel} did not get ${fact}`)
        }
      }
      if (!teams.includes('application/vnd.microsoft.card.adaptive'))
        problems.push('Teams did not get an Adaptive Card')
      return problems
    },
  },
]
