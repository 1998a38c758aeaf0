import { getExecOutput } from '@actions/exec'
import { spawn, type ChildProcess } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { connect, createServer, type Socket } from 'node:net'
import { tmpdir } from 'node:os'
import { delimiter, join } from 'node:path'
import { Readable, type Writable } from 'node:stream'
import { finished, pipeline } from 'node:stream/promises'
import { onBranchFailure, Tee } from '@deploy-actions/storage'
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
  stdin: 'ignore' | 'pipe' | Readable = 'ignore',
  stdout: 'pipe' | Socket = 'pipe',
): Running {
  const label = command.split('/').pop() ?? command
  const child = spawn(command, args, { env, stdio: [stdin, stdout, 'pipe'] })
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

/** Size of the blocks a dump is written in, and how many there are (memory: BLOCK_BYTES × BLOCKS). */
const BLOCK_BYTES = 1024 * 1024
const BLOCKS = 4
/** A block with less room than this is sent: a read of a 4 KiB-writing dump tool rarely brings more. */
const MIN_READ = 64 * 1024

/**
 * Spawns a dump tool and writes its stdout into every one of `targets`, in blocks of 1 MiB; each
 * target must be done with a block's bytes when its write callback runs (a zlib stream, a parser;
 * not a PassThrough), since the blocks are used over and over. `done` resolves once the tool
 * exited 0; the targets are ended after its last byte. A target that fails destroys the others and
 * stops the reading; a kill of the tool ends the output where it was.
 *
 * Why not `child.stdout`: a dump tool writes 4 KiB at a time, and a pipe from `spawn` hands Node a
 * new buffer of about 8 KiB per read, some 66,000 for a 520 MB dump, each a trip through every
 * stage after it (the compressor's a trip to the thread pool) and 64 KiB counted against V8's
 * external memory; joined into new 1 MiB buffers instead, they set off a full garbage collection
 * every 60 ms. Here the tool writes into a Unix socket that is read with `onread` straight into the
 * block being filled: no copy, no allocation; the main thread was busy 0.9 s instead of 1.55 s for
 * a 520 MB dump (db-backup/README.md, Measurements). The socket's folder is private (mkdtemp, 0700)
 * and gone once the two ends are connected. Windows, where `net` has no Unix sockets, keeps the pipe.
 */
export async function startDump(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  targets: readonly Writable[],
): Promise<Running> {
  if (process.platform === 'win32') {
    const running = start(command, args, env)
    pipeline(running.child.stdout as Readable, new Tee(targets)).catch(() => {})
    return running
  }
  const free: Buffer[] = []
  let unmade = BLOCKS - 1
  let block: Buffer = Buffer.allocUnsafeSlow(BLOCK_BYTES)
  let filled = 0
  let paused = false
  const send = (full: Buffer, bytes: number) => {
    let pending = targets.length
    const written = () => {
      if (--pending > 0) return
      free.push(full)
      if (paused) {
        paused = false
        reader.resume()
      }
    }
    for (const target of targets) target.write(full.subarray(0, bytes), written)
  }
  const dir = mkdtempSync(join(tmpdir(), 'db-backup-'))
  let reader: Socket
  let writer: Socket
  try {
    const server = createServer()
    const path = join(dir, 'stdout')
    await new Promise<void>((resolve, reject) => server.once('error', reject).listen(path, resolve))
    const accepted = new Promise<Socket>((resolve) => server.once('connection', resolve))
    reader = connect({
      path,
      onread: {
        // Node reads into what this returns, and asks again after each read, paused or not.
        buffer: () => block.subarray(filled),
        callback(bytes: number) {
          filled += bytes
          if (BLOCK_BYTES - filled >= MIN_READ) return true
          send(block, filled)
          // There is always a block to read into: reading pauses when the last one was taken.
          block = free.pop() ?? (unmade-- > 0 ? Buffer.allocUnsafeSlow(BLOCK_BYTES) : Buffer.alloc(0))
          filled = 0
          if (free.length > 0 || unmade > 0) return true
          paused = true
          return false
        },
      },
    })
    reader.on('end', () => {
      if (filled > 0) send(block, filled)
      for (const target of targets) target.end()
    })
    reader.on('error', (err) => {
      for (const target of targets) target.destroy(err)
    })
    writer = await accepted
    server.close()
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
  onBranchFailure(targets, (index, err) => {
    const target = targets[index] as Writable
    if (target.writableFinished) return
    reader.destroy()
    for (const other of targets) if (other !== target && !other.destroyed) other.destroy(err)
  })
  // The tool has its own copy of the socket; once this one is closed, its exit is the reader's end.
  const running = start(command, args, env, 'ignore', writer)
  writer.destroy()
  return running
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

/**
 * Streams `input` into the stdin of a tool started with `start(..., 'pipe')`; resolves once the
 * tool exited 0 and the input ended. On the first failure it stops the tool, destroys the input and
 * rejects with the tool's error if the tool failed by itself, the input's otherwise.
 *
 * Piped by hand rather than with `pipeline(input, stdin)`: a tool may exit 0 as soon as it has read
 * what it needs (pg_restore stops after the archive's last block) while the input's end is not yet
 * written; Node then destroys stdin, and `pipeline` would call a complete restore a premature close.
 * What the tool left unread is drained instead, so that what feeds the input (the tee beside the
 * upload) is not stalled, and the input must still end: it failing after the tool exited fails this.
 */
export async function feed(input: Readable, running: Running): Promise<void> {
  const stdin = running.child.stdin
  if (!stdin) throw new Error('feed: the tool was started without a stdin pipe')
  const ended = finished(input)
  input.pipe(stdin)
  try {
    await Promise.all([
      running.done.then(() => {
        input.unpipe(stdin)
        input.resume()
      }),
      ended,
    ])
  } catch (err) {
    // The tool's own failure says more than a broken pipe; a tool stopped here failed because of `err`.
    const stopped = running.child.exitCode === null && running.child.signalCode === null
    stop(running.child)
    input.destroy()
    const toolErr = await running.done.then(
      () => undefined,
      (e: unknown) => e,
    )
    throw stopped ? err : (toolErr ?? err)
  }
}

/**
 * A tool to write into the next one, as in a shell's `a | b`: its stdout is that tool's stdin, so
 * the bytes between the two never pass through Node. Started by runFed, once the next tool is
 * known to start too; fed `input` from Node, or reading what its arguments name (a file).
 */
export interface Upstream {
  command: string
  args: string[]
  input?: Readable
}

/**
 * Runs a tool that reads `input`: a stream Node feeds it (feed), or an upstream tool's stdout.
 * Resolves once every tool exited 0; a failure stops the other, and the one thrown is the cause (a
 * corrupt stream fails the decompressor; a failing restore breaks the pipe the decompressor writes
 * into). The upstream tool's environment is empty: it needs none, and the step's (inputs
 * included) is none of its business.
 */
export async function runFed(
  command: string,
  args: string[],
  env: NodeJS.ProcessEnv,
  input: Readable | Upstream,
): Promise<void> {
  if (input instanceof Readable) return feed(input, start(command, args, env, 'pipe'))
  const upstream = start(input.command, input.args, {}, input.input ? 'pipe' : 'ignore')
  const fed = input.input ? feed(input.input, upstream) : upstream.done
  const stdout = upstream.child.stdout as Readable
  const running = start(command, args, env, stdout)
  // The tools hold the pipe's ends now. Node's copy of the read end would keep the upstream
  // writing into a pipe that nobody reads once this tool is gone, rather than failing.
  stdout.destroy()
  try {
    await Promise.all([running.done, fed])
  } catch (first) {
    stop(running.child)
    stop(upstream.child)
    const [down, up] = await Promise.allSettled([running.done, fed])
    // The cause, whichever was seen first: an upstream that failed by itself explains the second
    // tool's failure (a truncated stream); one stopped here, or writing into the pipe the second
    // tool closed as it failed, does not.
    if (up.status === 'rejected' && !follows(up.reason)) throw up.reason
    if (down.status === 'rejected' && !follows(down.reason)) throw down.reason
    throw first
  }
}

/**
 * A tool's failure that only follows another's: stopped here, or its reader gone (EPIPE, SIGPIPE;
 * ECONNRESET, as Node's stdio pipes are socket pairs and a reader gone with bytes unread resets).
 */
function follows(err: unknown): boolean {
  return (
    err instanceof ToolError &&
    (/ was killed by SIG(TERM|PIPE)\b/.test(err.message) || /broken pipe|connection reset/i.test(err.stderr))
  )
}

/** Kills a child if it still runs. */
export function stop(child: ChildProcess): void {
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
}
