/** Helpers the database and storage stand-ins share: free ports, running as a service user, commands. */
import { spawn, type SpawnOptions } from 'node:child_process'
import { chownSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'

/** A free loopback port (bound, read, released): servers that cannot bind port 0 themselves get one. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
  })
}

export const isRoot = () => process.getuid?.() === 0

/** `command args` as `user` when this process is root (initdb, pg_ctl and mariadbd refuse root). */
export function asUser(user: string, command: string, args: string[]): [string, string[]] {
  return isRoot() ? ['runuser', ['-u', user, '--', command, ...args]] : [command, args]
}

/** Gives `dir` (recursively) to `user` when root. */
export function chownTree(dir: string, uid: number, gid: number): void {
  chownSync(dir, uid, gid)
  for (const name of readdirSync(dir)) {
    const p = join(dir, name)
    if (statSync(p).isDirectory()) chownTree(p, uid, gid)
    else chownSync(p, uid, gid)
  }
}

export interface RunResult {
  code: number | null
  stdout: string
  stderr: string
}

/** Runs a command to completion; rejects on a non-zero exit with its stderr. */
export async function run(
  command: string,
  args: string[],
  opts: SpawnOptions & { input?: string; allowFail?: boolean } = {},
): Promise<RunResult> {
  const child = spawn(command, args, { ...opts, stdio: ['pipe', 'pipe', 'pipe'] })
  let stdout = ''
  let stderr = ''
  child.stdout?.setEncoding('utf8').on('data', (d: string) => (stdout += d))
  child.stderr?.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  child.stdin?.on('error', () => {})
  child.stdin?.end(opts.input ?? '')
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject)
    child.on('close', resolve)
  })
  if (code !== 0 && !opts.allowFail)
    throw new Error(`${command} ${args.join(' ')} exited with ${code}: ${stderr.trim() || stdout.trim()}`)
  return { code, stdout, stderr }
}

/** The uid and gid of a system user, from /etc/passwd. */
export async function userIds(user: string): Promise<{ uid: number; gid: number }> {
  const { stdout } = await run('id', ['-u', user])
  const { stdout: g } = await run('id', ['-g', user])
  return { uid: Number(stdout.trim()), gid: Number(g.trim()) }
}

/** What a throwaway database server gives a test, whatever the engine. */
export interface DatabaseServer {
  host: string
  port: number
  user: string
  password: string
  /** A connection URL with the password: engine://user:password@127.0.0.1:port/<database> */
  url(database: string): string
  /** Runs SQL on `database` as the superuser; returns the output as text. */
  sql(database: string, sql: string): Promise<string>
  createDatabase(name: string): Promise<void>
  /** Per-table row counts and a content checksum of every table. */
  fingerprint(database: string): Promise<Record<string, { rows: number; md5: string }>>
  stop(): Promise<void>
}
