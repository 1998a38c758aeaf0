/**
 * rollback.yml through the README's dispatch caller, run by the workflow runner against the
 * stand-ins after deploy-production.yml put v1.5.0 at 100 %: the time from the rollback job's start
 * to the previous revision holding 100 % of the traffic (the ARM stand-in's record of the weight
 * change, then read back through the app's front door: every answer is v1.4.0). The goal is
 * ≤ 10 s (the seed pipeline's bar is 30 s). The ratio against the canary-rollout step alone in the
 * same run is the cost of the workflow around it (reading the record, the runner, the sign-in).
 * Likewise rollback-app-service.yml after deploy-app-service.yml deployed v1.5.0 then v1.6.0: the
 * time from the rollback job's start to the swap-back completing (the App Service stand-in's record
 * of the swap, then production's host name read back: every answer is v1.5.0), against the
 * slot-swap step alone.
 */
import { request } from 'node:https'
import { startShop, type Shop } from '@deploy-actions/harness/shop'
import { median, ms, printTable, round, type Section } from './lib.ts'

const RUNS = 3
const GOAL_MS = 10_000

export const sections: Section[] = [
  {
    name: 'workflowRollback',
    title: 'rollback.yml: rollback job start → previous revision at 100 % (read back), goal ≤ 10 s',
    run: benchRollback,
  },
  {
    name: 'workflowAppServiceRollback',
    title: 'rollback-app-service.yml: rollback job start → previous build on production (read back), goal ≤ 10 s',
    run: benchAppServiceRollback,
  },
]

/** The versions the app's front door (or `base`) answers, `count` requests. */
async function servedVersions(shop: Shop, count: number, base = shop.app.url): Promise<string[]> {
  const out: string[] = []
  for (let i = 0; i < count; i++)
    out.push(
      await new Promise<string>((done, fail) => {
        const req = request(`${base}/version`, { ca: shop.azure.tls.ca }, (res) => {
          let body = ''
          res.setEncoding('utf8').on('data', (d: string) => (body += d))
          res.on('end', () => done((JSON.parse(body) as { version: string }).version))
        })
        req.on('error', fail)
        req.end()
      }),
    )
  return out
}

async function benchRollback(): Promise<Record<string, unknown>> {
  const toFull: number[] = []
  const step: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const shop = await startShop()
    try {
      const deployed = await shop.run('deploy.yml', {
        name: 'push',
        ref: 'refs/tags/v1.5.0',
        sha: shop.release('v1.5.0'),
      })
      if (deployed.conclusion !== 'success') throw new Error('the deploy of v1.5.0 before the rollback failed')
      const run = await shop.run('rollback.yml', {
        name: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: 'ffac537e6cbbf934b08745a378932722df287a53',
        inputs: {},
      })
      if (run.conclusion !== 'success') throw new Error(`the rollback ended ${run.conclusion}`)
      const job = run.jobs['rollback/rollback']
      const full = shop.app.history.find((h) => h.weights['shop--v140'] === 100 && h.at >= (job?.startedAt ?? 0))
      if (!job?.startedAt || !full) throw new Error('the previous revision never reached 100 % during the rollback job')
      const versions = await servedVersions(shop, 20)
      if (versions.some((v) => v !== 'v1.4.0')) throw new Error(`the front door still answers ${versions.join(', ')}`)
      toFull.push(full.at - job.startedAt)
      step.push(job.steps.find((s) => s.id === 'traffic')?.result?.durationMs ?? Number.NaN)
    } finally {
      await shop.close()
    }
  }
  const { jobMs, ...rest } = rollbackFigures(
    { what: 'job start → v1.4.0 at 100 %', runs: toFull },
    { what: 'canary-rollout rollback step alone', runs: step },
  )
  return { jobStartToFullMs: jobMs, ...rest }
}

/** Prints a rollback's medians (job start to the known-good build, and the step alone) against the goal. */
function rollbackFigures(
  job: { what: string; runs: number[] },
  step: { what: string; runs: number[] },
): { jobMs: number; stepMs: number; ratio: number; goalMs: number; goalMet: boolean } {
  const m = median(job.runs)
  const s = median(step.runs)
  printTable(
    ['measure', 'median', 'runs'],
    [
      [job.what, ms(m), job.runs.map((v) => ms(v)).join(', ')],
      [step.what, ms(s), step.runs.map((v) => ms(v)).join(', ')],
      ['ratio (job / step)', `${round(m / s, 2)}×`, ''],
    ],
  )
  console.log(m <= GOAL_MS ? `goal met: ${ms(m)} ≤ 10 s` : `goal missed: ${ms(m)} > 10 s`)
  return { jobMs: round(m), stepMs: round(s), ratio: round(m / s, 2), goalMs: GOAL_MS, goalMet: m <= GOAL_MS }
}

async function benchAppServiceRollback(): Promise<Record<string, unknown>> {
  const toBack: number[] = []
  const step: number[] = []
  for (let i = 0; i < RUNS; i++) {
    const shop = await startShop()
    try {
      // Two deployments, so the record names the one before the latest (v1.5.0) as the version to return to.
      for (const tag of ['v1.5.0', 'v1.6.0']) {
        const deployed = await shop.run('deploy-app-service.yml', {
          name: 'push',
          ref: `refs/tags/${tag}`,
          sha: shop.release(tag),
        })
        if (deployed.conclusion !== 'success') throw new Error(`the deploy of ${tag} before the rollback failed`)
      }
      const run = await shop.run('rollback-app-service.yml', {
        name: 'workflow_dispatch',
        ref: 'refs/heads/main',
        sha: 'ffac537e6cbbf934b08745a378932722df287a53',
        inputs: {},
      })
      if (run.conclusion !== 'success') throw new Error(`the rollback ended ${run.conclusion}`)
      const job = run.jobs['rollback/rollback']
      const back = shop.appService.swaps.find((s) => s.production === 'v1.5.0' && s.startedAt >= (job?.startedAt ?? 0))
      if (!job?.startedAt || !back) throw new Error('production never got v1.5.0 back during the rollback job')
      const versions = await servedVersions(shop, 20, shop.appService.url('production'))
      if (versions.some((v) => v !== 'v1.5.0')) throw new Error(`production still answers ${versions.join(', ')}`)
      toBack.push(back.at - job.startedAt)
      step.push(job.steps.find((s) => s.id === 'swap')?.result?.durationMs ?? Number.NaN)
    } finally {
      await shop.close()
    }
  }
  const { jobMs, ...rest } = rollbackFigures(
    { what: 'job start → v1.5.0 on production', runs: toBack },
    { what: 'slot-swap swap-back step alone', runs: step },
  )
  return { jobStartToBackMs: jobMs, ...rest }
}
