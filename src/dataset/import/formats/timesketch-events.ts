import { FORMAT_VERSION, TEXT_LIMITS } from '../../format/format-constants'
import type { Dataset, StoryEvent } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'
import type { ReadNote } from '../../notes/read-note'
import type { RowPlace } from '../../validate/row-place'
import { readIssue } from '../read-issue'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { NamedCategories } from '../sheet/named-categories'
import { titleFromFileName } from '../sheet/title-from-file-name'
import { firstWords } from '../sheet/title-stand-ins'
import { readWebAddress } from '../values/web-address'
import { compareTimes, type ForensicTime, readDatetime, readTimestamp } from './forensic-time'
import type { ForensicRows } from './timesketch-rows'

/** What a timeline read into a dataset, with where each event came from (see kept-items.ts). */
export type TimelineRead = { dataset: Dataset; skipped: SkippedRow[]; notes: ReadNote[]; placeOf: RowPlace[] }

// Read for the event itself; every other field is kept as a number or a line of its summary.
const OWN_FIELDS = new Set(['message', 'datetime', 'timestamp', 'timestamp_desc', 'tag'])
// Plaso writes "-" for a field it has no value for, Timesketch "[]" for an empty list.
const isEmpty = (value: string) => value === '' || value === '-' || value === '[]' || value === '{}'
const NUMBER = /^-?(?:0|[1-9]\d{0,14})(?:\.\d+)?$/
const URL_FIELDS = new Set(['url', 'uri', 'link'])
// The first rows tell which fields hold numbers.
const ROWS_FOR_NUMBERS = 1000

/**
 * A forensic timeline (Timesketch's CSV or JSONL, plaso's "dynamic" CSV) as events: each row titled
 * by its message (a long one shortened, the whole of it opening the summary), dated by its datetime
 * (or its timestamp) to the second in UTC, filed under its timestamp_desc (and its tags); its fields
 * of numbers kept as named numbers, its other fields as lines of its summary ("parser: winevtx"), an
 * address in a url field as its source. Events are written in the order of their whole times, to the
 * microsecond: the app orders events of one second as the dataset does, so they keep that order.
 */
export function timelineToDataset(read: ForensicRows, name: string): TimelineRead {
  const skipped = [...read.skipped]
  const numberFields = numericFields(read)
  const textFields = read.fields.filter((field) => !OWN_FIELDS.has(field) && !numberFields.has(field))
  const categories = new NamedCategories()
  const made: Array<{ event: StoryEvent; time: ForensicTime; place: RowPlace }> = []
  const counts = { zoneless: 0, fromTimestamp: 0, fractions: 0, longTitles: 0, cutSummaries: 0 }
  for (const row of read.rows) {
    const time = readDatetime(row.get('datetime')) ?? readTimestamp(row.get('timestamp'))
    if (!time) {
      const shown = JSON.stringify(row.get('datetime').slice(0, 60) || row.get('timestamp').slice(0, 60))
      skipped.push(
        readIssue({ ...row.place, part: 'datetime' }, { code: 'forensicTime' }, { code: 'value', shown }),
      )
      continue
    }
    const message = row.get('message')
    if (message === '') {
      skipped.push(readIssue({ ...row.place, part: 'message' }, { code: 'message' }, { code: 'emptyCell' }))
      continue
    }
    if (!readDatetime(row.get('datetime'))) counts.fromTimestamp++
    if (time.zoneless) counts.zoneless++
    if (time.micros) counts.fractions++
    const long = message.length > TEXT_LIMITS.eventTitle
    if (long) counts.longTitles++
    const title = long ? firstWords(message) : message
    const lines = textFields.flatMap((field) => {
      const value = row.get(field)
      return isEmpty(value) ? [] : [`${field}: ${value}`]
    })
    // The date is kept to the second: the whole time, as the file wrote it, stays in the summary.
    if (time.micros) lines.unshift(`datetime: ${row.get('datetime') || row.get('timestamp')}`)
    let summary = [long ? message : '', lines.join('\n')].filter(Boolean).join('\n\n')
    if (summary.length > TEXT_LIMITS.summary) {
      counts.cutSummaries++
      summary = `${summary.slice(0, TEXT_LIMITS.summary - 1)}…`
    }
    const kinds = [row.get('timestamp_desc'), ...tagsOf(row.get('tag'))]
      .map((kind) => kind.trim().slice(0, TEXT_LIMITS.categoryName))
      .filter((kind) => !isEmpty(kind))
    const numbers = [...numberFields].flatMap((field) => {
      const value = row.get(field)
      return NUMBER.test(value)
        ? [{ name: field.slice(0, TEXT_LIMITS.numberName), value: Number(value) }]
        : []
    })
    const sources = [...URL_FIELDS].flatMap((field) => {
      const url = readWebAddress(row.get(field))
      return url ? [{ url }] : []
    })
    const event: StoryEvent = { id: '', title, date: time.edtf, status: 'occurred', actors: [] }
    if (summary) event.summary = summary
    if (kinds.length) event.categories = [...new Set(kinds.map((kind) => categories.idOf(kind)))]
    if (numbers.length) event.numbers = numbers
    if (sources.length) event.sources = sources
    made.push({ event, time, place: row.place })
  }
  // Stable: rows of one instant keep the file's order.
  made.sort((a, b) => compareTimes(a.time, b.time))
  const eventId = uniqueIds()
  for (const { event } of made) event.id = eventId(slugify(event.title, 'event'))
  const title = titleFromFileName(name.replace(/\.jsonl$/i, ''), 'Timeline')
  return {
    dataset: {
      format: FORMAT_VERSION,
      title: title.slice(0, TEXT_LIMITS.storyTitle),
      // The file by its own name: data, whatever the reader's language (that it is a forensic timeline
      // the notes say, in the reader's words). An app's English prefix here showed in every language.
      source: { title: title.slice(0, TEXT_LIMITS.sourceTitle) },
      actors: [],
      ...(categories.list().length ? { categories: categories.list() } : {}),
      events: made.map(({ event }) => event),
      quotes: [],
    },
    skipped,
    notes: timelineNotes(read, name, numberFields, textFields, counts),
    placeOf: made.map(({ place }) => place),
  }
}

