import * as chrono from 'chrono-node'
import {
  addDays,
  type Day,
  dayText,
  monthDayFrom,
  monthFrom,
  monthText,
  weekdayFrom,
  weekdayOf,
  yearText,
} from './calendar'
import type { Span } from './draft-types'

/**
 * A date the text gives, as EDTF at the precision the words state. `past` and `future` differ only
 * for words that name no year and so point either way from the publication day ("on Tuesday", "on
 * September 2", "in March"): the verb around them decides (see verb-tense.ts).
 */
export type TimeExpression = {
  span: Span
  past: string
  future: string
  /** The words name a weekday, a month or a day without saying which way from publication. */
  directional: boolean
  /** "since 2017": the date starts something that has gone on since. */
  since: boolean
  confidence: number
}

const NUMBERS: Readonly<Record<string, number>> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
}
const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
]
const SEASONS: Readonly<Record<string, number>> = { spring: 21, summer: 22, autumn: 23, fall: 23, winter: 24 }
const APPROXIMATE = /^(?:nearly|almost|about|around|some|roughly|approximately|circa|c\.|more than|over)$/i

type Rule = { pattern: RegExp; read: (match: RegExpExecArray, published: Day) => Found | null }
type Found = { past: string; future?: string; directional?: boolean; since?: boolean; confidence?: number }

