import { hasDotSegment, maskUrlCredentials } from '@deploy-actions/core'
/**
 * Where objects go, from the URI a user writes:
 *   s3://bucket/prefix
 *   https://<account>.blob.core.windows.net/<container>/prefix   (any http(s) blob endpoint, e.g. Azurite's
 *                                                                 http://127.0.0.1:10000/devstoreaccount1/<container>)
 *   azblob://<container>/prefix                                   (the account comes from a connection string)
 */
export type Location =
  | { kind: 's3'; bucket: string; prefix: string }
  | { kind: 'azure-blob'; container: string; prefix: string; accountUrl?: string }

export const LOCATION_FORM =
  's3://bucket/prefix, azblob://container/prefix or https://account.blob.core.windows.net/container/prefix'

/** Parses a location; throws an Error whose message says what is wrong. */
export function parseLocation(raw: string): Location {
  const text = raw.trim()
  // The URL parser drops tabs and line breaks and resolves `.` and `..` segments without a word:
  // `s3://bucket/team-a/../team-b` would become another team's prefix. Both are refused on the
  // text as written.
  // eslint-disable-next-line no-control-regex
  if (/[\s\u0000-\u001f\u007f]/.test(text)) throw new Error('holds white space or a line break')
  const written = /^[a-z][a-z0-9+.-]*:\/\/[^/?#\\]*([^?#]*)/i.exec(text)?.[1] ?? ''
  if (hasDotSegment(written) || written.includes('\\'))
    throw new Error('has a . or .. segment or a backslash: give the prefix as it is stored')
  let u: URL
  try {
    u = new URL(text)
  } catch {
    throw new Error('is not a URI')
  }
  if (maskUrlCredentials(u))
    throw new Error('holds a user name or password: give credentials in their own secret inputs')
  if (u.search || u.hash) throw new Error('has a query or fragment: give a SAS token in azure-connection-string')
  const path = decodeURIComponent(u.pathname).replace(/^\/+/, '')
  const prefix = (p: string) => p.replace(/\/+$/, '')
  if (u.protocol === 's3:') {
    const bucket = u.hostname
    if (!/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(bucket))
      throw new Error(`bucket "${bucket}" is not a valid S3 bucket name`)
    return { kind: 's3', bucket, prefix: prefix(path) }
  }
  if (u.protocol === 'azblob:') {
    const container = u.hostname
    checkContainer(container)
    return { kind: 'azure-blob', container, prefix: prefix(path) }
  }
  if (u.protocol === 'https:' || u.protocol === 'http:') {
    const parts = path.split('/')
    // Azurite and other emulators put the account in the path: http://host:port/<account>/<container>/...
    const pathStyle = !/\.blob\./.test(u.hostname)
    const accountPart = pathStyle ? parts.shift() : undefined
    const container = parts.shift() ?? ''
    if (pathStyle && !accountPart) throw new Error('names no account: give http(s)://host/<account>/<container>/prefix')
    checkContainer(container)
    const accountUrl = `${u.protocol}//${u.host}${accountPart ? `/${accountPart}` : ''}`
    return { kind: 'azure-blob', container, prefix: prefix(parts.join('/')), accountUrl }
  }
  throw new Error(`scheme ${u.protocol.replace(/:$/, '')} is not supported`)
}

function checkContainer(name: string): void {
  if (!/^[a-z0-9](?:[a-z0-9]|-(?=[a-z0-9])){2,62}$/.test(name))
    throw new Error(`container "${name}" is not a valid Azure container name`)
}

/** `prefix/rest` without doubled slashes. */
export function joinKey(...parts: string[]): string {
  return parts
    .map((p) => p.replace(/^\/+|\/+$/g, ''))
    .filter((p) => p !== '')
    .join('/')
}
