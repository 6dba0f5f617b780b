import { yearLabel as englishYearLabel } from '../../dataset/dates/date-labels'
import type { PeriodCountRow } from '../../dataset/query/answers'
import type { Bucketing } from '../../dataset/query/query-description'
import { activeLanguage, t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import type { TimeWindow } from '../../state/view-state'

const DAY = 86_400_000

const messages = defineMessages({
  quarter: { id: 'charts.quarter', defaultMessage: 'Q{quarter} {year}' },
  bce: { id: 'charts.yearBce', defaultMessage: '{year} BCE' },
  bceRange: { id: 'charts.yearsBce', defaultMessage: '{first}–{last} BCE' },
})

// The bars' labels in the page's language. English's are written as before (en-GB's months, BCE); the
// charts load after the first view, so another language's come from Intl and the catalog.
const inEnglish = () => activeLanguage().language === 'en'
const shownLabel = (text: string) => {
  const { rewrite } = activeLanguage()
  const shown = rewrite ? rewrite(text) : text
  return typeof shown === 'string' ? shown : text
}
function yearLabel(year: number): string {
  if (inEnglish()) return englishYearLabel(year)
  return year <= 0 ? t(messages.bce, { year: String(1 - year) }) : String(year)
}

type Unit = {
  name: string
  /** The same periods as the query engines count them (dataset/query/periods.ts). */
  bucketing: Bucketing
  approx: number
  step: (date: Date) => Date
  floor: (date: Date) => Date
  label: (date: Date) => string
}

// Not Date.UTC, which reads years 0–99 as 1900–1999.
const utc = (year: number, month = 0, day = 1) => {
  const date = new Date(0)
  date.setUTCFullYear(year, month, day)
  return date
}
const yearsUnit = (years: number, name: string, label: (date: Date) => string): Unit => ({
  name,
  bucketing: { period: 'year', every: years },
  approx: years * 365.25 * DAY,
  floor: (date) => utc(Math.floor(date.getUTCFullYear() / years) * years),
  step: (date) => utc(date.getUTCFullYear() + years),
  label,
})
const monthsUnit = (months: number, name: string, label: (date: Date) => string): Unit => ({
  name,
  bucketing: { period: 'month', every: months },
  approx: months * 30.44 * DAY,
  floor: (date) => utc(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / months) * months),
  step: (date) => utc(date.getUTCFullYear(), date.getUTCMonth() + months),
  label,
})
const format = (options: Intl.DateTimeFormatOptions) => {
  const formatters = new Map<string, Intl.DateTimeFormat>()
  return (date: Date) => {
    // The pseudo-language writes English's, accented; a language of its own, its own.
    const locale = inEnglish() || activeLanguage().rewrite ? 'en-GB' : activeLanguage().locale
    let formatter = formatters.get(locale)
    if (!formatter) {
      formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
      formatters.set(locale, formatter)
    }
    return inEnglish() ? formatter.format(date) : shownLabel(formatter.format(date))
  }
}

const MOST_DAY_TICKS = 5
/** A day's axis label within a year already said: "10 Apr", "10 أبريل". */
const dayAndMonth = format({ day: 'numeric', month: 'short' })
/** A month's axis label within a year already said: "Apr", "أبريل". */
const monthAlone = format({ month: 'short' })

// From fine to coarse; the first that gives at most MAX_BINS over the span is used.
const UNITS: Unit[] = [
  {
    name: 'day',
    bucketing: { period: 'day', every: 1 },
    approx: DAY,
    floor: (d) => utc(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()),
    step: (d) => new Date(d.valueOf() + DAY),
    label: format({ day: 'numeric', month: 'short', year: 'numeric' }),
  },
  monthsUnit(1, 'month', format({ month: 'short', year: 'numeric' })),
  monthsUnit(3, 'quarter', (d) =>
    t(messages.quarter, {
      quarter: String(Math.floor(d.getUTCMonth() / 3) + 1),
      year: String(d.getUTCFullYear()),
    }),
  ),
  yearsUnit(1, 'year', (d) => yearLabel(d.getUTCFullYear())),
  yearsUnit(5, '5 years', yearsLabel(5)),
  yearsUnit(10, 'decade', yearsLabel(10)),
  yearsUnit(50, '50 years', yearsLabel(50)),
  yearsUnit(100, 'century', yearsLabel(100)),
  yearsUnit(1000, 'millennium', yearsLabel(1000)),
]

/** "1990s" for a round stretch of years AD, "2020–2024" for others, "1000–1 BCE" before year 1. */
function yearsLabel(years: number): (date: Date) => string {
  return (date) => {
    const first = date.getUTCFullYear()
    const last = first + years - 1
    // "1990s" is English's way; other languages say the decade's years.
    if (first > 0 && years >= 10 && years !== 50 && inEnglish()) return `${first}s`
    if (last <= 0) {
      if (inEnglish()) return `${1 - first}–${1 - last} BCE`
      return t(messages.bceRange, { first: String(1 - first), last: String(1 - last) })
    }
    return `${yearLabel(first)}–${yearLabel(last)}`
  }
}

const MAX_BINS = 160

/** One bar of the overview: a calendar bin and all the story's events placed in it. */
export type FrameBin = {
  start: number
  end: number
  label: string
  /** Every event of the story in the bin, whatever the filters. */
  total: number
  /** The bin's place in its frame, for per-bin counts kept beside it. */
  position: number
}

/** The unit of a span's bars: the finest that gives at most MAX_BINS. */
function unitFor(span: TimeWindow): Unit {
  const length = span.end - span.start
  return UNITS.find((candidate) => length / candidate.approx <= MAX_BINS) ?? (UNITS.at(-1) as Unit)
}

