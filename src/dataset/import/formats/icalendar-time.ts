import type ICAL from 'ical.js'

type Time = InstanceType<typeof ICAL.Time>

/**
 * An iCalendar time as EDTF: a DATE as its day; a DATE-TIME as the instant it names, in UTC ("Z"),
 * converted from its time zone: the file's VTIMEZONE (ical.js reads it), else the TZID (or the
 * calendar's X-WR-TIMEZONE, for a time without one) as the name of a zone the browser knows. A time
 * in no zone that can be read ("floating", or a zone named as Outlook names them with no VTIMEZONE)
 * is written as it stands, without a zone.
 */
export type ReadTime = { edtf: string; instant: number; day: boolean; unknownZone: string | null }

export function readTime(time: Time, tzid: string | null, calendarZone: string | null): ReadTime {
  const wall = utc(time.year, time.month - 1, time.day, time.hour, time.minute, time.second)
  if (time.isDate) return { edtf: isoOf(wall).slice(0, 10), instant: wall, day: true, unknownZone: null }
  const zone = time.zone?.tzid
  if (zone && zone !== 'floating') {
    const instant = time.toUnixTime() * 1000
    return { edtf: `${isoOf(instant).slice(0, 19)}Z`, instant, day: false, unknownZone: null }
  }
  const named = tzid ?? calendarZone
  const instant = named ? fromZone(wall, named) : null
  if (instant !== null)
    return { edtf: `${isoOf(instant).slice(0, 19)}Z`, instant, day: false, unknownZone: null }
  return { edtf: isoOf(wall).slice(0, 19), instant: wall, day: false, unknownZone: named ?? 'floating' }
}

// Date's own writing, with years before 1000 and after 9999 left to the EDTF check that follows.
function isoOf(instant: number): string {
  const date = new Date(instant)
  const year = date.getUTCFullYear()
  if (year < 0 || year > 9999) return 'invalid-date'
  return date.toISOString()
}

// One formatter per zone: making one costs more than using it, and a calendar names few zones.
const formatters = new Map<string, Intl.DateTimeFormat | null>()

function formatterOf(zone: string): Intl.DateTimeFormat | null {
  if (!formatters.has(zone)) {
    let made: Intl.DateTimeFormat | null = null
    try {
      made = new Intl.DateTimeFormat('en-US', {
        timeZone: zone,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      })
    } catch {
      // Not a zone this browser knows ("W. Europe Standard Time").
    }
    if (formatters.size < 1000) formatters.set(zone, made)
    return made
  }
  return formatters.get(zone) ?? null
}

/** The instant at which a zone's clocks showed `wall` (its fields read as if UTC); null for an unknown zone. */
function fromZone(wall: number, zone: string): number | null {
  const format = formatterOf(zone)
  if (!format) return null
  // The zone's offset at a guess, then at the instant it gives: right across a change of offset.
  const first = wall - offsetAt(format, wall)
  const second = wall - offsetAt(format, first)
  return second
}

function offsetAt(format: Intl.DateTimeFormat, instant: number): number {
  const parts = new Map(
    format.formatToParts(new Date(instant)).map((part) => [part.type, Number(part.value)]),
  )
  const year = parts.get('year') ?? 1970
  const shown = utc(
    year,
    (parts.get('month') ?? 1) - 1,
    parts.get('day') ?? 1,
    parts.get('hour') ?? 0,
    parts.get('minute') ?? 0,
    parts.get('second') ?? 0,
  )
  return shown - Math.floor(instant / 1000) * 1000
}

// Date.UTC reads the years 0 to 99 as 1900 to 1999.
function utc(year: number, month: number, day: number, hour: number, minute: number, second: number): number {
  const date = new Date(0)
  date.setUTCFullYear(year, month, day)
  date.setUTCHours(hour, minute, second, 0)
  return date.getTime()
}
