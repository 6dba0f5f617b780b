/**
 * A forensic tool's time (plaso's and Timesketch's `datetime`, "2012-03-14 04:17:38.276340+00:00";
 * or Timesketch's `timestamp`, microseconds since 1970) as the instant it names: an EDTF date and
 * time to the second in UTC (the app's dates end at the second, and a fraction would send every date
 * to the slow general EDTF reader), and the whole instant, to the microsecond, to keep the order of
 * events within a second.
 */
export type ForensicTime = {
  edtf: string
  /** Seconds since 1970, and the microseconds within that second: the order of events. */
  seconds: number
  micros: number
  /** The text gave no time zone (read as UTC, as plaso writes its times). */
  zoneless: boolean
}

// Date, time, an optional fraction and zone: "2015-07-24T19:01:01+00:00", "... 04:17:38.276340Z".
const DATETIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2}):(\d{2})(?:[.,](\d{1,9}))?\s*(Z|[+-]\d{2}:?\d{2})?$/i

/** A datetime as the tools write it; null for anything else (plaso's "0000-00-00T00:00:00" included). */
export function readDatetime(text: string): ForensicTime | null {
  const trimmed = text.trim()
  if (trimmed.length > 48) return null
  const match = DATETIME.exec(trimmed)
  if (!match) return null
  const [, year, month, day, hour, minute, second, fraction = '', zone] = match
  const numbers = [year, month, day, hour, minute, second].map(Number)
  const [y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0] = numbers
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59) return null
  const at = new Date(0)
  at.setUTCFullYear(y, mo - 1, d)
  if (at.getUTCMonth() !== mo - 1 || at.getUTCDate() !== d) return null
  at.setUTCHours(h, mi, s, 0)
  const offset = zoneMinutes(zone)
  if (offset === null) return null
  const seconds = Math.floor(at.getTime() / 1000) - offset * 60
  return instant(seconds, Number(fraction.padEnd(6, '0').slice(0, 6)), zone === undefined)
}

/**
 * Timesketch's `timestamp`: microseconds since 1970; as Timesketch reads it, a smaller number is
 * milliseconds or seconds (by its size). Null for none, zero (plaso's "not a time") or a non-number.
 */
export function readTimestamp(value: string | number): ForensicTime | null {
  const number = typeof value === 'number' ? value : value.trim() === '' ? Number.NaN : Number(value)
  if (!Number.isFinite(number) || number <= 0) return null
  const micros = number >= 1e14 ? number : number >= 1e11 ? number * 1000 : number * 1e6
  const seconds = Math.floor(micros / 1e6)
  return instant(seconds, Math.round(micros - seconds * 1e6), false)
}

// The years an EDTF date of four digits holds, 0 to 9999.
const EARLIEST_SECOND = (() => {
  const year0 = new Date(0)
  year0.setUTCFullYear(0, 0, 1)
  return year0.getTime() / 1000
})()
const LATEST_SECOND = Date.UTC(9999, 11, 31, 23, 59, 59) / 1000

function instant(seconds: number, micros: number, zoneless: boolean): ForensicTime | null {
  if (seconds < EARLIEST_SECOND || seconds > LATEST_SECOND) return null
  // Within the years 0 to 9999 toISOString writes four digits, as EDTF does.
  const edtf = `${new Date(seconds * 1000).toISOString().slice(0, 19)}Z`
  return { edtf, seconds, micros: Math.min(Math.max(micros, 0), 999_999), zoneless }
}

function zoneMinutes(zone: string | undefined): number | null {
  if (zone === undefined || zone.toUpperCase() === 'Z') return 0
  const match = /^([+-])(\d{2}):?(\d{2})$/.exec(zone)
  if (!match) return null
  const [, sign, hours = '0', minutes = '0'] = match
  if (Number(hours) > 14 || Number(minutes) > 59) return null
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes))
}

/** Orders two times by their whole instant. */
export function compareTimes(a: ForensicTime, b: ForensicTime): number {
  return a.seconds - b.seconds || a.micros - b.micros
}
