/**
 * Deployment windows and freeze periods. A window is weekly, in a time zone:
 * `Tue-Thu 10:00-14:00 America/Los_Angeles` (days as a range or a comma list, the end exclusive).
 * A freeze is a date range in a time zone, both days included: `2026-12-20..2027-01-04 holidays`,
 * or one day. The time zone decides which local day and hour `now` is; daylight saving is the
 * zone's (Intl's tz database).
 */

export const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'] as const

export interface Window {
  text: string
  days: Set<number>
  /** Minutes after local midnight; end exclusive. */
  start: number
  end: number
  zone: string
}

export interface Freeze {
  text: string
  from: string
  to: string
  zone: string
  reason: string
}

export const WINDOW_FORM =
  'a window such as "Tue-Thu 10:00-14:00 America/Los_Angeles" (days, hours, an optional IANA time zone)'
export const FREEZE_FORM =
  'a freeze such as "2026-12-20..2027-01-04 holidays" (dates in the time zone, both days included, an optional reason)'

export function validZone(zone: string): boolean {
  // Intl also takes legacy abbreviations such as PST, which name no daylight-saving rule a reader can trust.
  if (!/^(UTC|[A-Za-z]+(?:\/[A-Za-z0-9_+-]+)+)$/.test(zone)) return false
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone })
    return true
  } catch {
    return false
  }
}

function dayIndex(name: string): number {
  return DAYS.findIndex(
    (d) => d.toLowerCase() === name.slice(0, 3).toLowerCase() && (name.length === 3 || /^[a-z]+$/i.test(name)),
  )
}

function minutes(hhmm: string): number | undefined {
  const m = /^([01]?\d|2[0-4]):([0-5]\d)$/.exec(hhmm)
  if (!m) return undefined
  const v = Number(m[1]) * 60 + Number(m[2])
  return v <= 24 * 60 ? v : undefined
}

/** Parses one window; throws an Error whose message says what is wrong. */
export function parseWindow(text: string, defaultZone: string): Window {
  const parts = text.trim().split(/\s+/)
  if (parts.length < 2 || parts.length > 3) throw new Error('needs days and hours')
  const [dayText = '', hours = '', zone = defaultZone] = parts
  const days = new Set<number>()
  for (const piece of dayText.split(',')) {
    const [a = '', b] = piece.split('-')
    const from = dayIndex(a)
    const to = b === undefined ? from : dayIndex(b)
    if (from < 0 || to < 0) throw new Error(`"${piece}" is not a day or a day range such as Mon-Fri`)
    for (let d = from; ; d = (d + 1) % 7) {
      days.add(d)
      if (d === to) break
    }
  }
  const h = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/.exec(hours)
  const start = h ? minutes(h[1] as string) : undefined
  const end = h ? minutes(h[2] as string) : undefined
  if (start === undefined || end === undefined) throw new Error(`"${hours}" is not hours such as 10:00-14:00`)
  if (end <= start) throw new Error(`"${hours}" ends before it starts; split a window over midnight in two`)
  if (!validZone(zone)) throw new Error(`"${zone}" is not an IANA time zone such as Europe/Berlin`)
  return { text: text.trim(), days, start, end, zone }
}

/** Parses one freeze; throws an Error whose message says what is wrong. */
export function parseFreeze(text: string, zone: string): Freeze {
  const m = /^(\d{4}-\d{2}-\d{2})(?:\.\.(\d{4}-\d{2}-\d{2}))?(?:\s+(.*))?$/.exec(text.trim())
  if (!m) throw new Error('needs a date or a date range such as 2026-12-20..2027-01-04')
  const from = m[1] as string
  const to = m[2] ?? from
  for (const d of [from, to])
    if (Number.isNaN(Date.parse(`${d}T00:00:00Z`)) || new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10) !== d)
      throw new Error(`"${d}" is not a calendar date`)
  if (to < from) throw new Error(`ends (${to}) before it starts (${from})`)
  return { text: text.trim(), from, to, zone, reason: (m[3] ?? '').trim() }
}

/** The local weekday, minutes after midnight and date of `at` in `zone`. */
export function localTime(at: Date, zone: string): { day: number; minutes: number; date: string; text: string } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(at)
      .map((p) => [p.type, p.value]),
  )
  const day = DAYS.indexOf(parts.weekday as (typeof DAYS)[number])
  const mins = Number(parts.hour) * 60 + Number(parts.minute)
  const date = `${parts.year}-${parts.month}-${parts.day}`
  return { day, minutes: mins, date, text: `${parts.weekday} ${date} ${parts.hour}:${parts.minute} ${zone}` }
}

export function inWindow(w: Window, at: Date): boolean {
  const t = localTime(at, w.zone)
  return w.days.has(t.day) && t.minutes >= w.start && t.minutes < w.end
}

export function inFreeze(f: Freeze, at: Date): boolean {
  const { date } = localTime(at, f.zone)
  return date >= f.from && date <= f.to
}

/**
 * When a deployment may next start: the earliest start of a window, after `now`, on a day no
 * freeze covers. Looked for day by day in each window's zone (a start that a DST change skips is
 * checked with inWindow), up to 400 days ahead; undefined when none opens that soon.
 */
export function nextOpening(windows: readonly Window[], freezes: readonly Freeze[], now: Date): Date | undefined {
  let best: Date | undefined
  for (const w of windows) {
    for (let d = 0; d <= 400; d++) {
      const guess = new Date(now.getTime() + d * 86_400_000)
      const local = localTime(guess, w.zone)
      if (!w.days.has(local.day)) continue
      const at = new Date(guess.getTime() + (w.start - local.minutes) * 60_000)
      at.setUTCSeconds(0, 0)
      if (at <= now || !inWindow(w, at) || freezes.some((f) => inFreeze(f, at))) continue
      if (!best || at < best) best = at
      break
    }
  }
  return best
}
