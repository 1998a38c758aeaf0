/**
 * A local runner for GitHub workflows, built on GitHub's own parts: @actions/workflow-parser reads
 * and validates the file against the workflow schema and converts it (jobs, needs, `if` with its
 * implied success(), steps and their ids, reusable-workflow calls with their inputs and secrets
 * checked), @actions/expressions evaluates every `${{ }}`. What it runs:
 *
 * - events push (tags, branches filters), workflow_dispatch (typed inputs) and, for a called
 *   workflow, workflow_call (typed inputs with defaults, secrets explicit or inherited, outputs);
 * - jobs in `needs` order; job and step `if` with success()/failure()/always()/cancelled(); a job
 *   whose needs did not all succeed is skipped unless its `if` says otherwise;
 * - `run:` steps through the shell, `$/x`, `./x` and `<owner>/deploy-actions/x@ref` actions from
 *   this checkout's dist/ (pre, main, post with post-if), third-party actions through registered
 *   stand-ins; file commands and workflow commands through the step runner (action-tests/runner.ts);
 * - `permissions:` turned into a GITHUB_TOKEN minted by the GitHub stand-in with exactly those
 *   permissions (an OIDC token only with id-token: write); `concurrency:` logged; `environment:`
 *   logged, and for an environment given required reviewers (RunnerOptions.environments) the job
 *   waits for a review (RunnerOptions.review) before it starts, failing without a step when rejected;
 * - `::add-mask::` and every secret masked in every later line of the run's log.
 *
 * Anything else — a key, an event, an action this runner does not serve — fails the run in one line
 * naming it, before a step runs. Never silently skipped.
 */
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs'
import { basename, join, relative, resolve } from 'node:path'
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { isMapping, isSequence } from '@actions/workflow-parser/templates/tokens/type-guards'
import type {
  ActionStep,
  Job,
  ReusableWorkflowJob,
  RunStep,
  WorkflowTemplate,
} from '@actions/workflow-parser/model/workflow-template'
import { maskText, runScript, runStep, type StepResult } from '../runner.ts'
import { readActionMetadata, root as repoRoot } from '../actions.ts'
import { temporaryFolder } from '../temp.ts'
import { loadWorkflowParser } from '../workflow-parser.ts'
import { asText, type Contexts, evaluate, evaluateMapping, evaluateToken, truthy, type Value } from './expressions.ts'
import {
  defaultPermissions,
  describePermissions,
  elevations,
  readPermissions,
  type Permissions,
} from './permissions.ts'
import { defaultStandIns, type StandIn, standInKey } from './stand-ins.ts'

export interface WorkflowEvent {
  name: 'push' | 'workflow_dispatch'
  /** refs/tags/v1.5.0 or refs/heads/main */
  ref: string
  sha: string
  /** workflow_dispatch inputs as given (text or booleans), checked against the workflow's types. */
  inputs?: Record<string, string | boolean>
}

export interface RunnerOptions {
  /** owner/name of the repository the workflow runs in. */
  repository?: string
  actor?: string
  runId?: string
  runAttempt?: string
  secrets?: Record<string, string>
  vars?: Record<string, string>
  /** The repository's content, copied into the workspace by actions/checkout. */
  checkout?: string
  /** The machine's environment for every step: stand-ins' endpoints, CA trust, OIDC endpoint. */
  machineEnv?: Record<string, string>
  /**
   * Variables that exist in a job only when its token may request an OIDC token (id-token: write),
   * as ACTIONS_ID_TOKEN_REQUEST_URL/TOKEN do on GitHub.
   */
  oidcEnv?: Record<string, string>
  /** Mints a GITHUB_TOKEN with exactly these permissions (the GitHub stand-in's issueToken). */
  issueToken: (permissions: Permissions) => string
  /** GITHUB_API_URL: the GitHub stand-in. */
  apiUrl: string
  /** The repository default permissions when a workflow names none. */
  defaultPermissions?: 'restricted' | 'permissive'
  standIns?: Map<string, StandIn>
  /** This checkout: `$/x` actions and this repository's reusable workflows come from here. */
  actionsRoot?: string
  /** Repository names that mean this checkout in `owner/<name>/…@ref` references. */
  selfRepositories?: string[]
  /** Each line of the run's log as it is written (already masked). */
  onLog?: (line: string) => void
  /**
   * Cancels the run as GitHub's cancel button does: the running step gets SIGINT (SIGTERM 7.5 s
   * later), later steps and jobs run only when their `if` asks for always() or cancelled(), post
   * steps still run by their post-if.
   */
  signal?: AbortSignal
  /**
   * GitHub environments with the required-reviewers protection rule: a job that names one waits,
   * before any of its steps (or its token) exists, until `review` decides. Environments not listed
   * have no protection rules, as an environment a workflow creates by naming it has none.
   */
  environments?: Record<string, { reviewers: string[] }>
  /**
   * A reviewer's decision on a job waiting for its environment: what a person does on GitHub's
   * "Review deployments" dialog (or the pending_deployments REST call). Approved by a listed
   * reviewer, the job runs; rejected, it fails without running a step, as on GitHub.
   */
  review?: (
    request: EnvironmentReview,
  ) => Promise<{ state: 'approved' | 'rejected'; reviewer: string; comment?: string }>
}

/** A job waiting for its environment's reviewers. */
export interface EnvironmentReview {
  job: string
  environment: string
  reviewers: string[]
  signal?: AbortSignal
}

export type JobResult = 'success' | 'failure' | 'skipped' | 'cancelled'

export interface StepRecord {
  id: string
  name: string
  outcome: JobResult
  conclusion: JobResult
  outputs: Record<string, string>
  result?: StepResult
}

export interface JobRecord {
  id: string
  /** When the job started and ended (epoch ms); a skipped job has neither. */
  startedAt?: number
  endedAt?: number
  result: JobResult
  outputs: Record<string, string>
  steps: StepRecord[]
  permissions?: Permissions
  environment?: { name: string; url?: string }
  concurrency?: string
}

export interface StepSummary {
  job: string
  step: string
  action?: string
  markdown: string
}

