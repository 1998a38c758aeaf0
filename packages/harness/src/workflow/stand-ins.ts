/**
 * Third-party actions a workflow uses, as small local stand-ins registered by name and major
 * version (`actions/checkout@v4`). Each does on this machine what the real action does to the job
 * (files in the workspace, an artifact kept, a tool on PATH) and refuses an input it does not
 * know, so a workflow that leans on an option the stand-in cannot honour fails in one line instead
 * of passing by accident. An action without a stand-in fails the run, naming it.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, statSync } from 'node:fs'
import { basename, dirname, isAbsolute, join, relative, resolve } from 'node:path'

export interface StandInContext {
  inputs: Record<string, string>
  workspace: string
  /** Where this run keeps its artifacts: one folder per artifact name. */
  artifactsDir: string
  /** The caller's repository, as actions/checkout would fetch it (a folder on this machine). */
  checkoutSource: string | undefined
  log: (line: string) => void
}

export interface StandInResult {
  outputs?: Record<string, string>
  /** Folders to add to PATH for later steps. */
  path?: string[]
  /** Set when the action fails: its error, one line. */
  error?: string
}

export interface StandIn {
  /** Inputs the stand-in understands; any other input fails the step. */
  inputs: string[]
  run(ctx: StandInContext): StandInResult | Promise<StandInResult>
}

/** `owner/name@vN…` → `owner/name@vN`: stand-ins are registered by major version. */
export function standInKey(uses: string): string | undefined {
  const m = /^([^/@]+\/[^/@]+)@v(\d+)(?:[.\d]*)$/.exec(uses)
  return m ? `${(m[1] as string).toLowerCase()}@v${m[2]}` : undefined
}

const checkout: StandIn = {
  inputs: ['repository', 'ref', 'path', 'fetch-depth', 'persist-credentials', 'token', 'clean'],
  run({ inputs, workspace, checkoutSource, log }) {
    if (inputs.repository)
      return { error: `actions/checkout: only the workflow's own repository is served here, not ${inputs.repository}` }
    if (!checkoutSource)
      return {
        error: 'actions/checkout: this run has no repository content to check out (give the runner a checkout folder)',
      }
    const target = resolve(workspace, inputs.path ?? '.')
    if (relative(workspace, target).startsWith('..'))
      return { error: `actions/checkout: path ${inputs.path} is outside the workspace` }
    mkdirSync(target, { recursive: true })
    cpSync(checkoutSource, target, { recursive: true })
    log(`Checked out the repository into ${relative(workspace, target) || '.'}`)
    return {}
  },
}

const uploadArtifact: StandIn = {
  inputs: [
    'name',
    'path',
    'if-no-files-found',
    'retention-days',
    'compression-level',
    'overwrite',
    'include-hidden-files',
  ],
  run({ inputs, workspace, artifactsDir, log }) {
    const name = inputs.name || 'artifact'
    const mode = inputs['if-no-files-found'] || 'warn'
    if (!['warn', 'error', 'ignore'].includes(mode))
      return { error: `actions/upload-artifact: if-no-files-found must be warn, error or ignore, not ${mode}` }
    const dest = join(artifactsDir, name)
    if (existsSync(dest) && inputs.overwrite !== 'true')
      return {
        error: `actions/upload-artifact: an artifact named ${name} already exists in this run (overwrite: true replaces it)`,
      }
    const paths = (inputs.path ?? '')
      .split('\n')
      .map((p) => p.trim())
      .filter(Boolean)
    if (paths.some((p) => /[*?[]/.test(p) || p.startsWith('!')))
      return { error: 'actions/upload-artifact: glob patterns are not served by this stand-in; list files or folders' }
    const found = paths.map((p) => (isAbsolute(p) ? p : resolve(workspace, p))).filter((p) => existsSync(p))
    if (found.length === 0) {
      if (mode === 'error')
        return { error: `actions/upload-artifact: no files were found with the provided path: ${paths.join(', ')}` }
      if (mode === 'warn')
        log(`Warning: No files were found with the provided path: ${paths.join(', ')}. No artifacts will be uploaded.`)
      return {}
    }
    mkdirSync(dest, { recursive: true })
    // One folder is uploaded as its contents (the artifact's root is that folder), as the real action does.
    if (found.length === 1 && statSync(found[0] as string).isDirectory())
      cpSync(found[0] as string, dest, { recursive: true })
    else for (const p of found) cpSync(p, join(dest, basename(p)), { recursive: true })
    const files = found.flatMap((p) => (statSync(p).isDirectory() ? walk(p) : [p]))
    log(`Artifact ${name} has ${files.length} file(s), kept ${inputs['retention-days'] || 'the default'} day(s)`)
    return { outputs: { 'artifact-id': String(Date.now()), 'artifact-url': `artifact://${name}` } }
  },
}

const downloadArtifact: StandIn = {
  inputs: ['name', 'path', 'merge-multiple', 'pattern', 'run-id', 'github-token', 'repository'],
  run({ inputs, workspace, artifactsDir, log }) {
    if (inputs['run-id'] || inputs.repository || inputs.pattern)
      return { error: 'actions/download-artifact: only artifacts of this run by name are served by this stand-in' }
    if (!inputs.name)
      return { error: 'actions/download-artifact: give the artifact name (all artifacts at once is not served)' }
    const src = join(artifactsDir, inputs.name)
    if (!existsSync(src)) return { error: `actions/download-artifact: Artifact not found for name: ${inputs.name}` }
    const dest = resolve(workspace, inputs.path || '.')
    cpSync(src, dest, { recursive: true })
    log(`Downloaded artifact ${inputs.name} to ${relative(workspace, dest) || '.'}`)
    return { outputs: { 'download-path': dest } }
  },
}

const setupNode: StandIn = {
  inputs: ['node-version', 'node-version-file', 'cache', 'cache-dependency-path', 'registry-url', 'check-latest'],
  run({ inputs, log }) {
    const have = process.versions.node
    const wanted = inputs['node-version'] ?? ''
    if (inputs.cache) return { error: 'actions/setup-node: cache is not served by this stand-in' }
    if (wanted && !(have === wanted || have.startsWith(`${wanted.replace(/^v/, '').replace(/\.x$/, '')}.`)))
      return { error: `actions/setup-node: node-version ${wanted} is not on this machine (Node ${have} is)` }
    log(`Node ${have} on PATH`)
    return { outputs: { 'node-version': `v${have}` }, path: [dirname(process.execPath)] }
  },
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  )
}

/** The stand-ins every run has; a runner can add its own. */
export function defaultStandIns(): Map<string, StandIn> {
  return new Map<string, StandIn>([
    ['actions/checkout@v4', checkout],
    ['actions/checkout@v5', checkout],
    ['actions/upload-artifact@v4', uploadArtifact],
    ['actions/download-artifact@v4', downloadArtifact],
    ['actions/setup-node@v4', setupNode],
  ])
}
