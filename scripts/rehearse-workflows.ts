/**
 * `npm run rehearse`: the README's caller workflows run by the local workflow runner, through
 * deploy-production.yml and rollback.yml, against one connected set of stand-ins (the Container
 * App whose revisions serve the shop, Entra and GitHub OIDC, GitHub's REST API, PostgreSQL, an S3
 * bucket, Slack). Six scenarios, each checked against what the stand-ins hold afterwards:
 *
 *   1. a tag push deploys v1.5.0 end to end;
 *   2. a manual rollback inside the window: v1.4.0 back at 100 %, database restored, smoke-tested;
 *   3. a broken v1.5.1 rolled back by the canary, with failure report, record and notification;
 *   4. a release the gate refuses: nothing deployed, the refusal notified;
 *   5. a rollback after the window: refused, nothing moved;
 *   6. an approval between stages: v1.7.0 held at 10 % by the deploy job, approved by a reviewer
 *      of the approval environment, resumed to 100 % by the resume job;
 *   7. App Service (deploy-app-service.yml): a tag push deploys v1.7.0 to the staging slot
 *      (azure/login, azure/webapps-deploy) and swaps it into production;
 *   8. App Service: a v1.7.1 that fails on production after the swap is swapped back by itself;
 *   9. PhoenixVC's Static Web App: a tag push staged, promoted, purged and served through the CDN;
 *  10. a release failing through the CDN after promotion: the previous kept build redeployed;
 *
 * and LankaConnect's shape (a push to main, the API and the UI as two Container Apps in one
 * release, the Npgsql connection string from Key Vault), on stand-ins of its own:
 *
 *  11. a push to main deploys both apps, backed up through the Npgsql string, one record;
 *  12. the next push breaks the UI: both apps are back on their stable revisions.
 *
 * Then every job summary the scenarios wrote is rendered as GitHub's run page shows it (GFM, 880 px,
 * Mermaid in headless Chromium: scripts/lib/summary-render.ts) and checked: a Mermaid error, a block
 * wider than the page, an empty table or raw workflow-command text fails the rehearsal, one line each.
 * The Markdown and a PNG of each stay in artifacts/summaries/rehearse/ (`npm run render` re-checks them).
 *
 * Scenarios 6 and 7 run the shop's App Service caller (the README's, with a build job the
 * stand-ins can run instead of `dotnet publish`). Exits 0 only when each behaved as stated.
 *
 *   npm run rehearse                        the six scenarios through the README's callers
 *   npm run rehearse -- path/to/caller.yml  a caller of yours (a deploy on tag push, or a rollback
 *                                           by dispatch after a deploy of v1.5.0) against the stand-ins
 *   npm run rehearse:actions                the action-by-action rehearsal (scripts/rehearse.ts)
 */
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createHmac } from 'node:crypto'
import { hexId } from '@deploy-actions/harness/emulators/github'
import {
  APP_SERVICE_CALLER,
  DATABASE,
  LANKA_CALLER,
  LANKA_ROLLBACK_CALLER,
  type Shop,
  startShop,
} from '@deploy-actions/harness/shop'
import {
  BUILDS_CONTAINER,
  BUILDS_PREFIX,
  NOTIFY_WEBHOOK_SECRET,
  type SiteShop,
  startSiteShop,
} from '@deploy-actions/harness/static-web-app-shop'
import { WorkflowRefusal, type WorkflowRun } from '@deploy-actions/harness/workflow'
import { ensureDist } from './build.ts'
import { ensureSystemPackages } from './lib/system-packages.ts'
import {
  CONTENT_WIDTH,
  keepSummaries,
  problemLines,
  readSummaryFiles,
  renderSummaries,
  runFolder,
  SUMMARIES_DIR,
} from './lib/summary-render.ts'
import { type CallerPlan, planCaller, readmeCallers, serveCaller } from './rehearsal/callers.ts'
import { printVerdict } from './rehearsal/step.ts'

interface Scenario<S = Shop> {
  title: string
  must: string
  run(shop: S): Promise<WorkflowRun>
  verify(run: WorkflowRun, shop: S): Promise<string[]>
}

