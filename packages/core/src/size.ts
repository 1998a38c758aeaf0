/**
 * A size as people read it: `812 B`, `41.2 KB`, `41.2 MB`, `1.23 GB` (decimal units, as cloud
 * consoles and `ls -h --si` show them), three significant figures at most.
 */
export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 999.5) return `${Math.round(bytes)} B`
  const units = ['KB', 'MB', 'GB', 'TB', 'PB']
  let value = bytes
  let unit = 'B'
  for (const u of units) {
    if (value < 999.5) break
    value /= 1000
    unit = u
  }
  const shown = value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
  return `${shown.replace(/\.0+$/, '').replace(/(\.\d*?)0+$/, '$1')} ${unit}`
}

/** A count as people read it: `950`, `12.3 k`, `1.2 M` rows. */
export function formatCount(n: number): string {
  if (n < 10_000) return n.toLocaleString('en-US')
  if (n < 1_000_000) return `${(n / 1000).toFixed(n < 100_000 ? 1 : 0).replace(/\.0$/, '')} k`
  return `${(n / 1_000_000).toFixed(n < 100_000_000 ? 1 : 0).replace(/\.0$/, '')} M`
}