// The forms chrono does not read, or reads at a precision the text does not state ("last year" is a
// year, not 15 August of it): year ranges, decades, centuries, "N years ago", "last month", seasons.
const RULES: Rule[] = [
  {
    pattern: /\b(?:from|between)\s+(\d{4})\s+(?:to|and|until|till|through)\s+(\d{4})\b/gi,
    read: (match) => range(Number(match[1]), Number(match[2])),
  },
  {
    pattern: /\b(1\d{3}|20\d{2})\s?[-–]\s?(\d{4}|\d{2})\b(?![-–/]\d)/g,
    read: (match) => {
      const start = Number(match[1])
      const endText = match[2] ?? ''
      const end = endText.length === 2 ? Math.floor(start / 100) * 100 + Number(endText) : Number(endText)
      return range(start, end)
    },
  },
  {
    pattern: /\b(?:the\s+)?(?:(?:early|mid|late)[- ])?(\d{3})0s\b/gi,
    read: (match) => ({ past: `${match[1]}X` }),
  },
  {
    pattern: /\bthe\s+[’'](\d)0s\b/gi,
    read: (match) => ({ past: `19${match[1]}X` }),
  },
  {
    pattern: /\b(?:the\s+)?(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi,
    read: (match) => {
      const century = Number(match[1])
      return century >= 1 && century <= 21 ? { past: `${String(century - 1).padStart(2, '0')}XX` } : null
    },
  },
  {
    pattern:
      /\b(?:(nearly|almost|about|around|some|roughly|more than|over)\s+)?(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,3})\s+(year|month|week|day)s?\s+ago\b/gi,
    read: (match, published) => {
      const count = NUMBERS[(match[2] ?? '').toLowerCase()] ?? Number(match[2])
      const mark = match[1] ? '~' : ''
      const unit = (match[3] ?? '').toLowerCase()
      if (unit === 'year') return { past: `${yearText(published.year - count)}${mark}` }
      if (unit === 'month') {
        const at = new Date(Date.UTC(published.year, published.month - 1 - count, 1))
        return { past: `${monthText(at.getUTCFullYear(), at.getUTCMonth() + 1)}${mark}` }
      }
      const days = unit === 'week' ? count * 7 : count
      return { past: `${dayText(addDays(published, -days))}${unit === 'week' ? '~' : mark}` }
    },
  },
  {
    pattern:
      /\b(last|next|this|earlier this|later this|early this|late last|earlier in the|later in the)\s+(year|month|week)\b/gi,
    read: (match, published) =>
      relativeUnit((match[1] ?? '').toLowerCase(), (match[2] ?? '').toLowerCase(), published),
  },
  {
    // "over the weekend": its Saturday and Sunday, the last before publication or, for a verb that looks
    // ahead ("will rally this weekend"), the next.
    pattern: /\b(the|this|last|next)\s+weekend\b/gi,
    read: (match, published) => weekend((match[1] ?? '').toLowerCase(), published),
  },
  {
    // "the week of August 29": the seven days from that day.
    pattern: new RegExp(`\\bweek\\s+of\\s+(${MONTHS.join('|')})\\s+(\\d{1,2})(?:,?\\s+(\\d{4}))?\\b`, 'gi'),
    read: (match, published) => {
      const month = MONTHS.indexOf((match[1] ?? '').toLowerCase()) + 1
      const day = Number(match[2])
      const week = (from: Day) => `${dayText(from)}/${dayText(addDays(from, 6))}`
      if (match[3]) return { past: week({ year: Number(match[3]), month, day }) }
      return {
        past: week(monthDayFrom(published, month, day, 'past')),
        future: week(monthDayFrom(published, month, day, 'future')),
        directional: true,
      }
    },
  },
  {
    pattern:
      /\b(yesterday|today|tomorrow|tonight|last night|this morning|this afternoon|this evening|earlier today|later today)\b/gi,
    read: (match, published) => {
      const word = (match[1] ?? '').toLowerCase()
      const shift = word === 'yesterday' || word === 'last night' ? -1 : word === 'tomorrow' ? 1 : 0
      return { past: dayText(addDays(published, shift)) }
    },
  },
  {
    pattern:
      /\b(?:(this|last|next)\s+(spring|summer|autumn|fall|winter)|(?:the\s+)?(spring|summer|autumn|fall|winter)\s+(?:of\s+)?(\d{4}))\b/gi,
    read: (match, published) => {
      const season = SEASONS[(match[2] ?? match[3] ?? '').toLowerCase()] ?? 0
      const which = (match[1] ?? '').toLowerCase()
      const year = match[4]
        ? Number(match[4])
        : published.year + (which === 'last' ? -1 : which === 'next' ? 1 : 0)
      return { past: `${yearText(year)}-${season}` }
    },
  },
]

// A year after a word that makes it a date ("in 2017", "since 2017", "around 2007"); read after
// chrono, so that "May of 2008" is a month.
const BARE_YEAR =
  /\b(in|since|by|until|before|after|from|of|during|early|late|mid-?|around|circa|about|nearly|throughout)\s+(\d{4})\b(?!\s*[-–]\s*\d)(?!\s+\p{Ll}+s\b)/giu
// A year naming a work or an occasion: "the 1995 comedy Major Payne", "the 2011 drama", "the 2022 election".
const YEAR_OF_A_THING =
  /\b(the|a|its|his|her|their)\s+(\d{4})\s+(?=(?:comedy|drama|film|movie|documentary|series|sitcom|album|song|single|novel|book|play|musical|spoof|thriller|election|elections|war|invasion|earthquake|flood|floods|games|olympics|world cup|championship|summit|coup|uprising|revolution|protests|referendum|census|report|law|treaty|agreement|accord|campaign|season|tour)\b)/giu

/** Every date the regions' text gives, read against the publication day. */
export function findTimeExpressions(
  text: string,
  regions: readonly Span[],
  published: Day,
): TimeExpression[] {
  const found: TimeExpression[] = []
  const claimed = (start: number, end: number) =>
    found.some((known) => start < known.span.end && end > known.span.start)
  const add = (start: number, end: number, result: Found, directional = result.directional ?? false) => {
    if (claimed(start, end)) return
    found.push({
      span: { start, end },
      past: result.past,
      future: result.future ?? result.past,
      directional,
      since: result.since ?? /\bsince\s+$/i.test(text.slice(Math.max(0, start - 7), start)),
      confidence: result.confidence ?? 0.85,
    })
  }
  for (const region of regions) {
    const slice = text.slice(region.start, region.end)
    for (const rule of RULES) {
      rule.pattern.lastIndex = 0
      for (let match = rule.pattern.exec(slice); match; match = rule.pattern.exec(slice)) {
        const result = rule.read(match, published)
        if (result) add(region.start + match.index, region.start + match.index + match[0].length, result)
      }
    }
    readWithChrono(slice, region.start, published, add)
    for (const match of slice.matchAll(BARE_YEAR)) {
      const year = Number(match[2])
      if (year < 1000 || year > published.year + 30) continue
      const word = (match[1] ?? '').toLowerCase()
      const mark = APPROXIMATE.test(word) ? '~' : ''
      // "About 1500 people": a count, not a year.
      if (mark && /^\s+\p{Ll}/u.test(slice.slice(match.index + match[0].length))) continue
      const yearStart = region.start + match.index + match[0].length - 4
      add(yearStart, yearStart + 4, { past: `${yearText(year)}${mark}`, since: word === 'since' })
    }
    for (const match of slice.matchAll(YEAR_OF_A_THING)) {
      const year = Number(match[2])
      if (year < 1000 || year > published.year + 30) continue
      const yearStart = region.start + match.index + match[0].lastIndexOf(match[2] ?? '')
      add(yearStart, yearStart + 4, { past: yearText(year) })
    }
  }
  return found.sort((a, b) => a.span.start - b.span.start)
}

function readWithChrono(
  slice: string,
  offset: number,
  published: Day,
  add: (start: number, end: number, result: Found, directional?: boolean) => void,
): void {
  const instant = new Date(Date.UTC(published.year, published.month - 1, published.day, 12))
  for (const result of chrono.parse(slice, { instant, timezone: 0 }, { forwardDate: false })) {
    const words = result.text.replace(/[\s,.;:]+$/, '')
    // "now" is no date; "one month later", "after 13 days", "in the week" and "earlier in the day" count
    // from something else (chrono reads "in the day" as a day ahead); "the past few weeks" is no time in
    // particular.
    if (/^(?:now|currently|(?:in )?the (?:week|day|morning|afternoon|evening))$/i.test(words)) continue
    // "the distance light travels in a year", "twice in a week": a length of time, not a year from now.
    if (/^in (?:a|an|one) (?:year|month|week|day)$/i.test(words)) continue
    if (/\b(?:later|after|within|for|few|several|recent|past)\b/i.test(words)) continue
    const start = result.start
    const certain = (component: chrono.Component) => start.isCertain(component)
    const year = start.get('year') ?? published.year
    const month = start.get('month') ?? 1
    const day = start.get('day') ?? 1
    const weekday = start.get('weekday')
    const before = slice.slice(Math.max(0, result.index - 14), result.index)
    const mark = /\b(?:around|about|nearly|almost|roughly)\s+$/i.test(before) ? '~' : ''
    const at = offset + result.index
    const end = at + words.length
    if (certain('day') && certain('month') && certain('year')) {
      add(at, end, { past: dayText({ year, month, day }) + mark })
    } else if (certain('day') && certain('month')) {
      add(
        at,
        end,
        {
          past: dayText(monthDayFrom(published, month, day, 'past')) + mark,
          future: dayText(monthDayFrom(published, month, day, 'future')) + mark,
        },
        true,
      )
    } else if (certain('month') && certain('year')) {
      add(at, end, { past: monthText(year, month) + mark })
    } else if (certain('month')) {
      const past = monthFrom(published, month, 'past')
      const future = monthFrom(published, month, 'future')
      add(
        at,
        end,
        { past: monthText(past.year, past.month), future: monthText(future.year, future.month) },
        true,
      )
    } else if (certain('year')) {
      add(at, end, { past: yearText(year) + mark })
    } else if (certain('weekday') && weekday !== undefined && weekday !== null) {
      if (/\b(?:last|next|this|coming|past)\b/i.test(words)) {
        add(at, end, { past: dayText({ year, month, day }), confidence: 0.8 })
      } else {
        add(
          at,
          end,
          {
            past: dayText(weekdayFrom(published, weekday, 'past')),
            future: dayText(weekdayFrom(published, weekday, 'future')),
            confidence: 0.8,
          },
          true,
        )
      }
    }
  }
}

function weekend(which: string, published: Day): Found {
  const now = weekdayOf(published)
  // The last Saturday before publication (a week back from a Saturday: its weekend has not passed).
  const lastSaturday = addDays(published, -(now === 6 ? 7 : now + 1))
  const nextSaturday = addDays(published, (6 - now + 7) % 7)
  const span = (saturday: Day) => `${dayText(saturday)}/${dayText(addDays(saturday, 1))}`
  if (which === 'last') return { past: span(lastSaturday) }
  if (which === 'next') return { past: span(addDays(nextSaturday, now === 6 ? 7 : 0)) }
  return { past: span(lastSaturday), future: span(nextSaturday), directional: true }
}

function range(start: number, end: number): Found | null {
  return end > start && end - start < 500 ? { past: `${yearText(start)}/${yearText(end)}` } : null
}

function relativeUnit(which: string, unit: string, published: Day): Found | null {
  const step = which === 'last' || which === 'late last' ? -1 : which === 'next' ? 1 : 0
  // "Earlier this year" is the year's days before publication, "later this month" the month's after:
  // the part of the period the words name, as "earlier this week" is.
  if (step === 0 && unit !== 'week' && /^(?:earlier|later)/.test(which)) {
    const first: Day = { year: published.year, month: unit === 'year' ? 1 : published.month, day: 1 }
    const last: Day =
      unit === 'year'
        ? { year: published.year, month: 12, day: 31 }
        : addDays({ year: published.year, month: published.month + 1, day: 1 }, -1)
    return which.startsWith('earlier')
      ? { past: `${dayText(first)}/${dayText(published)}` }
      : { past: `${dayText(published)}/${dayText(last)}` }
  }
  if (unit === 'year') return { past: yearText(published.year + step) }
  if (unit === 'month') {
    const at = new Date(Date.UTC(published.year, published.month - 1 + step, 1))
    return { past: monthText(at.getUTCFullYear(), at.getUTCMonth() + 1) }
  }
  // A week is the days it spans, Monday to Sunday.
  const monday = addDays(published, -((weekdayOf(published) + 6) % 7) + step * 7)
  // "Earlier this week" in an article of a Monday is last week: the six days before publication.
  if (step === 0 && which.startsWith('earlier'))
    return { past: `${dayText(addDays(published, -6))}/${dayText(published)}` }
  const sunday = addDays(monday, 6)
  // "Met this week" is Monday to publication; "will meet this week", publication to Sunday.
  if (step === 0 && which === 'this') {
    return {
      past: `${dayText(monday)}/${dayText(published)}`,
      future: `${dayText(published)}/${dayText(sunday)}`,
      directional: true,
    }
  }
  return { past: `${dayText(monday)}/${dayText(sunday)}` }
}