const DISPATCH_SHA = 'ffac537e6cbbf934b08745a378932722df287a53'
const slack = (shop: Shop) => shop.webhook.to('/services/').map((r) => JSON.stringify(r.body))
const serving = (shop: Shop) =>
  Object.entries(shop.app.weights())
    .filter(([, w]) => w > 0)
    .map(([rev, w]) => `${shop.app.revision(rev).image.split(':').pop() ?? rev} ${w} %`)
    .join(', ')
const loyaltyColumn = async (shop: Shop) =>
  (
    await shop.pg.sql(
      DATABASE,
      "SELECT count(*) FROM information_schema.columns WHERE table_name = 'customers' AND column_name = 'loyalty_points';",
    )
  ).trim() === '1'
const check = (problems: string[], ok: boolean, what: string) => {
  if (!ok) problems.push(what)
}

/** The approval environment of deploy-approval.yml and its one required reviewer. */
const APPROVAL = 'production-approval'
const APPROVER = 'bob'
const sorted = (text: string) => text.split(', ').sort().join(', ')

function deployScenarios(): Scenario[] {
  let heldWhenAsked = ''
  let heard = 0
  let deployments = 0
  let objects = 0
  let revisions = 0
  let weights = ''
  const push = (shop: Shop, file: string, tag: string, red = false) =>
    shop.run(file, { name: 'push', ref: `refs/tags/${tag}`, sha: shop.release(tag, { red }) }, print)
  const dispatch = (shop: Shop, inputs: Record<string, string>) =>
    shop.run('rollback.yml', { name: 'workflow_dispatch', ref: 'refs/heads/main', sha: DISPATCH_SHA, inputs }, print)
  const mark = async (shop: Shop) => {
    heard = slack(shop).length
    deployments = shop.gh.deployments.length
    objects = (await shop.s3.keys(shop.bucket)).length
    revisions = shop.app.revisions.size
    weights = serving(shop)
  }
  return [
    {
      title: 'Tag push v1.5.0 through deploy.yml → deploy-production.yml',
      must: 'gate passes; backup in the bucket; migration applied; canary promoted to 100 %; Deployment success; Slack started + succeeded; record kept',
      run: async (shop) => (await mark(shop), push(shop, 'deploy.yml', 'v1.5.0')),
      async verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'success', `the run ended ${run.conclusion}`)
        check(p, run.outputs.result === 'promoted', `canary result ${run.outputs.result}`)
        check(p, serving(shop) === 'v1.5.0 100 %', `traffic is ${serving(shop)}, not v1.5.0 100 %`)
        const id = run.outputs['deployment-id'] ?? ''
        const keys = await shop.s3.keys(shop.bucket)
        check(
          p,
          keys.some((k) => k.includes(`/${id}/`) && k.endsWith('manifest.json')),
          'no backup manifest of this deployment',
        )
        check(p, await loyaltyColumn(shop), 'the migration did not add customers.loyalty_points')
        const d = shop.gh.deployments[0]
        check(
          p,
          shop.gh.deployments.length === deployments + 1 && shop.gh.latestStatus(d?.id ?? 0)?.state === 'success',
          'no Deployment ending in success',
        )
        const texts = slack(shop).slice(heard)
        check(
          p,
          texts.length === 2 && /started/i.test(texts[0] ?? '') && /succeeded/i.test(texts[1] ?? ''),
          `Slack heard ${texts.length} message(s), not started + succeeded`,
        )
        check(p, existsSync(join(run.artifactsDir, `deployment-record-${id}`)), 'no deployment-record artifact')
        return p
      },
    },
    {
      title: 'Manual rollback inside the window through rollback.yml (restore-database: true)',
      must: 'v1.4.0 back at 100 %; database restored to before the migration; smoke-tested; Slack rolled back',
      run: async (shop) => (await mark(shop), dispatch(shop, { 'restore-database': 'true' })),
      async verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'success', `the run ended ${run.conclusion}`)
        check(p, serving(shop) === 'v1.4.0 100 %', `traffic is ${serving(shop)}, not v1.4.0 100 %`)
        check(p, !(await loyaltyColumn(shop)), 'customers.loyalty_points is still there: the database was not restored')
        const smoke = Object.values(run.jobs)
          .flatMap((j) => j.steps)
          .find((s) => s.id === 'smoke')
        check(p, smoke?.conclusion === 'success', 'production was not smoke-tested after the rollback')
        const texts = slack(shop).slice(heard)
        check(p, texts.length === 1 && /rolled.back/i.test(texts[0] ?? ''), 'Slack did not hear "rolled back"')
        return p
      },
    },
    {
      title: 'A broken v1.5.1 (50 % errors) through deploy.yml',
      must: 'the canary rolls back to v1.4.0; Deployment failure; failure report kept; Slack started + rolled back',
      run: async (shop) => {
        await mark(shop)
        shop.app.nextRevision = { startupMs: 300, healthy: true, behaviour: { errorRate: 0.5 } }
        return push(shop, 'deploy.yml', 'v1.5.1')
      },
      verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'failure', `the run ended ${run.conclusion}, not failure`)
        check(p, run.outputs.result === 'rolled-back', `canary result ${run.outputs.result}`)
        check(p, serving(shop) === weights, `traffic is ${serving(shop)}, not ${weights} as before`)
        const d = shop.gh.deployments[0]
        check(
          p,
          shop.gh.latestStatus(d?.id ?? 0)?.state === 'failure',
          'the Deployment of v1.5.1 does not end in failure',
        )
        const dir = join(run.artifactsDir, `deployment-record-${run.outputs['deployment-id'] ?? ''}`)
        check(
          p,
          existsSync(dir) && readdirSync(dir).some((f) => f.includes('failure-report')),
          'no failure report kept',
        )
        const texts = slack(shop).slice(heard)
        check(p, texts.length === 2 && /rolled.back/i.test(texts[1] ?? ''), 'Slack did not hear started + rolled back')
        return Promise.resolve(p)
      },
    },
    {
      title: 'A release the gate refuses (v1.6.0 with a failed check) through deploy.yml',
      must: 'nothing deployed: no Deployment, no backup, no revision, traffic unchanged; the refusal notified',
      run: async (shop) => (await mark(shop), push(shop, 'deploy.yml', 'v1.6.0', true)),
      async verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'failure', `the run ended ${run.conclusion}, not failure`)
        check(p, shop.gh.deployments.length === deployments, 'a Deployment was created')
        check(p, (await shop.s3.keys(shop.bucket)).length === objects, 'a backup was taken')
        check(p, shop.app.revisions.size === revisions && serving(shop) === weights, 'the app changed')
        const texts = slack(shop).slice(heard)
        check(p, texts.length === 1 && /release-gate/.test(texts[0] ?? ''), 'Slack did not hear the refusal')
        return p
      },
    },
    {
      title: 'A rollback after the window: v1.6.1 deployed with rollback-window 0m, then rollback.yml',
      must: 'the rollback is refused in one error; traffic and database unchanged; Slack failed',
      run: async (shop) => {
        const deployed = await push(shop, 'deploy-no-window.yml', 'v1.6.1')
        if (deployed.conclusion !== 'success') throw new Error('the deploy of v1.6.1 before the rollback failed')
        await mark(shop)
        return dispatch(shop, { 'restore-database': 'true' })
      },
      async verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'failure', `the run ended ${run.conclusion}, not failure`)
        const errors = run.annotations.filter((a) => a.level === 'error')
        check(
          p,
          errors.length === 1 && /rollback window/.test(errors[0]?.message ?? ''),
          'not refused in one error naming the window',
        )
        check(p, serving(shop) === weights && serving(shop) === 'v1.6.1 100 %', `traffic is ${serving(shop)}`)
        check(p, await loyaltyColumn(shop), 'the database was touched')
        const texts = slack(shop).slice(heard)
        check(p, texts.length === 1 && /failed/i.test(texts[0] ?? ''), 'Slack did not hear the failure')
        return p
      },
    },
    {
      title: `Approval between stages: v1.7.0 through deploy-approval.yml (10%:2s:hold; approval-environment ${APPROVAL})`,
      must: `the deploy job holds v1.7.0 at 10 % and ends; ${APPROVER} approves the resume job while it is held; the resume takes it to 100 %; Deployment success; Slack started + succeeded`,
      run: async (shop) => {
        await mark(shop)
        heldWhenAsked = ''
        return shop.run(
          'deploy-approval.yml',
          { name: 'push', ref: 'refs/tags/v1.7.0', sha: shop.release('v1.7.0') },
          print,
          {
            environments: { [APPROVAL]: { reviewers: [APPROVER] } },
            review: () => {
              heldWhenAsked = sorted(serving(shop))
              return Promise.resolve({ state: 'approved', reviewer: APPROVER, comment: '10 % looks healthy' })
            },
          },
        )
      },
      verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'success', `the run ended ${run.conclusion}`)
        const before = weights.replace(/ 100 %$/, '')
        check(
          p,
          heldWhenAsked === sorted(`${before} 90 %, v1.7.0 10 %`),
          `when the reviewer was asked, traffic was ${heldWhenAsked || 'not asked'}, not ${before} 90 %, v1.7.0 10 %`,
        )
        check(p, run.outputs.result === 'promoted', `canary result ${run.outputs.result}`)
        check(p, serving(shop) === 'v1.7.0 100 %', `traffic is ${serving(shop)}, not v1.7.0 100 %`)
        const d = shop.gh.deployments[0]
        check(
          p,
          shop.gh.deployments.length === deployments + 1 && shop.gh.latestStatus(d?.id ?? 0)?.state === 'success',
          'no Deployment ending in success',
        )
        const texts = slack(shop).slice(heard)
        check(
          p,
          texts.length === 2 && /started/i.test(texts[0] ?? '') && /succeeded/i.test(texts[1] ?? ''),
          `Slack heard ${texts.length} message(s), not started + succeeded`,
        )
        return Promise.resolve(p)
      },
    },
  ]
}

