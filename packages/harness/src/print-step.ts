/**
 * Prints a step's run for a person at a terminal: what the runner's log would show (commands
 * consumed, secrets masked), then the outputs and the job summary. Used by `npm run action` and
 * `npm run rehearse`.
 */
import type { StepResult } from './runner.ts'

const LONG_OUTPUT = 160

function indent(text: string, by = '  '): string {
  return text
    .trimEnd()
    .split('\n')
    .map((l) => `${by}${l}`)
    .join('\n')
}

/** An output as a line: long values (a JSON report) are cut, with their full length given. */
function outputLine(name: string, value: string): string {
  const flat = value.replace(/\s*\n\s*/g, ' ')
  const shown = flat.length > LONG_OUTPUT ? `${flat.slice(0, LONG_OUTPUT)}… (${value.length} characters)` : flat
  return `${name} = ${shown}`
}

export function printStep(title: string, result: StepResult): void {
  const how = result.signal ? `killed by ${result.signal}` : `exit code ${result.exitCode}`
  console.log(`\n── ${title} (${how}, ${(result.durationMs / 1000).toFixed(1)}s)`)
  if (result.log.trim()) console.log(indent(result.log, '  │ '))
  if (result.stderr.trim()) console.log(`  stderr:\n${indent(result.stderr, '  │ ')}`)
  // Outputs can hold registered secrets (keyvault-secrets sets one per secret): masked as the log is.
  const masks = [...result.masks].filter(Boolean).sort((a, b) => b.length - a.length)
  const mask = (v: string) => masks.reduce((text, m) => text.split(m).join('***'), v)
  const outputs = Object.entries(result.outputs).map(([k, v]) => [k, mask(v)] as const)
  if (outputs.length > 0) console.log(`  outputs:\n${outputs.map(([k, v]) => `    ${outputLine(k, v)}`).join('\n')}`)
  if (result.summary.trim()) console.log(`  job summary:\n${indent(result.summary, '  ¦ ')}`)
}
