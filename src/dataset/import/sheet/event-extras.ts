import { lookup } from '../../../lib/dictionary'
import { placePrecisions, TEXT_LIMITS } from '../../format/format-constants'
import type { Category, Place, PlacePrecision, StoryEvent } from '../../format/schema'
import { slugify } from '../../format/slug'
import { firstLines, type ReadNote, type RowProblemKind } from '../../notes/read-note'
import { readWebAddress } from '../values/web-address'
import type { EventColumn } from './event-columns'
import type { ListRole } from './known-columns'
import { type LongTexts, shortened } from './long-texts'
import { NamedCategories } from './named-categories'

type Cell = (column: EventColumn) => string
/** A list role's values in a row, from every column of that role (see list-cells.ts). */
type ListOf = (role: ListRole) => string[]

/** story-timeline/2's fields of an event, as a sheet's row gives them. */
export type EventExtras = Pick<
  StoryEvent,
  'categories' | 'place' | 'sources' | 'media' | 'numbers' | 'originalId'
>

// ACLED's geo_precision: 1, the place itself; 2, near it (a part of a region); 3, only the region.
const GEO_PRECISIONS: Record<string, PlacePrecision> = { '1': 'exact', '2': 'near', '3': 'region' }
const ADMIN_COLUMNS = ['admin1', 'admin2', 'admin3'] as const
const PRECISION_WORDS: ReadonlySet<string> = new Set(placePrecisions)

/**
 * Reads the fields story-timeline/2 added from a sheet's rows, one row at a time: categories (made
 * once each, by name), place, sources, media, numbers and the original id. What cannot be read (a
 * latitude of 200, a media cell that is no web address) is left out of its event and counted, to be
 * said once per kind with the first rows. A text past the format's limit for its field is never cut
 * away: the field takes a shorter text and the whole is kept in the event's summary (long-texts.ts).
 */
export class ExtrasReader {
  private readonly named = new NamedCategories()
  /** Rows with each kind of problem, by kind and its detail (a column's name). */
  private readonly problems = new Map<string, { problem: RowProblemKind; detail: string; rows: number[] }>()
  /** The first media path met, as the note's example. */
  private mediaPath = ''
  /** Columns of numbers whose names are too long to be a number's name, each said once. */
  private readonly longNames = new Map<string, string>()

  constructor(
    private readonly numberColumns: ReadonlyArray<{ column: string; name: string }>,
    /** Whether ACLED's event_type and sub_event_type are categories too (they are its titles). */
    private readonly typesAreCategories: boolean,
    /** Where a text too long for its field is shortened and kept whole for the summary. */
    private readonly long: LongTexts,
    /** A cell's text as a reader sees it (TimelineJS's captions and credits are HTML). */
    private readonly plain: (text: string) => string = (text) => text,
  ) {}

  /**
   * The row's fields; `links` are those its text holds (TimelineJS's HTML), kept as its sources after
   * any the row names.
   */
  read(
    cell: Cell,
    list: ListOf,
    raw: (column: string) => string,
    line: number,
    id: string,
    links: ReadonlyArray<{ url: string; text: string }> = [],
  ): EventExtras {
    const extras: EventExtras = {}
    const categories = this.categoriesOf(cell, list, line)
    if (categories.length) extras.categories = categories
    const place = this.placeOf(cell, line)
    if (place) extras.place = place
    const sources = this.sourcesOf(list('sources'), line)
    for (const link of links) {
      if (sources.some((source) => source.url === link.url)) continue
      // A link's words (TimelineJS's HTML) as its outlet: shortened past an outlet's 200 characters.
      const outlet = this.long.fit(link.text, TEXT_LIMITS.outlet, line, 'linkTexts', 'Link')
      sources.push({ url: link.url, ...(outlet ? { outlet } : {}) })
    }
    if (sources.length) extras.sources = sources
    const mediaCell = cell('media')
    if (mediaCell) {
      const url = readWebAddress(mediaCell)
      if (url) {
        // A caption or credit past its limit: shortened, the whole in the summary.
        const caption = this.long.fit(
          this.plain(cell('mediaCaption')),
          TEXT_LIMITS.caption,
          line,
          'captions',
          'Caption',
        )
        const credit = this.long.fit(
          this.plain(cell('mediaCredit')),
          TEXT_LIMITS.credit,
          line,
          'credits',
          'Credit',
        )
        extras.media = { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }
      } else if (isFilePath(mediaCell)) {
        this.mediaPath ||= mediaCell.trim()
        this.problem('mediaPath', line)
      } else this.problem('mediaNotWeb', line)
    }
    const numbers = this.numbersOf(raw, line)
    if (numbers.length) extras.numbers = numbers
    const original = cell('originalId') || (id && slugify(id, '') !== id ? id : '')
    // An id past 300 characters: a shorter original id, the whole in the summary.
    if (original)
      extras.originalId = this.long.fit(original, TEXT_LIMITS.originalId, line, 'ids', 'Id in the file')
    return extras
  }