/** The image tag each app serves at 100 %, as "shop <tag>, shop-ui <tag>". */
const servingApps = (shop: Shop) =>
  [shop.app, ...(shop.second ? [shop.second] : [])]
    .map((app) => {
      const [rev] = Object.entries(app.weights()).find(([, w]) => w === 100) ?? ['']
      return `${app.name} ${app.revisions.get(rev)?.image.split(':').pop() ?? 'split'}`
    })
    .join(', ')

function lankaScenarios(): Scenario[] {
  /** A commit on main with green checks, pushed. */
  const push = (shop: Shop, name: string) => {
    const sha = hexId(name)
    shop.gh.addCheckRun(sha, { name: 'build' })
    shop.gh.addCheckRun(sha, { name: 'test' })
    return shop.run('deploy.yml', { name: 'push', ref: 'refs/heads/main', sha }, print)
  }
  let before = ''
  return [
    {
      title: 'LankaConnect: a push to main through deploy.yml → deploy-production.yml with apps (API + UI)',
      must: 'the commit is the version; both apps serve it at 100 %; backup through the Npgsql string from Key Vault; one record listing both apps',
      run: (shop) => push(shop, 'lanka rehearsal 1'),
      async verify(run, shop) {
        const p: string[] = []
        const sha = hexId('lanka rehearsal 1')
        check(p, run.conclusion === 'success', `the run ended ${run.conclusion}`)
        check(p, run.outputs.version === sha, `the version is ${run.outputs.version}, not the commit`)
        check(p, servingApps(shop) === `shop ${sha}, shop-ui ${sha}`, `serving ${servingApps(shop)}`)
        const id = run.outputs['deployment-id'] ?? ''
        const keys = await shop.s3.keys(shop.bucket)
        check(
          p,
          keys.some((k) => k.includes(`/${id}/`) && k.endsWith('manifest.json')),
          'no backup manifest',
        )
        const dir = join(run.artifactsDir, `deployment-record-${id}`)
        const file = existsSync(dir) ? readdirSync(dir).find((f) => f.endsWith('.json')) : undefined
        const record = file
          ? (JSON.parse(readFileSync(join(dir, file), 'utf8')) as { revisions?: Array<{ service: string }> })
          : undefined
        check(
          p,
          record?.revisions?.map((r) => r.service).join(',') === 'shop,shop-ui',
          'the record does not list both apps',
        )
        return p
      },
    },
    {
      title: 'LankaConnect: the next push breaks the UI (50 % errors)',
      must: "the UI's canary fails its gate and both apps are back on the previous commit's revisions",
      run: (shop) => {
        before = servingApps(shop)
        if (shop.second) shop.second.nextRevision = { startupMs: 300, healthy: true, behaviour: { errorRate: 0.5 } }
        return push(shop, 'lanka rehearsal 2')
      },
      verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'failure', `the run ended ${run.conclusion}, not failure`)
        check(p, run.outputs.result === 'rolled-back', `canary result ${run.outputs.result}`)
        check(p, servingApps(shop) === before, `serving ${servingApps(shop)}, not ${before} as before`)
        return Promise.resolve(p)
      },
    },
  ]
}

