/**
 * Runs an action's bundle the way the GitHub runner does: `node dist/<name>/index.js` with
 * INPUT_* variables (action.yml defaults applied first), GITHUB_OUTPUT / GITHUB_STATE /
 * GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY files, and the post step with STATE_*.
 * Used by the action tests, `npm run rehearse` and `npm run bench`.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { basename, dirname, join, resolve } from 'node:path'
import { defaultText, readActionMetadata, root } from './actions.ts'
import { temporaryFolder } from './temp.ts'

export interface StepOptions {
  inputs?: Record<string, string>
  env?: Record<string, string>
  /** The job's working folder (GITHUB_WORKSPACE); a fresh temp folder by default. */
  workspace?: string
  /** Kills the step (SIGKILL) after this long; the runner's timeout-minutes. */
  timeoutMs?: number
  /** Called once the process is running, e.g. to send it SIGINT. */
  onSpawn?: (pid: number) => void
  /**
   * The action also sets outputs named by its inputs, which action.yml cannot declare
   * (keyvault-secrets: one per secret); they are returned instead of refused as undeclared.
   */
  namedOutputs?: boolean
}

export interface StepResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  /** Raw stdout, workflow commands included (what the runner reads). */
  stdout: string
  stderr: string
  /** The log as the runner would show it: commands consumed, registered secrets masked. */
  log: string
  outputs: Record<string, string>
  state: Record<string, string>
  env: Record<string, string>
  /** Folders the step added with GITHUB_PATH, in order. */
  path: string[]
  summary: string
  /** `::error::` / `::warning::` / `::notice::` messages, in order. */
  annotations: Array<{ level: string; message: string; properties: Record<string, string> }>
  /** Values registered with `::add-mask::`. */
  masks: string[]
  durationMs: number
  workspace: string
  runnerTemp: string
}

/** Parses a GITHUB_OUTPUT-style file: `name=value` lines and `name<<DELIM … DELIM` blocks. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, key, delim] = heredoc as unknown as [string, string, string]
      const value: string[] = []
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i] as string)
      out[key] = value.join('\n')
    } else if (line.includes('=')) {
      const at = line.indexOf('=')
      out[line.slice(0, at)] = line.slice(at + 1)
    }
  }
  return out
}

function unescapeData(s: string): string {
  return s.replace(/%0D/g, '\r').replace(/%0A/g, '\n').replace(/%25/g, '%')
}

function unescapeProperty(s: string): string {
  return unescapeData(s).replace(/%3A/g, ':').replace(/%2C/g, ',')
}

/** What a step run by the workflow runner shares with the job's other steps. */
export interface JobShared {
  /** The job's RUNNER_TEMP (one per job, as on a runner); a fresh one per step by default. */
  runnerTemp?: string
  /** Values registered with `::add-mask::` (and secrets) before this step: masked in its log too. */
  masks?: readonly string[]
  /** Replaces the environment the step starts from (PATH, HOME and the GITHUB_* defaults). */
  baseEnv?: Record<string, string>
}

/** Runs `dist/<action>/index.js` (or its pre or post bundle) as the runner would. */
export async function runStep(
  action: string,
  opts: StepOptions &
    JobShared & {
      post?: boolean
      pre?: boolean
      state?: Record<string, string>
      /** Evaluates an action.yml default such as `${{ github.token }}`; the text as written otherwise. */
      inputDefault?: (text: string) => string
    } = {},
): Promise<StepResult> {
  const meta = readActionMetadata(action)
  const which = opts.post ? 'post' : opts.pre ? 'pre' : 'main'
  const entry = meta.runs[which]
  if (!entry) throw new Error(`${action}/action.yml has no ${which} entry`)
  const inputs: Record<string, string> = {}
  // The runner gives every declared input with a default, then what `with:` sets.
  for (const [name, def] of Object.entries(meta.inputs ?? {})) {
    const value = defaultText(def)
    if (value !== undefined) inputs[inputVar(name)] = opts.inputDefault ? opts.inputDefault(value) : value
  }
  for (const [name, value] of Object.entries(opts.inputs ?? {})) inputs[inputVar(name)] = value
  for (const [name, value] of Object.entries(opts.state ?? {})) inputs[`STATE_${name}`] = value
  const result = await execute(`step-${basename(action)}-`, process.execPath, [resolve(root, action, entry)], {
    ...opts,
    env: { ...inputs, ...opts.env },
  })
  const declared = Object.keys(meta.outputs ?? {})
  const undeclared = Object.keys(result.outputs).filter((o) => !declared.includes(o))
  if (undeclared.length > 0 && !opts.namedOutputs)
    throw new Error(`${action} set output(s) not declared in its action.yml: ${undeclared.join(', ')}`)
  return result
}

/**
 * Runs a workflow's `run:` script as the runner does: written to a file in RUNNER_TEMP and given
 * to the shell (`bash --noprofile --norc -eo pipefail {0}` by default), with the same command
 * files and workflow commands as an action step.
 */
export async function runScript(
  script: string,
  opts: StepOptions & JobShared & { shell?: string; workingDirectory?: string } = {},
): Promise<StepResult> {
  const shell = opts.shell ?? 'bash'
  const template = SHELLS[shell] ?? (shell.includes('{0}') ? shell.split(/\s+/) : undefined)
  if (!template) throw new Error(`shell '${shell}' is not supported; use bash, sh or a command line with {0}`)
  return execute('run-', '', [], { ...opts, script, template })
}

