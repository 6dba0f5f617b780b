import { lookup } from '../../../lib/dictionary'
import { FORMAT_VERSION, TEXT_LIMITS } from '../../format/format-constants'
import type { Actor, Category, Dataset, Place, PlacePrecision, StoryEvent } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'
import type { ReadNote } from '../../notes/read-note'
import type { RowPlace } from '../../validate/row-place'
import type { DatasetResult, Importer } from '../importer'
import { keptItems } from '../kept-items'
import type { NamedText } from '../named-text'
import { readIssue } from '../read-issue'
import { refused } from '../read-refusal'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { NamedCategories } from '../sheet/named-categories'
import { titleFromFileName } from '../sheet/title-from-file-name'
import { readCountry } from '../values/read-country'
import { readWebAddress } from '../values/web-address'
import { CAMEO_ROOTS, QUAD_CLASSES } from './cameo'
import { fipsToIso } from './fips-countries'

/**
 * GDELT's event files (1.0 and 2.0: http://data.gdeltproject.org/documentation/), as they come:
 * headerless, tab-separated, 57 fields a row (1.0's backfiles), 58 (1.0's daily files, with the
 * source's address) or 61 (2.0, with each place's second-level area); a file may mix them, and each
 * row is read by its own count. An event is dated by SQLDATE, filed under its CAMEO root category,
 * placed where it happened (ActionGeo, whose country is a FIPS 10-4 code, read as FIPS), with its two
 * actors (their CAMEO country codes are ISO alpha-3), its source address, and its Goldstein scale,
 * tone and counts of mentions, sources and articles.
 */

// Where each field is, by the row's number of fields.
type Layout = { geoType: number; geoName: number; geoCountry: number; lat: number; long: number; url: number }
const LAYOUTS: ReadonlyMap<number, Layout> = new Map([
  [57, { geoType: 49, geoName: 50, geoCountry: 51, lat: 53, long: 54, url: -1 }],
  [58, { geoType: 49, geoName: 50, geoCountry: 51, lat: 53, long: 54, url: 57 }],
  [61, { geoType: 51, geoName: 52, geoCountry: 53, lat: 56, long: 57, url: 60 }],
])
const ID = 0
const SQLDATE = 1
const ACTOR1 = { code: 5, name: 6, country: 7 }
const ACTOR2 = { code: 15, name: 16, country: 17 }
const EVENT_CODE = 26
const ROOT_CODE = 28
const QUAD_CLASS = 29
const NUMBERS: ReadonlyArray<[number, string]> = [
  [30, 'Goldstein scale'],
  [31, 'mentions'],
  [32, 'sources'],
  [33, 'articles'],
  [34, 'tone'],
]
// ActionGeo_Type: 1 a country, 2 a US state, 3 a US city or landmark, 4 a city or landmark elsewhere,
// 5 a first-level division elsewhere. Its coordinates are the centroid of what it names.
const GEO_PRECISIONS: Record<string, PlacePrecision> = {
  '1': 'country',
  '2': 'region',
  '3': 'exact',
  '4': 'exact',
  '5': 'region',
}

/** True when a text's first row is a GDELT event: 57, 58 or 61 tab-separated fields, an id and a date. */
export function isGdeltEvents(text: string): boolean {
  const end = text.indexOf('\n')
  const first = (end === -1 ? text : text.slice(0, end)).replace(/\r$/, '').split('\t')
  return LAYOUTS.has(first.length) && /^\d+$/.test(first[ID] ?? '') && /^\d{8}$/.test(first[SQLDATE] ?? '')
}

export type GdeltRead = {
  dataset: Dataset
  skipped: SkippedRow[]
  rows: number
  notes: ReadNote[]
  /** For each event made, its row in the file ("row 12"). */
  placeOf: RowPlace[]
}

