/**
 * The two engines behind one interface: PostgreSQL (pg_dump custom format, pg_restore, psql) and
 * MySQL/MariaDB (mariadb-dump/mysqldump --single-transaction with its completion trailer, the
 * mariadb/mysql client). Passwords reach the tools only through the environment (PGPASSWORD,
 * MYSQL_PWD), never argv, where any process on the machine could read them.
 */
import { randomBytes } from 'node:crypto'
import { Writable, type Readable } from 'node:stream'
import { ActionFailure, maskSecret, oneLine, redact } from '@deploy-actions/core'
import { looksLikeConnectionString, parseNpgsqlConnectionString } from './connection-string.ts'
import { ArchiveCounter } from './pg-archive.ts'
import { capture, findTool, runFed, startDump, stop, ToolError, type Upstream } from './proc.ts'

export type EngineName = 'postgres' | 'mysql'

export interface Conn {
  host?: string
  port?: number
  user?: string
  password?: string
  database: string
  /** Extra connection settings from the URL query (sslmode...). */
  params: Record<string, string>
}

/** Counts of rows per table, keyed "schema.table" (PostgreSQL) or "table" (MySQL). */
export type RowCounts = Record<string, number>

export interface Dump {
  /** Resolves once the dump tool exited 0 (stderr drained) and the dump is complete. */
  done: Promise<void>
  /** Row counts of the dumped tables (PostgreSQL: read from the dump's own data). */
  counts: Promise<RowCounts>
  /** How the counts relate to the dump, for the manifest. */
  countsSnapshot: 'same' | 'separate'
  kill(): void
}

export interface Engine {
  name: EngineName
  format: string
  extension: string
  /** host:port/database, without credentials. */
  describe(conn: Conn): string
  /** Server and client versions; throws a one-line failure on connection problems or a mismatch. */
  versions(conn: Conn): Promise<{ server: string; client: string }>
  /**
   * Starts the dump tool, its output (uncompressed) written into `into` and ended with it. `into`
   * must be done with a chunk's bytes when its write callback runs: the chunks are reused (startDump).
   */
  dump(conn: Conn, opts: { lockWaitTimeoutMs: number; into: Writable }): Promise<Dump>
  /** Tables in the database (0 = empty). */
  tableCount(conn: Conn): Promise<number>
  rowCounts(conn: Conn): Promise<RowCounts>
  /** Restores from `input`: a stream Node feeds the tool, or a decompressor's output (compression.ts). */
  restore(conn: Conn, input: Readable | Upstream, opts: { clean: boolean }): Promise<void>
  createScratch(conn: Conn): Promise<Conn>
  dropScratch(conn: Conn): Promise<void>
}

/**
 * Parses postgres://, postgresql://, mysql:// or mariadb:// URLs, and Npgsql connection strings
 * (Host=…;Database=…, PostgreSQL); the password is masked first.
 */