/** Where each scenario's job summaries are kept, rendered and pictured (an artifact of CI). */
const REHEARSAL_SUMMARIES = join(SUMMARIES_DIR, 'rehearse')
let scenarioCount = 0

/**
 * Every summary the scenarios wrote, rendered as GitHub's run page shows it (scripts/lib/summary-render.ts):
 * one problem line per Mermaid error, block wider than the page, empty table or raw workflow command.
 */
async function renderKeptSummaries(): Promise<{ title: string; problems: string[] }> {
  const summaries = readSummaryFiles(REHEARSAL_SUMMARIES)
  const title = `The ${summaries.length} job summaries render on GitHub's run page (${CONTENT_WIDTH} px, Mermaid drawn)`
  console.log(`\n▶ ${title}`)
  const started = performance.now()
  let problems: string[]
  try {
    problems = problemLines(await renderSummaries(summaries))
  } catch (err) {
    problems = [(err as Error).message]
  }
  console.log(problems.length === 0 ? '  ✓ as stated' : problems.map((p) => `  ✗ ${p}`).join('\n'))
  console.log(`  rendered in ${((performance.now() - started) / 1000).toFixed(1)}s; pictures: ${REHEARSAL_SUMMARIES}`)
  return { title, problems }
}

/** Runs `scenarios` on `shop`, one outcome each. */
async function runScenarios(scenarios: Scenario[], shop: Shop): Promise<Array<{ title: string; problems: string[] }>> {
  const outcomes: Array<{ title: string; problems: string[] }> = []
  for (const s of scenarios) {
    console.log(`\n▶ ${s.title}\n  must: ${s.must}`)
    let problems: string[]
    try {
      const run = await s.run(shop)
      keepSummaries(runFolder(REHEARSAL_SUMMARIES, ++scenarioCount, s.title), run.summaries)
      problems = await s.verify(run, shop)
    } catch (err) {
      problems = [err instanceof WorkflowRefusal ? `refused: ${err.message}` : String(err)]
    }
    outcomes.push({ title: s.title, problems })
    console.log(problems.length === 0 ? '  ✓ as stated' : problems.map((p) => `  ✗ ${p}`).join('\n'))
  }
  return outcomes
}