export function gdeltToDataset(text: string, name: string): GdeltRead {
  const skipped: SkippedRow[] = []
  const placeOf: RowPlace[] = []
  const events: StoryEvent[] = []
  const actors = new Map<string, Actor>()
  const categories = new NamedCategories()
  const eventId = uniqueIds()
  const counts = { v1: 0, v2: 0, unreadCountries: new Map<string, number>() }
  const lines = text.split('\n')
  let rows = 0
  lines.forEach((raw, index) => {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    if (line.trim() === '') return
    rows++
    const where: RowPlace = { kind: 'row', number: index + 1 }
    const fields = line.split('\t')
    const layout = LAYOUTS.get(fields.length)
    if (!layout) {
      skipped.push(readIssue(where, { code: 'gdeltFields' }, { code: 'fieldCount', count: fields.length }))
      return
    }
    if (fields.length === 61) counts.v2++
    else counts.v1++
    const field = (at: number) => (at < 0 ? '' : (fields[at] ?? '').trim())
    const date = dayOf(field(SQLDATE))
    if (date === null) {
      skipped.push(
        readIssue(
          { ...where, part: 'SQLDATE' },
          { code: 'yyyymmdd' },
          { code: 'value', shown: JSON.stringify(field(SQLDATE)) },
        ),
      )
      return
    }
    const sides = [ACTOR1, ACTOR2].flatMap((side) => {
      const actor = actorOf(field(side.name), field(side.code), field(side.country))
      if (!actor) return []
      if (!actors.has(actor.id)) actors.set(actor.id, actor)
      return [actors.get(actor.id) as Actor]
    })
    const rootName = CAMEO_ROOTS.get(field(ROOT_CODE))
    let category: Category | undefined
    if (rootName) {
      category = { id: categories.idOf(rootName), name: rootName }
    }
    const place = placeFrom(
      field(layout.geoName),
      field(layout.geoType),
      field(layout.lat),
      field(layout.long),
    )
    const geoCountry = field(layout.geoCountry)
    const country = geoCountry ? fipsToIso(geoCountry) : null
    if (geoCountry && !country)
      counts.unreadCountries.set(geoCountry, (counts.unreadCountries.get(geoCountry) ?? 0) + 1)
    const url = readWebAddress(field(layout.url))
    const numbers = NUMBERS.flatMap(([at, label]) => {
      const value = Number(field(at))
      return field(at) !== '' && Number.isFinite(value) ? [{ name: label, value }] : []
    })
    const what = rootName ?? `CAMEO event ${field(EVENT_CODE) || 'without a code'}`
    const who = sides.map((actor) => actor.name).join(' → ')
    const title = `${what}${who ? `: ${who}` : ''}${place?.name ? ` in ${place.name}` : ''}`
    const quad = QUAD_CLASSES.get(field(QUAD_CLASS))
    events.push({
      id: eventId(slugify(field(ID), 'event')),
      title: title.slice(0, TEXT_LIMITS.eventTitle),
      summary: `CAMEO event code ${field(EVENT_CODE) || 'none'}${quad ? ` (${quad})` : ''}, as GDELT coded it from the news.`,
      date,
      status: 'occurred',
      actors: [...new Set(sides.map((actor) => actor.id))],
      ...(sides.length
        ? {
            actorRoles: sides
              .filter((actor, at) => sides.findIndex((other) => other.id === actor.id) === at)
              .map((actor) => ({ actor: actor.id, role: actor === sides[0] ? 'acts' : 'is acted upon' })),
          }
        : {}),
      ...(country ? { countries: [country] } : {}),
      ...(category ? { categories: [category.id] } : {}),
      ...(place ? { place } : {}),
      ...(url ? { sources: [{ url }] } : {}),
      ...(numbers.length ? { numbers } : {}),
    })
    placeOf.push(where)
  })
  const notes: ReadNote[] = [{ code: 'gdeltRead', file: name, v1: counts.v1, v2: counts.v2 }]
  if (counts.unreadCountries.size)
    notes.push({
      code: 'gdeltUnknownCountries',
      codes: [...counts.unreadCountries]
        .slice(0, 10)
        .map(([code, count]) => ({ text: code.slice(0, 10), count })),
    })
  const title = titleFromFileName(name, 'GDELT events')
  return {
    dataset: {
      format: FORMAT_VERSION,
      title: title.slice(0, TEXT_LIMITS.storyTitle),
      // The file by its own name: data, whatever the reader's language (that it is GDELT's events the
      // notes say, in the reader's words). An app's English prefix here showed in every language.
      source: { title: title.slice(0, TEXT_LIMITS.sourceTitle) },
      actors: [...actors.values()],
      ...(categories.list().length ? { categories: categories.list() } : {}),
      events,
      quotes: [],
    },
    skipped,
    rows,
    notes,
    placeOf,
  }
}

