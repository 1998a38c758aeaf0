/**
 * Each action's README carries its input and output tables generated from its action.yml, so the
 * two never disagree. The tables sit between markers the README's prose places:
 *   <!-- action-docs:inputs --> … <!-- /action-docs:inputs -->
 *   <!-- action-docs:outputs --> … <!-- /action-docs:outputs -->
 *
 *   node scripts/action-docs.ts --write     rewrite the tables (npm run docs)
 *   node scripts/action-docs.ts --check     exit 1 naming every README that is missing or stale
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { markdownTable } from '@deploy-actions/core'
import {
  type ActionMetadata,
  actionNames,
  defaultText,
  readActionMetadata,
  root,
} from '@deploy-actions/harness/actions'

const SECTIONS = ['inputs', 'outputs'] as const

export function readmePath(action: string): string {
  return join(root, action, 'README.md')
}

function oneParagraph(text: string | undefined): string {
  return (text ?? '').trim().replace(/\s*\n\s*/g, ' ')
}

function table(meta: ActionMetadata, section: (typeof SECTIONS)[number]): string {
  if (section === 'inputs') {
    const rows = Object.entries(meta.inputs ?? {}).map(([name, input]) => {
      const fallback = defaultText(input)
      return [
        `\`${name}\``,
        input.required && fallback === undefined ? 'yes' : 'no',
        fallback === undefined || fallback === '' ? '' : `\`${fallback}\``,
        oneParagraph(input.description),
      ]
    })
    return markdownTable(['Input', 'Required', 'Default', 'Description'], rows)
  }
  const rows = Object.entries(meta.outputs ?? {}).map(([name, output]) => [
    `\`${name}\``,
    oneParagraph(output.description),
  ])
  return markdownTable(['Output', 'Description'], rows)
}

/** The README with its tables regenerated; problems when a marker pair is missing. */
export function renderReadme(action: string, readme: string): { text: string; problems: string[] } {
  const meta = readActionMetadata(action)
  const problems: string[] = []
  let text = readme
  for (const section of SECTIONS) {
    const open = `<!-- action-docs:${section} -->`
    const close = `<!-- /action-docs:${section} -->`
    const start = text.indexOf(open)
    const end = text.indexOf(close)
    if (start < 0 || end < start) {
      problems.push(`${action}/README.md has no ${open} … ${close} pair to hold the ${section} table`)
      continue
    }
    text = `${text.slice(0, start + open.length)}\n${table(meta, section)}\n${text.slice(end)}`
  }
  return { text, problems }
}

/** One line per README that is missing, lacks markers, or differs from its action.yml. */
export function checkReadmes(write: boolean): string[] {
  const problems: string[] = []
  for (const action of actionNames()) {
    const path = readmePath(action)
    if (!existsSync(path)) {
      problems.push(`${relative(root, path)} is missing`)
      continue
    }
    const current = readFileSync(path, 'utf8')
    const { text, problems: markers } = renderReadme(action, current)
    problems.push(...markers)
    if (text === current) continue
    if (write) writeFileSync(path, text)
    else problems.push(`${relative(root, path)}: its tables differ from ${action}/action.yml; run 'npm run docs'`)
  }
  return problems
}

if (import.meta.main) {
  const write = process.argv.includes('--write')
  const problems = checkReadmes(write)
  for (const p of problems) console.error(p)
  if (problems.length > 0) process.exit(1)
  console.log(write ? 'README tables written' : 'README tables match action.yml')
}