/** The fields (other than the event's own) whose every value in the first rows is a number. */
function numericFields(read: ForensicRows): Set<string> {
  const sample = read.rows.slice(0, ROWS_FOR_NUMBERS)
  return new Set(
    read.fields.filter((field) => {
      if (OWN_FIELDS.has(field)) return false
      const values = sample.map((row) => row.get(field)).filter((value) => !isEmpty(value))
      return values.length > 0 && values.every((value) => NUMBER.test(value))
    }),
  )
}

// Timesketch writes tags as a Python list ("['malware', 'evil']"), plaso as words with commas.
function tagsOf(cell: string): string[] {
  const inner = cell.trim().replace(/^\[|\]$/g, '')
  return inner
    .split(',')
    .map((tag) => tag.trim().replace(/^['"]|['"]$/g, ''))
    .filter(Boolean)
}

function timelineNotes(
  read: ForensicRows,
  file: string,
  numberFields: ReadonlySet<string>,
  textFields: readonly string[],
  counts: {
    zoneless: number
    fromTimestamp: number
    fractions: number
    longTitles: number
    cutSummaries: number
  },
): ReadNote[] {
  const first = (fields: Iterable<string>) => [...fields].slice(0, 12).map((field) => field.slice(0, 40))
  const notes: ReadNote[] = [
    {
      code: 'timelineRead',
      file,
      layout: read.layout === 'CSV' ? 'csv' : 'jsonLines',
      tags: read.fields.includes('tag'),
    },
  ]
  if (numberFields.size || textFields.length)
    notes.push({
      code: 'timelineFields',
      numbers: first(numberFields),
      texts: first(textFields),
      moreTexts: Math.max(0, textFields.length - 12),
    })
  const { fractions, fromTimestamp, zoneless, longTitles, cutSummaries } = counts
  if (fractions) notes.push({ code: 'timelineFractions', count: fractions })
  if (fromTimestamp) notes.push({ code: 'timelineFromTimestamp', count: fromTimestamp })
  if (zoneless) notes.push({ code: 'timelineZoneless', count: zoneless })
  if (longTitles) notes.push({ code: 'timelineLongTitles', count: longTitles, limit: TEXT_LIMITS.eventTitle })
  if (cutSummaries)
    notes.push({ code: 'timelineCutSummaries', count: cutSummaries, limit: TEXT_LIMITS.summary })
  return notes
}
