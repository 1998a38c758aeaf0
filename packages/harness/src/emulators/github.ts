/**
 * A GitHub REST stand-in for one repository, answering what Octokit calls in this project with
 * GitHub's response shapes, headers (Link pagination, x-github-request-id, rate-limit headers) and
 * errors: deployments and their statuses, check runs and the combined status of a commit, git refs
 * and (annotated) tags. It checks the token like GitHub (401 "Bad credentials"), refuses what
 * GitHub refuses (422 validation, 404, 409 when required contexts are not green) and records every
 * request, so a test asserts what GitHub would hold, not what the action said.
 *
 * Tokens: `token` may do everything (a personal access token of an admin); `issueToken` mints an
 * installation token (a GITHUB_TOKEN) carrying exactly the permissions given, and a call the token
 * may not make is refused as GitHub refuses it: 403 "Resource not accessible by integration".
 */
import { randomBytes } from 'node:crypto'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface GhRequest {
  method: string
  path: string
  query: Record<string, string>
  headers: IncomingHttpHeaders
  body: unknown
}

export interface Deployment {
  url: string
  id: number
  node_id: string
  sha: string
  ref: string
  task: string
  payload: unknown
  original_environment: string
  environment: string
  description: string | null
  creator: { login: string; id: number; type: string }
  created_at: string
  updated_at: string
  statuses_url: string
  repository_url: string
  transient_environment: boolean
  production_environment: boolean
  /** Not part of GitHub's shape: what the request asked for, for tests. */
  _request: Record<string, unknown>
}

export interface DeploymentStatus {
  url: string
  id: number
  node_id: string
  state: string
  creator: { login: string; id: number; type: string }
  description: string
  environment: string
  target_url: string
  log_url: string
  environment_url: string
  created_at: string
  updated_at: string
  deployment_url: string
  repository_url: string
}

export interface CheckRunSeed {
  name: string
  status?: 'queued' | 'in_progress' | 'completed'
  conclusion?:
    'success' | 'failure' | 'neutral' | 'cancelled' | 'skipped' | 'timed_out' | 'action_required' | 'stale' | null
  details_url?: string
  app?: string
}

export interface FaultOptions {
  headers?: Record<string, string>
  path?: RegExp
  method?: string
  message?: string
  afterHandling?: boolean
}

type Fault = FaultOptions & { count: number; status: number }

export interface GitHubEmulator {
  url: string
  owner: string
  repo: string
  token: string
  requests: GhRequest[]
  deployments: Deployment[]
  statuses: Map<number, DeploymentStatus[]>
  /** Requests that changed something (anything but GET). */
  writes(): GhRequest[]
  addCommit(sha: string): void
  /** A lightweight tag (ref → commit) or an annotated one (ref → tag object → commit). */
  addTag(name: string, sha: string, opts?: { annotated?: boolean }): void
  addCheckRun(sha: string, run: CheckRunSeed): void
  addStatus(sha: string, context: string, state: 'success' | 'pending' | 'failure' | 'error'): void
  /**
   * The next `count` requests (matching `path` and `method` when given) answer `status` with
   * `headers` and `message`. With `afterHandling` the request is carried out first and only its
   * answer is lost, as when a proxy or the network fails after GitHub acted (a created deployment).
   */
  failNext(count: number, status: number, opts?: FaultOptions): void
  /**
   * A GITHUB_TOKEN with these permissions (scope → read/write/none; metadata is always read), as
   * the runner gets one for a job.
   */
  issueToken(permissions: Record<string, Permission>): string
  /** Requests refused for a missing permission: what the token lacked. */
  refusals: Array<{ method: string; path: string; needs: string }>
  /** Latest status of a deployment (GitHub lists newest first). */
  latestStatus(id: number): DeploymentStatus | undefined
  close(): Promise<void>
}

const DOCS = 'https://docs.github.com/rest'

export type Permission = 'read' | 'write' | 'none'

/**
 * The permission a route needs, as GitHub's REST reference lists it for GitHub App installation
 * tokens ("Fine-grained access tokens for …: <scope> (read|write)"); a GET needs read, anything
 * else write.
 */
