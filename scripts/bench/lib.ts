/** What every bench section shares: its shape, measuring helpers and the table printer. */
import { spawn, spawnSync } from 'node:child_process'
import { quantile } from '@deploy-actions/probe'

export interface Section {
  /** The section's key in the JSON line. */
  name: string
  title: string
  /** Measures, prints its table and returns its figures. */
  run(): Promise<Record<string, unknown>>
}

/** Wall time from spawn to exit, as runStep measures a step; a non-zero exit is an error. */
export async function timeProcess(command: string, args: string[], label: string): Promise<number> {
  const started = performance.now()
  const child = spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'] })
  let stderr = ''
  child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d))
  const code = await new Promise<number | null>((done, fail) => {
    child.on('error', fail)
    child.on('close', done)
  })
  const elapsed = performance.now() - started
  if (code !== 0) throw new Error(`${label} exited with ${code}: ${stderr.trim()}`)
  return elapsed
}

/** Why `command` cannot be run, or undefined when it can. */
export function missingCommand(command: string): string | undefined {
  const probe = spawnSync(command, ['--version'], { stdio: 'ignore' })
  if (!probe.error) return undefined
  return (probe.error as NodeJS.ErrnoException).code === 'ENOENT'
    ? `${command} not found on PATH`
    : `${command} cannot be run: ${probe.error.message}`
}

export const median = (values: number[]) =>
  quantile(
    [...values].sort((a, b) => a - b),
    0.5,
  )

export function round(value: number, decimals = 1): number {
  const factor = 10 ** decimals
  return Math.round(value * factor) / factor
}

export const ms = (value: number) => `${value.toFixed(1)} ms`
export const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(2)

export function printTable(header: string[], rows: string[][]): void {
  const widths = header.map((h, col) => Math.max(h.length, ...rows.map((r) => (r[col] ?? '').length)))
  const line = (cells: string[]) =>
    cells.map((c, col) => (col === 0 ? c.padEnd(widths[col] as number) : c.padStart(widths[col] as number))).join('  ')
  console.log(line(header).trimEnd())
  console.log(widths.map((w) => '-'.repeat(w)).join('  '))
  for (const row of rows) console.log(line(row).trimEnd())
}