/** Tesoro's App Service pipeline: its happy path and its rolled-back path. */
function appServiceScenarios(): Scenario[] {
  let heard = 0
  let swaps = 0
  const push = (shop: Shop, tag: string) =>
    shop.run('deploy-app-service.yml', { name: 'push', ref: `refs/tags/${tag}`, sha: shop.release(tag) }, print)
  const mark = (shop: Shop) => {
    heard = slack(shop).length
    swaps = shop.appService.swaps.length
  }
  const slots = (shop: Shop) =>
    `production ${shop.appService.version('production')}, staging ${shop.appService.version('staging')}`
  return [
    {
      title: 'App Service: tag push v1.7.0 through deploy-app-service.yml',
      must: 'zip-deployed to the staging slot through Kudu; swapped once: production v1.7.0, staging v1.4.0; backup kept; Deployment success; Slack started + succeeded',
      run: (shop) => (mark(shop), push(shop, 'v1.7.0')),
      async verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'success', `the run ended ${run.conclusion}`)
        check(p, run.outputs.result === 'swapped', `slot-swap result ${run.outputs.result}`)
        const kudu = shop.appService.deployments.at(-1)
        check(
          p,
          kudu?.slot === 'staging' && kudu.status === 4 && kudu.version === 'v1.7.0',
          'no successful Kudu deployment of v1.7.0 to the staging slot',
        )
        check(p, shop.appService.swaps.length === swaps + 1, `${shop.appService.swaps.length - swaps} swap(s), not 1`)
        check(p, slots(shop) === 'production v1.7.0, staging v1.4.0', `slots: ${slots(shop)}`)
        const id = run.outputs['deployment-id'] ?? ''
        const keys = await shop.s3.keys(shop.bucket)
        check(
          p,
          keys.some((k) => k.includes(`/${id}/`) && k.endsWith('manifest.json')),
          'no backup manifest',
        )
        const d = shop.gh.deployments[0]
        check(p, shop.gh.latestStatus(d?.id ?? 0)?.state === 'success', 'no Deployment ending in success')
        const texts = slack(shop).slice(heard)
        check(
          p,
          texts.length === 2 && /succeeded/i.test(texts[1] ?? ''),
          `Slack heard ${texts.length} message(s), not started + succeeded`,
        )
        check(p, existsSync(join(run.artifactsDir, `deployment-record-${id}`)), 'no deployment-record artifact')
        return p
      },
    },
    {
      title:
        "App Service: v1.7.1 whose rewards API fails on production (production's settings) through deploy-app-service.yml",
      must: 'swapped in, verification fails, swapped back by itself: production v1.7.0 again, v1.7.1 in staging; Deployment failure; Slack rolled back',
      run: async (shop) => {
        mark(shop)
        shop.appService.onSwap = (swap) => {
          if (swap.production === 'v1.7.1')
            shop.appService.serving.get('production')?.set({ status: 500 }, '/api/rewards/status')
        }
        try {
          return await push(shop, 'v1.7.1')
        } finally {
          shop.appService.onSwap = undefined
        }
      },
      verify(run, shop) {
        const p: string[] = []
        check(p, run.conclusion === 'failure', `the run ended ${run.conclusion}, not failure`)
        check(p, run.outputs.result === 'swapped-back', `slot-swap result ${run.outputs.result}`)
        check(p, shop.appService.swaps.length === swaps + 2, `${shop.appService.swaps.length - swaps} swap(s), not 2`)
        check(p, slots(shop) === 'production v1.7.0, staging v1.7.1', `slots: ${slots(shop)}`)
        const d = shop.gh.deployments[0]
        check(p, shop.gh.latestStatus(d?.id ?? 0)?.state === 'failure', 'the Deployment does not end in failure')
        const texts = slack(shop).slice(heard)
        check(p, texts.length === 2 && /rolled.back/i.test(texts[1] ?? ''), 'Slack did not hear started + rolled back')
        return Promise.resolve(p)
      },
    },
  ]
}

