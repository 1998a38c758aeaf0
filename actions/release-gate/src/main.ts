import { existsSync, readFileSync } from 'node:fs'
import { isAbsolute, resolve } from 'node:path'
import {
  ActionFailure,
  appendSummary,
  FormatError,
  formatClock,
  InputIssues,
  loadYaml,
  logGroup,
  markdownTable,
  parseStructured,
  plainText,
  readInputs,
  setOutputs,
  valueText,
  type InputValues,
  log,
} from '@deploy-actions/core'
import {
  commitTarget,
  context,
  createClient,
  describeGitHubError,
  RequestError,
  type GitHub,
  type Repo,
} from '@deploy-actions/github'
import { makeDeploymentId } from '@deploy-actions/record/time'
import {
  FREEZE_FORM,
  type Freeze,
  inFreeze,
  inWindow,
  localTime,
  nextOpening,
  parseFreeze,
  parseWindow,
  validZone,
  WINDOW_FORM,
  type Window,
} from './schedule.ts'
import { inputs, outputs } from './spec.ts'

type Values = InputValues<typeof inputs>

/** SemVer 2.0.0 with the `v` prefix. */
const SEMVER = new RegExp(
  String.raw`^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|` +
    String.raw`\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$`,
)

interface Plan {
  values: Values
  repo: Repo
  sha: string
  version: string
  now: Date
  windows: Window[]
  freezes: Freeze[]
  overrideReason?: string
}

/** One gate's verdict: passed, or refused with the reason. */
interface Verdict {
  gate: string
  passed: boolean
  detail: string
}

export async function run(): Promise<void> {
  const plan = await readPlan()
  const gh = createClient({ token: plan.values.token, onRetry: (m) => log.info(`  … ${m}`) })
  const verdicts: Verdict[] = []
  try {
    verdicts.push(versionVerdict(plan))
    verdicts.push(await tagVerdict(gh, plan))
    verdicts.push(...(await checkVerdicts(gh, plan)))
  } catch (err) {
    if (err instanceof RequestError) throw new ActionFailure(`GitHub ${describeGitHubError(err)}`)
    throw err
  }
  verdicts.push(windowVerdict(plan), ...freezeVerdicts(plan))

  const refused = verdicts.filter((v) => !v.passed)
  // The rules in one group (the refused ones are also annotations below, each with its title).
  logGroup(
    `Release gate for ${plan.version}: ${verdicts.length} gate(s), ${refused.length === 0 ? 'all passed' : `${refused.length} refused`}`,
    verdicts.map((v) => `${v.passed ? '✓' : '✗'} ${v.gate}: ${v.detail}`),
  )
  const deploymentId = makeDeploymentId(plan.now, plan.sha, process.env.GITHUB_RUN_ID, process.env.GITHUB_RUN_ATTEMPT)
  const overridden = refused.length > 0 && plan.overrideReason !== undefined
  await appendSummary(summary(plan, verdicts, deploymentId, overridden))
  if (refused.length > 0 && !overridden) {
    for (const v of refused) log.error(`${v.gate}: ${v.detail}`, { title: 'Release gate refused' })
    throw new ActionFailure(
      `release gate refused ${plan.version} (${plan.sha}): ${refused.map((v) => v.gate).join(', ')}`,
    )
  }
  if (overridden) {
    for (const v of refused)
      log.warning(`${v.gate}: ${v.detail} — waived by emergency override`, { title: 'Release gate overridden' })
    log.notice(`Emergency override by ${process.env.GITHUB_ACTOR ?? 'unknown'}: ${plan.overrideReason}`, {
      title: 'Release gate overridden',
    })
  } else if (plan.overrideReason !== undefined) log.info('override was set, but every gate passed: nothing was waived')
  const m = SEMVER.exec(plan.version)
  const waived = overridden ? refused.map((v) => ({ gate: v.gate, detail: v.detail })) : []
  setOutputs(outputs, {
    version: plan.version,
    tag: plan.version,
    'deployment-id': deploymentId,
    sha: plan.sha,
    prerelease: Boolean(m?.[4]),
    'override-used': overridden,
    waived: JSON.stringify(waived),
    // For deployment-record's release-override input: the audit record keeps who waived what, and why.
    override: overridden
      ? JSON.stringify({ actor: process.env.GITHUB_ACTOR ?? 'unknown', reason: plan.overrideReason, waived })
      : undefined,
  })
  log.info(
    `${overridden ? 'Passed by override' : 'Passed'}: ${plan.version} (${plan.sha}) may deploy as ${deploymentId}`,
  )
}

