// Words and numbers a date is written with, shared by the fast path and edtf.js's path (edtf.ts).

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