function print(line: string): void {
  console.log(`  │ ${line}`)
}

/** Serves callers with the stand-ins, or names in one line each what cannot be served; undefined then. */
function serve(
  callers: Record<string, string>,
  labels: Record<string, string>,
): { plans: Record<string, CallerPlan>; texts: Record<string, string> } | undefined {
  const plans: Record<string, CallerPlan> = {}
  const texts: Record<string, string> = {}
  const unserved: string[] = []
  for (const [name, text] of Object.entries(callers)) {
    const planned = planCaller(text, labels[name] ?? name)
    unserved.push(...planned.unserved)
    if (!planned.plan) continue
    plans[name] = planned.plan
    const served = serveCaller(text, planned.plan)
    texts[name] = served.text
    console.log(`${labels[name] ?? name}, as served by the stand-ins:`)
    for (const n of served.notes) console.log(`  ${n}`)
  }
  if (unserved.length > 0) {
    for (const u of unserved) console.log(`✗ ${u}`)
    return undefined
  }
  return { plans, texts }
}

async function main(args: string[]): Promise<number> {
  ensureSystemPackages('rehearsal')
  await ensureDist()
  rmSync(REHEARSAL_SUMMARIES, { recursive: true, force: true })
  const readme = readmeCallers()
  const callers: Record<string, string> = { 'deploy.yml': readme.deploy, 'rollback.yml': readme.rollback }
  let own: string | undefined
  if (args[0]) {
    const file = resolve(args[0])
    if (!existsSync(file)) {
      console.log(`✗ ${args[0]}: no such file`)
      return 1
    }
    own = readFileSync(file, 'utf8')
    callers['caller.yml'] = own
  }
  const labels: Record<string, string> = {
    'deploy.yml': "README's deploy caller",
    'rollback.yml': "README's rollback caller",
    ...(args[0] ? { 'caller.yml': args[0] } : {}),
  }
  const served = serve(callers, labels)
  if (!served) return 1
  const { plans, texts } = served
  const deploy = plans['deploy.yml'] as CallerPlan
  const main = own ? (plans['caller.yml'] as CallerPlan) : deploy
  // A rollback caller of yours rolls back what the README's deploy put on your app and resource group.
  if (own && main.workflow === 'rollback.yml')
    texts['deploy.yml'] = (texts['deploy.yml'] as string)
      .replace(/\n(\s+)app: .*/, `\n$1app: ${main.app}`)
      .replace(/\n(\s+)resource-group: .*/, `\n$1resource-group: ${main.resourceGroup}`)
  const shop = await startShop({
    app: main.app,
    resourceGroup: main.resourceGroup,
    bucket: main.bucket ?? deploy.bucket,
    // The bucket lives where the deploy caller says; a rollback caller must sign for the same region.
    bucketRegion: main.bucket ? main.bucketRegion : deploy.bucketRegion,
    callers: {
      ...texts,
      'deploy-no-window.yml': (texts['deploy.yml'] as string).replace(
        /\n(\s+)app: /,
        '\n$1rollback-window: 0m\n$1app: ',
      ),
      // The README's deploy caller with an approval between stages.
      'deploy-approval.yml': (texts['deploy.yml'] as string).replace(
        /\n(\s+)stages: .*/,
        `\n$1stages: 10%:2s:hold, 50%:2s, 100%:2s\n$1approval-environment: ${APPROVAL}`,
      ),
      'deploy-app-service.yml': APP_SERVICE_CALLER,
    },
  })
  const outcomes: Array<{ title: string; problems: string[] }> = []
  try {
    outcomes.push(
      ...(await runScenarios(own ? ownScenarios(main) : [...deployScenarios(), ...appServiceScenarios()], shop)),
    )
  } finally {
    await shop.close()
  }
  if (!own) {
    const lanka = await startShop({
      secondApp: 'shop-ui',
      keyVault: true,
      callers: { 'deploy.yml': LANKA_CALLER, 'rollback.yml': LANKA_ROLLBACK_CALLER },
    })
    try {
      outcomes.push(...(await runScenarios(lankaScenarios(), lanka)))
    } finally {
      await lanka.close()
    }
  }
  if (!own) outcomes.push(...(await rehearseStaticWebApp()))
  outcomes.push(await renderKeptSummaries())
  return printVerdict('Rehearsal of the workflows', outcomes, 'scenario')
}

