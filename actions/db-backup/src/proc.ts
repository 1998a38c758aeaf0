import { getExecOutput } from '@actions/exec'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync } from 'node:fs'
import { delimiter, join } from 'node:path'
import { oneLine, redact } from '@deploy-actions/core'

/** A tool's failure: its name, how it ended and the end of its stderr (secrets redacted). */
export class ToolError extends Error {
  readonly stderr: string
  constructor(tool: string, how: string, stderr: string) {
    const tail = redact(
      oneLine(
        stderr
          .trim()
          .split('\n')
          .filter((l) => l.trim() !== '')
          .slice(-3)
          .join(' '),
      ),
    )
    super(`${tool} ${how}${tail ? `: ${tail}` : ''}`)
    this.name = 'ToolError'
    this.stderr = stderr
  }
}

export interface Running {
  child: ChildProcess
  /** Resolves when the process exited 0 with its stderr drained; rejects with a ToolError otherwise. */
  done: Promise<void>
  stderr(): string
}

/** Finds `names[i]` in `binDir` first, then on PATH; the first that exists wins. */
export function findTool(names: readonly string[], binDir?: string): string | undefined {
  const dirs = [...(binDir ? [binDir] : []), ...(process.env.PATH ?? '').split(delimiter).filter(Boolean)]
  for (const name of names) for (const dir of dirs) if (existsSync(join(dir, name))) return join(dir, name)
  return undefined
}

/**
 * Spawns `command args` (an argument array, never a shell) with stderr drained as it comes. A raw
 * spawn because the caller streams through the process (pg_dump → upload, download → pg_restore);
 * what runs once with a small input goes through `capture`.
 */
export function start(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  stdin: 'ignore' | 'pipe' = 'ignore',
): Running {
  const label = command.split('/').pop() ?? command
  const child = spawn(command, args, { env, stdio: [stdin, 'pipe', 'pipe'] })
  let stderr = ''
  child.stderr?.setEncoding('utf8').on('data', (d: string) => {
    stderr = (stderr + d).slice(-64 * 1024)
  })
  child.stdin?.on('error', () => {}) // EPIPE when the tool stops reading early; its exit code tells
  const done = new Promise<void>((resolve, reject) => {
    child.on('error', (err) => reject(new ToolError(label, `could not be started (${err.message})`, '')))
    child.on('close', (code, signal) => {
      if (code === 0) resolve()
      else reject(new ToolError(label, signal ? `was killed by ${signal}` : `exited with code ${code}`, stderr))
    })
  })
  done.catch(() => {})
  return { child, done, stderr: () => stderr }
}

/**
 * Runs a command once with @actions/exec (version probes, psql/mysql queries given in argv) and
 * resolves with its stdout; rejects with a ToolError that quotes the end of its stderr.
 * Nothing goes to stdin: @actions/exec writes its `input` with no error listener, so a tool that
 * exits without reading it (psql refused the connection) ends this process with EPIPE.
 * Silent: @actions/exec would echo the command line (hosts, users and database names from inputs)
 * and the tool's output straight to stdout, past the output layer.
 */
export async function capture(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<string> {
  const label = command.split('/').pop() ?? command
  let result: { exitCode: number | null; stdout: string; stderr: string }
  try {
    result = await getExecOutput(command, args, { env: definedOnly(env), silent: true, ignoreReturnCode: true })
  } catch (err) {
    // Not found, not executable, or spawn failed: @actions/exec says which in its message.
    throw new ToolError(label, `could not be started (${err instanceof Error ? err.message : String(err)})`, '')
  }
  // A tool killed by a signal has no exit code (null), whatever the type says.
  if (result.exitCode === null) throw new ToolError(label, 'was killed by a signal', result.stderr)
  if (result.exitCode !== 0) throw new ToolError(label, `exited with code ${result.exitCode}`, result.stderr)
  return result.stdout
}

/** The environment without its unset entries, as @actions/exec's type wants it. */
function definedOnly(env: NodeJS.ProcessEnv): Record<string, string> {
  const out: Record<string, string> = {}
  for (const [k, v] of Object.entries(env)) if (v !== undefined) out[k] = v
  return out
}

/** Kills a child if it still runs. */
export function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}
