/**
 * A throwaway PostgreSQL cluster: initdb + pg_ctl (as the postgres user when root) in a temp folder,
 * listening on 127.0.0.1 on a free port, trust authentication for local sockets and a password
 * (scram) for TCP so that wrong-password cases are real. Server binaries come from
 * /usr/lib/postgresql/<major>/bin (Debian's layout) or PG_BIN.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { asUser, chownTree, type DatabaseServer, freePort, isRoot, run, userIds } from './procs.ts'

export interface Postgres extends DatabaseServer {
  /** The server binaries' folder (initdb, pg_ctl, pg_dump of the same major). */
  binDir: string
}

export function postgresBinDir(): string {
  if (process.env.PG_BIN) return process.env.PG_BIN
  const base = '/usr/lib/postgresql'
  const majors = existsSync(base)
    ? readdirSync(base)
        .filter((d) => existsSync(join(base, d, 'bin', 'initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (majors.length === 0)
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql/<major>/bin (apt-get install postgresql) and PG_BIN is not set',
    )
  return join(base, majors[0] as string, 'bin')
}

/**
 * A folder to give as client-bin-dir: its psql, pg_dump and pg_restore run `binDir`'s own, but for
 * those `scripts` replaces with the body of a bash script ("$@": the tool's arguments). The caller
 * removes it (rmSync, recursive).
 */
export function clientBinDir(binDir: string, scripts: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'pg-client-bin-'))
  for (const tool of ['psql', 'pg_dump', 'pg_restore'])
    writeFileSync(join(dir, tool), `#!/bin/bash\n${scripts[tool] ?? `exec ${join(binDir, tool)} "$@"`}\n`, {
      mode: 0o755,
    })
  return dir
}

export async function startPostgres(opts: { password?: string } = {}): Promise<Postgres> {
  const binDir = postgresBinDir()
  const password = opts.password ?? 'pg-s3cret-pw'
  const base = mkdtempSync(join(tmpdir(), 'pg-stand-in-'))
  const data = join(base, 'data')
  const sock = join(base, 'sock')
  mkdirSync(sock)
  const pwfile = join(base, 'pw')
  writeFileSync(pwfile, password)
  if (isRoot()) {
    const { uid, gid } = await userIds('postgres')
    chownTree(base, uid, gid)
  }
  const pg = (cmd: string, args: string[]) => {
    const [c, a] = asUser('postgres', join(binDir, cmd), args)
    return run(c, a)
  }
  try {
    await pg('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      `--pwfile=${pwfile}`,
      '--auth-local=trust',
      '--auth-host=scram-sha-256',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ])
    const port = await freePort()
    await pg('pg_ctl', [
      '-D',
      data,
      '-l',
      join(base, 'server.log'),
      '-w',
      '-t',
      '60',
      '-o',
      `-p ${port} -k ${sock} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start',
    ])
    const psql = (database: string, sql: string) => {
      const [c, a] = asUser('postgres', join(binDir, 'psql'), [
        '-X',
        '-q',
        '-A',
        '-t',
        '-v',
        'ON_ERROR_STOP=1',
        '-h',
        sock,
        '-p',
        String(port),
        '-U',
        'postgres',
        '-d',
        database,
      ])
      return run(c, a, { input: sql }).then((r) => r.stdout.trim())
    }
    let stopped = false
    return {
      host: '127.0.0.1',
      port,
      user: 'postgres',
      password,
      binDir,
      url: (database) => `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
      sql: psql,
      async createDatabase(name) {
        await psql('postgres', `CREATE DATABASE "${name}";`)
      },
      async fingerprint(database) {
        const tables = (await psql(database, "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1;"))
          .split('\n')
          .filter(Boolean)
        const out: Record<string, { rows: number; md5: string }> = {}
        for (const t of tables) {
          const line = await psql(
            database,
            `SELECT count(*) || '|' || coalesce(md5(string_agg(x::text, E'\\n' ORDER BY x::text)), '') FROM "${t}" x;`,
          )
          const [rows, md5] = line.split('|')
          out[t] = { rows: Number(rows), md5: md5 ?? '' }
        }
        return out
      },
      async stop() {
        if (stopped) return
        stopped = true
        await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']).catch(() => {})
        rmSync(base, { recursive: true, force: true })
      },
    }
  } catch (err) {
    rmSync(base, { recursive: true, force: true })
    throw new Error(`could not start PostgreSQL from ${binDir}: ${err instanceof Error ? err.message : String(err)}`, {
      cause: err,
    })
  }
}
