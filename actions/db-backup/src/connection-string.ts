import { maskSecret } from '@deploy-actions/core'
import type { Conn } from './engines.ts'

/**
 * ADO.NET connection strings as Npgsql reads them (npgsql.org/doc/connection-string-parameters):
 * `Host=db.example.com;Port=5432;Database=app;Username=app;Password=…;SSL Mode=Require`. .NET teams
 * keep the database in this form (appsettings, Key Vault), so db-backup takes it wherever it takes
 * a postgres:// URL. Keywords are case-insensitive and spaces in them do not count (`SSL Mode`,
 * `SslMode`); a value may be quoted with " or ' (the quote doubled inside) to hold a `;`.
 */

/** The accepted forms, for the one line that refuses a bad string. */
export const NPGSQL_FORM =
  'an Npgsql connection string such as Host=db.example.com;Port=5432;Database=app;Username=app;Password=…;SSL Mode=Require'

/** Npgsql's keywords and their aliases (spaces removed, lower case) → what each sets. */
const KEYWORDS: Record<string, 'host' | 'port' | 'database' | 'user' | 'password' | 'sslmode' | 'timeout' | 'appname'> =
  {
    host: 'host',
    server: 'host',
    port: 'port',
    database: 'database',
    db: 'database',
    initialcatalog: 'database',
    username: 'user',
    userid: 'user',
    uid: 'user',
    user: 'user',
    password: 'password',
    pwd: 'password',
    psw: 'password',
    sslmode: 'sslmode',
    timeout: 'timeout',
    applicationname: 'appname',
  }

/**
 * Npgsql keywords that tune the .NET driver (pooling, command timeouts, type loading …) and mean
 * nothing to pg_dump or psql: accepted and left out, so the application's own string works as is.
 */
const DRIVER_ONLY = new Set([
  'pooling',
  'minpoolsize',
  'maxpoolsize',
  'connectionidlelifetime',
  'connectionpruninginterval',
  'connectionlifetime',
  'commandtimeout',
  'internalcommandtimeout',
  'cancellationtimeout',
  'keepalive',
  'tcpkeepalive',
  'trustservercertificate',
  'includeerrordetail',
  'persistsecurityinfo',
  'maxautoprepare',
  'autoprepareminusages',
  'multiplexing',
  'enlist',
  'searchpath',
  'readbuffersize',
  'writebuffersize',
  'noresetonclose',
  'serverversion',
  'loadtabletypes',
  'encoding',
  'clientencoding',
])

/** Npgsql's SSL Mode values, as libpq's sslmode spells them. */
const SSL_MODES: Record<string, string> = {
  disable: 'disable',
  allow: 'allow',
  prefer: 'prefer',
  require: 'require',
  verifyca: 'verify-ca',
  verifyfull: 'verify-full',
}

/** Whether `raw` is meant as a connection string (keyword=value;…) rather than a URL. */
export function looksLikeConnectionString(raw: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:\/\//i.test(raw.trim()) && /^\s*[^=;]+=/.test(raw)
}

/**
 * Parses an Npgsql connection string. The password is masked before anything else is looked at;
 * an error names keywords, never values.
 */
export function parseNpgsqlConnectionString(raw: string): Conn {
  const pairs = splitPairs(raw)
  // Mask first: a later error must not be able to carry the password anywhere.
  for (const [key, value] of pairs) if (KEYWORDS[normalise(key)] === 'password' && value) maskSecret(value)

  const conn: Conn = { database: '', params: {} }
  for (const [key, value] of pairs) {
    const k = normalise(key)
    const field = KEYWORDS[k]
    if (field === undefined) {
      if (DRIVER_ONLY.has(k)) continue
      // Not echoed: an unquoted ';' in a password makes its tail look like a keyword.
      throw new Error(`has a keyword Npgsql does not know (${where(pairs, key)})`)
    }
    switch (field) {
      case 'host': {
        if (value.includes(',')) throw new Error('names several hosts in Host: give the one primary to back up from')
        // Npgsql takes host:port in Host too.
        const m = /^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/.exec(value)
        if (!m) throw new Error('has a Host that is not a host name or host:port')
        conn.host = (m[1] as string).replace(/^\[|\]$/g, '')
        if (m[2] !== undefined) conn.port = port(m[2])
        break
      }
      case 'port':
        conn.port = port(value)
        break
      case 'database':
        conn.database = value
        break
      case 'user':
        conn.user = value
        break
      case 'password':
        conn.password = value || undefined
        break
      case 'sslmode': {
        const mode = SSL_MODES[normalise(value).replace(/-/g, '')]
        if (!mode)
          throw new Error('has an SSL Mode that is not Disable, Allow, Prefer, Require, VerifyCA or VerifyFull')
        conn.params.sslmode = mode
        break
      }
      case 'timeout':
        if (!/^\d+$/.test(value)) throw new Error('has a Timeout that is not a whole number of seconds')
        conn.params.connect_timeout = value
        break
      case 'appname':
        conn.params.application_name = value
        break
    }
  }
  if (!conn.host) throw new Error('names no Host (or Server)')
  return conn
}

