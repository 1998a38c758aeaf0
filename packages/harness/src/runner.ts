/**
 * Runs an action's bundle the way the GitHub runner does: `node dist/<name>/index.js` with
 * INPUT_* variables (action.yml defaults applied first), GITHUB_OUTPUT / GITHUB_STATE /
 * GITHUB_ENV / GITHUB_PATH / GITHUB_STEP_SUMMARY files, and the post step with STATE_*.
 * Used by the action tests, `npm run rehearse` and `npm run bench`.
 */
import { spawn } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { defaultText, readActionMetadata, root } from './actions.ts'

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
   * Keeps the step's files (RUNNER_TEMP, the command files) after this process exits, for a
   * person to open; by default they are removed then, after every test had its look.
   */
  keepFiles?: boolean
  /**
   * The action also sets outputs named by its inputs, which action.yml cannot declare
   * (keyvault-secrets: one per secret); they are returned instead of refused as undeclared.
   */
  namedOutputs?: boolean
}

const stepDirs: string[] = []
process.on('exit', () => {
  for (const dir of stepDirs) rmSync(dir, { recursive: true, force: true })
})

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

/** Runs `dist/<action>/index.js` (or the post bundle) as the runner would. */
export async function runStep(
  action: string,
  opts: StepOptions & { post?: boolean; state?: Record<string, string> } = {},
): Promise<StepResult> {
  const meta = readActionMetadata(action)
  const entry = opts.post ? meta.runs.post : meta.runs.main
  if (!entry) throw new Error(`${action}/action.yml has no ${opts.post ? 'post' : 'main'} entry`)
  const dir = mkdtempSync(join(tmpdir(), `step-${action}-`))
  if (!opts.keepFiles) stepDirs.push(dir)
  const runnerTemp = join(dir, 'runner-temp')
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
    GITHUB_WORKSPACE: workspace,
    RUNNER_TEMP: runnerTemp,
    ...files,
  }
  // The runner gives every declared input with a default, then what `with:` sets.
  for (const [name, def] of Object.entries(meta.inputs ?? {})) {
    const value = defaultText(def)
    if (value !== undefined) env[inputVar(name)] = value
  }
  for (const [name, value] of Object.entries(opts.inputs ?? {})) env[inputVar(name)] = value
  for (const [name, value] of Object.entries(opts.state ?? {})) env[`STATE_${name}`] = value
  Object.assign(env, opts.env)

  const started = performance.now()
  const child = spawn(process.execPath, [resolve(root, action, entry)], {
    env,
    cwd: workspace,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  if (child.pid !== undefined) opts.onSpawn?.(child.pid)
  let stdout = ''
  let stderr = ''
  child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined
  const [exitCode, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((done) =>
    child.on('close', (c, s) => done([c, s])),
  )
  clearTimeout(timer)
  const durationMs = performance.now() - started

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
  let log = shown.join('\n')
  for (const m of [...masks].sort((a, b) => b.length - a.length)) if (m) log = log.split(m).join('***')

  const outputs = parseCommandFile(readFileSync(files.GITHUB_OUTPUT, 'utf8'))
  const declared = Object.keys(meta.outputs ?? {})
  const undeclared = Object.keys(outputs).filter((o) => !declared.includes(o))
  if (undeclared.length > 0 && !opts.namedOutputs)
    throw new Error(`${action} set output(s) not declared in its action.yml: ${undeclared.join(', ')}`)

  return {
    exitCode,
    signal,
    stdout,
    stderr,
    log,
    outputs,
    state: parseCommandFile(readFileSync(files.GITHUB_STATE, 'utf8')),
    env: parseCommandFile(readFileSync(files.GITHUB_ENV, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    annotations,
    masks,
    durationMs,
    workspace,
    runnerTemp,
  }
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
