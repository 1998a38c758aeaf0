const UNIT_MS = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 } as const
const DURATION = /^(?:(\d+(?:\.\d+)?)(ms|s|m|h))+$/
const PART = /(\d+(?:\.\d+)?)(ms|s|m|h)/g

export const DURATION_FORM = 'a duration such as 500ms, 90s, 5m or 1h30m'

/** Parses `500ms`, `90s`, `5m`, `1h30m` (and a bare `0`) into milliseconds; undefined if malformed. */
export function parseDuration(text: string): number | undefined {
  const t = text.trim()
  if (t === '0') return 0
  if (!DURATION.test(t)) return undefined
  let total = 0
  for (const [, n, unit] of t.matchAll(PART)) total += Number(n) * UNIT_MS[unit as keyof typeof UNIT_MS]
  return Math.round(total)
}

/** Formats milliseconds the way a person reads them: 850ms, 4.2s, 3m05s, 1h02m. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, '')}s`
  const totalS = Math.round(ms / 1000)
  const h = Math.floor(totalS / 3600)
  const m = Math.floor((totalS % 3600) / 60)
  const s = totalS % 60
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`
  return `${m}m${String(s).padStart(2, '0')}s`
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']

/**
 * A moment as a person on call reads it: "23:41 UTC", with the day in front ("30 Nov 23:41 UTC")
 * when it is not today's (UTC, as the runner's clock and GitHub's run page are). `seconds` adds them.
 * An unreadable time is returned as given.
 */
export function formatClock(at: string | number | Date, opts: { seconds?: boolean; now?: number } = {}): string {
  const d = new Date(at)
  if (Number.isNaN(d.getTime())) return String(at)
  const two = (n: number) => String(n).padStart(2, '0')
  const time = `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}${opts.seconds ? `:${two(d.getUTCSeconds())}` : ''}`
  const today = new Date(opts.now ?? Date.now()).toISOString().slice(0, 10)
  const day = d.toISOString().slice(0, 10) === today ? '' : `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} `
  return `${day}${time} UTC`
}
