/**
 * The GITHUB_TOKEN's permissions, as GitHub computes them for a job: the job's `permissions:`, else
 * the workflow's, else (in a called workflow) what the caller's job has, else the repository's
 * default; a scope not named in a `permissions:` block is `none`. A called workflow can only keep
 * or lower what its caller has: a job that asks for more fails the run before anything starts.
 */
import type { TemplateToken } from '@actions/workflow-parser/templates/tokens/template-token'
import { isMapping, isString } from '@actions/workflow-parser/templates/tokens/type-guards'

export type Level = 'read' | 'write' | 'none'
export type Permissions = Record<string, Level>

/** Every scope a `permissions:` block can name (the workflow schema's permissions-mapping). */
export const SCOPES = [
  'actions',
  'artifact-metadata',
  'attestations',
  'checks',
  'code-quality',
  'contents',
  'copilot-requests',
  'deployments',
  'discussions',
  'drives',
  'id-token',
  'issues',
  'models',
  'packages',
  'pages',
  'pull-requests',
  'repository-projects',
  'security-events',
  'statuses',
  'vulnerability-alerts',
] as const

/**
 * The repository default when no `permissions:` is written anywhere: "restricted" (contents and
 * packages read), GitHub's default for repositories created since February 2023; "permissive"
 * gives read and write to every scope but id-token.
 */
export function defaultPermissions(kind: 'restricted' | 'permissive' = 'restricted'): Permissions {
  const out: Permissions = {}
  for (const scope of SCOPES) out[scope] = 'none'
  if (kind === 'permissive') for (const scope of SCOPES) if (scope !== 'id-token') out[scope] = 'write'
  out.contents = kind === 'permissive' ? 'write' : 'read'
  out.packages = kind === 'permissive' ? 'write' : 'read'
  out.metadata = 'read'
  return out
}

/** Reads a `permissions:` token: read-all, write-all, {} or a mapping of scopes. */
export function readPermissions(token: TemplateToken | undefined): Permissions | undefined {
  if (!token) return undefined
  const out: Permissions = { metadata: 'read' }
  if (isString(token)) {
    const level: Level = token.value === 'write-all' ? 'write' : token.value === 'read-all' ? 'read' : 'none'
    for (const scope of SCOPES) out[scope] = scope === 'id-token' && level === 'read' ? 'none' : level
    return out
  }
  for (const scope of SCOPES) out[scope] = 'none'
  if (isMapping(token))
    for (const { key, value } of token)
      out[key.assertString('permission').value] = value.assertString('level').value as Level
  return out
}

const RANK: Record<Level, number> = { none: 0, read: 1, write: 2 }

/** The scopes where `wanted` asks for more than `allowed`, e.g. ["deployments: write (allowed read)"]. */
export function elevations(wanted: Permissions, allowed: Permissions): string[] {
  return Object.entries(wanted)
    .filter(([scope, level]) => RANK[level] > RANK[allowed[scope] ?? 'none'])
    .map(([scope, level]) => `'${scope}: ${level}', but is only allowed '${scope}: ${allowed[scope] ?? 'none'}'`)
}

/** For the log: "contents: read, deployments: write, id-token: write". */
export function describePermissions(p: Permissions): string {
  return (
    Object.entries(p)
      .filter(([scope, level]) => level !== 'none' && scope !== 'metadata')
      .map(([scope, level]) => `${scope}: ${level}`)
      .join(', ') || 'none'
  )
}