export interface WorkflowRun {
  conclusion: 'success' | 'failure' | 'cancelled'
  /** Jobs by id; a called workflow's jobs as `caller/called`. */
  jobs: Record<string, JobRecord>
  /** A called workflow's outputs (workflow_call). */
  outputs: Record<string, string>
  log: string[]
  annotations: Array<{ job: string; step: string; level: string; message: string }>
  /** Step summaries, in order. */
  summary: string
  /**
   * The same summaries one by one, masked, with the job and step that wrote each and the action's
   * folder name (none for a `run:` step): what scripts/lib/summary-render.ts renders and checks.
   */
  summaries: StepSummary[]
  artifactsDir: string
}

/** The run cannot start or go on: a key, event, action or input this runner does not serve. */
export class WorkflowRefusal extends Error {}

const SUPPORTED_ROOT = new Set(['name', 'run-name', 'on', 'permissions', 'env', 'concurrency', 'jobs'])
const SUPPORTED_JOB = new Set([
  'name',
  'needs',
  'if',
  'runs-on',
  'permissions',
  'environment',
  'concurrency',
  'outputs',
  'env',
  'timeout-minutes',
  'continue-on-error',
  'steps',
])
const SUPPORTED_CALL_JOB = new Set(['name', 'needs', 'if', 'uses', 'with', 'secrets', 'permissions', 'concurrency'])
const SUPPORTED_STEP = new Set([
  'id',
  'name',
  'if',
  'uses',
  'with',
  'run',
  'shell',
  'working-directory',
  'env',
  'continue-on-error',
  'timeout-minutes',
])

interface Loaded {
  file: string
  template: WorkflowTemplate
  raw: Map<string, TemplateToken>
  rawJobs: Map<string, Map<string, TemplateToken>>
}

function mappingOf(token: TemplateToken | undefined): Map<string, TemplateToken> {
  const out = new Map<string, TemplateToken>()
  if (token && isMapping(token)) for (const { key, value } of token) out.set(key.assertString('key').value, value)
  return out
}

/** Parses, validates and converts a workflow file with @actions/workflow-parser. */
async function load(file: string, opts: RunnerOptions): Promise<Loaded> {
  const wp = await loadWorkflowParser()
  const content = readFileSync(file, 'utf8')
  const parsed = wp.parseWorkflow({ name: file, content }, new wp.NoOperationTraceWriter())
  const fileProvider = {
    getFileContent: (ref: { path: string; owner?: string; repository?: string }) => {
      const path = resolveWorkflowFile(ref, opts)
      return Promise.resolve({ name: path, content: readFileSync(path, 'utf8') })
    },
  }
  if (!parsed.value) throw new WorkflowRefusal(`${rel(file)}: ${firstError(parsed.context.errors.getErrors())}`)
  const template = await wp.convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, {
    fetchReusableWorkflowDepth: 1,
  })
  const errors = parsed.context.errors.getErrors()
  if (errors.length > 0) throw new WorkflowRefusal(`${rel(file)}: ${firstError(errors)}`)
  const raw = mappingOf(parsed.value)
  for (const key of raw.keys())
    if (!SUPPORTED_ROOT.has(key))
      throw new WorkflowRefusal(`${rel(file)}: the key '${key}' is not supported by this runner`)
  const rawJobs = new Map<string, Map<string, TemplateToken>>()
  for (const [id, token] of mappingOf(raw.get('jobs'))) rawJobs.set(id, mappingOf(token))
  return { file, template, raw, rawJobs }
}

function firstError(errors: Array<{ rawMessage?: string; message?: string }>): string {
  const first = errors[0]
  const text = first?.rawMessage ?? first?.message ?? 'invalid workflow'
  return errors.length > 1 ? `${text} (and ${errors.length - 1} more)` : text
}

function rel(file: string): string {
  const r = relative(process.cwd(), file)
  return r.startsWith('..') ? file : r
}

/** `owner/deploy-actions/.github/workflows/x.yml@ref` → this checkout's file; `./.github/…` → the repository's. */
function resolveWorkflowFile(ref: { path: string; owner?: string; repository?: string }, opts: RunnerOptions): string {
  const self = opts.selfRepositories ?? ['deploy-actions']
  if (ref.repository === undefined) {
    const base = opts.checkout ?? opts.actionsRoot ?? repoRoot
    return join(base, ref.path)
  }
  if (!self.includes(ref.repository))
    throw new WorkflowRefusal(
      `the reusable workflow ${ref.owner}/${ref.repository}/${ref.path} is not served here (only ${self.join(', ')})`,
    )
  return join(opts.actionsRoot ?? repoRoot, ref.path)
}

/** GitHub's filter patterns: * matches anything but /, ** anything, ? one character, ! negates. */
function globMatch(pattern: string, value: string): boolean {
  const re = pattern
    .replace(/[.+^${}()|\\]/g, '\\$&')
    .split('**')
    .map((part) => part.replace(/\*/g, '[^/]*'))
    .join('.*')
    .replace(/\?/g, '.')
  return new RegExp(`^${re}$`).test(value)
}

function filterMatches(include: string[] | undefined, exclude: string[] | undefined, value: string): boolean {
  if (include) {
    let ok = false
    for (const p of include) ok = p.startsWith('!') ? ok && !globMatch(p.slice(1), value) : ok || globMatch(p, value)
    return ok
  }
  if (exclude) return !exclude.some((p) => globMatch(p, value))
  return true
}

interface RunState {
  opts: RunnerOptions
  run: WorkflowRun
  masks: string[]
  github: Record<string, Value>
  eventPath: string
  cancelled: boolean
}