/** A user's caller: a deploy on a tag push, or a rollback by dispatch after the README's deploy of v1.5.0. */
function ownScenarios(plan: CallerPlan): Scenario[] {
  const deploy = plan.workflow === 'deploy-production.yml'
  return [
    {
      title: deploy
        ? 'Your caller on a tag push of v1.5.0'
        : "Your rollback caller, after the README's deploy of v1.5.0",
      must: deploy ? 'the run succeeds and v1.5.0 serves 100 %' : 'the run succeeds and v1.4.0 serves 100 % again',
      async run(shop) {
        if (!deploy) {
          const first = await shop.run(
            'deploy.yml',
            { name: 'push', ref: 'refs/tags/v1.5.0', sha: shop.release('v1.5.0') },
            print,
          )
          if (first.conclusion !== 'success')
            throw new Error("the README's deploy of v1.5.0 before your rollback failed")
          return shop.run(
            'caller.yml',
            { name: 'workflow_dispatch', ref: 'refs/heads/main', sha: DISPATCH_SHA, inputs: {} },
            print,
          )
        }
        return shop.run('caller.yml', { name: 'push', ref: 'refs/tags/v1.5.0', sha: shop.release('v1.5.0') }, print)
      },
      verify: (run, shop) => {
        const p: string[] = []
        check(p, run.conclusion === 'success', `the run ended ${run.conclusion}`)
        const want = deploy ? 'v1.5.0 100 %' : 'v1.4.0 100 %'
        check(p, serving(shop) === want, `traffic is ${serving(shop)}, not ${want}`)
        return Promise.resolve(p)
      },
    },
  ]
}

/**
 * PhoenixVC's pipeline (deploy-static-web-app.yml, rollback-static-web-app.yml) through the
 * callers of static-web-app-shop.ts (the README's, with the stand-ins' endpoints), against its
 * own connected stand-ins: the Static Web App, the Front Door in front of it, Azurite, GitHub and
 * the Teams / Logic App receivers.
 */
