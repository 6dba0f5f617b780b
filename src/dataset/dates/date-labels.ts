// How a date is written for a reader: the one label writer for both ways of reading a date (the fast
// path for the common forms, common-forms.ts, and edtf.js for the rest, edtf-js-reading.ts). A test
// holds the two to the same labels.

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
]

/** A calendar date as a label is made from: month 0–11 or -1 for a year; day 1–31 or 0 for none. */
export type CalendarDate = { year: number; month: number; day: number }

/** What a label needs to know of each part of a date: its own label, and its calendar date if plain. */
export type LabelPart = {
  label: string
  /** Set only for a plain date (no qualifier, nothing unspecified), whose year an interval may share. */
  plain?: CalendarDate
}

/** "2023", "1 BCE" for year 0, "101 BCE" for -100 (the year before 1 is 1 BCE). */
export function yearLabel(year: number): string {
  return year <= 0 ? `${-year + 1} BCE` : String(year)
}

/** "2023", "July 2023", "15 August 2023". */
export function calendarLabel({ year, month, day }: CalendarDate): string {
  if (month < 0) return yearLabel(year)
  if (day === 0) return `${MONTHS[month]} ${yearLabel(year)}`
  return `${day} ${MONTHS[month]} ${yearLabel(year)}`
}

/** "c. 1945", "15 August 2023 (uncertain)". */
export function qualifiedLabel(
  label: string,
  qualifiers: { approximate: boolean; uncertain: boolean },
): string {
  return `${qualifiers.approximate ? 'c. ' : ''}${label}${qualifiers.uncertain ? ' (uncertain)' : ''}`
}

/**
 * "1910–1945", "July–August 2023", "15–18 August 2023", "30 July – 2 August 2023",
 * "2022 – 15 August 2023": the shared year said once, and a spaced dash between parts with spaces.
 */
export function intervalLabel(start: LabelPart, end: LabelPart): string {
  const compact = start.plain && end.plain ? sameYearLabel(start.plain, end.plain) : null
  if (compact) return compact
  return start.label.includes(' ') || end.label.includes(' ')
    ? `${start.label} – ${end.label}`
    : `${start.label}–${end.label}`
}

function sameYearLabel(start: CalendarDate, end: CalendarDate): string | null {
  const samePrecision = start.month < 0 === end.month < 0 && (start.day === 0) === (end.day === 0)
  if (start.year !== end.year || !samePrecision || start.month < 0) return null
  const year = yearLabel(start.year)
  if (start.day === 0) return `${MONTHS[start.month]}–${MONTHS[end.month]} ${year}`
  if (start.month === end.month) return `${start.day}–${end.day} ${MONTHS[end.month]} ${year}`
  return `${start.day} ${MONTHS[start.month]} – ${end.day} ${MONTHS[end.month]} ${year}`
}

/**
 * An interval of which only one end is known: "2020 onwards" and "from 2020 (end unknown)", "until
 * 2023" and "until 2023 (start unknown)". `open` says the other end is open (".."), not unknown ("").
 */
export function halfOpenLabel(known: string, side: 'from' | 'until', open: boolean): string {
  if (side === 'from') return open ? `${known} onwards` : `from ${known} (end unknown)`
  return open ? `until ${known}` : `until ${known} (start unknown)`
}

/**
 * A set or list of dates: "on or before 15 August 2023" ([..X]), "on or after …" ([X..]), "one of A
 * or B" ([A,B]), "A and B" ({A,B}).
 */
export function choiceLabel(
  items: string[],
  kind: 'one-of' | 'all-of',
  reach: 'on-or-before' | 'on-or-after' | null,
): string {
  const joined = items.join(kind === 'one-of' ? ' or ' : ' and ')
  if (reach === 'on-or-before') return `on or before ${joined}`
  if (reach === 'on-or-after') return `on or after ${joined}`
  return kind === 'one-of' ? `one of ${joined}` : joined
}

/**
 * "10:30 UTC", "10:30:45 UTC", "10:30 UTC+02:00": the time as the source wrote it, with its offset
 * from UTC (a time written without one is read as UTC, like every date here).
 */
export function timeLabel(hour: number, minute: number, second: unknown, offsetMinutes = 0): string {
  const seconds = typeof second === 'number' && second !== 0 ? `:${pad2(second)}` : ''
  return `${pad2(hour)}:${pad2(minute)}${seconds} ${zoneLabel(offsetMinutes)}`
}

function zoneLabel(offsetMinutes: number): string {
  if (offsetMinutes === 0) return 'UTC'
  const size = Math.abs(offsetMinutes)
  return `UTC${offsetMinutes < 0 ? '−' : '+'}${pad2(Math.floor(size / 60))}:${pad2(size % 60)}`
}

const pad2 = (value: number) => String(value).padStart(2, '0')