async function readPlan(): Promise<Plan> {
  const issues = new InputIssues()
  const values = await readInputs(inputs, issues)
  // The policy file may be YAML, whose parser loads on demand.
  if (values['policy-file'] !== undefined) await loadYaml()
  const { repo, sha } = commitTarget(values, issues)
  const tag = /^refs\/tags\/(.+)$/.exec(context.ref ?? '')?.[1]
  const version = (values.version ?? tag ?? '').trim()
  if (version === '')
    issues.add('version', 'is required when the workflow does not run on a tag: give the version, e.g. v1.5.0')
  // Whether it is semver is the gate's question (overridable); being a usable tag name is input.
  else if (
    version.length > 100 ||
    !/^[\w.+\-/]+$/.test(version) ||
    version.includes('..') ||
    version.startsWith('/') ||
    version.endsWith('/')
  )
    issues.add(
      'version',
      `must be a tag name such as v1.5.0 (letters, digits, '.', '-', '+', '_' or '/'); got ${JSON.stringify(version.slice(0, 60))}`,
    )
  const now = values.now ?? new Date()
  const zone = values.timezone ?? 'UTC'
  if (values.timezone !== undefined && !validZone(values.timezone))
    issues.add(
      'timezone',
      `must be an IANA time zone such as America/Los_Angeles or UTC; got ${JSON.stringify(values.timezone.slice(0, 60))}`,
    )

  const windows: Window[] = []
  const freezes: Freeze[] = []
  const addWindows = (input: string, lines: unknown[], where = (i: number) => `line ${i + 1}`) => {
    lines.forEach((line, i) => {
      try {
        if (typeof line !== 'string') throw new Error('is not text')
        windows.push(parseWindow(line, zone))
      } catch (err) {
        issues.add(input, `must be ${WINDOW_FORM}: ${(err as Error).message}`, where(i))
      }
    })
  }
  const addFreezes = (input: string, lines: unknown[], where = (i: number) => `line ${i + 1}`) => {
    lines.forEach((line, i) => {
      try {
        if (typeof line === 'object' && line !== null && 'from' in line) {
          const f = line as { from: unknown; to?: unknown; reason?: unknown }
          line = `${valueText(f.from)}${f.to !== undefined ? `..${valueText(f.to)}` : ''}${typeof f.reason === 'string' ? ` ${f.reason}` : ''}`
        }
        if (typeof line !== 'string') throw new Error('is not text')
        freezes.push(parseFreeze(line, zone))
      } catch (err) {
        issues.add(input, `must be ${FREEZE_FORM}: ${(err as Error).message}`, where(i))
      }
    })
  }
  const lines = (text: string | undefined) =>
    (text ?? '')
      .split('\n')
      .map((l) => l.trim())
      .filter((l) => l !== '' && !l.startsWith('#'))
  if (validZone(zone)) {
    addWindows('windows', lines(values.windows))
    addFreezes('freezes', lines(values.freezes))
    if (values['policy-file'] !== undefined) readPolicy(values['policy-file'], issues, addWindows, addFreezes)
  }

  let overrideReason: string | undefined
  const reason = values['override-reason']?.trim()
  if (values.override) {
    if (!reason || reason.length < 10)
      issues.add(
        'override-reason',
        'is required with override: true: say why this deployment cannot wait, in at least 10 characters',
      )
    else if (reason.length > 500 || reason.includes('\n'))
      issues.add('override-reason', 'must be one line of at most 500 characters')
    else overrideReason = reason
  } else if (reason) issues.add('override-reason', 'is only read with override: true; set both to override the gate')
  const names = [...(values['required-checks'] ?? []), ...(values['ignore-checks'] ?? [])]
  for (const n of names)
    if (n.length > 200) issues.add('required-checks', 'must hold check names of at most 200 characters')
  const both = (values['required-checks'] ?? []).filter((n) => (values['ignore-checks'] ?? []).includes(n))
  if (both.length > 0) issues.add('ignore-checks', `cannot ignore a required check: ${both.join(', ')}`)
  issues.throwIfAny()
  return { values, repo: repo as Repo, sha, version, now, windows, freezes, overrideReason }
}