async function rehearseStaticWebApp(): Promise<Array<{ title: string; problems: string[] }>> {
  const shop = await startSiteShop()
  const push = (tag: string) =>
    shop.run('deploy-site.yml', { name: 'push', ref: `refs/tags/${tag}`, sha: shop.release(tag) }, print)
  const throughCdn = async () => {
    const r = await shop.throughCdn('/version.json')
    return r.status === 200 ? (JSON.parse(r.text) as { version: string }).version : `HTTP ${r.status}`
  }
  const signedEvents = (from: number) =>
    shop.webhook
      .to('logicapp')
      .slice(from)
      .filter(
        (r) =>
          r.headers['x-deploy-signature-256'] ===
          `sha256=${createHmac('sha256', NOTIFY_WEBHOOK_SECRET).update(r.raw).digest('hex')}`,
      )
      .map((r) => (r.body as { event: string }).event)
  let heard = 0
  const scenarios: Array<Scenario<SiteShop>> = [
    {
      title: 'Static Web App: tag push v1.5.0 through deploy-site.yml → deploy-static-web-app.yml',
      must: 'staging serves v1.5.0 and passes; promoted; Front Door purged; v1.5.0 through the CDN; build kept; Deployment success; signed started + succeeded',
      run: () => ((heard = shop.webhook.to('logicapp').length), push('v1.5.0')),
      async verify(run) {
        const p: string[] = []
        check(p, run.conclusion === 'success', `the run ended ${run.conclusion}`)
        check(p, run.outputs.result === 'promoted', `result ${run.outputs.result}`)
        check(p, (await throughCdn()) === 'v1.5.0', `the CDN serves ${await throughCdn()}`)
        check(p, shop.cdn.purges.length === 1, `${shop.cdn.purges.length} purge(s)`)
        const kept = await shop.azurite.blobs(BUILDS_CONTAINER, `${BUILDS_PREFIX}/builds/`)
        check(p, kept.length === 1, `kept builds: ${kept.join(', ')}`)
        const d = shop.gh.deployments[0]
        check(p, d !== undefined && shop.gh.latestStatus(d.id)?.state === 'success', 'no successful Deployment')
        const events = signedEvents(heard).join(', ')
        check(p, events === 'started, succeeded', `signed notifications: ${events}`)
        return p
      },
    },
    {
      title: 'Static Web App: v1.6.0 healthy at the origin, failing through the Front Door',
      must: 'promoted, production smoke through the CDN fails, the kept v1.5.0 build redeployed and purged; signed rolled-back',
      run: async () => {
        heard = shop.webhook.to('logicapp').length
        shop.cdn.failing.add('/health.json')
        try {
          return await push('v1.6.0')
        } finally {
          shop.cdn.failing.clear()
        }
      },
      async verify(run) {
        const p: string[] = []
        check(p, run.conclusion === 'failure', `the run ended ${run.conclusion}`)
        check(p, run.outputs.result === 'rolled-back', `result ${run.outputs.result}`)
        check(p, (await throughCdn()) === 'v1.5.0', `the CDN serves ${await throughCdn()}, not v1.5.0`)
        const events = signedEvents(heard).join(', ')
        check(p, events === 'started, rolled-back', `signed notifications: ${events}`)
        return p
      },
    },
  ]
  const outcomes: Array<{ title: string; problems: string[] }> = []
  try {
    for (const s of scenarios) {
      console.log(`\n▶ ${s.title}\n  must: ${s.must}`)
      let problems: string[]
      try {
        const run = await s.run(shop)
        keepSummaries(runFolder(REHEARSAL_SUMMARIES, ++scenarioCount, s.title), run.summaries)
        problems = await s.verify(run, shop)
      } catch (err) {
        problems = [err instanceof WorkflowRefusal ? `refused: ${err.message}` : String(err)]
      }
      outcomes.push({ title: s.title, problems })
      console.log(problems.length === 0 ? '  ✓ as stated' : problems.map((p) => `  ✗ ${p}`).join('\n'))
    }
  } finally {
    await shop.close()
  }
  return outcomes
}

process.exit(await main(process.argv.slice(2)))