/** The periods a span's bars count, as a question asks for them (state/query/). */
export function frameBucketing(span: TimeWindow): Bucketing {
  return unitFor(span).bucketing
}

/** Splits a span into calendar bins of one unit, the finest that gives at most MAX_BINS. */
function binsFor(span: TimeWindow): {
  unit: string
  bins: Array<{ start: number; end: number; label: string }>
} {
  const unit = unitFor(span)
  const bins: Array<{ start: number; end: number; label: string }> = []
  for (
    let date = unit.floor(new Date(span.start));
    date.valueOf() < span.end && bins.length <= MAX_BINS * 2;
  ) {
    const next = unit.step(date)
    bins.push({ start: date.valueOf(), end: next.valueOf(), label: unit.label(date) })
    date = next
  }
  return { unit: unit.name, bins }
}

/** A span's bins with every event of the story counted: what a filter does not change. */
export type DensityFrame = { unit: string; bins: FrameBin[] }

/**
 * Splits the span into bins and puts in each the story's events counted per period over it (an
 * answer to a period-counts question, all events, periods of frameBucketing's), once per story.
 */
export function densityFrame(span: TimeWindow, all: readonly PeriodCountRow[]): DensityFrame {
  const { unit, bins } = binsFor(span)
  const totals = countPerBin(bins, all)
  return {
    unit,
    bins: bins.map((bin, position) => ({ ...bin, total: totals[position] ?? 0, position })),
  }
}

/**
 * How many matching events (counted per period, as the frame's were) fall in each of the frame's
 * bins; the rest of a bin's total are filtered out.
 */
export function matchingPerBin(frame: DensityFrame, matching: readonly PeriodCountRow[]): Int32Array {
  return countPerBin(frame.bins, matching)
}

// A period's count is its bin's: the bins are the same calendar periods, found by their start.
function countPerBin(
  bins: ReadonlyArray<{ start: number; end: number }>,
  periods: readonly PeriodCountRow[],
): Int32Array {
  const counts = new Int32Array(bins.length)
  for (const { start, count } of periods) {
    const at = findBin(bins, start)
    if (at >= 0) counts[at] = (counts[at] ?? 0) + count
  }
  return counts
}

function findBin(rows: ReadonlyArray<{ start: number; end: number }>, instant: number): number {
  let low = 0
  let high = rows.length - 1
  while (low <= high) {
    const middle = (low + high) >> 1
    const row = rows[middle]
    if (!row) return -1
    if (instant < row.start) high = middle - 1
    else if (instant >= row.end) low = middle + 1
    else return middle
  }
  return -1
}

const ROUND_YEAR_STEPS = [1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000]
const ROUND_MONTH_STEPS = [1, 2, 3, 6]

/**
 * The bins to label on the x axis: at most `most`, at round places — years that are multiples of 1,
 * 2, 5, 10, 20, 25, 50… (1910, 1930, 1950…), months at quarters or halves, never every 17th bar.
 */
export type AxisTick = { bin: FrameBin; label: string }

export function roundTicks(frame: DensityFrame, most = 7): AxisTick[] {
  const { bins, unit } = frame
  const date = (bin: FrameBin) => new Date(bin.start)
  const year = (bin: FrameBin) => date(bin).getUTCFullYear()
  const asIs = (bin: FrameBin): AxisTick => ({ bin, label: bin.label })
  if (bins.length <= most) return bins.map(asIs)
  const first = bins[0] as FrameBin
  const last = bins.at(-1) as FrameBin
  if (unit === 'day') {
    // A day's label is long ("10 Apr 2020", "10 أبريل 2020"): seven of them overlapped in a panel
    // 400 px wide. At most five, and the year said only on the first and where it changes.
    const every = Math.ceil(bins.length / Math.min(most, MOST_DAY_TICKS))
    const picked = bins.filter((_, index) => index % every === 0)
    return picked.map((bin, index) => {
      const before = picked[index - 1]
      return before && year(before) === year(bin) ? { bin, label: dayAndMonth(date(bin)) } : asIs(bin)
    })
  }
  if (unit === 'month' || unit === 'quarter') {
    const monthIndex = (bin: FrameBin) => year(bin) * 12 + date(bin).getUTCMonth()
    const spanMonths = monthIndex(last) - monthIndex(first) + 1
    const step = ROUND_MONTH_STEPS.find((candidate) => spanMonths / candidate <= most)
    if (step !== undefined) {
      const picked = bins.filter((bin) => date(bin).getUTCMonth() % step === 0)
      // "Jan 2022, Apr, Jul, Oct, Jan 2023": the year where it changes, so seven fit in Arabic too.
      if (unit === 'quarter') return picked.map(asIs)
      return picked.map((bin, index) => {
        const before = picked[index - 1]
        return before && year(before) === year(bin) ? { bin, label: monthAlone(date(bin)) } : asIs(bin)
      })
    }
  }
  const spanYears = year(last) - year(first) + 1
  const step = ROUND_YEAR_STEPS.find((candidate) => spanYears / candidate <= most) ?? 10_000
  const atYears = bins.filter((bin) => date(bin).getUTCMonth() === 0 && year(bin) % step === 0)
  // A span shorter than a round step (1998–2003 in 5-year bins) still gets its ends labelled.
  const ticks = atYears.length >= 2 ? atYears : [first, last]
  // Month bins labelled at whole years say the year alone ("1992", not "Jan 1992").
  return unit === 'month' || unit === 'quarter'
    ? ticks.map((bin) => ({ bin, label: yearLabel(year(bin)) }))
    : ticks.map(asIs)
}