  /** Every category made, in the order first met. */
  categories(): Category[] {
    return this.named.list()
  }

  /** What was left out, once per kind, with how many rows and the first ones. */
  notes(): ReadNote[] {
    const names: ReadNote[] = [...this.longNames].map(([name, short]) => ({
      code: 'longNumberName',
      name,
      short,
      limit: TEXT_LIMITS.numberName,
    }))
    return names.concat(
      [...this.problems.values()].map(({ problem, detail, rows }) => ({
        code: 'rowProblem',
        problem,
        // A media path's note shows the first path met, as its example.
        detail: problem === 'mediaPath' ? this.mediaPath.slice(0, 60) : detail,
        count: rows.length,
        lines: firstLines(rows),
      })),
    )
  }

  private categoriesOf(cell: Cell, list: ListOf, line: number): string[] {
    const names = [
      ...list('categories'),
      ...(this.typesAreCategories ? [cell('eventType'), cell('subEventType')] : []),
    ]
    const ids: string[] = []
    for (const written of names) {
      // A category's name past 200 characters (a text read as a category, most likely): a shorter
      // name, shared by the events that had that text, the whole text in each one's summary.
      const name = this.long.fit(written.trim(), TEXT_LIMITS.categoryName, line, 'categoryNames', 'Category')
      if (!name) continue
      const id = this.named.idOf(name)
      if (!ids.includes(id)) ids.push(id)
    }
    return ids
  }