/** Where a keyword is, by its known neighbour: "the 3rd keyword, after Port". */
function where(pairs: Array<[string, string]>, key: string): string {
  const i = pairs.findIndex(([k]) => k === key)
  const before = pairs
    .slice(0, i)
    .reverse()
    .find(([k]) => KEYWORDS[normalise(k)] !== undefined || DRIVER_ONLY.has(normalise(k)))
  return `keyword ${i + 1}${before ? `, after ${before[0]}` : ''}`
}

/** Where splitting stopped, by the last keyword Npgsql knows (never text that may be a password's). */
function afterPair(pairs: Array<[string, string]>): string {
  const known = pairs.filter(([k]) => KEYWORDS[normalise(k)] !== undefined || DRIVER_ONLY.has(normalise(k)))
  return known.length > 0 ? `after ${(known.at(-1) as [string, string])[0]}` : 'at the start'
}

function normalise(key: string): string {
  return key.replace(/\s+/g, '').toLowerCase()
}

function port(value: string): number {
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN
  if (!(n >= 1 && n <= 65535)) throw new Error('has a Port that is not a number from 1 to 65535')
  return n
}

/**
 * keyword=value pairs as DbConnectionStringBuilder splits them: `;` separates, `==` in a keyword
 * is a literal `=`, a value in "…" or '…' holds `;` and its own quote doubled. Empty segments (a
 * trailing `;`) are allowed.
 */
function splitPairs(raw: string): Array<[string, string]> {
  const pairs: Array<[string, string]> = []
  let i = 0
  const s = raw
  while (i < s.length) {
    // The keyword, up to a single '='.
    let key = ''
    while (i < s.length) {
      if (s[i] === '=' && s[i + 1] === '=') {
        key += '='
        i += 2
      } else if (s[i] === '=') break
      else if (s[i] === ';' && key.trim() === '') {
        i++
      } else {
        if (s[i] === ';') throw new Error(`has text without =value (${afterPair(pairs)})`)
        key += s[i]
        i++
      }
    }
    if (key.trim() === '') {
      if (i >= s.length) break
      throw new Error('has a value without a keyword')
    }
    if (i >= s.length) throw new Error(`has text without =value (${afterPair(pairs)})`)
    i++ // '='
    while (s[i] === ' ' || s[i] === '\t') i++
    let value = ''
    const quote = s[i]
    if (quote === '"' || quote === "'") {
      i++
      for (;;) {
        if (i >= s.length)
          throw new Error(
            `has an unterminated ${quote === '"' ? 'double' : 'single'} quote (${afterPair([...pairs, [key.trim(), '']])})`,
          )
        if (s[i] === quote && s[i + 1] === quote) {
          value += quote
          i += 2
        } else if (s[i] === quote) {
          i++
          break
        } else value += s[i++]
      }
      while (s[i] === ' ' || s[i] === '\t') i++
      if (i < s.length && s[i] !== ';')
        throw new Error(`has text after a quoted value (${afterPair([...pairs, [key.trim(), '']])})`)
    } else {
      while (i < s.length && s[i] !== ';') value += s[i++]
      value = value.trim()
    }
    i++ // ';'
    pairs.push([key.trim(), value])
  }
  if (pairs.length === 0) throw new Error('is empty')
  return pairs
}
