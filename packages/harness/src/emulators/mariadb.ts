/**
 * A throwaway MariaDB server: mariadb-install-db + mariadbd (as the mysql user when root) in a temp
 * folder, listening on 127.0.0.1 on a free port. root authenticates with a password over TCP.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chownTree, type DatabaseServer, freePort, isRoot, run, userIds } from './procs.ts'

export type MariaDb = DatabaseServer

export async function startMariaDb(opts: { password?: string } = {}): Promise<MariaDb> {
  const password = opts.password ?? 'maria-s3cret-pw'
  const base = mkdtempSync(join(tmpdir(), 'mariadb-stand-in-'))
  const data = join(base, 'data')
  const sock = join(base, 'sock')
  let server: ChildProcess | undefined
  try {
    if (isRoot()) {
      const { uid, gid } = await userIds('mysql')
      chownTree(base, uid, gid)
    }
    await run('mariadb-install-db', [
      '--no-defaults',
      ...(isRoot() ? ['--user=mysql'] : []),
      `--datadir=${data}`,
      '--auth-root-authentication-method=normal',
      '--skip-test-db',
    ])
    const port = await freePort()
    const [cmd, args] = [
      'mariadbd',
      [
        '--no-defaults',
        ...(isRoot() ? ['--user=mysql'] : []),
        `--datadir=${data}`,
        `--socket=${sock}`,
        `--port=${port}`,
        '--bind-address=127.0.0.1',
        `--pid-file=${join(base, 'pid')}`,
        '--innodb-flush-log-at-trx-commit=0',
        '--skip-log-bin',
        '--innodb-buffer-pool-size=64M',
      ],
    ] as const
    server = spawn(cmd, [...args], { stdio: ['ignore', 'ignore', 'pipe'] })
    let log = ''
    server.stderr?.setEncoding('utf8').on('data', (d: string) => (log = (log + d).slice(-4000)))
    const exited = new Promise<number | null>((resolve) => server?.on('close', resolve))
    const client = (database: string, sql: string, asRootSocket = true) =>
      run('mariadb', ['--no-defaults', '-N', '-B', ...(asRootSocket ? [`--socket=${sock}`, '-uroot'] : []), database], {
        input: sql,
      }).then((r) => r.stdout.trim())
    const deadline = Date.now() + 60_000
    for (;;) {
      const ready = await run('mariadb-admin', ['--no-defaults', `--socket=${sock}`, '-uroot', 'ping'], {
        allowFail: true,
      })
      if (ready.code === 0) break
      const gone = await Promise.race([exited, new Promise((r) => setTimeout(() => r('running'), 200))])
      if (gone !== 'running')
        throw new Error(`mariadbd exited with ${String(gone)}: ${log.trim().split('\n').slice(-5).join(' | ')}`)
      if (Date.now() > deadline)
        throw new Error(`mariadbd not ready after 60s: ${log.trim().split('\n').slice(-5).join(' | ')}`)
    }
    // root over TCP with a password, as an application connects.
    await client(
      'mysql',
      `CREATE USER IF NOT EXISTS 'root'@'127.0.0.1' IDENTIFIED BY '${password}'; GRANT ALL ON *.* TO ` +
        `'root'@'127.0.0.1' WITH GRANT OPTION; ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket OR ` +
        `mysql_native_password USING PASSWORD('${password}'); FLUSH PRIVILEGES;`,
    )
    let stopped = false
    const srv = server
    return {
      host: '127.0.0.1',
      port,
      user: 'root',
      password,
      url: (database) => `mysql://root:${encodeURIComponent(password)}@127.0.0.1:${port}/${database}`,
      sql: (database, sql) => client(database, sql),
      async createDatabase(name) {
        await client('mysql', `CREATE DATABASE \`${name}\`;`)
      },
      async fingerprint(database) {
        const tables = (
          await client(
            'information_schema',
            `SELECT table_name FROM tables WHERE table_schema = '${database}' AND table_type = 'BASE TABLE' ORDER BY 1;`,
          )
        )
          .split('\n')
          .filter(Boolean)
        const out: Record<string, { rows: number; md5: string }> = {}
        for (const t of tables) {
          const cols = (
            await client(
              'information_schema',
              `SELECT GROUP_CONCAT(CONCAT('\`', column_name, '\`') ORDER BY ordinal_position) FROM columns ` +
                `WHERE table_schema = '${database}' AND table_name = '${t}';`,
            )
          ).trim()
          const line = await client(
            database,
            `SET SESSION group_concat_max_len = 1073741824; SELECT CONCAT(COUNT(*), '|', ` +
              `COALESCE(MD5(GROUP_CONCAT(CONCAT_WS(',', ${cols}) ORDER BY CONCAT_WS(',', ${cols}) SEPARATOR '\\n')), '')) FROM \`${t}\`;`,
          )
          const [rows, md5] = line.split('|')
          out[t] = { rows: Number(rows), md5: md5 ?? '' }
        }
        return out
      },
      async stop() {
        if (stopped) return
        stopped = true
        srv.kill('SIGTERM')
        const timer = setTimeout(() => srv.kill('SIGKILL'), 10_000)
        await exited
        clearTimeout(timer)
        rmSync(base, { recursive: true, force: true })
      },
    }
  } catch (err) {
    server?.kill('SIGKILL')
    rmSync(base, { recursive: true, force: true })
    throw new Error(`could not start MariaDB: ${err instanceof Error ? err.message : String(err)}`, { cause: err })
  }
}
