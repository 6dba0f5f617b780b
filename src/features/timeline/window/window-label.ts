import { activeLanguage, t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { TimeWindow } from '../../../state/view-state'

const messages = defineMessages({
  showing: { id: 'timeline.showing', defaultMessage: 'Showing {range}' },
})

const DAY = 86_400_000
const YEAR = 365.25 * DAY

// British English, as Intl.DateTimeFormat('en-GB') writes them.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sept', 'Oct', 'Nov', 'Dec']
// Between two dates a range dash has spaces around it; between two times of one day, none. (Newer
// CLDR data makes those thin spaces; the browsers this was checked in write plain ones.)
const DATES_DASH = ' – '
const TIMES_DASH = '–'

/**
 * The visible window in words, at a precision that suits its length: "20 Jun – 28 Aug 2023",
 * "1903 – 2030". The same text as Intl.DateTimeFormat('en-GB').formatRange (a test holds them
 * together), written out: see docs/decisions/no-intl-on-first-view.md.
 */
export function formatWindow({ start, end }: TimeWindow): string {
  const { language, locale, rewrite } = activeLanguage()
  if (language !== 'en' && !rewrite) return t(messages.showing, { range: intlWindow(start, end, locale) })
  const length = end - start
  const from = parts(start)
  const to = parts(end)
  const range =
    length > 20 * YEAR
      ? yearRange(from, to)
      : length > 2 * YEAR
        ? monthRange(from, to)
        : length > 2 * DAY
          ? dayRange(from, to)
          : timeRange(from, to)
  return t(messages.showing, { range: rewrite ? String(rewrite(range)) : range })
}

const intlFormats = new Map<string, Intl.DateTimeFormat>()

// Another language's window, at the same precisions, by Intl (loaded with its catalog; not English's
// first view): its own month names, order and range forms ("20 juin – 28 août 2023").
function intlWindow(start: number, end: number, locale: string): string {
  const length = end - start
  const options: Intl.DateTimeFormatOptions =
    length > 20 * YEAR
      ? { year: 'numeric' }
      : length > 2 * YEAR
        ? { year: 'numeric', month: 'short' }
        : length > 2 * DAY
          ? { year: 'numeric', month: 'short', day: 'numeric' }
          : {
              year: 'numeric',
              month: 'short',
              day: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
              hourCycle: 'h23',
            }
  if (new Date(start).getUTCFullYear() <= 0) options.era = 'short'
  const key = `${locale}|${JSON.stringify(options)}`
  let format = intlFormats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    intlFormats.set(key, format)
  }
  return format.formatRange(start, end)
}

type Parts = { year: number; month: number; day: number; hour: number; minute: number }

function parts(instant: number): Parts {
  const date = new Date(instant)
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth(),
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
  }
}

// Years before 1 AD are counted back from it (year 0 is 1 BC); a range across the two names both eras.
function yearText(year: number, withEra: boolean): string {
  if (year <= 0) return `${1 - year} BC`
  return withEra ? `${year} AD` : String(year)
}

function yearRange(from: Parts, to: Parts): string {
  const era = from.year <= 0 !== to.year <= 0
  if (from.year === to.year) return yearText(from.year, false)
  return `${yearText(from.year, era)}${DATES_DASH}${yearText(to.year, era)}`
}

function monthRange(from: Parts, to: Parts): string {
  const month = (p: Parts) => MONTHS[p.month] as string
  if (from.year !== to.year) return `${month(from)} ${from.year}${DATES_DASH}${month(to)} ${to.year}`
  if (from.month !== to.month) return `${month(from)}${DATES_DASH}${month(to)} ${to.year}`
  return `${month(from)} ${from.year}`
}

function dayText(p: Parts): string {
  return `${p.day} ${MONTHS[p.month]} ${p.year}`
}

function dayRange(from: Parts, to: Parts): string {
  if (from.year !== to.year) return `${dayText(from)}${DATES_DASH}${dayText(to)}`
  if (from.month !== to.month) {
    return `${from.day} ${MONTHS[from.month]}${DATES_DASH}${to.day} ${MONTHS[to.month]} ${to.year}`
  }
  if (from.day !== to.day) return `${from.day}${DATES_DASH}${to.day} ${MONTHS[to.month]} ${to.year}`
  return dayText(from)
}

function timeText(p: Parts): string {
  return `${String(p.hour).padStart(2, '0')}:${String(p.minute).padStart(2, '0')}`
}

function timeRange(from: Parts, to: Parts): string {
  const sameDay = from.year === to.year && from.month === to.month && from.day === to.day
  if (!sameDay) return `${dayText(from)}, ${timeText(from)}${DATES_DASH}${dayText(to)}, ${timeText(to)}`
  if (from.hour === to.hour && from.minute === to.minute) return `${dayText(from)}, ${timeText(from)}`
  return `${dayText(from)}, ${timeText(from)}${TIMES_DASH}${timeText(to)}`
}
