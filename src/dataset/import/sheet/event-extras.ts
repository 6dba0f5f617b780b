import { lookup } from '../../../lib/dictionary'
import { formatCount } from '../../../lib/format-count'
import { placePrecisions, TEXT_LIMITS } from '../../format/format-constants'
import type { Category, Place, PlacePrecision, StoryEvent } from '../../format/schema'
import { slugify } from '../../format/slug'
import { readWebAddress } from '../values/web-address'
import type { EventColumn } from './event-columns'
import { NamedCategories } from './named-categories'

type Cell = (column: EventColumn) => string

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
 * said once per kind with the first rows; texts past the format's limits are cut, and said.
 */
export class ExtrasReader {
  private readonly named = new NamedCategories()
  private readonly problems = new Map<string, number[]>()

  constructor(
    private readonly numberColumns: ReadonlyArray<{ column: string; name: string }>,
    /** Whether ACLED's event_type and sub_event_type are categories too (they are its titles). */
    private readonly typesAreCategories: boolean,
    /** A cell's text as a reader sees it (TimelineJS's captions and credits are HTML). */
    private readonly plain: (text: string) => string = (text) => text,
  ) {}

  /**
   * The row's fields; `links` are those its text holds (TimelineJS's HTML), kept as its sources after
   * any the row names.
   */
  read(
    cell: Cell,
    raw: (column: string) => string,
    line: number,
    id: string,
    links: ReadonlyArray<{ url: string; text: string }> = [],
  ): EventExtras {
    const extras: EventExtras = {}
    const categories = this.categoriesOf(cell, line)
    if (categories.length) extras.categories = categories
    const place = this.placeOf(cell, line)
    if (place) extras.place = place
    const sources = this.sourcesOf(cell('sources'), line)
    for (const link of links) {
      if (sources.some((source) => source.url === link.url)) continue
      const outlet = this.clip(link.text, TEXT_LIMITS.outlet, line)
      sources.push({ url: link.url, ...(outlet ? { outlet } : {}) })
    }
    if (sources.length) extras.sources = sources
    const mediaCell = cell('media')
    if (mediaCell) {
      const url = readWebAddress(mediaCell)
      if (url) {
        const caption = this.clip(this.plain(cell('mediaCaption')), TEXT_LIMITS.caption, line)
        const credit = this.clip(this.plain(cell('mediaCredit')), TEXT_LIMITS.credit, line)
        extras.media = { url, ...(caption ? { caption } : {}), ...(credit ? { credit } : {}) }
      } else this.problem('media that is not a web address (http:// or https://), left out', line)
    }
    const numbers = this.numbersOf(raw, line)
    if (numbers.length) extras.numbers = numbers
    const original = cell('originalId') || (id && slugify(id, '') !== id ? id : '')
    if (original) extras.originalId = this.clip(original, TEXT_LIMITS.originalId, line)
    return extras
  }

  /** Every category made, in the order first met. */
  categories(): Category[] {
    return this.named.list()
  }

  /** What was left out or cut, once per kind, with how many rows and the first ones. */
  notes(): string[] {
    return [...this.problems].map(([what, rows]) => {
      const shown = rows.slice(0, 3).join(', ')
      return `${formatCount(rows.length)} ${rows.length === 1 ? 'row has' : 'rows have'} ${what} (row${rows.length === 1 ? '' : 's'} ${shown}${rows.length > 3 ? ', …' : ''}).`
    })
  }

  private categoriesOf(cell: Cell, line: number): string[] {
    const names = [
      ...splitList(cell('categories')),
      ...(this.typesAreCategories ? [cell('eventType'), cell('subEventType')] : []),
    ]
    const ids: string[] = []
    for (const written of names) {
      const name = this.clip(written.trim(), TEXT_LIMITS.categoryName, line)
      if (!name) continue
      const id = this.named.idOf(name)
      if (!ids.includes(id)) ids.push(id)
    }
    return ids
  }

  private placeOf(cell: Cell, line: number): Place | undefined {
    const name = this.clip(cell('location'), TEXT_LIMITS.placeName, line)
    const admin: string[] = []
    for (const column of ADMIN_COLUMNS) {
      const area = this.clip(cell(column), TEXT_LIMITS.placeName, line)
      if (area) admin.push(area)
    }
    const latitudeCell = cell('latitude')
    const longitudeCell = cell('longitude')
    let coordinates: { latitude: number; longitude: number } | undefined
    if (latitudeCell || longitudeCell) {
      const latitude = readNumber(latitudeCell)
      const longitude = readNumber(longitudeCell)
      if (latitude === null || longitude === null || Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
        this.problem(
          'coordinates that are not a latitude (−90 to 90) and a longitude (−180 to 180), left out',
          line,
        )
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
  private sourcesOf(value: string, line: number): NonNullable<StoryEvent['sources']> {
    const sources: NonNullable<StoryEvent['sources']> = []
    for (const item of splitList(value)) {
      const space = item.lastIndexOf(' ')
      const last = item.slice(space + 1)
      const looksLikeAddress = /^[a-z][a-z0-9+.-]*:\/\//i.test(last)
      const url = looksLikeAddress ? readWebAddress(last) : null
      if (looksLikeAddress && !url)
        this.problem('a source address that is not http:// or https://, left out', line)
      const outlet = this.clip(
        looksLikeAddress ? item.slice(0, Math.max(space, 0)).trim() : item,
        TEXT_LIMITS.outlet,
        line,
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
      if (number === null) this.problem(`a "${column.slice(0, 40)}" that is not a number, left out`, line)
      else if (!numbers.some((known) => known.name === name))
        numbers.push({ name: name.slice(0, TEXT_LIMITS.numberName), value: number })
    }
    return numbers
  }

  private clip(text: string, max: number, line: number): string {
    if (text.length <= max) return text
    this.problem(
      `texts longer than the format allows, cut to their first ${formatCount(max)} characters`,
      line,
    )
    return `${text.slice(0, max - 1)}…`
  }

  private problem(what: string, line: number): void {
    const rows = this.problems.get(what)
    if (!rows) this.problems.set(what, [line])
    else if (rows.at(-1) !== line) rows.push(line)
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

export function splitList(cell: string | undefined): string[] {
  if (cell === undefined || cell === '') return []
  // Most cells hold one value: no list to split.
  if (!cell.includes(';')) {
    const value = cell.trim()
    return value ? [value] : []
  }
  return cell
    .split(';')
    .map((value) => value.trim())
    .filter(Boolean)
}
