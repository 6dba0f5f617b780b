/** A calendar day, without time or zone: dates in articles are days. */
export type Day = { year: number; month: number; day: number }

export function parseDay(iso: string): Day | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso)
  if (!match) return null
  const day = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) }
  const check = new Date(Date.UTC(day.year, day.month - 1, day.day))
  return check.getUTCMonth() === day.month - 1 ? day : null
}

export function addDays(day: Day, days: number): Day {
  const date = new Date(Date.UTC(day.year, day.month - 1, day.day + days))
  return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate() }
}

/** 0 is Sunday, as Date and chrono count. */
export function weekdayOf(day: Day): number {
  return new Date(Date.UTC(day.year, day.month - 1, day.day)).getUTCDay()
}

export function compareDays(a: Day, b: Day): number {
  return a.year - b.year || a.month - b.month || a.day - b.day
}

export function yearText(year: number): string {
  return String(year).padStart(4, '0')
}

export function monthText(year: number, month: number): string {
  return `${yearText(year)}-${String(month).padStart(2, '0')}`
}

export function dayText(day: Day): string {
  return `${monthText(day.year, day.month)}-${String(day.day).padStart(2, '0')}`
}

/** The weekday nearest the publication day in the direction the verb looks (that day itself included). */
export function weekdayFrom(published: Day, weekday: number, direction: 'past' | 'future'): Day {
  const now = weekdayOf(published)
  return direction === 'past'
    ? addDays(published, -((now - weekday + 7) % 7))
    : addDays(published, (weekday - now + 7) % 7)
}

/** A month and day without a year: the one on or before publication, or on or after it. */
export function monthDayFrom(published: Day, month: number, day: number, direction: 'past' | 'future'): Day {
  const sameYear = { year: published.year, month, day }
  const order = compareDays(sameYear, published)
  if (direction === 'past') return order <= 0 ? sameYear : { ...sameYear, year: published.year - 1 }
  return order >= 0 ? sameYear : { ...sameYear, year: published.year + 1 }
}

/** A month without a year, the same way. */
export function monthFrom(
  published: Day,
  month: number,
  direction: 'past' | 'future',
): { year: number; month: number } {
  if (direction === 'past')
    return { year: month <= published.month ? published.year : published.year - 1, month }
  return { year: month >= published.month ? published.year : published.year + 1, month }
}