function readPolicy(
  file: string,
  issues: InputIssues,
  addWindows: (input: string, lines: unknown[], where?: (i: number) => string) => void,
  addFreezes: (input: string, lines: unknown[], where?: (i: number) => string) => void,
): void {
  const path = isAbsolute(file) ? file : resolve(process.env.GITHUB_WORKSPACE ?? process.cwd(), file)
  if (!existsSync(path)) {
    issues.add(
      'policy-file',
      `must be a YAML or JSON file in the workspace (check out the repository first); ${JSON.stringify(file)} does not exist`,
    )
    return
  }
  let doc: unknown
  try {
    doc = parseStructured(readFileSync(path, 'utf8'))
  } catch (err) {
    issues.add('policy-file', `must hold YAML or JSON: ${err instanceof FormatError ? err.message : String(err)}`)
    return
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) {
    issues.add('policy-file', 'must be a mapping with windows and/or freezes lists')
    return
  }
  const d = doc as Record<string, unknown>
  const unknownKeys = Object.keys(d).filter((k) => !['windows', 'freezes'].includes(k))
  if (unknownKeys.length > 0)
    issues.add('policy-file', `has the unknown key(s) ${unknownKeys.join(', ')}; known keys: windows, freezes`)
  for (const key of ['windows', 'freezes'] as const) {
    const v = d[key]
    if (v === undefined) continue
    if (!Array.isArray(v)) {
      issues.add('policy-file', `'${key}' must be a list`)
      continue
    }
    ;(key === 'windows' ? addWindows : addFreezes)('policy-file', v, (i) => `${key} item ${i + 1}`)
  }
}

/**
 * A branch deployment (a push to main, as LankaConnect deploys) has no release tag: its version is
 * the commit being deployed, given as its full SHA. That is a version in its own right — exact,
 * and what the images are tagged with — so the semver and tag gates pass it, saying why.
 */
function isCommitVersion(plan: Plan): boolean {
  return /^[0-9a-f]{40}$/.test(plan.version) && plan.version === plan.sha
}

function versionVerdict(plan: Plan): Verdict {
  if (isCommitVersion(plan))
    return { gate: 'version', passed: true, detail: `the commit being deployed (a branch deployment, no release tag)` }
  const m = SEMVER.exec(plan.version)
  if (!m)
    return {
      gate: 'version',
      passed: false,
      detail: `${plan.version} is not a semantic version with a v prefix such as v1.5.0 or v2.0.0-rc.1`,
    }
  if (m[4] && !plan.values['allow-prerelease'])
    return {
      gate: 'version',
      passed: false,
      detail: `${plan.version} is a pre-release; set allow-prerelease: true to deploy it`,
    }
  return {
    gate: 'version',
    passed: true,
    detail: `${plan.version} is a semantic version${m[4] ? ' (pre-release allowed)' : ''}`,
  }
}