function scopeOf(rest: string): string | undefined {
  if (/^\/deployments(\/|$)/.test(rest)) return 'deployments'
  if (/^\/commits\/[^/]+\/check-runs$/.test(rest)) return 'checks'
  if (/^\/commits\/[^/]+\/status$/.test(rest)) return 'statuses'
  if (/^\/git\//.test(rest)) return 'contents'
  return undefined
}
const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success']

class HttpError extends Error {
  status: number
  body: Record<string, unknown>
  headers: Record<string, string>
  constructor(status: number, body: Record<string, unknown>, headers: Record<string, string> = {}) {
    super(String(body.message))
    this.status = status
    this.body = { ...body, documentation_url: DOCS, status: String(status) }
    this.headers = headers
  }
}

const notFound = () => new HttpError(404, { message: 'Not Found' })
const validation = (resource: string, field: string, code = 'invalid', message?: string) =>
  new HttpError(422, {
    message: 'Validation Failed',
    errors: [{ resource, field, code, ...(message ? { message } : {}) }],
  })

export async function startGitHub(
  opts: { owner?: string; repo?: string; token?: string } = {},
): Promise<GitHubEmulator> {
  const owner = opts.owner ?? 'octo-org'
  const repo = opts.repo ?? 'shop'
  const token = opts.token ?? 'ghs_emulatorToken0123456789abcdef'
  const commits = new Set<string>()
  const refs = new Map<string, { type: 'commit' | 'tag'; sha: string }>()
  const tagObjects = new Map<string, { tag: string; sha: string; object: { type: string; sha: string } }>()
  const checkRuns = new Map<string, Array<Record<string, unknown>>>()
  const commitStatuses = new Map<string, Array<Record<string, unknown>>>()
  const faults: Fault[] = []
  let nextId = 1000
  const installationTokens = new Map<string, Record<string, Permission>>()
  const actor = { login: 'github-actions[bot]', id: 41898282, type: 'Bot' }

  const emu: GitHubEmulator = {
    url: '',
    owner,
    repo,
    token,
    requests: [],
    deployments: [],
    statuses: new Map(),
    writes: () => emu.requests.filter((r) => r.method !== 'GET'),
    addCommit: (sha) => void commits.add(sha),
    addTag(name, sha, o = {}) {
      commits.add(sha)
      if (o.annotated) {
        const tagSha = hexId(`tag:${name}:${sha}`)
        tagObjects.set(tagSha, { tag: name, sha: tagSha, object: { type: 'commit', sha } })
        refs.set(`tags/${name}`, { type: 'tag', sha: tagSha })
      } else refs.set(`tags/${name}`, { type: 'commit', sha })
    },
    addCheckRun(sha, run) {
      commits.add(sha)
      const list = checkRuns.get(sha) ?? []
      const id = nextId++
      const status = run.status ?? 'completed'
      list.push({
        id,
        node_id: `CR_${id}`,
        head_sha: sha,
        external_id: '',
        url: `${emu.url}/repos/${owner}/${repo}/check-runs/${id}`,
        html_url: `https://github.com/${owner}/${repo}/runs/${id}`,
        details_url: run.details_url ?? `https://github.com/${owner}/${repo}/actions/runs/${id}/job/${id}`,
        status,
        conclusion: status === 'completed' ? (run.conclusion ?? 'success') : null,
        started_at: new Date().toISOString(),
        completed_at: status === 'completed' ? new Date().toISOString() : null,
        name: run.name,
        check_suite: { id: id + 1 },
        app: { id: 15368, slug: run.app ?? 'github-actions', name: 'GitHub Actions' },
        pull_requests: [],
      })
      checkRuns.set(sha, list)
    },
    addStatus(sha, context, state) {
      commits.add(sha)
      const list = commitStatuses.get(sha) ?? []
      const id = nextId++
      const now = new Date().toISOString()
      list.unshift({
        url: `${emu.url}/repos/${owner}/${repo}/statuses/${sha}`,
        id,
        node_id: `SC_${id}`,
        state,
        description: null,
        target_url: null,
        context,
        created_at: now,
        updated_at: now,
        creator: actor,
      })
      commitStatuses.set(sha, list)
    },
    failNext(count, status, o = {}) {
      faults.push({ ...o, count, status })
    },
    issueToken(permissions) {
      const minted = `ghs_${randomBytes(18).toString('base64url')}`
      installationTokens.set(minted, { ...permissions })
      return minted
    },
    refusals: [],
    latestStatus: (id) => emu.statuses.get(id)?.[0],
    close: () => new Promise((done) => server.close(() => done())),
  }

  const repoBase = () => `${emu.url}/repos/${owner}/${repo}`

  function paginate(items: unknown[], url: URL, res: { headers: Record<string, string> }): unknown[] {
    const perPage = Math.min(100, Math.max(1, Number(url.searchParams.get('per_page') ?? 30) || 30))
    const page = Math.max(1, Number(url.searchParams.get('page') ?? 1) || 1)
    const last = Math.max(1, Math.ceil(items.length / perPage))
    const link = (p: number, rel: string) => {
      const u = new URL(url.pathname + url.search, emu.url)
      u.searchParams.set('page', String(p))
      u.searchParams.set('per_page', String(perPage))
      return `<${u.href}>; rel="${rel}"`
    }
    const links: string[] = []
    if (page < last) links.push(link(page + 1, 'next'), link(last, 'last'))
    if (page > 1) links.push(link(1, 'first'), link(page - 1, 'prev'))
    if (links.length > 0) res.headers.link = links.join(', ')
    return items.slice((page - 1) * perPage, page * perPage)
  }

  function handle(
    method: string,
    url: URL,
    body: unknown,
    res: { headers: Record<string, string>; status: number },
  ): unknown {
    const prefix = `/repos/${owner}/${repo}`
    const path = url.pathname
    if (!path.startsWith(`${prefix}/`)) throw notFound()
    const rest = path.slice(prefix.length)
    const b = (body ?? {}) as Record<string, unknown>
    let m: RegExpExecArray | null

    if (rest === '/deployments' && method === 'POST') {
      if (typeof b.ref !== 'string' || b.ref === '') throw validation('Deployment', 'ref', 'missing_field')
      const sha = resolveRef(b.ref)
      if (!sha) throw new HttpError(422, { message: `No ref found for: ${b.ref}` })
      const contexts = b.required_contexts
      const required = Array.isArray(contexts) ? (contexts as string[]) : allContexts(sha)
      const red = required.filter((c) => !contextGreen(sha, c))
      if (red.length > 0) {
        throw new HttpError(409, {
          message: `Conflict: Commit status checks failed for ${b.ref}.`,
          errors: [
            {
              contexts: red.map((c) => ({ context: c, state: contextState(sha, c) })),
              resource: 'Deployment',
              field: 'required_contexts',
              code: 'invalid',
            },
          ],
        })
      }
      if (b.payload !== undefined && typeof b.payload !== 'object' && typeof b.payload !== 'string')
        throw validation('Deployment', 'payload')
      const environment = typeof b.environment === 'string' ? b.environment : 'production'
      const id = nextId++
      const now = new Date().toISOString()
      const d: Deployment = {
        url: `${repoBase()}/deployments/${id}`,
        id,
        node_id: `DE_${id}`,
        sha,
        ref: b.ref,
        task: typeof b.task === 'string' ? b.task : 'deploy',
        payload: typeof b.payload === 'string' ? safeJson(b.payload) : (b.payload ?? {}),
        original_environment: environment,
        environment,
        description: typeof b.description === 'string' ? b.description : null,
        creator: actor,
        created_at: now,
        updated_at: now,
        statuses_url: `${repoBase()}/deployments/${id}/statuses`,
        repository_url: repoBase(),
        transient_environment: b.transient_environment === true,
        production_environment:
          typeof b.production_environment === 'boolean' ? b.production_environment : environment === 'production',
        _request: b,
      }
      emu.deployments.unshift(d)
      emu.statuses.set(id, [])
      res.status = 201
      return publicDeployment(d)
    }
    if (rest === '/deployments' && method === 'GET') {
      const q = url.searchParams
      const list = emu.deployments.filter(
        (d) =>
          (!q.get('environment') || d.environment === q.get('environment')) &&
          (!q.get('sha') || d.sha === q.get('sha')) &&
          (!q.get('ref') || d.ref === q.get('ref')) &&
          (!q.get('task') || d.task === q.get('task')),
      )
      return paginate(list.map(publicDeployment), url, res)
    }
    if ((m = /^\/deployments\/(\d+)$/.exec(rest)) && method === 'GET') {
      const d = emu.deployments.find((x) => x.id === Number(m?.[1]))
      if (!d) throw notFound()
      return publicDeployment(d)
    }
    if ((m = /^\/deployments\/(\d+)\/statuses$/.exec(rest))) {
      const id = Number(m[1])
      const d = emu.deployments.find((x) => x.id === id)
      if (!d) throw notFound()
      const list = emu.statuses.get(id) ?? []
      if (method === 'GET') return paginate(list, url, res)
      if (method !== 'POST') throw notFound()
      if (typeof b.state !== 'string' || !STATES.includes(b.state)) throw validation('DeploymentStatus', 'state')
      if (typeof b.description === 'string' && b.description.length > 140)
        throw validation(
          'DeploymentStatus',
          'description',
          'custom',
          'description is too long (maximum is 140 characters)',
        )
      const sid = nextId++
      const now = new Date().toISOString()
      const environment = typeof b.environment === 'string' ? b.environment : d.environment
      d.environment = environment
      const s: DeploymentStatus = {
        url: `${repoBase()}/deployments/${id}/statuses/${sid}`,
        id: sid,
        node_id: `DES_${sid}`,
        state: b.state,
        creator: actor,
        description: typeof b.description === 'string' ? b.description : '',
        environment,
        target_url: typeof b.log_url === 'string' ? b.log_url : typeof b.target_url === 'string' ? b.target_url : '',
        log_url: typeof b.log_url === 'string' ? b.log_url : typeof b.target_url === 'string' ? b.target_url : '',
        environment_url: typeof b.environment_url === 'string' ? b.environment_url : '',
        created_at: now,
        updated_at: now,
        deployment_url: d.url,
        repository_url: repoBase(),
      }
      list.unshift(s)
      d.updated_at = now
      // GitHub's auto_inactive (default true): prior non-transient, non-production deployments of
      // the environment become inactive when one succeeds. Production ones do not.
      if (b.state === 'success' && b.auto_inactive !== false && !d.production_environment) {
        for (const other of emu.deployments) {
          if (
            other.id === d.id ||
            other.environment !== d.environment ||
            other.transient_environment ||
            other.production_environment
          )
            continue
          const os = emu.statuses.get(other.id) ?? []
          if (os[0]?.state === 'success')
            os.unshift({
              ...s,
              id: nextId++,
              state: 'inactive',
              description: '',
              deployment_url: other.url,
              url: `${repoBase()}/deployments/${other.id}/statuses/x`,
            })
        }
      }
      res.status = 201
      return s
    }
    if ((m = /^\/commits\/([^/]+)\/check-runs$/.exec(rest)) && method === 'GET') {
      const sha = resolveRef(decodeURIComponent(m[1] as string))
      if (!sha) throw new HttpError(422, { message: `No commit found for SHA: ${m[1]}` })
      let runs = checkRuns.get(sha) ?? []
      const name = url.searchParams.get('check_name')
      if (name) runs = runs.filter((r) => r.name === name)
      const page = paginate(runs, url, res)
      return { total_count: runs.length, check_runs: page }
    }
    if ((m = /^\/commits\/([^/]+)\/status$/.exec(rest)) && method === 'GET') {
      const sha = resolveRef(decodeURIComponent(m[1] as string))
      if (!sha) throw notFound()
      const latest = latestStatuses(sha)
      const page = paginate(latest, url, res)
      const states = latest.map((s) => s.state as string)
      const state = states.some((s) => s === 'failure' || s === 'error')
        ? 'failure'
        : states.length === 0 || states.some((s) => s === 'pending')
          ? 'pending'
          : 'success'
      return {
        state,
        statuses: page,
        sha,
        total_count: latest.length,
        repository: { full_name: `${owner}/${repo}` },
        commit_url: `${repoBase()}/commits/${sha}`,
        url: `${repoBase()}/commits/${sha}/status`,
      }
    }
    if ((m = /^\/git\/ref\/(.+)$/.exec(rest)) && method === 'GET') {
      const ref = decodeURIComponent(m[1] as string)
      const target = refs.get(ref)
      if (!target) throw notFound()
      return {
        ref: `refs/${ref}`,
        node_id: `REF_${ref}`,
        url: `${repoBase()}/git/refs/${ref}`,
        object: {
          type: target.type,
          sha: target.sha,
          url: `${repoBase()}/git/${target.type === 'tag' ? 'tags' : 'commits'}/${target.sha}`,
        },
      }
    }
    if ((m = /^\/git\/tags\/([0-9a-f]{40})$/.exec(rest)) && method === 'GET') {
      const t = tagObjects.get(m[1] as string)
      if (!t) throw notFound()
      return {
        node_id: `TAG_${t.sha}`,
        tag: t.tag,
        sha: t.sha,
        url: `${repoBase()}/git/tags/${t.sha}`,
        message: `Release ${t.tag}\n`,
        tagger: { name: 'Release Bot', email: 'release@example.com', date: new Date().toISOString() },
        object: { ...t.object, url: `${repoBase()}/git/commits/${t.object.sha}` },
        verification: { verified: false, reason: 'unsigned', signature: null, payload: null },
      }
    }
    throw notFound()
  }

  function resolveRef(ref: string): string | undefined {
    if (/^[0-9a-f]{40}$/.test(ref)) return commits.has(ref) ? ref : undefined
    for (const key of [ref.replace(/^refs\//, ''), `tags/${ref}`, `heads/${ref}`]) {
      const t = refs.get(key)
      if (!t) continue
      return t.type === 'tag' ? tagObjects.get(t.sha)?.object.sha : t.sha
    }
    return undefined
  }
  function latestStatuses(sha: string): Array<Record<string, unknown>> {
    const seen = new Set<unknown>()
    return (commitStatuses.get(sha) ?? []).filter((s) => (seen.has(s.context) ? false : (seen.add(s.context), true)))
  }
  function allContexts(sha: string): string[] {
    return [
      ...new Set([
        ...latestStatuses(sha).map((s) => s.context as string),
        ...(checkRuns.get(sha) ?? []).map((r) => r.name as string),
      ]),
    ]
  }
  function contextState(sha: string, context: string): string {
    const s = latestStatuses(sha).find((x) => x.context === context)
    if (s) return s.state as string
    const runs = (checkRuns.get(sha) ?? []).filter((r) => r.name === context)
    const r = runs[runs.length - 1]
    if (!r) return 'missing'
    return r.status === 'completed' ? (r.conclusion as string) : 'pending'
  }
  function contextGreen(sha: string, context: string): boolean {
    return ['success', 'neutral', 'skipped'].includes(contextState(sha, context))
  }

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (c: Buffer) => chunks.push(c))
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      const text = Buffer.concat(chunks).toString('utf8')
      let body: unknown
      const out = { status: 200, headers: {} as Record<string, string> }
      let data: unknown
      try {
        body = text ? JSON.parse(text) : undefined
      } catch {
        body = text
      }
      emu.requests.push({
        method: req.method ?? 'GET',
        path: url.pathname,
        query: Object.fromEntries(url.searchParams),
        headers: req.headers,
        body,
      })
      try {
        const presented = /^(?:token|Bearer) (.+)$/.exec(req.headers.authorization ?? '')?.[1]
        const granted = presented === undefined ? undefined : installationTokens.get(presented)
        if (presented !== token && !granted) throw new HttpError(401, { message: 'Bad credentials' })
        const scope = scopeOf(url.pathname.replace(`/repos/${owner}/${repo}`, ''))
        if (granted && scope) {
          const needs = req.method === 'GET' ? 'read' : 'write'
          const has = granted[scope] ?? 'none'
          if (has === 'none' || (needs === 'write' && has !== 'write')) {
            emu.refusals.push({ method: req.method ?? 'GET', path: url.pathname, needs: `${scope}: ${needs}` })
            throw new HttpError(403, { message: 'Resource not accessible by integration' })
          }
        }
        const fault = faults.find(
          (f) => f.count > 0 && (!f.path || f.path.test(url.pathname)) && (!f.method || f.method === req.method),
        )
        if (fault) fault.count--
        const failWith = (f: Fault) =>
          new HttpError(
            f.status,
            {
              message:
                f.message ??
                (f.status === 429 || f.status === 403 ? 'You have exceeded a secondary rate limit.' : 'Server Error'),
            },
            f.headers,
          )
        if (fault && !fault.afterHandling) throw failWith(fault)
        if (typeof body === 'string') throw new HttpError(400, { message: 'Problems parsing JSON' })
        data = handle(req.method ?? 'GET', url, body, out)
        if (fault) throw failWith(fault)
      } catch (err) {
        if (!(err instanceof HttpError)) throw err
        out.status = err.status
        Object.assign(out.headers, err.headers)
        data = err.body
      }
      const json = JSON.stringify(data)
      res.writeHead(out.status, {
        'content-type': 'application/json; charset=utf-8',
        'content-length': Buffer.byteLength(json),
        'x-github-media-type': 'github.v3; format=json',
        'x-github-request-id': `EMU:${emu.requests.length}`,
        'x-ratelimit-limit': '5000',
        'x-ratelimit-remaining': '4999',
        'x-ratelimit-reset': String(Math.floor(Date.now() / 1000) + 3600),
        'x-ratelimit-resource': 'core',
        ...out.headers,
      })
      res.end(json)
    })
  })
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready))
  emu.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return emu
}

function publicDeployment(d: Deployment): Omit<Deployment, '_request'> {
  const { _request: _, ...rest } = d
  return rest
}

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return text
  }
}

/** A stable 40-hex id from a string (not a real git hash; enough for a stand-in). */
export function hexId(seed: string): string {
  let h = 0x811c9dc5
  let out = ''
  for (let round = 0; out.length < 40; round++) {
    for (const ch of `${seed}:${round}`) h = Math.imul(h ^ ch.charCodeAt(0), 16777619) >>> 0
    out += h.toString(16).padStart(8, '0')
  }
  return out.slice(0, 40)
}