export function parseDatabaseUrl(raw: string): { engine: EngineName; conn: Conn } {
  if (looksLikeConnectionString(raw)) return { engine: 'postgres', conn: parseNpgsqlConnectionString(raw) }
  let u: URL
  try {
    u = new URL(raw.trim())
  } catch {
    throw new Error('is not a URL')
  }
  const password = decodeURIComponent(u.password)
  if (password) maskSecret(password)
  const scheme = u.protocol.replace(/:$/, '')
  const engine: EngineName | undefined =
    scheme === 'postgres' || scheme === 'postgresql'
      ? 'postgres'
      : scheme === 'mysql' || scheme === 'mariadb'
        ? 'mysql'
        : undefined
  if (!engine) throw new Error(`has the scheme ${scheme}: use postgres://, postgresql://, mysql:// or mariadb://`)
  const database = decodeURIComponent(u.pathname.replace(/^\//, ''))
  const params: Record<string, string> = {}
  for (const [k, v] of u.searchParams) params[k] = v
  return {
    engine,
    conn: {
      host: u.hostname ? u.hostname.replace(/^\[|\]$/g, '') : undefined,
      port: u.port ? Number(u.port) : undefined,
      user: u.username ? decodeURIComponent(u.username) : undefined,
      password: password || undefined,
      database,
      params,
    },
  }
}

/** The connection from the engine's usual environment variables. */
export function connFromEnv(engine: EngineName): Conn {
  const e = process.env
  if (engine === 'postgres') {
    if (e.PGPASSWORD) maskSecret(e.PGPASSWORD)
    return {
      host: e.PGHOST,
      port: e.PGPORT ? Number(e.PGPORT) : undefined,
      user: e.PGUSER,
      password: e.PGPASSWORD,
      database: e.PGDATABASE ?? '',
      params: e.PGSSLMODE ? { sslmode: e.PGSSLMODE } : {},
    }
  }
  if (e.MYSQL_PWD) maskSecret(e.MYSQL_PWD)
  return {
    host: e.MYSQL_HOST,
    port: e.MYSQL_TCP_PORT ? Number(e.MYSQL_TCP_PORT) : undefined,
    user: e.MYSQL_USER ?? e.USER,
    password: e.MYSQL_PWD,
    database: e.MYSQL_DATABASE ?? '',
    params: {},
  }
}

export function engineFor(name: EngineName, binDir: string | undefined): Engine {
  return name === 'postgres' ? postgres(binDir) : mysql(binDir)
}

function tool(names: string[], binDir: string | undefined, pkg: string): string {
  const found = findTool(names, binDir)
  if (!found)
    throw new ActionFailure(
      `${names[0]} was not found${binDir ? ` in ${binDir} or` : ''} on PATH: install ${pkg}${binDir ? '' : ' or set client-bin-dir'}`,
    )
  return found
}

const major = (version: string) => Number(/^(\d+)/.exec(version)?.[1] ?? NaN)
const scratchName = () => `db_backup_verify_${randomBytes(4).toString('hex')}`

// ---------------------------------------------------------------------------------------------
// PostgreSQL

function postgres(binDir: string | undefined): Engine {
  const bin = (name: string) => tool([name], binDir, 'the PostgreSQL client (postgresql-client-<major>)')
  const env = (c: Conn): NodeJS.ProcessEnv => {
    const out: NodeJS.ProcessEnv = {
      ...process.env,
      PGCONNECT_TIMEOUT: process.env.PGCONNECT_TIMEOUT ?? '10',
      PGAPPNAME: 'db-backup',
    }
    if (c.host) out.PGHOST = c.host
    if (c.port) out.PGPORT = String(c.port)
    if (c.user) out.PGUSER = c.user
    if (c.password) out.PGPASSWORD = c.password
    out.PGDATABASE = c.database
    if (c.params.sslmode) out.PGSSLMODE = c.params.sslmode
    return out
  }
  const psqlArgs = ['-X', '-w', '-q', '-A', '-t', '-v', 'ON_ERROR_STOP=1']
  const psql = (c: Conn, sql: string) => capture(bin('psql'), [...psqlArgs, '-d', c.database, '-c', sql], env(c))
  const connectFailure = (c: Conn, err: unknown) =>
    new ActionFailure(`Cannot connect to PostgreSQL at ${describe(c)}: ${stripTool(err)}`)
  const describe = (c: Conn) => `${c.host ?? '(socket)'}:${c.port ?? 5432}/${c.database}`
  // "schema.table|rows" for every table, in one statement (no \gexec), to compare a restored
  // database with the counts read from the archive. An extension's own tables are left out: the
  // archive does not create them (CREATE EXTENSION does), so it has no count of theirs.
  const TABLES = `SELECT n.nspname || '.' || c.relname || '|' ||
      (xpath('/row/n/text()', query_to_xml(format('SELECT count(*) AS n FROM ONLY %I.%I', n.nspname, c.relname), false, true, '')))[1]::text
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind = 'r' AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%'
      AND NOT EXISTS (SELECT FROM pg_depend d WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
    ORDER BY n.nspname, c.relname;`
  const parseCounts = (out: string): RowCounts => {
    const counts: RowCounts = {}
    for (const line of out.split('\n')) {
      const at = line.lastIndexOf('|')
      if (at > 0) counts[line.slice(0, at)] = Number(line.slice(at + 1))
    }
    return counts
  }
  return {
    name: 'postgres',
    format: 'pg_dump-custom',
    extension: '.pgdump',
    describe,
    async versions(c) {
      // Both at once: two process starts, each a noticeable part of a small backup.
      const serverText = psql(c, 'SHOW server_version;')
      serverText.catch(() => {})
      const clientText = await capture(bin('pg_dump'), ['--version'], env(c))
      const client = /(\d+(?:\.\d+)*)/.exec(clientText)?.[1] ?? clientText.trim()
      let server: string
      try {
        server = (await serverText).trim().split(' ')[0] ?? ''
      } catch (err) {
        throw connectFailure(c, err)
      }
      if (major(server) > major(client)) {
        throw new ActionFailure(
          `pg_dump ${client} cannot dump PostgreSQL ${server}: pg_dump must be at least the server's major version. ` +
            `Install postgresql-client-${major(server)} (PGDG apt repository) and set client-bin-dir to its ` +
            `bin folder, e.g. /usr/lib/postgresql/${major(server)}/bin`,
        )
      }
      return { server, client }
    },
    async dump(c, opts) {
      const args = ['-Fc', '-Z0', `--lock-wait-timeout=${opts.lockWaitTimeoutMs}`, '-w', '-d', c.database]
      // The row counts come from the dump's own bytes as they stream by: exactly its snapshot, and
      // no second scan of the production tables.
      const counter = new ArchiveCounter()
      const running = await startDump(bin('pg_dump'), args, env(c), [opts.into, counter])
      // The exit status first: a failed dump's own error says more than the archive cut short.
      const done = running.done.then(async () => {
        await counter.counts
      })
      done.catch(() => {})
      return {
        done,
        counts: counter.counts,
        countsSnapshot: 'same',
        kill: () => stop(running.child),
      }
    },
    async tableCount(c) {
      try {
        return Number(
          (
            await psql(
              c,
              'SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind ' +
                "IN ('r','p','v','m','S') AND n.nspname NOT IN ('pg_catalog','information_schema') AND " +
                "n.nspname NOT LIKE 'pg_toast%' AND n.nspname NOT LIKE 'pg_temp%';",
            )
          ).trim(),
        )
      } catch (err) {
        throw connectFailure(c, err)
      }
    },
    async rowCounts(c) {
      return parseCounts(await psql(c, TABLES))
    },
    async restore(c, input, opts) {
      const args = [
        '--exit-on-error',
        '--no-owner',
        '--no-acl',
        '-w',
        '--single-transaction',
        ...(opts.clean ? ['--clean', '--if-exists'] : []),
        '-d',
        c.database,
      ]
      await runFed(bin('pg_restore'), args, env(c), input)
    },
    async createScratch(c) {
      const scratch = { ...c, database: scratchName() }
      try {
        await psql({ ...c, database: c.database }, `CREATE DATABASE "${scratch.database}";`)
      } catch (err) {
        throw new ActionFailure(
          `Cannot create the scratch database ${scratch.database} for the restore verification ` +
            `(${stripTool(err)}): grant CREATEDB or give scratch-database-url`,
        )
      }
      return scratch
    },
    async dropScratch(scratch) {
      const admin = { ...scratch, database: 'postgres' }
      await psql(admin, `DROP DATABASE IF EXISTS "${scratch.database}" WITH (FORCE);`).catch(async () => {
        // Not allowed to connect to "postgres": any other database of the server does.
        await psql({ ...scratch, database: 'template1' }, `DROP DATABASE IF EXISTS "${scratch.database}" WITH (FORCE);`)
      })
    },
  }
}

// ---------------------------------------------------------------------------------------------
// MySQL / MariaDB

const TRAILER = '-- Dump completed'

/**
 * Row counts of every base table of the connected database, in one consistent snapshot. The server
 * builds the UNION of counts itself, so the statement (an argument of the client) stays a few
 * hundred bytes however many tables there are.
 */
const MYSQL_COUNTS = `SET SESSION group_concat_max_len = 4294967295;
SELECT GROUP_CONCAT(CONCAT('SELECT ', QUOTE(table_name), ', COUNT(*) FROM \`', REPLACE(table_name, '\`', '\`\`'), '\`')
  ORDER BY table_name SEPARATOR ' UNION ALL ') INTO @db_backup_counts
  FROM information_schema.tables WHERE table_schema = DATABASE() AND table_type = 'BASE TABLE';
SET @db_backup_counts = IFNULL(@db_backup_counts, 'SELECT NULL, NULL FROM DUAL WHERE FALSE');
START TRANSACTION WITH CONSISTENT SNAPSHOT;
PREPARE db_backup_counts FROM @db_backup_counts;
EXECUTE db_backup_counts;
DEALLOCATE PREPARE db_backup_counts;
COMMIT;`

function mysql(binDir: string | undefined): Engine {
  const client = () => tool(['mariadb', 'mysql'], binDir, 'mariadb-client (or mysql-client)')
  const dumper = () => tool(['mariadb-dump', 'mysqldump'], binDir, 'mariadb-client (or mysql-client)')
  const env = (c: Conn): NodeJS.ProcessEnv => {
    const out: NodeJS.ProcessEnv = { ...process.env }
    if (c.password) out.MYSQL_PWD = c.password
    return out
  }
  const connArgs = (c: Conn) => [
    ...(c.host ? [`--host=${c.host}`] : []),
    ...(c.port ? [`--port=${c.port}`] : []),
    ...(c.user ? [`--user=${c.user}`] : []),
    ...(c.host && c.host !== 'localhost' ? ['--protocol=TCP'] : []),
  ]
  const sql = (c: Conn, text: string, database = c.database) =>
    capture(
      client(),
      [
        ...connArgs(c),
        '--connect-timeout=10',
        '--batch',
        '--skip-column-names',
        `--execute=${text}`,
        ...(database ? [database] : []),
      ],
      env(c),
    )
  const describe = (c: Conn) => `${c.host ?? 'localhost'}:${c.port ?? 3306}/${c.database}`
  const connectFailure = (c: Conn, err: unknown) =>
    new ActionFailure(`Cannot connect to MySQL/MariaDB at ${describe(c)}: ${stripTool(err)}`)
  const quote = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`
  const ident = (s: string) => `\`${s.replace(/`/g, '``')}\``
  const counts = async (c: Conn): Promise<RowCounts> => {
    const out: RowCounts = {}
    for (const line of (await sql(c, MYSQL_COUNTS)).split('\n')) {
      const [t, n] = line.split('\t')
      if (t && n !== undefined) out[t] = Number(n)
    }
    return out
  }
  return {
    name: 'mysql',
    format: 'mysqldump-sql',
    extension: '.sql',
    describe,
    async versions(c) {
      const clientText = await capture(dumper(), ['--version'], env(c))
      const clientVersion = /Distrib ([\d.]+[^\s,]*)|Ver ([\d.]+)/.exec(clientText)
      let server: string
      try {
        server = (await sql(c, 'SELECT VERSION();')).trim()
      } catch (err) {
        throw connectFailure(c, err)
      }
      const clientIsMaria = /MariaDB/i.test(clientText)
      if (
        !clientIsMaria &&
        /MariaDB/i.test(server) === false &&
        major(server) > major(clientVersion?.[2] ?? clientVersion?.[1] ?? '0')
      ) {
        throw new ActionFailure(
          `mysqldump ${clientVersion?.[2] ?? '?'} is older than MySQL ${server}: install mysql-client-${major(server)} or set client-bin-dir`,
        )
      }
      return { server, client: oneLine(clientVersion?.[1] ?? clientVersion?.[2] ?? clientText.trim()) }
    },
    async dump(c, opts) {
      const args = [
        ...connArgs(c),
        '--single-transaction',
        '--quick',
        '--routines',
        '--triggers',
        '--events',
        '--hex-blob',
        '--add-drop-table',
        '--default-character-set=utf8mb4',
        c.database,
      ]
      // Counts in their own consistent snapshot, taken just before the dump's.
      const before = await counts(c).catch((err: unknown) => {
        throw connectFailure(c, err)
      })
      // The last bytes of the output must be the completion trailer: a dump cut short has none.
      let tail = ''
      const watch = new Writable({
        write(chunk: Buffer, _e, cb) {
          tail = (tail + chunk.subarray(-256).toString('latin1')).slice(-256)
          cb()
        },
      })
      let trailerSeen: () => void = () => {}
      let trailerMissing: (e: Error) => void = () => {}
      const trailer = new Promise<void>((resolve, reject) => {
        trailerSeen = resolve
        trailerMissing = reject
      })
      trailer.catch(() => {})
      watch.on('finish', () =>
        tail.includes(TRAILER)
          ? trailerSeen()
          : trailerMissing(
              new ToolError(
                'mariadb-dump',
                `output ended without its "${TRAILER}" trailer: the dump is incomplete`,
                running.stderr(),
              ),
            ),
      )
      watch.on('error', (e) => trailerMissing(e))
      const running = await startDump(dumper(), args, env(c), [opts.into, watch])
      // The exit status first: a failed dump's own error says more than the missing trailer.
      const done = running.done.then(() => trailer)
      done.catch(() => {})
      return {
        done,
        counts: Promise.resolve(before),
        countsSnapshot: 'separate',
        kill: () => stop(running.child),
      }
    },
    async tableCount(c) {
      try {
        return Number(
          (
            await sql(c, `SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = ${quote(c.database)};`)
          ).trim(),
        )
      } catch (err) {
        throw connectFailure(c, err)
      }
    },
    rowCounts: counts,
    async restore(c, input) {
      // The dump drops and recreates each table (--add-drop-table), so "clean" needs nothing more.
      await runFed(client(), [...connArgs(c), '--connect-timeout=10', '--batch', c.database], env(c), input)
    },
    async createScratch(c) {
      const scratch = { ...c, database: scratchName() }
      try {
        await sql(c, `CREATE DATABASE ${ident(scratch.database)};`, '')
      } catch (err) {
        throw new ActionFailure(
          `Cannot create the scratch database ${scratch.database} for the restore verification (${stripTool(err)}): grant CREATE or give scratch-database-url`,
        )
      }
      return scratch
    },
    async dropScratch(scratch) {
      await sql(scratch, `DROP DATABASE IF EXISTS ${ident(scratch.database)};`, '')
    },
  }
}

/** A tool error without the tool-name prefix, for messages that already say what failed. */
function stripTool(err: unknown): string {
  if (err instanceof ToolError) {
    const lines = err.stderr
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean)
    const text = lines.length > 0 ? lines.slice(0, 2).join(' ') : err.message
    return redact(oneLine(text.replace(/^(psql|mariadb|mysql|pg_dump|pg_restore): (error: )?/i, '')))
  }
  return redact(err instanceof Error ? oneLine(err.message) : String(err))
}
