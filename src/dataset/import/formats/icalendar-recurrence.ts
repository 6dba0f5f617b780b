import type { UnsafeRule } from '../../notes/calendar-notes'

/**
 * Whether ical.js can expand a recurrence rule in bounded time. Its iterator steps through every
 * instant of the rule's frequency until one passes the rule's other parts, and guards only yearly and
 * monthly rules: FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30 never ends, and FREQ=SECONDLY;BYMONTH=2 from
 * March steps 28 million seconds (14 s) to its next occurrence. A rule is safe when some day in 28
 * years (every calendar of weekdays and leap years) passes its day parts, and the longest run of days
 * that do not, in steps of its frequency, is within a budget.
 */
export type RuleParts = {
  freq: string
  interval: number
  parts: Readonly<Record<string, ReadonlyArray<number | string>>>
}

/** The most steps of its frequency a rule may need between two occurrences. */
const MOST_STEPS = 2_000_000
const YEARS_SCANNED = 28
const DAY_MS = 86_400_000

const STEPS_PER_DAY: Readonly<Record<string, number>> = {
  SECONDLY: 86_400,
  MINUTELY: 1_440,
  HOURLY: 24,
  DAILY: 1,
}
const WEEKDAYS = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA']

/** Null when the rule is safe to expand; else why not, for a note (`line`: the event's). */
export function unsafeRule(rule: RuleParts, startYear: number, line: number): UnsafeRule | null {
  // ical.js itself stops yearly and monthly rules that find nothing, and weekly rules step by weeks.
  const perDay = STEPS_PER_DAY[rule.freq]
  if (perDay === undefined) return null
  const { parts } = rule
  if (parts.BYSETPOS?.length) return { why: 'bySetPos', line, freq: rule.freq }
  const dayParts = ['BYMONTH', 'BYMONTHDAY', 'BYYEARDAY', 'BYDAY'].filter((part) => parts[part]?.length)
  if (dayParts.length === 0) return null
  const gap = longestGap(parts, startYear)
  if (gap === null) return { why: 'noDay', line, parts: dayParts }
  const steps = ((gap + 1) * perDay) / Math.max(1, rule.interval)
  return steps > MOST_STEPS
    ? { why: 'farApart', line, freq: rule.freq, days: gap + 1, steps: Math.round(steps) }
    : null
}

/** The longest run of days in 28 years that the rule's day parts skip; null when no day passes. */
function longestGap(parts: RuleParts['parts'], startYear: number): number | null {
  const months = numbers(parts.BYMONTH)
  const monthDays = numbers(parts.BYMONTHDAY)
  const yearDays = numbers(parts.BYYEARDAY)
  // Ordinals ("2MO") only count in monthly and yearly rules; here a weekday is a weekday.
  const weekdays = (parts.BYDAY ?? []).map((day) => WEEKDAYS.indexOf(String(day).slice(-2).toUpperCase()))
  const start = Date.UTC(Math.max(startYear, 1), 0, 1)
  const days = Math.round((Date.UTC(Math.max(startYear, 1) + YEARS_SCANNED, 0, 1) - start) / DAY_MS)
  let longest = -1
  let run = 0
  let met = false
  for (let day = 0; day < days; day++) {
    const date = new Date(start + day * DAY_MS)
    const month = date.getUTCMonth() + 1
    const dayOfMonth = date.getUTCDate()
    const monthLength = new Date(Date.UTC(date.getUTCFullYear(), month, 0)).getUTCDate()
    const yearDay = Math.round((date.getTime() - Date.UTC(date.getUTCFullYear(), 0, 1)) / DAY_MS) + 1
    const yearLength =
      date.getUTCFullYear() % 4 === 0 &&
      (date.getUTCFullYear() % 100 !== 0 || date.getUTCFullYear() % 400 === 0)
        ? 366
        : 365
    const passes =
      (!months || months.includes(month)) &&
      (!monthDays ||
        monthDays.some((value) => value === dayOfMonth || value === dayOfMonth - monthLength - 1)) &&
      (!yearDays || yearDays.some((value) => value === yearDay || value === yearDay - yearLength - 1)) &&
      (weekdays.length === 0 || weekdays.includes(date.getUTCDay()))
    if (passes) {
      met = true
      longest = Math.max(longest, run)
      run = 0
    } else run++
  }
  // The run before the first day that passes wraps round to the last.
  return met ? Math.max(longest, run) : null
}

function numbers(values: ReadonlyArray<number | string> | undefined): number[] | null {
  if (!values?.length) return null
  return values.map(Number).filter(Number.isFinite)
}
