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

/** Formats milliseconds the way a person reads them: 850ms, 4.2s, 3m05s, 1h02m, 7d, 2d04h. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)}ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1).replace(/\.?0+$/, '')}s`
  const totalS = Math.round(ms / 1000)
  const h = Math.floor(totalS / 3600)
  const m = Math.floor((totalS % 3600) / 60)
  const s = totalS % 60
  if (h >= 48) return `${Math.floor(h / 24)}d${h % 24 > 0 ? `${String(h % 24).padStart(2, '0')}h` : ''}`
  if (h > 0) return `${h}h${String(m).padStart(2, '0')}m`
  return `${m}m${String(s).padStart(2, '0')}s`
}

/**
 * A moment as a person on call reads it: "23:41 UTC", with the day in front ("30 Nov 23:41 UTC")
 * when it is not today's, and the year when it is not this year's. `timeZone` (an IANA zone; UTC
 * unless given) shows it as people there read it, with the zone's short name ("09:00 CET");
 * `weekday` adds the day's name ("Mon 30 Nov 09:00 CET": a deployment window's next opening);
 * `seconds` adds them. An unreadable time is returned as given. Never an ISO timestamp: that is
 * for records and outputs, which machines read.
 */
export function formatClock(
  at: string | number | Date,
  opts: { timeZone?: string; now?: number | Date; seconds?: boolean; weekday?: boolean } = {},
): string {
  const when = new Date(at)
  if (Number.isNaN(when.getTime())) return String(at)
  const timeZone = opts.timeZone ?? 'UTC'
  const parts = (d: Date, o: Intl.DateTimeFormatOptions) =>
    Object.fromEntries(
      new Intl.DateTimeFormat('en-GB', { timeZone, hourCycle: 'h23', ...o })
        .formatToParts(d)
        .map((p) => [p.type, p.value]),
    )
  const p = parts(when, {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
    timeZoneName: 'short',
  })
  const zone = timeZone === 'UTC' ? 'UTC' : zoneName(when, timeZone, p.timeZoneName)
  const clock = `${p.hour}:${p.minute}${opts.seconds ? `:${p.second}` : ''} ${zone}`
  const today = parts(new Date(opts.now ?? Date.now()), { day: 'numeric', month: 'short', year: 'numeric' })
  const sameDay = today.day === p.day && today.month === p.month && today.year === p.year
  const weekday = opts.weekday ? `${p.weekday} ` : ''
  if (sameDay) return `${weekday}${clock}`
  return `${weekday}${p.day} ${p.month}${today.year === p.year ? '' : ` ${p.year}`} ${clock}`
}

/**
 * The zone's short name people know (PST, CET): each locale knows only its region's abbreviations
 * and says "GMT-8" for the others, so the US and British ones are asked; GMT±N when neither knows.
 */
function zoneName(at: Date, timeZone: string, british: string | undefined): string {
  if (british && !/^GMT[+-]/.test(british)) return british
  const us = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value
  return us && !/^GMT[+-]/.test(us) ? us : (british ?? timeZone)
}