async function tagVerdict(gh: GitHub, plan: Plan): Promise<Verdict> {
  if (!plan.values['require-tag']) return { gate: 'tag', passed: true, detail: 'not required (require-tag: false)' }
  if (isCommitVersion(plan))
    return { gate: 'tag', passed: true, detail: 'none to check: the version is the commit itself' }
  const tag = plan.version
  let target: { type: string; sha: string }
  try {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/ref/{ref}', { ...plan.repo, ref: `tags/${tag}` })
    target = data.object
  } catch (err) {
    if (err instanceof RequestError && err.status === 404)
      return { gate: 'tag', passed: false, detail: `tag ${tag} does not exist in ${plan.repo.owner}/${plan.repo.repo}` }
    throw err
  }
  // An annotated tag points at a tag object; peel it (a tag of a tag too, a few levels at most).
  for (let depth = 0; target.type === 'tag' && depth < 5; depth++) {
    const { data } = await gh.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', {
      ...plan.repo,
      tag_sha: target.sha,
    })
    target = data.object
  }
  if (target.type !== 'commit')
    return { gate: 'tag', passed: false, detail: `tag ${tag} points at a ${target.type}, not a commit` }
  if (target.sha !== plan.sha)
    return {
      gate: 'tag',
      passed: false,
      detail: `tag ${tag} points at ${target.sha}, not at the commit being deployed (${plan.sha})`,
    }
  return { gate: 'tag', passed: true, detail: `tag ${tag} points at ${plan.sha}` }
}

interface CheckRun {
  id: number
  name: string
  status: string
  conclusion: string | null
  details_url?: string | null
}

async function checkVerdicts(gh: GitHub, plan: Plan): Promise<Verdict[]> {
  const runs = (await gh.paginate('GET /repos/{owner}/{repo}/commits/{ref}/check-runs', {
    ...plan.repo,
    ref: plan.sha,
    per_page: 100,
    filter: 'latest',
  })) as CheckRun[]
  const { data: combined } = await gh.request('GET /repos/{owner}/{repo}/commits/{ref}/status', {
    ...plan.repo,
    ref: plan.sha,
    per_page: 100,
  })
  const ignored = new Set(plan.values['ignore-checks'] ?? [])
  const runId = process.env.GITHUB_RUN_ID
  // This workflow's own jobs are running on this commit: they cannot be green yet, and are not the gate's business.
  const own = (r: CheckRun) => Boolean(runId && r.details_url?.includes(`/actions/runs/${runId}/`))
  const latest = new Map<string, CheckRun>()
  for (const r of runs) {
    if (ignored.has(r.name) || own(r)) continue
    const seen = latest.get(r.name)
    if (!seen || r.id > seen.id) latest.set(r.name, r)
  }
  const contexts = new Map<string, string>()
  for (const s of combined.statuses)
    if (!ignored.has(s.context) && !contexts.has(s.context)) contexts.set(s.context, s.state)

  const states = new Map<string, string>()
  for (const [name, r] of latest) states.set(name, r.status === 'completed' ? (r.conclusion ?? 'unknown') : r.status)
  for (const [name, state] of contexts) states.set(name, state)
  const green = (s: string) => ['success', 'neutral', 'skipped'].includes(s)
  const verdicts: Verdict[] = []
  const notGreen = [...states].filter(([, s]) => !green(s))
  verdicts.push(
    notGreen.length === 0
      ? {
          gate: 'checks',
          passed: true,
          detail: `${states.size} check run(s) and status(es) on ${plan.sha.slice(0, 7)} are green`,
        }
      : {
          gate: 'checks',
          passed: false,
          detail: `not green on ${plan.sha.slice(0, 7)}: ${notGreen.map(([n, s]) => `${n} (${s})`).join(', ')}`,
        },
  )
  const required = plan.values['required-checks'] ?? []
  if (required.length > 0) {
    const missing = required.filter((n) => !states.has(n))
    const notSuccess = required.filter(
      (n) => states.has(n) && !['success', 'neutral'].includes(states.get(n) as string),
    )
    const problems = [...missing.map((n) => `${n} (missing)`), ...notSuccess.map((n) => `${n} (${states.get(n)})`)]
    verdicts.push(
      problems.length === 0
        ? { gate: 'required checks', passed: true, detail: `${required.join(', ')} passed` }
        : { gate: 'required checks', passed: false, detail: `required check(s) not passed: ${problems.join(', ')}` },
    )
  }
  return verdicts
}