// YYYYMMDD as an EDTF day, or null when it is no day of the calendar.
function dayOf(text: string): string | null {
  const match = /^(\d{4})(\d{2})(\d{2})$/.exec(text)
  if (!match) return null
  const [, year, month, day] = match.map(Number) as [number, number, number, number]
  const date = new Date(Date.UTC(year, month - 1, day))
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null
  return `${match[1]}-${match[2]}-${match[3]}`
}

// A GDELT actor: a country when its code is the country's own (MLI, "MALI"), else the group or role
// CAMEO coded ("SECURITY COUNCIL", "POLICE"), with the country its code gives.
function actorOf(upperName: string, code: string, countryCode: string): Actor | null {
  if (upperName === '') return null
  const name = titleCase(upperName).slice(0, TEXT_LIMITS.actorName)
  const country = countryCode ? readCountry(countryCode).code : null
  const id = slugify(name, 'actor')
  if (country && code === countryCode) return { id, name, kind: 'country', country }
  return { id, name, kind: 'organization', ...(country ? { country } : {}) }
}

function placeFrom(fullName: string, type: string, latText: string, longText: string): Place | undefined {
  // "City, State, Country", "State, Country" or "Country".
  const parts = fullName
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
  const latitude = Number(latText)
  const longitude = Number(longText)
  const located = latText !== '' && longText !== '' && Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180
  const name = parts[0]?.slice(0, TEXT_LIMITS.placeName)
  if (!name && !located) return undefined
  const admin = parts
    .slice(1, -1)
    .map((part) => part.slice(0, TEXT_LIMITS.placeName))
    .slice(0, 3)
  const precision = lookup(GEO_PRECISIONS, type)
  return {
    ...(name ? { name } : {}),
    ...(admin.length ? { admin } : {}),
    ...(located ? { latitude, longitude } : {}),
    ...(precision ? { precision } : {}),
  }
}

// "SECURITY COUNCIL" as "Security Council"; a name already in mixed case stays as it is.
function titleCase(name: string): string {
  if (name !== name.toUpperCase()) return name
  return name
    .toLowerCase()
    .replace(/(^|[\s\-/'(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

/** GDELT's event files (1.0's daily files and backfiles, 2.0's exports): headerless, tab-separated. */
export const gdeltEvents: Importer = {
  name: 'GDELT events',
  recognise: (input) => (input.files.some((file) => isGdeltEvents(file.text)) ? 0.95 : 0),
  read: (input) => {
    const file = input.files.find((candidate) => isGdeltEvents(candidate.text))
    return file ? datasetFromGdelt(file) : refused({ code: 'declined', format: 'GDELT events' })
  },
}

function datasetFromGdelt(file: NamedText): DatasetResult {
  const read = gdeltToDataset(file.text, file.name)
  const kept = keptItems(read, read.rows, { code: 'noneKept', file: file.name, format: 'GDELT' })
  return kept.ok ? { ...kept, notes: [...read.notes, ...kept.notes] } : kept
}
