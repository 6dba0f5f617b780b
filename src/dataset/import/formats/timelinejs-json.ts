import { FORMAT_VERSION, TEXT_LIMITS } from '../../format/format-constants'
import type { Dataset, StoryEvent } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'
import type { ReadNote } from '../../notes/read-note'
import { type DatasetResult, type Importer, jsonValue } from '../importer'
import { keptItems } from '../kept-items'
import type { NamedText } from '../named-text'
import { readIssue } from '../read-issue'
import { refused } from '../read-refusal'
import { type DateParts, datePartsToEdtf } from '../sheet/event-columns'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { NamedCategories } from '../sheet/named-categories'
import { titleFromFileName } from '../sheet/title-from-file-name'
import { firstWords } from '../sheet/title-stand-ins'
import { looksLikeMarkup, type MarkupLink, readMarkup } from '../values/markup-to-text'
import { readWebAddress } from '../values/web-address'

/**
 * TimelineJS3's JSON (https://timeline.knightlab.com/docs/json-format.html): `events[]` with
 * `start_date` / `end_date` given in parts (year, month, day, hour, minute…), `text.headline` and
 * `text.text` (HTML), `unique_id`, `group`, `media`; a `title` slide; `eras[]`. Read as it comes:
 * dates at the precision their parts give, HTML read for its text, the title slide as the story's
 * title and description, eras as events over their span (the timeline draws long ones as bands).
 */

type Json = Record<string, unknown>
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** True for a TimelineJS story: events with start dates in parts, and none of this app's format field. */
export function isTimelineJsJson(value: unknown): value is Json {
  if (!isObject(value) || 'format' in value || !Array.isArray(value.events)) return false
  return value.events.some((event) => isObject(event) && isObject(event.start_date))
}

export type TimelineJsRead = {
  dataset: Dataset
  skipped: SkippedRow[]
  /** How many slides (events and eras) the file has. */
  slides: number
  notes: ReadNote[]
  /** For each event made, where it is in the file ("events[3]", "eras[0]"). */
  placeOf: string[]
}

const text = (value: unknown): string =>
  typeof value === 'string' ? value.trim() : typeof value === 'number' ? String(value) : ''

function dateOf(parts: unknown): string | null {
  if (!isObject(parts)) return null
  const hour = text(parts.hour)
  const minute = text(parts.minute)
  const time =
    hour === ''
      ? ''
      : `${hour}:${minute.padStart(2, '0') || '00'}${text(parts.second) ? `:${text(parts.second).padStart(2, '0')}` : ''}`
  const date: DateParts = { year: text(parts.year), month: text(parts.month), day: text(parts.day), time }
  return datePartsToEdtf(date)
}

