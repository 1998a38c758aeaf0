/**
 * `npm run render`: the job summaries a run kept, rendered as GitHub's run page shows them
 * (scripts/lib/summary-render.ts: GFM sanitised as GitHub does, github-markdown-css at 880 px,
 * Mermaid drawn in headless Chromium), one PNG beside each. Exits 1 with one line per problem,
 * naming the summary's file: a Mermaid block that does not draw, a block wider than the page, a
 * table with no rows or an empty header, raw workflow-command text.
 *
 *   npm run render                  the summaries `npm run rehearse` kept (artifacts/summaries/rehearse)
 *   npm run render -- DIR           every .md under DIR
 *   npm run render -- --docs        one picture per action into docs/summaries/<action>.png, from
 *                                   the rehearsal's summaries (PICTURED below says which)
 *   npm run render:docs             the rehearsal, then --docs: the README pictures made anew
 */
import { existsSync, mkdirSync, readdirSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { actionNames, root } from '@deploy-actions/harness/actions'
import { problemLines, readSummaryFiles, renderSummaries, type Summary, SUMMARIES_DIR } from './lib/summary-render.ts'

const REHEARSAL = join(SUMMARIES_DIR, 'rehearse')
const DOCS = join(root, 'docs', 'summaries')

/**
 * The rehearsal scenario (its folder's title, without the number) whose summary pictures each action
 * in its README: the last one that action wrote there. The path a reader meets the summary on: the
 * rolled-back, swapped-back, redeployed or refused run where that is when it is read.
 */
const PICTURED: Record<string, { scenario: string; what: string }> = {
  'release-gate': { scenario: 'a-release-the-gate-refuses', what: 'a release it refuses' },
  'keyvault-secrets': { scenario: 'lankaconnect-a-push-to-main', what: 'secrets fetched for a deploy' },
  'db-backup': { scenario: 'tag-push-v1-5-0-through-deploy-yml', what: 'a verified backup before a deploy' },
  'canary-rollout': { scenario: 'a-broken-v1-5-1', what: 'a broken release rolled back' },
  'slot-swap': { scenario: 'app-service-v1-7-1', what: 'a release swapped back' },
  'smoke-test': { scenario: 'tag-push-v1-5-0-through-deploy-yml', what: 'production checked after a deploy' },
  'deployment-record': { scenario: 'tag-push-v1-5-0-through-deploy-yml', what: 'a deploy recorded' },
  notify: { scenario: 'a-broken-v1-5-1', what: 'a rollback announced' },
  'static-web-app': { scenario: 'static-web-app-v1-6-0', what: 'the previous build redeployed' },
  'cdn-purge': { scenario: 'static-web-app-tag-push', what: 'a purge waited on' },
}

/** The summary that pictures `action`, or a line saying why there is none. */
function pictured(action: string): Summary | string {
  const choice = PICTURED[action]
  if (!choice) return `${action}: no scenario chosen to picture it (PICTURED in scripts/render-summaries.ts)`
  const folder = existsSync(REHEARSAL)
    ? readdirSync(REHEARSAL).find((f) => f.replace(/^\d+-/, '').startsWith(choice.scenario))
    : undefined
  if (!folder) return `${action}: no kept summaries of the scenario '${choice.scenario}': run npm run rehearse first`
  const mine = readSummaryFiles(join(REHEARSAL, folder)).filter((s) => s.name.endsWith(`-${action}.md`))
  const last = mine.at(-1)
  if (!last) return `${action}: the scenario '${choice.scenario}' wrote no summary of ${action}`
  return last
}

async function docs(): Promise<number> {
  const chosen = new Map<string, Summary>()
  const missing: string[] = []
  for (const action of actionNames()) {
    const s = pictured(action)
    if (typeof s === 'string') missing.push(s)
    else chosen.set(action, { ...s, png: join(DOCS, `${action}.png`) })
  }
  for (const m of missing) console.log(`✗ ${m}`)
  mkdirSync(DOCS, { recursive: true })
  const rendered = await renderSummaries([...chosen.values()])
  for (const [action, s] of chosen)
    console.log(`${relative(root, s.png as string)} ← ${s.name} (${PICTURED[action]?.what})`)
  const problems = problemLines(rendered)
  for (const p of problems) console.log(`✗ ${p}`)
  return missing.length + problems.length === 0 ? 0 : 1
}

async function check(dir: string): Promise<number> {
  const summaries = readSummaryFiles(dir)
  if (summaries.length === 0) {
    console.log(`✗ no summaries (.md) under ${relative(root, dir) || dir}: run npm run rehearse first`)
    return 1
  }
  const started = performance.now()
  const problems = problemLines(await renderSummaries(summaries))
  for (const p of problems) console.log(`✗ ${p}`)
  const took = ((performance.now() - started) / 1000).toFixed(1)
  console.log(
    `${summaries.length} job summaries rendered in ${took}s, ${problems.length} problem(s); pictures beside them in ${dir}`,
  )
  return problems.length === 0 ? 0 : 1
}

const args = process.argv.slice(2)
process.exit(args[0] === '--docs' ? await docs() : await check(args[0] ? resolve(args[0]) : REHEARSAL))