/** Runs a workflow file for an event and returns what happened; never throws for a failing step. */
export async function runWorkflow(file: string, event: WorkflowEvent, opts: RunnerOptions): Promise<WorkflowRun> {
  const loaded = await load(resolve(file), opts)
  const events = loaded.template.events
  const isTag = event.ref.startsWith('refs/tags/')
  const refName = event.ref.replace(/^refs\/(tags|heads)\//, '')
  let inputs: Record<string, Value> = {}
  if (event.name === 'push') {
    const push = events.push
    if (!push) throw new WorkflowRefusal(`${rel(file)} does not run on push`)
    const ok = isTag
      ? push.tags !== undefined || push['tags-ignore'] !== undefined
        ? filterMatches(push.tags, push['tags-ignore'], refName)
        : push.branches === undefined && push['branches-ignore'] === undefined
      : push.branches !== undefined || push['branches-ignore'] !== undefined
        ? filterMatches(push.branches, push['branches-ignore'], refName)
        : push.tags === undefined && push['tags-ignore'] === undefined
    if (!ok) throw new WorkflowRefusal(`${rel(file)}: a push of ${event.ref} does not match its push filters`)
  } else {
    const dispatch = events.workflow_dispatch
    if (!dispatch) throw new WorkflowRefusal(`${rel(file)} does not run on workflow_dispatch`)
    inputs = typedInputs(dispatch.inputs ?? {}, event.inputs ?? {}, 'workflow_dispatch')
  }
  for (const name of Object.keys(events))
    if (!['push', 'workflow_dispatch', 'workflow_call'].includes(name) && events[name] !== undefined)
      opts.onLog?.(`(the ${name} trigger is not served by this runner; running for ${event.name})`)

  const temp = temporaryFolder('workflow-run-')
  const artifactsDir = join(temp, 'artifacts')
  mkdirSync(artifactsDir)
  const repository = opts.repository ?? 'octo-org/shop'
  const runId = opts.runId ?? String(7_000_000_000 + Math.floor(Math.random() * 1_000_000))
  const payload =
    event.name === 'push'
      ? {
          ref: event.ref,
          after: event.sha,
          repository: { full_name: repository },
          sender: { login: opts.actor ?? 'octocat' },
        }
      : {
          ref: event.ref,
          inputs: event.inputs ?? {},
          repository: { full_name: repository },
          sender: { login: opts.actor ?? 'octocat' },
        }
  const eventPath = join(temp, 'event.json')
  writeFileSync(eventPath, JSON.stringify(payload))
  const state: RunState = {
    opts,
    masks: Object.values(opts.secrets ?? {}).filter((s) => s !== ''),
    eventPath,
    cancelled: false,
    github: {
      event_name: event.name,
      event: payload as unknown as Value,
      ref: event.ref,
      ref_name: refName,
      ref_type: isTag ? 'tag' : 'branch',
      sha: event.sha,
      repository,
      repository_owner: repository.split('/')[0] as string,
      run_id: runId,
      run_number: '1',
      run_attempt: opts.runAttempt ?? '1',
      actor: opts.actor ?? 'octocat',
      triggering_actor: opts.actor ?? 'octocat',
      server_url: 'https://github.com',
      api_url: opts.apiUrl,
      graphql_url: `${opts.apiUrl}/graphql`,
      workflow: asText(evaluateTokenOr(loaded.raw.get('name'), {}, rel(file))),
      workspace: '',
      action_path: '',
    },
    run: {
      conclusion: 'success',
      jobs: {},
      outputs: {},
      log: [],
      annotations: [],
      summary: '',
      summaries: [],
      artifactsDir,
    },
  }
  await runJobs(state, loaded, { inputs, secrets: opts.secrets ?? {}, prefix: '' })
  const results = Object.values(state.run.jobs).map((j) => j.result)
  state.run.conclusion = state.cancelled ? 'cancelled' : results.includes('failure') ? 'failure' : 'success'
  say(state, `Workflow ${rel(file)}: ${state.run.conclusion}`)
  return state.run
}

function evaluateTokenOr(token: TemplateToken | undefined, contexts: Contexts, fallback: string): Value {
  return token ? evaluateToken(token, contexts) : fallback
}

function say(state: RunState, line: string): void {
  const masked = maskText(line, state.masks)
  for (const l of masked.split('\n')) {
    state.run.log.push(l)
    state.opts.onLog?.(l)
  }
}

/** Inputs typed as the workflow declares them (string, boolean, choice, number, environment), defaults applied. */
function typedInputs(
  defs: Record<string, { type?: string; required?: boolean; default?: unknown; options?: string[] }>,
  given: Record<string, Value>,
  event: string,
  evaluateDefault: (token: unknown) => Value = (v) => v as Value,
): Record<string, Value> {
  const out: Record<string, Value> = {}
  const known = new Map(Object.keys(defs).map((k) => [k.toLowerCase(), k]))
  for (const name of Object.keys(given))
    if (!known.has(name.toLowerCase())) throw new WorkflowRefusal(`${event}: unexpected input '${name}'`)
  for (const [name, def] of Object.entries(defs)) {
    const key = Object.keys(given).find((k) => k.toLowerCase() === name.toLowerCase())
    let value: Value | undefined = key === undefined ? undefined : given[key]
    if (value === undefined) {
      if (def.required && def.default === undefined) throw new WorkflowRefusal(`${event}: input '${name}' is required`)
      value =
        def.default === undefined
          ? def.type === 'boolean'
            ? false
            : def.type === 'number'
              ? 0
              : ''
          : evaluateDefault(def.default)
    }
    if (def.type === 'boolean') {
      if (typeof value === 'string') {
        if (value !== 'true' && value !== 'false')
          throw new WorkflowRefusal(`${event}: input '${name}' must be a boolean (true or false), got '${value}'`)
        value = value === 'true'
      }
      if (typeof value !== 'boolean') throw new WorkflowRefusal(`${event}: input '${name}' must be a boolean`)
    } else if (def.type === 'number') {
      const n = Number(value)
      if (value === '' || Number.isNaN(n)) throw new WorkflowRefusal(`${event}: input '${name}' must be a number`)
      value = n
    } else {
      value = asText(value)
      if (def.type === 'choice' && def.options && !def.options.includes(value))
        throw new WorkflowRefusal(`${event}: input '${name}' must be one of ${def.options.join(', ')}, got '${value}'`)
    }
    out[name] = value
  }
  return out
}

interface CallFrame {
  inputs: Record<string, Value>
  secrets: Record<string, string>
  /** A called workflow's jobs: their id prefix (`caller/`) and the caller job's permissions (the cap). */
  prefix: string
  cap?: Permissions
  /** The caller job's permissions: a called job without `permissions:` gets these. */
  inherited?: Permissions
}

async function runJobs(state: RunState, loaded: Loaded, frame: CallFrame): Promise<Record<string, JobRecord>> {
  const jobs = loaded.template.jobs
  const done: Record<string, JobRecord> = {}
  const workflowEnvToken = loaded.raw.get('env')
  const workflowPermissions = readPermissions(loaded.raw.get('permissions'))
  if (loaded.raw.get('concurrency'))
    say(
      state,
      `Concurrency (workflow): ${asText(evaluateToken(loaded.raw.get('concurrency') as TemplateToken, baseContexts(state, frame, {})))}`,
    )
  // Every job's permissions are settled before anything runs: GitHub refuses a called workflow that elevates at start.
  const permissionsOf = new Map<string, Permissions>()
  for (const job of jobs) {
    const id = job.id.value
    const declared = readPermissions(loaded.rawJobs.get(id)?.get('permissions')) ?? workflowPermissions
    const permissions = declared ?? frame.inherited ?? defaultPermissions(state.opts.defaultPermissions)
    if (frame.cap && declared) {
      const over = elevations(declared, frame.cap)
      if (over.length > 0) throw new WorkflowRefusal(`The nested job '${id}' is requesting ${over[0]}.`)
    }
    permissionsOf.set(id, permissions)
    const rawJob = loaded.rawJobs.get(id) ?? new Map<string, TemplateToken>()
    const allowed = job.type === 'job' ? SUPPORTED_JOB : SUPPORTED_CALL_JOB
    for (const key of rawJob.keys())
      if (!allowed.has(key))
        throw new WorkflowRefusal(`${rel(loaded.file)}: job '${id}': the key '${key}' is not supported by this runner`)
    const runsOn = rawJob.get('runs-on')
    if (runsOn && !runsOn.isExpression) checkRunsOn(evaluateToken(runsOn, {}), `${rel(loaded.file)}: job '${id}'`)
    if (job.type === 'job')
      for (const [index, stepToken] of stepTokens(rawJob).entries()) {
        const shell = mappingOf(stepToken).get('shell')
        if (shell && !shell.isExpression && !isServedShell(asText(evaluateToken(shell, {}))))
          throw new WorkflowRefusal(
            `${rel(loaded.file)}: job '${id}' step ${index + 1}: shell ${asText(evaluateToken(shell, {}))} is not served (bash, sh or a command with {0})`,
          )
        for (const key of mappingOf(stepToken).keys())
          if (!SUPPORTED_STEP.has(key))
            throw new WorkflowRefusal(
              `${rel(loaded.file)}: job '${id}' step ${index + 1}: the key '${key}' is not supported by this runner`,
            )
        const where = `${rel(loaded.file)}: job '${id}' step ${index + 1}`
        const ref = checkUses(state, job.steps[index] as ActionStep | RunStep, where, loaded.file)
        const unknown = [...mappingOf(mappingOf(stepToken).get('with')).keys()].filter(
          (k) => ref?.kind === 'stand-in' && !ref.standIn.inputs.includes(k),
        )
        if (ref?.kind === 'stand-in' && unknown.length > 0)
          throw new WorkflowRefusal(
            `${where}: ${ref.key}: the input(s) ${unknown.join(', ')} are not served by its stand-in`,
          )
      }
  }

  const pending = [...jobs]
  while (pending.length > 0) {
    const next = pending.findIndex((j) => (j.needs ?? []).every((n) => done[n.value] !== undefined))
    if (next < 0) throw new WorkflowRefusal(`${rel(loaded.file)}: the jobs' needs form a cycle or name a missing job`)
    const job = pending.splice(next, 1)[0] as Job | ReusableWorkflowJob
    if (state.opts.signal?.aborted) state.cancelled = true
    const id = job.id.value
    const needs = (job.needs ?? []).map((n) => n.value)
    const needsContext: Record<string, Value> = {}
    for (const n of needs) needsContext[n] = { result: done[n]?.result ?? 'skipped', outputs: done[n]?.outputs ?? {} }
    // Status for the job's `if`: success() only when every job it needs (transitively) succeeded.
    const ancestors = ancestorsOf(id, jobs)
    const ancestorResults = ancestors.map((a) => done[a]?.result)
    const status = {
      status: state.cancelled
        ? ('cancelled' as const)
        : ancestorResults.includes('failure')
          ? ('failure' as const)
          : ancestorResults.every((r) => r === 'success')
            ? ('success' as const)
            : ('skipped' as const),
    }
    const contexts = baseContexts(state, frame, needsContext)
    const condition = job.if?.expression ?? 'success()'
    const run = truthy(evaluate(condition, contexts, status))
    const jobId = `${frame.prefix}${id}`
    if (!run) {
      say(state, `Job ${jobId}: skipped (if: ${condition})`)
      done[id] = { id: jobId, result: 'skipped', outputs: {}, steps: [] }
      state.run.jobs[jobId] = done[id]
      continue
    }
    const record =
      job.type === 'job'
        ? await runJob(state, loaded, job, jobId, contexts, permissionsOf.get(id) as Permissions, workflowEnvToken)
        : await runCall(state, loaded, job, jobId, contexts, permissionsOf.get(id) as Permissions, frame)
    done[id] = record
    state.run.jobs[jobId] = record
  }
  return done
}

/**
 * A job's wait for its environment's required reviewers, as GitHub holds it: the review hook
 * decides; only a listed reviewer's decision counts (anyone else's is refused loudly, since on
 * GitHub they could not give it); a cancel of the run while waiting cancels the job.
 */
async function waitForReview(
  state: RunState,
  jobId: string,
  environment: string,
  reviewers: string[],
): Promise<'approved' | 'failure' | 'cancelled'> {
  const review = state.opts.review
  if (!review)
    throw new WorkflowRefusal(
      `job '${jobId}': environment ${environment} requires a review by ${reviewers.join(', ')} and this run has no reviewer (RunnerOptions.review)`,
    )
  say(state, `  Environment ${environment}: waiting for a review by ${reviewers.join(' or ')}`)
  const signal = state.opts.signal
  const cancelled = new Promise<undefined>((done) => {
    if (signal?.aborted) done(undefined)
    signal?.addEventListener('abort', () => done(undefined), { once: true })
  })
  const decision = await Promise.race([
    review({ job: jobId, environment, reviewers, ...(signal ? { signal } : {}) }),
    cancelled,
  ])
  if (!decision) {
    say(state, `  Environment ${environment}: the run was cancelled while waiting for a review`)
    state.cancelled = true
    return 'cancelled'
  }
  if (!reviewers.includes(decision.reviewer))
    throw new WorkflowRefusal(
      `job '${jobId}': ${decision.reviewer} is not a required reviewer of environment ${environment} (${reviewers.join(', ')})`,
    )
  const comment = decision.comment ? `: ${decision.comment}` : ''
  say(state, `  Environment ${environment}: ${decision.state} by ${decision.reviewer}${comment}`)
  if (decision.state === 'approved') return 'approved'
  state.run.annotations.push({
    job: jobId,
    step: '',
    level: 'error',
    message: `The deployment to ${environment} was rejected by ${decision.reviewer}${comment}`,
  })
  return 'failure'
}

/** This runner is a Linux x64 machine: GitHub's Ubuntu images or a self-hosted Linux runner. */
function checkRunsOn(value: Value, where: string): void {
  const labels = (Array.isArray(value) ? value : [value]).map((l) => asText(l))
  const served = /^(ubuntu-[\w.-]+|self-hosted|linux|x64)$/i
  const other = labels.filter((l) => !served.test(l))
  if (other.length > 0)
    throw new WorkflowRefusal(
      `${where}: runs-on ${other.join(', ')} is not served: this runner is Linux x64 (ubuntu-*, self-hosted, linux, x64)`,
    )
}

function isServedShell(shell: string): boolean {
  return shell === 'bash' || shell === 'sh' || shell.includes('{0}')
}

function ancestorsOf(id: string, jobs: Array<Job | ReusableWorkflowJob>): string[] {
  const byId = new Map(jobs.map((j) => [j.id.value, j]))
  const out = new Set<string>()
  const visit = (j: string) => {
    for (const n of byId.get(j)?.needs ?? [])
      if (!out.has(n.value)) {
        out.add(n.value)
        visit(n.value)
      }
  }
  visit(id)
  return [...out]
}

function baseContexts(state: RunState, frame: CallFrame, needs: Record<string, Value>): Contexts {
  return {
    github: state.github,
    inputs: frame.inputs,
    vars: state.opts.vars ?? {},
    secrets: frame.secrets,
    needs,
    strategy: {},
    matrix: {},
  }
}

function stepTokens(rawJob: Map<string, TemplateToken>): TemplateToken[] {
  const steps = rawJob.get('steps')
  const out: TemplateToken[] = []
  if (steps && isSequence(steps)) for (let i = 0; i < steps.count; i++) out.push(steps.get(i))
  return out
}

type ActionRef = { kind: 'local'; action: string } | { kind: 'stand-in'; key: string; standIn: StandIn }

/**
 * The repository a workflow file belongs to, for `$/`: "`$/` always resolves against the repository
 * of the file it appears in" — the folder holding its .github/workflows/, else this checkout.
 */
function repositoryOf(file: string, opts: RunnerOptions): string {
  const m = /^(.*)\/\.github\/workflows\/[^/]+$/.exec(file)
  return m ? (m[1] as string) : (opts.actionsRoot ?? repoRoot)
}

function checkUses(state: RunState, step: ActionStep | RunStep, where: string, file: string): ActionRef | undefined {
  if (!('uses' in step)) return undefined
  const uses = step.uses.value
  const self = state.opts.selfRepositories ?? ['deploy-actions']
  const actionsRoot = state.opts.actionsRoot ?? repoRoot
  let action: string | undefined
  // `$/x`: the file's own repository at the running commit. `./x`: the checked-out repository
  // (the workspace after actions/checkout), this checkout when the run has none.
  if (uses.startsWith('$/')) action = resolve(repositoryOf(file, state.opts), uses.slice(2))
  else if (uses.startsWith('./')) action = resolve(state.opts.checkout ?? actionsRoot, uses.slice(2))
  else {
    const m = /^([^/]+)\/([^/@]+)\/([^@]+)@.+$/.exec(uses)
    if (m && self.includes(m[2] as string)) action = resolve(actionsRoot, m[3] as string)
  }
  if (action !== undefined) {
    if (!existsSync(join(action, 'action.yml')))
      throw new WorkflowRefusal(`${where}: ${uses} has no action.yml in this checkout`)
    const meta = readActionMetadata(action)
    if (!meta.runs.using.startsWith('node'))
      throw new WorkflowRefusal(`${where}: ${uses} runs ${meta.runs.using}; only node actions run here`)
    return { kind: 'local', action }
  }
  const key = standInKey(uses)
  const standIn = key ? (state.opts.standIns ?? defaultStandIns()).get(key) : undefined
  if (!key || !standIn)
    throw new WorkflowRefusal(`${where}: the action ${uses} is not supported by this runner (no stand-in registered)`)
  return { kind: 'stand-in', key, standIn }
}

function minutes(value: Value, what: string): number {
  const n = Number(value)
  if (!Number.isFinite(n) || n <= 0)
    throw new WorkflowRefusal(`${what} must be a positive number of minutes, got ${asText(value)}`)
  return n * 60_000
}

async function runJob(
  state: RunState,
  loaded: Loaded,
  job: Job,
  jobId: string,
  contexts: Contexts,
  permissions: Permissions,
  workflowEnvToken: TemplateToken | undefined,
): Promise<JobRecord> {
  const rawJob = loaded.rawJobs.get(job.id.value) ?? new Map<string, TemplateToken>()
  const started = Date.now()
  const record: JobRecord = { id: jobId, result: 'success', outputs: {}, steps: [], permissions, startedAt: started }
  const jobTimeout = rawJob.get('timeout-minutes')
    ? minutes(evaluateToken(rawJob.get('timeout-minutes') as TemplateToken, contexts), `job '${jobId}' timeout-minutes`)
    : 360 * 60_000
  const runsOn = evaluateTokenOr(rawJob.get('runs-on'), contexts, 'ubuntu-latest')
  checkRunsOn(runsOn, `job '${jobId}'`)
  say(state, `Job ${jobId} (runs-on ${asText(runsOn)})`)
  say(state, `  GITHUB_TOKEN permissions: ${describePermissions(permissions)}`)
  const envToken = rawJob.get('environment')
  if (envToken) {
    const value = evaluateToken(envToken, contexts)
    const env = typeof value === 'string' ? { name: value } : (value as { name?: string; url?: string })
    record.environment = { name: asText(env.name ?? ''), ...(env.url ? { url: asText(env.url) } : {}) }
    const rule = state.opts.environments?.[record.environment.name]
    if (rule && rule.reviewers.length > 0) {
      const decision = await waitForReview(state, jobId, record.environment.name, rule.reviewers)
      if (decision !== 'approved') {
        record.result = decision
        record.endedAt = Date.now()
        say(state, `Job ${jobId}: ${record.result}`)
        return record
      }
    } else
      say(
        state,
        `  Environment ${record.environment.name}: no protection rules${record.environment.url ? `, url ${record.environment.url}` : ''}`,
      )
  }
  const concurrency = rawJob.get('concurrency')
  if (concurrency) {
    const value = evaluateToken(concurrency, contexts)
    record.concurrency = typeof value === 'string' ? value : asText((value as { group?: Value }).group ?? '')
    say(state, `  Concurrency group ${record.concurrency}: no other run holds it`)
  }

  const token = state.opts.issueToken(permissions)
  state.masks.push(token)
  // secrets.GITHUB_TOKEN is the job's token, as github.token is.
  contexts = { ...contexts, secrets: { ...(contexts.secrets as Record<string, Value>), GITHUB_TOKEN: token } }
  const temp = temporaryFolder(`job-${job.id.value}-`)
  const workspace = join(temp, 'workspace')
  const runnerTemp = join(temp, 'runner-temp')
  mkdirSync(workspace, { recursive: true })
  mkdirSync(runnerTemp, { recursive: true })
  const github = { ...state.github, token, workspace, job: job.id.value }
  let env: Record<string, string> = {
    ...evaluateMapping(workflowEnvToken, { ...contexts, github }),
  }
  env = { ...env, ...evaluateMapping(rawJob.get('env'), { ...contexts, github, env }) }
  const addedPath: string[] = []
  const stepsContext: Record<string, Value> = {}
  let jobStatus: 'success' | 'failure' | 'cancelled' = 'success'
  const posts: Array<{
    action: string
    state: Record<string, string>
    postIf: string
    name: string
    inputs: Record<string, string>
    stepEnv: Record<string, string>
  }> = []
  const machineEnv = (): Record<string, string> => ({
    PATH: [...addedPath]
      .reverse()
      .concat(process.env.PATH ?? '')
      .join(':'),
    HOME: process.env.HOME ?? temp,
    CI: 'true',
    GITHUB_ACTIONS: 'true',
    GITHUB_EVENT_NAME: asText(state.github.event_name as Value),
    GITHUB_EVENT_PATH: state.eventPath,
    GITHUB_REF: asText(state.github.ref as Value),
    GITHUB_REF_NAME: asText(state.github.ref_name as Value),
    GITHUB_REF_TYPE: asText(state.github.ref_type as Value),
    GITHUB_SHA: asText(state.github.sha as Value),
    GITHUB_REPOSITORY: asText(state.github.repository as Value),
    GITHUB_REPOSITORY_OWNER: asText(state.github.repository_owner as Value),
    GITHUB_RUN_ID: asText(state.github.run_id as Value),
    GITHUB_RUN_NUMBER: '1',
    GITHUB_RUN_ATTEMPT: asText(state.github.run_attempt as Value),
    GITHUB_ACTOR: asText(state.github.actor as Value),
    GITHUB_TRIGGERING_ACTOR: asText(state.github.triggering_actor as Value),
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: state.opts.apiUrl,
    GITHUB_GRAPHQL_URL: `${state.opts.apiUrl}/graphql`,
    GITHUB_WORKFLOW: asText(state.github.workflow as Value),
    GITHUB_JOB: job.id.value,
    RUNNER_OS: 'Linux',
    RUNNER_ARCH: 'X64',
    RUNNER_NAME: 'local-runner',
    ...state.opts.machineEnv,
    ...(permissions['id-token'] === 'write' ? state.opts.oidcEnv : {}),
  })
  const runner = {
    os: 'Linux',
    arch: 'X64',
    name: 'local-runner',
    temp: runnerTemp,
    tool_cache: join(temp, 'tool-cache'),
  }

  // Cancelling: the step running gets SIGINT, then SIGTERM 7.5 s later, as the runner sends them.
  let running: number | undefined
  // A job that starts after the cancel (its `if` asked for always() or cancelled()) runs its steps as usual.
  const startedCancelled = state.opts.signal?.aborted === true
  const onCancel = () => {
    const pid = running
    if (pid === undefined) return
    signalGroup(pid, 'SIGINT')
    setTimeout(() => {
      if (running === pid) signalGroup(pid, 'SIGTERM')
    }, 7500).unref()
  }
  if (!startedCancelled) state.opts.signal?.addEventListener('abort', onCancel)
  const tokens = stepTokens(rawJob)
  // The contexts as they stand now: env, steps and the job's status change as the steps run.
  const ctx = (): Contexts => ({
    ...contexts,
    github,
    env,
    steps: stepsContext,
    job: { status: jobStatus },
    runner,
  })
  for (const [index, step] of (job.steps as Array<ActionStep | RunStep>).entries()) {
    const raw = mappingOf(tokens[index])
    const stepId = step.id
    const name = step.name
      ? asText(evaluateToken(step.name, ctx()))
      : 'uses' in step
        ? step.uses.value
        : `Run ${asText((step.run as { value?: string }).value ?? '').split('\n')[0]}`
    if (state.opts.signal?.aborted && !startedCancelled && jobStatus !== 'cancelled') {
      say(state, '  The run was cancelled.')
      jobStatus = 'cancelled'
      state.cancelled = true
    }
    const elapsed = Date.now() - started
    if (elapsed >= jobTimeout && jobStatus !== 'cancelled') {
      say(state, `  The job has exceeded the maximum execution time of ${jobTimeout / 60_000} minutes.`)
      jobStatus = 'cancelled'
      record.result = 'failure'
    }
    const condition = step.if?.expression ?? 'success()'
    let shouldRun: boolean
    try {
      shouldRun = truthy(evaluate(condition, ctx(), { status: jobStatus }))
    } catch (err) {
      say(state, `  ✗ ${name}: ${(err as Error).message}`)
      jobStatus = 'failure'
      stepsContext[stepId] = { outcome: 'failure', conclusion: 'failure', outputs: {} }
      record.steps.push({ id: stepId, name, outcome: 'failure', conclusion: 'failure', outputs: {} })
      continue
    }
    if (!shouldRun) {
      say(state, `  - ${name}: skipped`)
      stepsContext[stepId] = { outcome: 'skipped', conclusion: 'skipped', outputs: {} }
      record.steps.push({ id: stepId, name, outcome: 'skipped', conclusion: 'skipped', outputs: {} })
      continue
    }
    say(state, `  ▶ ${name}`)
    let outcome: JobResult = 'success'
    let outputs: Record<string, string> = {}
    let result: StepResult | undefined
    let action: string | undefined
    try {
      const stepEnv = { ...env, ...evaluateMapping(raw.get('env'), ctx()) }
      const timeouts = [jobTimeout - (Date.now() - started)]
      if (raw.get('timeout-minutes'))
        timeouts.push(
          minutes(evaluateToken(raw.get('timeout-minutes') as TemplateToken, ctx()), `step '${name}' timeout-minutes`),
        )
      const timeoutMs = Math.max(1, Math.min(...timeouts))
      const shared = {
        runnerTemp,
        workspace,
        masks: state.masks,
        baseEnv: machineEnv(),
        timeoutMs,
        onSpawn: (pid: number) => {
          running = pid
          // Cancelled while this step was starting; steps that run after the cancel (always(), cancelled()) are left alone.
          if (state.opts.signal?.aborted && !startedCancelled && jobStatus !== 'cancelled') onCancel()
        },
      }
      if ('run' in step) {
        const script = asText(evaluateToken(step.run, ctx()))
        const shell = raw.get('shell') ? asText(evaluateToken(raw.get('shell') as TemplateToken, ctx())) : undefined
        const wd = raw.get('working-directory')
          ? asText(evaluateToken(raw.get('working-directory') as TemplateToken, ctx()))
          : undefined
        result = await runScript(script, { ...shared, env: stepEnv, shell, workingDirectory: wd })
      } else {
        const ref = checkUses(state, step, name, loaded.file) as ActionRef
        const withInputs = evaluateMapping(raw.get('with'), ctx())
        if (ref.kind === 'stand-in') {
          const unknown = Object.keys(withInputs).filter((k) => !ref.standIn.inputs.includes(k))
          if (unknown.length > 0)
            throw new WorkflowRefusal(
              `${step.uses.value}: the input(s) ${unknown.join(', ')} are not served by its stand-in`,
            )
          const lines: string[] = []
          const r = await ref.standIn.run({
            inputs: withInputs,
            workspace,
            runnerTemp,
            env: { ...machineEnv(), ...stepEnv },
            artifactsDir: state.run.artifactsDir,
            checkoutSource: state.opts.checkout,
            log: (l) => lines.push(l),
          })
          state.masks.push(...(r.secrets ?? []).filter((m) => m !== ''))
          for (const l of lines) say(state, `    ${l}`)
          if (r.error) {
            say(state, `    Error: ${r.error}`)
            state.run.annotations.push({ job: jobId, step: name, level: 'error', message: r.error })
            outcome = 'failure'
          }
          outputs = r.outputs ?? {}
          addedPath.push(...(r.path ?? []))
          env = { ...env, ...r.env }
        } else {
          action = basename(ref.action)
          const meta = readActionMetadata(ref.action)
          const declared = Object.keys(meta.inputs ?? {})
          const unexpected = Object.keys(withInputs).filter((k) => !declared.includes(k))
          if (unexpected.length > 0) {
            const message = `Unexpected input(s) '${unexpected.join("', '")}', valid inputs are ['${declared.join("', '")}']`
            say(state, `    Warning: ${message}`)
            state.run.annotations.push({ job: jobId, step: name, level: 'warning', message })
          }
          const inputDefault = (text: string) => asText(evaluateTemplateText(text, ctx()))
          const base = { ...shared, env: stepEnv, inputs: withInputs, inputDefault, namedOutputs: true }
          if (meta.runs.pre) {
            const pre = await runStep(ref.action, { ...base, pre: true })
            absorb(state, jobId, `Pre ${name}`, pre, action)
          }
          result = await runStep(ref.action, base)
          if (meta.runs.post)
            posts.push({
              action: ref.action,
              state: result.state,
              postIf: meta.runs['post-if'] ?? 'always()',
              name,
              inputs: withInputs,
              stepEnv,
            })
        }
      }
    } catch (err) {
      if (err instanceof WorkflowRefusal) throw err
      say(state, `    Error: ${(err as Error).message}`)
      outcome = 'failure'
    }
    if (result) {
      absorb(state, jobId, name, result, action)
      outputs = result.outputs
      env = { ...env, ...result.env }
      addedPath.push(...result.path)
      if (result.exitCode !== 0) {
        outcome = state.opts.signal?.aborted && !startedCancelled && jobStatus !== 'cancelled' ? 'cancelled' : 'failure'
        say(
          state,
          result.signal === 'SIGKILL'
            ? `    The step was cancelled: it exceeded its time.`
            : `    Error: Process completed with exit code ${result.exitCode}.`,
        )
      }
    }
    const continueOnError = raw.get('continue-on-error')
      ? truthy(evaluateToken(raw.get('continue-on-error') as TemplateToken, ctx()))
      : false
    running = undefined
    const conclusion: JobResult = outcome === 'failure' && continueOnError ? 'success' : outcome
    if (conclusion === 'failure' && jobStatus === 'success') jobStatus = 'failure'
    if (outcome === 'cancelled') {
      jobStatus = 'cancelled'
      state.cancelled = true
    }
    stepsContext[stepId] = { outcome, conclusion, outputs }
    record.steps.push({ id: stepId, name, outcome, conclusion, outputs, result })
    say(
      state,
      `    ${conclusion === 'success' ? '✓' : '✗'} ${name}: ${outcome}${outcome !== conclusion ? ` (continue-on-error: ${conclusion})` : ''}`,
    )
  }

  // Post steps, last first, with post-if read against the job's status.
  for (const post of posts.reverse()) {
    const run = truthy(
      evaluate(
        post.postIf,
        { ...contexts, github, env, steps: stepsContext, job: { status: jobStatus }, runner },
        { status: jobStatus },
      ),
    )
    if (!run) {
      say(state, `  - Post ${post.name}: skipped (post-if: ${post.postIf})`)
      continue
    }
    say(state, `  ▶ Post ${post.name}`)
    const r = await runStep(post.action, {
      post: true,
      state: post.state,
      inputs: post.inputs,
      env: post.stepEnv,
      runnerTemp,
      workspace,
      masks: state.masks,
      baseEnv: machineEnv(),
      namedOutputs: true,
      inputDefault: (text) => asText(evaluateTemplateText(text, { ...contexts, github, env, runner })),
    })
    absorb(state, jobId, `Post ${post.name}`, r, basename(post.action))
    if (r.exitCode !== 0 && jobStatus === 'success') jobStatus = 'failure'
  }

  state.opts.signal?.removeEventListener('abort', onCancel)
  if (jobStatus === 'failure' && record.result === 'success') record.result = 'failure'
  if (jobStatus === 'cancelled' && record.result === 'success') record.result = 'cancelled'
  const continueOnError = rawJob.get('continue-on-error')
    ? truthy(evaluateToken(rawJob.get('continue-on-error') as TemplateToken, contexts))
    : false
  if (record.result === 'failure' && continueOnError) say(state, `  (continue-on-error: the run goes on)`)
  // Job outputs are evaluated at the end; one that carries a secret is not passed on (as on GitHub).
  for (const [key, value] of Object.entries(evaluateMapping(rawJob.get('outputs'), ctx()))) {
    if (state.masks.some((m) => m !== '' && value.includes(m))) {
      say(state, `  Warning: Skip output '${key}' since it may contain secret.`)
      continue
    }
    record.outputs[key] = value
  }
  say(state, `Job ${jobId}: ${record.result}`)
  if (continueOnError && record.result === 'failure') record.result = 'success'
  record.endedAt = Date.now()
  return record
}

/** An action.yml default such as `${{ github.token }}`: text with expressions in it. */
function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal)
  } catch {
    // The step has ended.
  }
}