/** Reads a TimelineJS story into a dataset; slides that cannot be events are listed, not fatal. */
export function timelineJsToDataset(value: Json, name: string): TimelineJsRead {
  const skipped: SkippedRow[] = []
  const placeOf: string[] = []
  let markup = 0
  const read = (value: unknown): { text: string; links: MarkupLink[] } => {
    const raw = text(value)
    if (!looksLikeMarkup(raw)) return { text: raw, links: [] }
    markup++
    return readMarkup(raw)
  }
  const plain = (value: unknown) => read(value).text
  // TimelineJS's groups are the story's categories, each made once by name.
  const groups = new NamedCategories()
  let mediaNotAddress = 0
  const eventId = uniqueIds()
  const events: StoryEvent[] = []
  const slides: Array<[string, unknown]> = [
    ...(Array.isArray(value.events) ? value.events : []).map((slide, index): [string, unknown] => [
      `events[${index}]`,
      slide,
    ]),
    ...(Array.isArray(value.eras) ? value.eras : []).map((slide, index): [string, unknown] => [
      `eras[${index}]`,
      slide,
    ]),
  ]
  for (const [place, slide] of slides) {
    if (!isObject(slide)) {
      skipped.push(readIssue(place, { code: 'slide' }, { code: 'jsType', type: typeof slide }))
      continue
    }
    const start = dateOf(slide.start_date)
    if (start === null) {
      const shown = JSON.stringify(slide.start_date ?? null).slice(0, 80)
      skipped.push(readIssue(`${place}.start_date`, { code: 'dateInParts' }, { code: 'value', shown }))
      continue
    }
    const end = slide.end_date === undefined ? null : dateOf(slide.end_date)
    const body = isObject(slide.text) ? slide.text : {}
    const { text: summary, links } = read(body.text)
    // A slide may have no headline (a picture with a caption): its text's first words stand in.
    const title = plain(body.headline) || firstWords(summary) || text(slide.display_date)
    if (title === '') {
      skipped.push(readIssue(`${place}.text.headline`, { code: 'headlineOrText' }, { code: 'none' }))
      continue
    }
    const group = text(slide.group).slice(0, TEXT_LIMITS.categoryName)
    const media = isObject(slide.media) ? mediaOf(slide.media, plain) : null
    if (media === 'not an address') mediaNotAddress++
    const unique = text(slide.unique_id)
    const id = eventId(slugify(unique || title, 'event'))
    events.push({
      id,
      date: end && end !== start ? `${start}/${end}` : start,
      title: title.length > TEXT_LIMITS.eventTitle ? `${title.slice(0, TEXT_LIMITS.eventTitle - 1)}…` : title,
      ...(summary && summary !== title ? { summary } : {}),
      status: 'occurred',
      actors: [],
      ...(group ? { categories: [groups.idOf(group)] } : {}),
      ...(links.length
        ? {
            sources: links.map((link) => ({
              url: link.url,
              ...(link.text ? { outlet: link.text.slice(0, TEXT_LIMITS.outlet) } : {}),
            })),
          }
        : {}),
      ...(media && media !== 'not an address' ? { media } : {}),
      ...(unique && unique !== id ? { originalId: unique.slice(0, TEXT_LIMITS.originalId) } : {}),
    })
    placeOf.push(place)
  }
  const titleSlide = isObject(value.title) && isObject(value.title.text) ? value.title.text : {}
  const storyTitle = plain(titleSlide.headline) || titleFromFileName(name)
  const description = plain(titleSlide.text)
  const notes: ReadNote[] = []
  if (markup > 0) notes.push({ code: 'timelineJsMarkup', count: markup })
  if (mediaNotAddress) notes.push({ code: 'timelineJsMedia', count: mediaNotAddress })
  const categories = groups.list()
  return {
    dataset: {
      format: FORMAT_VERSION,
      title: storyTitle.slice(0, TEXT_LIMITS.storyTitle),
      ...(description ? { description: description.slice(0, TEXT_LIMITS.description) } : {}),
      source: { title: storyTitle.slice(0, TEXT_LIMITS.sourceTitle) },
      actors: [],
      ...(categories.length ? { categories } : {}),
      events,
      quotes: [],
    },
    skipped,
    slides: slides.length,
    notes,
    placeOf,
  }
}

// A slide's media as the format holds it: a web address with its caption and credit as text.
function mediaOf(
  media: Json,
  plain: (value: unknown) => string,
): NonNullable<StoryEvent['media']> | 'not an address' | null {
  const written = text(media.url)
  if (written === '') return null
  const url = readWebAddress(written)
  if (!url) return 'not an address'
  const caption = plain(media.caption).slice(0, TEXT_LIMITS.caption)
  const credit = plain(media.credit).slice(0, TEXT_LIMITS.credit)
  return { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }
}

/** TimelineJS3's JSON, as its authors export it (see isTimelineJsJson). */
export const timelineJsJson: Importer = {
  name: 'TimelineJS JSON',
  recognise: (input) => (isTimelineJsJson(jsonValue(input)) ? 0.95 : 0),
  read: (input) => {
    const json = input.json()
    const value = jsonValue(input)
    return json && isTimelineJsJson(value)
      ? datasetFromTimelineJs(value, json.file)
      : refused({ code: 'declined', format: 'TimelineJS JSON' })
  },
}

function datasetFromTimelineJs(
  value: Parameters<typeof timelineJsToDataset>[0],
  file: NamedText,
): DatasetResult {
  const read = timelineJsToDataset(value, file.name)
  const kept = keptItems(read, read.slides, { code: 'noneKept', file: file.name, format: 'TimelineJS' })
  if (!kept.ok) return kept
  const notes: ReadNote[] = [
    { code: 'timelineJsRead', file: file.name },
    ...read.notes,
    ...kept.notes.map(
      (note): ReadNote => (note.code === 'rowsLeftOut' ? { ...note, code: 'slidesLeftOut' } : note),
    ),
  ]
  return { ...kept, notes }
}