  private placeOf(cell: Cell, line: number): Place | undefined {
    // A place's name or area past 300 characters: shortened, the whole in the summary.
    const name = this.long.fit(cell('location'), TEXT_LIMITS.placeName, line, 'placeNames', 'Place')
    const admin: string[] = []
    for (const column of ADMIN_COLUMNS) {
      const area = this.long.fit(cell(column), TEXT_LIMITS.placeName, line, 'placeNames', 'Area')
      if (area) admin.push(area)
    }
    const latitudeCell = cell('latitude')
    const longitudeCell = cell('longitude')
    let coordinates: { latitude: number; longitude: number } | undefined
    if (latitudeCell || longitudeCell) {
      const latitude = readNumber(latitudeCell)
      const longitude = readNumber(longitudeCell)
      if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        this.problem('coordinates', line)
      } else coordinates = { latitude, longitude }
    }
    if (!name && admin.length === 0 && !coordinates) return undefined
    const precisionCell = cell('geoPrecision').toLowerCase()
    const precision =
      lookup(GEO_PRECISIONS, precisionCell) ??
      (PRECISION_WORDS.has(precisionCell) ? (precisionCell as PlacePrecision) : undefined)
    // Assigned, not spread: every row of a large file has a place.
    const place: Place = {}
    if (name) place.name = name
    if (admin.length) place.admin = admin
    if (coordinates) {
      place.latitude = coordinates.latitude
      place.longitude = coordinates.longitude
    }
    if (precision) place.precision = precision
    return place
  }

  // "Reuters https://…; https://…; AP": each item an outlet, an address, or an outlet then its address.
  private sourcesOf(items: readonly string[], line: number): NonNullable<StoryEvent['sources']> {
    const sources: NonNullable<StoryEvent['sources']> = []
    for (const item of items) {
      // Addresses one after another with spaces between ("https://a https://b"): each a source.
      const words = item.includes(' ') ? item.split(/\s+/) : [item]
      if (words.length > 1 && words.every((word) => /^https?:\/\//i.test(word))) {
        for (const word of words) {
          const url = readWebAddress(word)
          if (url) sources.push({ url })
          else this.problem('sourceNotWeb', line)
        }
        continue
      }
      const space = item.lastIndexOf(' ')
      const last = item.slice(space + 1)
      const looksLikeAddress = /^[a-z][a-z0-9+.-]*:\/\//i.test(last)
      const url = looksLikeAddress ? readWebAddress(last) : null
      if (looksLikeAddress && !url) this.problem('sourceNotWeb', line)
      // An outlet past 200 characters (a note in a source column): shortened, the whole in the summary.
      const outlet = this.long.fit(
        looksLikeAddress ? item.slice(0, Math.max(space, 0)).trim() : item,
        TEXT_LIMITS.outlet,
        line,
        'sources',
        'Source',
      )
      if (url || outlet) sources.push({ ...(url ? { url } : {}), ...(outlet ? { outlet } : {}) })
    }
    return sources
  }

  private numbersOf(raw: (column: string) => string, line: number): NonNullable<StoryEvent['numbers']> {
    const numbers: NonNullable<StoryEvent['numbers']> = []
    for (const { column, name } of this.numberColumns) {
      const value = raw(column)
      if (value === '') continue
      const number = readNumber(value)
      if (number === null) {
        // A word in a column of numbers ("GRAPHIC" among violence levels) is kept, in the summary.
        this.long.keep(`${column}: ${value.trim()}`)
        this.problem('notANumber', line, column.slice(0, 40))
      } else if (!numbers.some((known) => known.name === name))
        numbers.push({ name: this.numberName(name), value: number })
    }
    return numbers
  }

  // A number is kept under its column's name; a name past 100 characters under a shorter one, said once.
  private numberName(name: string): string {
    if (name.length <= TEXT_LIMITS.numberName) return name
    const short = shortened(name, TEXT_LIMITS.numberName)
    this.longNames.set(name, short)
    return short
  }

  private problem(problem: RowProblemKind, line: number, detail = ''): void {
    const key = `${problem}\u0000${detail}`
    const known = this.problems.get(key)
    if (!known) this.problems.set(key, { problem, detail, rows: [line] })
    else if (known.rows.at(-1) !== line) known.rows.push(line)
  }
}

// "12", "-3.5", "1,234", "1e3": a number as a sheet holds it; null for anything else.
const WRITTEN_NUMBER = /^[+-]?(?:\d{1,3}(?:,\d{3})+|\d+)?(?:\.\d+)?(?:e[+-]?\d+)?$/i
const DIGIT = /\d/
function readNumber(text: string): number | null {
  const trimmed = text.trim()
  if (!WRITTEN_NUMBER.test(trimmed) || !DIGIT.test(trimmed)) return null
  const value = Number(trimmed.includes(',') ? trimmed.replaceAll(',', '') : trimmed)
  return Number.isFinite(value) ? value : null
}

// images/x.jpg, ./media/a.png, photo.jpg, C:\\pictures\\b.png: a file beside the sheet, not an address.
function isFilePath(value: string): boolean {
  const text = value.trim()
  if (text.length > 300 || /^[a-z][a-z0-9+.-]*:\/\//i.test(text) || /\s{2}/.test(text)) return false
  return /^[^<>"|?*]+\.[a-z0-9]{2,5}$/i.test(text)
}