function evaluateTemplateText(text: string, contexts: Contexts): Value {
  const whole = /^\$\{\{(.*)\}\}$/s.exec(text.trim())
  if (whole && !whole[1]?.includes('}}')) return evaluate(whole[1] as string, contexts)
  return text.replace(/\$\{\{(.*?)\}\}/gs, (_, expr: string) => asText(evaluate(expr, contexts)))
}

/** A step's log, annotations, masks and summary into the run. */
function absorb(state: RunState, jobId: string, step: string, result: StepResult, action?: string): void {
  state.masks.push(...result.masks.filter((m) => m !== ''))
  const shown = maskText([result.log, result.stderr].filter((t) => t.trim() !== '').join('\n'), state.masks)
  for (const line of shown.split('\n')) if (line.trim() !== '') say(state, `    ${line}`)
  for (const a of result.annotations)
    state.run.annotations.push({ job: jobId, step, level: a.level, message: maskText(a.message, state.masks) })
  if (!result.summary) return
  const markdown = maskText(result.summary, state.masks)
  state.run.summary += markdown
  state.run.summaries.push({ job: jobId, step, ...(action ? { action } : {}), markdown })
}

async function runCall(
  state: RunState,
  caller: Loaded,
  job: ReusableWorkflowJob,
  jobId: string,
  contexts: Contexts,
  permissions: Permissions,
  frame: CallFrame,
): Promise<JobRecord> {
  const ref = job.ref.value
  const m = /^(?:([^/]+)\/([^/]+)\/)?(\.?\/?\.github\/workflows\/[^@]+)(?:@(.+))?$/.exec(ref)
  if (!m) throw new WorkflowRefusal(`job '${jobId}': the reusable workflow ${ref} is not a workflow file reference`)
  const file = resolveWorkflowFile(
    { owner: m[1], repository: m[2], path: (m[3] as string).replace(/^\.\//, '') },
    state.opts,
  )
  const called = await load(file, state.opts)
  const call = called.template.events.workflow_call
  if (!call) throw new WorkflowRefusal(`${rel(file)} is not a reusable workflow (no on: workflow_call)`)
  const rawCall = mappingOf(mappingOf(called.raw.get('on')).get('workflow_call'))
  const given = job['input-values'] ? (evaluateToken(job['input-values'], contexts) as Record<string, Value>) : {}
  const defaults = mappingOf(rawCall.get('inputs'))
  const inputs = typedInputs(
    Object.fromEntries(
      Object.entries(call.inputs ?? {}).map(([name, def]) => [
        name,
        { ...def, default: mappingOf(defaults.get(name)).get('default') ? name : undefined },
      ]),
    ),
    given,
    `${rel(file)} (workflow_call from job '${jobId}')`,
    (name) =>
      evaluateToken(mappingOf(defaults.get(name as string)).get('default') as TemplateToken, {
        github: state.github,
        inputs: {},
        vars: state.opts.vars ?? {},
      }),
  )
  let secrets: Record<string, string>
  if (job['inherit-secrets']) secrets = { ...frame.secrets }
  else {
    secrets = job['secret-values'] ? evaluateMapping(job['secret-values'], contexts) : {}
    const known = new Set(Object.keys(call.secrets ?? {}).map((s) => s.toLowerCase()))
    for (const s of Object.keys(secrets))
      if (!known.has(s.toLowerCase()))
        throw new WorkflowRefusal(`job '${jobId}': the secret ${s} is not defined in ${rel(file)}`)
  }
  for (const [name, def] of Object.entries(call.secrets ?? {}))
    if (def.required && !secrets[name])
      throw new WorkflowRefusal(`job '${jobId}': ${rel(file)} requires the secret ${name}`)
  state.masks.push(...Object.values(secrets).filter((s) => s !== ''))
  say(state, `Job ${jobId}: calls ${ref} (GITHUB_TOKEN at most ${describePermissions(permissions)})`)
  const done = await runJobs(state, called, {
    inputs,
    secrets,
    prefix: `${jobId}/`,
    cap: permissions,
    inherited: permissions,
  })
  const jobsContext: Record<string, Value> = {}
  for (const [id, r] of Object.entries(done)) jobsContext[id] = { result: r.result, outputs: r.outputs }
  const outputs: Record<string, string> = {}
  for (const [name, def] of mappingOf(rawCall.get('outputs'))) {
    const value = mappingOf(def).get('value')
    if (value)
      outputs[name] = asText(
        evaluateToken(value, { github: state.github, inputs, vars: state.opts.vars ?? {}, jobs: jobsContext }),
      )
  }
  const results = Object.values(done).map((r) => r.result)
  const result: JobResult = results.includes('failure')
    ? 'failure'
    : results.includes('cancelled')
      ? 'cancelled'
      : 'success'
  say(state, `Job ${jobId}: ${result}`)
  if (frame.prefix === '') state.run.outputs = outputs
  return { id: jobId, result, outputs, steps: [], permissions }
}