function windowVerdict(plan: Plan): Verdict {
  if (plan.windows.length === 0) return { gate: 'deployment window', passed: true, detail: 'no windows configured' }
  const hit = plan.windows.find((w) => inWindow(w, plan.now))
  if (hit)
    return {
      gate: 'deployment window',
      passed: true,
      detail: `${localTime(plan.now, hit.zone).text} is inside "${hit.text}"`,
    }
  const w0 = plan.windows[0] as Window
  return {
    gate: 'deployment window',
    passed: false,
    detail: `${localTime(plan.now, w0.zone).text} is outside every window (${plan.windows.map((w) => `"${w.text}"`).join(', ')})`,
  }
}

function freezeVerdicts(plan: Plan): Verdict[] {
  const hits = plan.freezes.filter((f) => inFreeze(f, plan.now))
  if (plan.freezes.length === 0) return []
  if (hits.length === 0)
    return [
      {
        gate: 'freeze',
        passed: true,
        detail: `${localTime(plan.now, plan.freezes[0]?.zone ?? 'UTC').date} is in no freeze`,
      },
    ]
  return hits.map((f) => ({
    gate: 'freeze',
    passed: false,
    detail: `${localTime(plan.now, f.zone).date} is inside the freeze ${f.from}..${f.to}${f.reason ? ` (${f.reason})` : ''}`,
  }))
}

/**
 * The summary read at 2 a.m.: whether this version may deploy, and if not the first reason and
 * when it next may (the next window opening); then each refused gate in a sentence, then what to
 * do; the gates as a three-column table.
 */
function summary(plan: Plan, verdicts: Verdict[], deploymentId: string, overridden: boolean): string {
  const refused = verdicts.filter((v) => !v.passed)
  const timed = refused.some((v) => v.gate === 'deployment window' || v.gate === 'freeze')
  const opening = timed ? nextOpening(plan.windows, plan.freezes, plan.now) : undefined
  const zone = plan.windows[0]?.zone ?? plan.freezes[0]?.zone ?? 'UTC'
  const next = opening
    ? `; next window opens ${formatClock(opening, { timeZone: zone, now: plan.now, weekday: true })}`
    : ''
  const first = refused[0]
  const head =
    refused.length === 0
      ? `✅ Release ${plan.version} may deploy: every gate passed`
      : overridden
        ? `⚠️ Release ${plan.version} may deploy by emergency override: ${refused.length} gate(s) waived`
        : `❌ Release ${plan.version} blocked: ${first?.gate} — ${first?.detail}${next}`
  const lines = [`### ${plainText(head)}`, '']
  if (refused.length > (overridden ? 0 : 1))
    lines.push(...refused.map((v) => `- ${plainText(`${v.gate}: ${v.detail}`)}`), '')
  if (overridden)
    lines.push(
      `**Override** by ${plainText(process.env.GITHUB_ACTOR ?? 'unknown')}: ${plainText(plan.overrideReason ?? '')}`,
      '',
    )
  if (refused.length > 0 && !overridden)
    lines.push(
      `**What now:** ${timed && opening ? `run again once the window opens (${formatClock(opening, { timeZone: zone, now: plan.now, weekday: true })}), or fix` : 'fix'} what is refused and run again; ` +
        'in an emergency, run with `override: true` and an `override-reason` (recorded with the deployment).',
      '',
    )
  const rows = verdicts.map((v) => [v.gate, v.passed ? '✅ passed' : overridden ? '⚠️ waived' : '❌ refused', v.detail])
  lines.push(
    markdownTable(['Gate', 'Result', 'Detail'], rows),
    '',
    plainText(`Commit ${plan.sha}, deployment id ${deploymentId}, at ${formatClock(plan.now, { timeZone: zone })}.`),
    '',
  )
  return lines.join('\n')
}
