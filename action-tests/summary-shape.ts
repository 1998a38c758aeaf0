/**
 * What a reader of a job summary needs, read from its Markdown: the first line (the outcome), and
 * the width of its widest table outside <details> (GitHub's run page shows ~880 px: five short
 * columns at most).
 */
export function firstLine(summary: string): string {
  return summary.split('\n').find((l) => l.trim() !== '') ?? ''
}

/** The column count of each table shown at once (outside <details>), in order. */
export function visibleTableColumns(summary: string): number[] {
  const widths: number[] = []
  let inDetails = 0
  let inTable = false
  for (const line of summary.split('\n')) {
    inDetails += (line.match(/<details>/g) ?? []).length - (line.match(/<\/details>/g) ?? []).length
    const row = /^\|.*\|$/.test(line.trim())
    if (row && !inTable && inDetails === 0) widths.push(line.replace(/\\\|/g, '').split('|').length - 2)
    inTable = row
  }
  return widths
}
