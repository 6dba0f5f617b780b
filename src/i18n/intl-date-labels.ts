import { activeLanguage, t } from './i18n-store'
import { defineMessages } from './messages'

// The qualifiers that stand before or after a date take its precision (day, month or year): languages
// word them apart where the date is a day or a month ("le 5 mars 2020 ou avant" but "en mars 2020 ou
// avant"; Ukrainian's month, written by Intl in the nominative, cannot follow "до").
const messages = defineMessages({
  approximate: { id: 'dates.approximate', defaultMessage: '{precision, select, other {c. {date}}}' },
  uncertain: { id: 'dates.uncertain', defaultMessage: '{date} (uncertain)' },
  interval: { id: 'dates.interval', defaultMessage: '{start} – {end}' },
  onwards: { id: 'dates.onwards', defaultMessage: '{precision, select, other {{date} onwards}}' },
  fromEndUnknown: {
    id: 'dates.fromEndUnknown',
    defaultMessage: '{precision, select, other {from {date} (end unknown)}}',
  },
  until: { id: 'dates.until', defaultMessage: '{precision, select, other {until {date}}}' },
  untilStartUnknown: {
    id: 'dates.untilStartUnknown',
    defaultMessage: '{precision, select, other {until {date} (start unknown)}}',
  },
  onOrBefore: { id: 'dates.onOrBefore', defaultMessage: '{precision, select, other {on or before {date}}}' },
  onOrAfter: { id: 'dates.onOrAfter', defaultMessage: '{precision, select, other {on or after {date}}}' },
  someYear: { id: 'dates.someYear', defaultMessage: 'some year {first}–{last}' },
  atTime: { id: 'dates.atTime', defaultMessage: '{date}, {time} {zone}' },
})

// A date's label in a language other than English, from its EDTF text: the common forms (a day, a
// month, a year, BCE, a time of day; uncertain and approximate; intervals, open or unknown at one end;
// "on or before" and "on or after"; years with unspecified digits) written by Intl.DateTimeFormat
// and the catalog's messages. English keeps the labels the dataset layer wrote by hand (no Intl on
// the first view: docs/decisions/no-intl-on-first-view.md), and this module comes with another
// language's catalog (load-language.ts), never with the first view; a rarer form (seasons, sets,
// centuries by edtf.js) keeps its English label.

type Part = {
  year: number
  month: number | null
  day: number | null
  approximate: boolean
  uncertain: boolean
}

const SIMPLE = /^(-?\d{4})(?:-(\d{2}))?(?:-(\d{2}))?([?~%]?)$/

function readPart(text: string): Part | null {
  const found = SIMPLE.exec(text)
  if (!found) return null
  const [, year = '', month, day, qualifier = ''] = found
  return {
    year: Number(year),
    month: month === undefined ? null : Number(month) - 1,
    day: day === undefined ? null : Number(day),
    approximate: qualifier === '~' || qualifier === '%',
    uncertain: qualifier === '?' || qualifier === '%',
  }
}

const formats = new Map<string, Intl.DateTimeFormat>()

function formatOf(part: Pick<Part, 'year' | 'month' | 'day'>): Intl.DateTimeFormat {
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' }
  if (part.month !== null) options.month = 'long'
  if (part.day !== null) options.day = 'numeric'
  // Before year 1 the era is said ("101 av. J.-C."), as English's labels say BCE.
  if (part.year <= 0) options.era = 'short'
  const key = `${activeLanguage().locale}|${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.DateTimeFormat(activeLanguage().locale, options)
    formats.set(key, format)
  }
  return format
}

function dateOf(part: Pick<Part, 'year' | 'month' | 'day'>): Date {
  const date = new Date(0)
  date.setUTCFullYear(part.year, part.month ?? 0, part.day ?? 1)
  return date
}

function plainLabel(part: Part): string {
  return formatOf(part).format(dateOf(part))
}

/** How precise a part is, for the messages that word a qualifier by it. */
function precisionOf(part: Part): 'day' | 'month' | 'year' {
  return part.day !== null ? 'day' : part.month !== null ? 'month' : 'year'
}

function qualified(part: Part): string {
  let label = plainLabel(part)
  if (part.approximate) label = t(messages.approximate, { date: label, precision: precisionOf(part) })
  if (part.uncertain) label = t(messages.uncertain, { date: label })
  return label
}

function intervalLabel(start: Part, end: Part): string {
  const samePrecision =
    (start.month === null) === (end.month === null) && (start.day === null) === (end.day === null)
  if (samePrecision && !start.approximate && !start.uncertain && !end.approximate && !end.uncertain)
    return formatOf(start).formatRange(dateOf(start), dateOf(end))
  return t(messages.interval, { start: qualified(start), end: qualified(end) })
}

function readLabel(edtf: string): string | null {
  const slash = edtf.indexOf('/')
  if (slash >= 0) {
    const startText = edtf.slice(0, slash)
    const endText = edtf.slice(slash + 1)
    const start = readPart(startText)
    const end = readPart(endText)
    if (start && end) return intervalLabel(start, end)
    if (start && (endText === '..' || endText === ''))
      return t(endText === '..' ? messages.onwards : messages.fromEndUnknown, {
        date: qualified(start),
        precision: precisionOf(start),
      })
    if (end && (startText === '..' || startText === ''))
      return t(startText === '..' ? messages.until : messages.untilStartUnknown, {
        date: qualified(end),
        precision: precisionOf(end),
      })
    return null
  }
  const reach = /^\[(\.\.)?([^,.\]]+)(\.\.)?\]$/.exec(edtf)
  if (reach?.[2] && (reach[1] || reach[3])) {
    const part = readPart(reach[2])
    if (!part) return null
    return t(reach[1] ? messages.onOrBefore : messages.onOrAfter, {
      date: qualified(part),
      precision: precisionOf(part),
    })
  }
  const unspecified = /^(\d{2,3})(X{1,2})$/.exec(edtf)
  if (unspecified?.[1] && unspecified[2]) {
    const size = 10 ** unspecified[2].length
    const first = Number(unspecified[1]) * size
    return t(messages.someYear, { first: String(first), last: String(first + size - 1) })
  }
  const time = /^(-?\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}(?::\d{2})?)(Z|[+-]\d{2}:\d{2})?$/.exec(edtf)
  if (time?.[1] && time[2]) {
    const day = readPart(time[1])
    if (!day) return null
    const zone = !time[3] || time[3] === 'Z' ? 'UTC' : `UTC${time[3].replace('-', '−')}`
    return t(messages.atTime, { date: plainLabel(day), time: time[2].replace(/:00$/, ''), zone })
  }
  const part = readPart(edtf)
  return part ? qualified(part) : null
}

/** A date as the story index holds it: its EDTF text and English's label. */
export type LabelledDate = { edtf: string; label: string }

/** The active language's labels of dates (a language other than English), each made once. */
export function intlDateLabels(): (date: LabelledDate) => string {
  const labels = new Map<string, string>()
  return (date) => {
    let label = labels.get(date.edtf)
    if (label === undefined) {
      label = readLabel(date.edtf) ?? date.label
      labels.set(date.edtf, label)
    }
    return label
  }
}
