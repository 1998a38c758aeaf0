/** smoke-test in the pipeline: the shop's new version goes live, then a broken endpoint is caught. */
import type { App } from '@deploy-actions/harness/emulators/app'
import { runStep, type StepResult } from '@deploy-actions/harness/runner'
import { NEW_VERSION, OLD_VERSION, type RehearsalStep } from './step.ts'

/** How many version polls still see the old version: the rollout takes a while. */
const POLLS_BEFORE_ROLLOUT = 3

function report(result: StepResult): {
  checks: Array<{
    name: string
    passed: boolean
    attempts: number
    version?: { served?: string }
    latency?: { n: number }
  }>
} {
  return JSON.parse(result.outputs.report ?? '{"checks":[]}') as ReturnType<typeof report>
}

const SHOP_CHECKS = `
- name: version
  url: /version
  version: $.version
- name: health
  url: /health
  json:
    $.status: healthy
- name: orders
  url: /api/orders
  samples: 20
  thresholds: [p95<300ms, error-rate<5%]
`

/** smoke-test as the pipeline runs it against the shop, waiting for the new version. */
function smokeTestShop(shop: App, checkTimeout: string): Promise<StepResult> {
  return runStep('smoke-test', {
    inputs: {
      'base-url': shop.url,
      'expected-version': NEW_VERSION,
      checks: SHOP_CHECKS,
      'check-timeout': checkTimeout,
    },
  })
}

export const steps: RehearsalStep[] = [
  {
    title: `smoke-test: ${NEW_VERSION} goes live`,
    expect: `waits while ${OLD_VERSION} still answers, then passes the version gate, health and the orders latency threshold`,
    async run({ shop, handed }) {
      // The deploy: the service keeps answering the old version for a while, as a rollout does.
      shop.changeAfter('/version', POLLS_BEFORE_ROLLOUT, { version: NEW_VERSION })
      const result = await smokeTestShop(shop, '30s')
      // deployment-record records the report, as the pipeline hands it on.
      if (result.outputs.report) handed.set('smoke-report', result.outputs.report)
      return result
    },
    verify(result) {
      const problems: string[] = []
      if (result.exitCode !== 0) problems.push(`exit code ${result.exitCode}, expected 0`)
      if (result.outputs.passed !== 'true') problems.push(`passed=${result.outputs.passed}, expected true`)
      const checks = report(result).checks
      const version = checks.find((c) => c.name === 'version')
      if (version?.version?.served !== NEW_VERSION)
        problems.push(`the version gate saw ${version?.version?.served ?? 'nothing'}, expected ${NEW_VERSION}`)
      const orders = checks.find((c) => c.name === 'orders')
      if ((orders?.latency?.n ?? 0) < 20)
        problems.push(`orders was judged from ${orders?.latency?.n ?? 0} samples, expected 20`)
      if (version?.attempts !== POLLS_BEFORE_ROLLOUT + 1)
        problems.push(
          `the version gate passed at attempt ${version?.attempts}; the new version answered from attempt ${POLLS_BEFORE_ROLLOUT + 1}`,
        )
      return problems
    },
  },
  {
    title: 'smoke-test: a broken endpoint is caught',
    expect: 'fails the step, naming the orders check and its 500, while health still passes',
    async run({ shop }) {
      shop.set({ status: 500, body: { error: 'database connection pool exhausted' } }, '/api/orders')
      return smokeTestShop(shop, '3s')
    },
    verify(result) {
      const problems: string[] = []
      if (result.exitCode !== 1) problems.push(`exit code ${result.exitCode}, expected 1`)
      if (result.outputs.passed !== 'false') problems.push(`passed=${result.outputs.passed}, expected false`)
      if (result.outputs['failed-checks'] !== 'orders')
        problems.push(`failed-checks=${result.outputs['failed-checks']}, expected orders`)
      if (!result.annotations.some((a) => a.level === 'error' && /orders.*500/.test(a.message)))
        problems.push('no error annotation naming orders and its 500')
      if (!report(result).checks.find((c) => c.name === 'health')?.passed) problems.push('health did not pass')
      return problems
    },
  },
]