/** The runner's built-in shells, as argument arrays with {0} for the script file. */
const SHELLS: Record<string, string[]> = {
  bash: ['bash', '--noprofile', '--norc', '-eo', 'pipefail', '{0}'],
  sh: ['sh', '-e', '{0}'],
}

async function execute(
  prefix: string,
  command: string,
  args: string[],
  opts: StepOptions & JobShared & { script?: string; template?: string[]; workingDirectory?: string },
): Promise<StepResult> {
  const dir = temporaryFolder(prefix)
  const runnerTemp = opts.runnerTemp ?? join(dir, 'runner-temp')
  const workspace = opts.workspace ?? join(dir, 'workspace')
  mkdirSync(runnerTemp, { recursive: true })
  mkdirSync(workspace, { recursive: true })
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_ENV: join(dir, 'env'),
    GITHUB_PATH: join(dir, 'path'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary.md'),
  }
  for (const f of Object.values(files)) writeFileSync(f, '')

  const env: Record<string, string> = {
    ...(opts.baseEnv ?? {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? dir,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_REPOSITORY: 'octo-org/shop',
      GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
      GITHUB_REF: 'refs/tags/v1.4.0',
      GITHUB_RUN_ID: '7000000001',
      GITHUB_RUN_ATTEMPT: '1',
      GITHUB_SERVER_URL: 'https://github.com',
    }),
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    ...files,
    ...opts.env,
  }
  let cwd = workspace
  if (opts.script !== undefined && opts.template) {
    const scriptFile = join(dir, 'script.sh')
    writeFileSync(scriptFile, opts.script)
    const [shell, ...rest] = opts.template.map((a) => a.replace('{0}', scriptFile)) as [string, ...string[]]
    command = shell
    args = rest
    if (opts.workingDirectory) cwd = resolve(workspace, opts.workingDirectory)
  }

  const started = performance.now()
  // Its own process group, so a timeout kills what the step started too (a `sleep` under bash).
  const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'], detached: true })
  if (child.pid !== undefined) opts.onSpawn?.(child.pid)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const kill = () => {
    try {
      if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL')
    } catch {
      child.kill('SIGKILL')
    }
  }
  const timer = opts.timeoutMs ? setTimeout(kill, opts.timeoutMs) : undefined
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) => {
    child.on('error', (err) => {
      stderr += String(err)
      done([127, null])
    })
    child.on('close', (c, s) => done([c, s]))
  })
  clearTimeout(timer)
  const durationMs = performance.now() - started

  const { log, annotations, masks } = readWorkflowCommands(stdout, opts.masks ?? [])
  return {
    exitCode,
    signal,
    stdout,
    stderr,
    log,
    outputs: parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    env: parseCommandFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    path: readFileSync(files.GITHUB_PATH, 'utf8')
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations,
    masks,
    durationMs,
    workspace,
    runnerTemp,
  }
}

/**
 * Reads a step's stdout as the runner does: workflow commands are consumed (annotations shown as
 * the runner shows them, `::add-mask::` values collected), and every registered value — the
 * step's own and `earlier` ones — is masked in what is shown.
 */
export function readWorkflowCommands(
  stdout: string,
  earlier: readonly string[] = [],
): { log: string; annotations: StepResult['annotations']; masks: string[] } {
  const annotations: StepResult['annotations'] = []
  const masks: string[] = []
  const shown: string[] = []
  for (const line of stdout.split('\n')) {
    const cmd = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
    if (!cmd) {
      shown.push(line)
      continue
    }
    const [, name, props = '', data = ''] = cmd as unknown as [string, string, string | undefined, string | undefined]
    const properties = Object.fromEntries(
      props
        .split(',')
        .filter(Boolean)
        .map((kv) => {
          const at = kv.indexOf('=')
          return [kv.slice(0, at), unescapeProperty(kv.slice(at + 1))]
        }),
    )
    if (name === 'add-mask') masks.push(unescapeData(data))
    else if (name === 'error' || name === 'warning' || name === 'notice') {
      annotations.push({ level: name, message: unescapeData(data), properties })
      shown.push(`${name === 'error' ? 'Error' : name === 'warning' ? 'Warning' : 'Notice'}: ${unescapeData(data)}`)
    } else if (name === 'group' || name === 'endgroup' || name === 'debug') {
      if (name === 'group') shown.push(unescapeData(data))
    } else shown.push(line)
  }
  return { log: maskText(shown.join('\n'), [...earlier, ...masks]), annotations, masks }
}

/** Replaces every registered value in `text` with ***, longest first (a value may contain another). */
export function maskText(text: string, masks: readonly string[]): string {
  for (const m of [...masks].sort((a, b) => b.length - a.length)) if (m) text = text.split(m).join('***')
  return text
}

/** The variable the runner sets for an input: spaces become underscores, upper case, hyphens kept. */
export function inputVar(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`
}

/** Writes `content` to `relPath` inside `workspace`, making folders. */
export function writeWorkspaceFile(workspace: string, relPath: string, content: string): string {
  const file = join(workspace, relPath)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, content)
  return file
}
