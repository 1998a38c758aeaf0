import { types } from 'node:util'

/**
 * What to do about a connection that failed, said with the host it was for: shared by the Azure
 * and S3 explanations (packages/azure/src/explain.ts, packages/storage/src/s3-errors.ts) and any
 * other client. Reads the socket error's code wherever the client wrapped it (cause, an
 * AggregateError's errors) and the host from the error's request URL or the socket's own fields.
 */
const TLS_CODE = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/
const NETWORK_CODE =
  /^(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ECONNRESET|EPIPE|ETIMEDOUT|UND_ERR_\w*TIMEOUT|UND_ERR_SOCKET)$|CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|DEPTH_ZERO/

/**
 * A connection that failed, with the host it was for (the error's request URL, or the socket
 * error's own hostname/address and port).
 */
export function networkAdvice(err: unknown): string | undefined {
  type SocketError = NodeJS.ErrnoException & { hostname?: string; host?: string; address?: string; port?: number }
  const chain = errorChain(err) as SocketError[]
  const s = chain.find((e) => NETWORK_CODE.test(String(e.code)))
  const code = s?.code ?? codeInText(chain.map((e) => e.message).join('\n'))
  if (!code) return undefined
  const url = requestUrl(err)
  const host = url?.host ?? s?.hostname ?? s?.host ?? (s?.address ? `${s.address}${s.port ? `:${s.port}` : ''}` : '')
  // Some clients wrap the socket error and drop its fields ("connect ECONNREFUSED 127.0.0.1:9" stays).
  const said = new RegExp(`${code} ([^\\s,;)]+)`).exec(chain.map((e) => e.message).join('\n'))?.[1]
  const where = host || said || 'the service'
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return `the name ${where} does not resolve from this runner: check the spelling of the input that names it, and for a private endpoint that the runner uses its private DNS zone`
  if (code === 'ECONNREFUSED')
    return `nothing accepts connections at ${where}: check the host and port, and that the service is running and its network rules let this runner in`
  if (/TIMEDOUT|TIMEOUT/.test(code))
    return `${where} did not answer in time: check that the runner can reach it (firewall, private network, or a proxy set in HTTPS_PROXY)`
  if (code === 'ECONNRESET' || code === 'UND_ERR_SOCKET' || code === 'EPIPE')
    return `${where} closed the connection: a proxy or firewall on the way may be cutting it; running again may pass`
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID')
    return `the certificate of ${where} does not name that host: use the host name the certificate is for`
  if (TLS_CODE.test(code))
    return `the certificate of ${where} is not trusted by this runner: if a proxy inspects TLS, give its CA certificate in NODE_EXTRA_CA_CERTS`
  return undefined
}

function codeInText(text: string): string | undefined {
  return /\b(ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|ECONNRESET|UND_ERR_CONNECT_TIMEOUT|SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|DEPTH_ZERO_SELF_SIGNED_CERT|ERR_TLS_CERT_ALTNAME_INVALID)\b/.exec(
    text,
  )?.[1]
}

const isError = (value: unknown): value is Error => value instanceof Error || types.isNativeError(value)

/** The error and its causes (fetch and the SDKs wrap the socket's error), and an AggregateError's errors. */
export function errorChain(err: unknown): Error[] {
  const out: Error[] = []
  const visit = (e: unknown, depth: number) => {
    if (!isError(e) || depth > 6 || out.includes(e)) return
    out.push(e)
    visit(e.cause, depth + 1)
    for (const inner of (e as { errors?: unknown[] }).errors ?? []) visit(inner, depth + 1)
  }
  visit(err, 0)
  return out
}

function requestUrl(err: unknown): URL | undefined {
  for (const e of errorChain(err)) {
    const url = (e as { request?: { url?: unknown } }).request?.url
    if (typeof url === 'string')
      try {
        return new URL(url)
      } catch {
        return undefined
      }
  }
  return undefined
}
