/**
 * Runs one action's bundle locally exactly as the GitHub runner does, with inputs from the
 * command line, and prints its log, outputs and job summary.
 *
 *   npm run action -- <action> name=value name=@file …
 *
 * `name=@file` reads the value from a file (a checks list, say). The current folder is the
 * workspace, so relative paths (checks-file) resolve as they would in a checked-out repository.
 * The step gets the caller's environment (AZURE_*, AWS_*, GITHUB_TOKEN, PG*, a proxy…), so an
 * action can be tried against a real service; the action's post step runs after it, as on a
 * runner, and the step's temporary files are removed at exit. Exits with the main step's exit code.
 */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { runStep } from '@deploy-actions/harness/runner'
import { ensureDist } from './build.ts'
import { actionNames, readActionMetadata } from '@deploy-actions/harness/actions'
import { printStep } from '@deploy-actions/harness/print-step'

function usage(problem: string): never {
  console.error(`${problem}\nusage: npm run action -- <${actionNames().join('|')}> name=value name=@file …`)
  process.exit(2)
}

const [action, ...pairs] = process.argv.slice(2)
if (!action) usage('Which action?')
if (!actionNames().includes(action)) usage(`There is no action '${action}'.`)
// npm runs scripts from the package root; INIT_CWD is where the user typed the command.
const workspace = process.env.INIT_CWD ?? process.cwd()
const declared = Object.keys(readActionMetadata(action).inputs ?? {})
const inputs: Record<string, string> = {}
for (const pair of pairs) {
  const eq = pair.indexOf('=')
  if (eq <= 0) usage(`'${pair}' is not name=value.`)
  const name = pair.slice(0, eq)
  const value = pair.slice(eq + 1)
  if (!declared.includes(name)) usage(`${action} has no input '${name}'; its inputs: ${declared.join(', ')}.`)
  inputs[name] = value.startsWith('@') ? readFileSync(resolve(workspace, value.slice(1)), 'utf8') : value
}

/**
 * The caller's environment, less what npm adds to a script's: the runner's defaults (PATH, HOME,
 * the GITHUB_* of a sample run) stay underneath, so a variable the caller sets wins.
 */
const passed = Object.fromEntries(
  Object.entries(process.env).filter(
    (e): e is [string, string] => e[1] !== undefined && !/^npm_/i.test(e[0]) && e[0] !== 'INIT_CWD',
  ),
)

await ensureDist()
const result = await runStep(action, { inputs, workspace, env: passed })
printStep(action, result)
// The runner runs a post step (post-if: always() by default) with the state the main step saved.
if (readActionMetadata(action).runs.post) {
  const post = await runStep(action, { inputs, workspace, env: passed, post: true, state: result.state })
  printStep(`${action} (post)`, post)
}
process.exit(result.exitCode ?? 1)
