/**
 * `npm test`: everything, failing on any finding. Static checks first (types, lint, format, workflow and
 * action metadata lint, README tables), then every test file in one jest run (jest.config.js): unit
 * tests (packages/*, actions/*, scripts/test: the rehearsal with short bakes among them) and action
 * tests (action-tests/: the bundles run as the runner runs them, metadata, dist freshness). Ends
 * with one line counting the static checks and jest's tests: "npm test: N passed, N failed, N skipped".
 */
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { root } from '@deploy-actions/harness/actions'
import { ensureSystemPackages } from './lib/system-packages.ts'

const major = Number(process.versions.node.split('.')[0])
if (major < 24) {
  console.error(
    `npm test needs Node 24 (the runtime of node24 actions); this is ${process.version}. Run 'npm install' so the node@24 devDependency is used.`,
  )
  process.exit(1)
}

// The servers the tests start (PostgreSQL, MariaDB, the test CA's openssl): installed or named first.
ensureSystemPackages('tests')

const bin = (name: string) => join(root, 'node_modules', '.bin', name)
const node = process.execPath

/** A check of the tree run before the tests: its name and the command that runs it. */
interface StaticCheck {
  name: string
  cmd: string
  args: string[]
}

const staticChecks: StaticCheck[] = [
  { name: 'typecheck', cmd: bin('tsc'), args: ['-p', 'tsconfig.json'] },
  { name: 'eslint', cmd: bin('eslint'), args: ['--max-warnings', '0', '.'] },
  { name: 'format', cmd: bin('prettier'), args: ['--check', '--log-level', 'warn', '.'] },
  { name: 'workflow and action lint', cmd: node, args: ['scripts/lint-gha.ts'] },
  { name: 'README tables', cmd: node, args: ['scripts/action-docs.ts', '--check'] },
]

// jest runs on Node's VM modules (ESM); the flag's experimental warning is noise in every worker.
const jestArgs = [
  '--experimental-vm-modules',
  '--disable-warning=ExperimentalWarning',
  join(root, 'node_modules', 'jest', 'bin', 'jest.js'),
]

function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((done) => {
    const child = spawn(cmd, args, { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] })
    child.on('close', (code) => done(code ?? 1))
  })
}

const results: Array<{ name: string; ok: boolean; ms: number }> = []
for (const check of staticChecks) {
  const started = performance.now()
  console.log(`\n▶ ${check.name}`)
  const code = await run(check.cmd, check.args)
  results.push({ name: check.name, ok: code === 0, ms: performance.now() - started })
}

console.log('\n▶ tests')
const started = performance.now()
const report = join(mkdtempSync(join(tmpdir(), 'npm-test-')), 'jest.json')
// Action tests mostly wait on child processes and local servers, so files run a few at a time.
const code = await run(node, [...jestArgs, '--maxWorkers=3', '--json', `--outputFile=${report}`])
const counts = readJestCounts(report)
results.push({ name: 'tests', ok: code === 0 && counts.fail === 0, ms: performance.now() - started })

console.log('\nStage                      Result   Time')
for (const r of results)
  console.log(`${r.name.padEnd(26)} ${(r.ok ? 'ok' : 'FAILED').padEnd(8)} ${(r.ms / 1000).toFixed(1)}s`)
const staticPassed = results.filter((r) => r.name !== 'tests' && r.ok).length
const staticFailed = results.filter((r) => r.name !== 'tests' && !r.ok).length
// The test runner can fail without a failing test (a file that does not load): count that too.
const runnerFailure = code !== 0 && counts.fail === 0 ? 1 : 0
const failed = counts.fail + staticFailed + runnerFailure
console.log(`npm test: ${counts.pass + staticPassed} passed, ${failed} failed, ${counts.skipped} skipped`)
process.exit(failed === 0 ? 0 : 1)

/** The counts from jest's JSON report; a file that did not load counts as one failure. */
function readJestCounts(file: string): { pass: number; fail: number; skipped: number } {
  try {
    const r = JSON.parse(readFileSync(file, 'utf8')) as {
      numPassedTests: number
      numFailedTests: number
      numPendingTests: number
      numTodoTests: number
      numRuntimeErrorTestSuites: number
    }
    return {
      pass: r.numPassedTests,
      fail: r.numFailedTests + r.numRuntimeErrorTestSuites,
      skipped: r.numPendingTests + r.numTodoTests,
    }
  } catch {
    return { pass: 0, fail: 0, skipped: 0 }
  }
}
