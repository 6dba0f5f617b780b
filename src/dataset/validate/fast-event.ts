import { eventStatuses, placePrecisions, TEXT_LIMITS } from '../format/format-constants'
import type { Place, StoryEvent } from '../format/schema'
import {
  array,
  countryCode,
  edtfDate,
  every,
  type Json,
  NOT_SURE,
  noNewerFields,
  optional,
  paragraphNumber,
  plainObject,
  progress,
  slug,
  text,
  webAddress,
} from './fast-values'

// The fast path's reading of an event (see fast-validate.ts). An event with nothing to trim is given
// back as it came: copying 100,000 of them took ~100 ms of a check.

const STATUSES: ReadonlySet<unknown> = new Set(eventStatuses)
const VERSION_1_EVENT_KEYS = ['id', 'title', 'summary', 'date', 'status', 'actors', 'countries', 'source']
const EVENT_KEYS = new Set([
  ...VERSION_1_EVENT_KEYS,
  'categories',
  'place',
  'sources',
  'media',
  'numbers',
  'actorRoles',
  'originalId',
])
const EVENT_SOURCE_KEYS = new Set(['document', 'paragraphs'])
const PLACE_KEYS = new Set(['name', 'admin', 'latitude', 'longitude', 'precision'])
const PRECISIONS: ReadonlySet<unknown> = new Set(placePrecisions)
const REPORT_KEYS = new Set(['url', 'outlet'])
const MEDIA_KEYS = new Set(['url', 'caption', 'credit'])
const NUMBER_KEYS = new Set(['name', 'value'])
const ACTOR_ROLE_KEYS = new Set(['actor', 'role'])

/** Where a citation names its document (a field of story-timeline/3): checked, and given up on before it. */
export function citedDocument(at: Json): string | undefined {
  noNewerFields(at, 'citation')
  return optional(at, 'document', slug)
}

export function event(value: unknown): StoryEvent {
  const input = plainObject(value, EVENT_KEYS)
  const trimsBefore = progress.trims
  const id = slug(input.id)
  const title = text(input.title, TEXT_LIMITS.eventTitle)
  const summary = optional(input, 'summary', (value) => text(value, TEXT_LIMITS.summary))
  const date = edtfDate(input.date)
  const status = input.status
  if (!STATUSES.has(status)) throw NOT_SURE
  const actors = every(array(input.actors), slug)
  const countries = optional(input, 'countries', (list) => every(array(list), countryCode))
  const source = optional(input, 'source', (where) => {
    const at = plainObject(where, EVENT_SOURCE_KEYS)
    const document = citedDocument(at)
    const paragraphs = every(array(at.paragraphs), paragraphNumber)
    if (paragraphs.length === 0) throw NOT_SURE
    return document === undefined ? { paragraphs } : { document, paragraphs }
  })
  const added = version2Fields(input)
  // Nothing was trimmed: the input is the output (its lists too: their items are checked, not changed).
  if (progress.trims === trimsBefore) return input as StoryEvent
  return {
    id,
    title,
    ...(summary === undefined ? {} : { summary }),
    date,
    status: status as StoryEvent['status'],
    actors,
    ...(countries === undefined ? {} : { countries }),
    ...(source === undefined ? {} : { source }),
    ...added,
  }
}

// story-timeline/2's event fields, checked (and trimmed) as zod would; none at all in a /1 file.
function version2Fields(input: Json): Partial<StoryEvent> {
  const fields: Partial<StoryEvent> = {}
  noNewerFields(input, 'event')
  const categories = optional(input, 'categories', (list) => every(array(list), slug))
  if (categories !== undefined) fields.categories = categories
  const place = optional(input, 'place', eventPlace)
  if (place !== undefined) fields.place = place
  const sources = optional(input, 'sources', (list) => array(list).map(eventReport))
  if (sources !== undefined) fields.sources = sources
  const media = optional(input, 'media', eventMedia)
  if (media !== undefined) fields.media = media
  const numbers = optional(input, 'numbers', (list) =>
    array(list).map((value) => {
      const number = plainObject(value, NUMBER_KEYS)
      if (typeof number.value !== 'number' || !Number.isFinite(number.value)) throw NOT_SURE
      return { name: text(number.name, TEXT_LIMITS.numberName), value: number.value }
    }),
  )
  if (numbers !== undefined) fields.numbers = numbers
  const actorRoles = optional(input, 'actorRoles', (list) =>
    array(list).map((value) => {
      const role = plainObject(value, ACTOR_ROLE_KEYS)
      return { actor: slug(role.actor), role: text(role.role, TEXT_LIMITS.role) }
    }),
  )
  if (actorRoles !== undefined) fields.actorRoles = actorRoles
  const originalId = optional(input, 'originalId', (value) => text(value, TEXT_LIMITS.originalId))
  if (originalId !== undefined) fields.originalId = originalId
  return fields
}

function eventPlace(value: unknown): Place {
  const input = plainObject(value, PLACE_KEYS)
  const name = optional(input, 'name', (value) => text(value, TEXT_LIMITS.placeName))
  const admin = optional(input, 'admin', (list) => {
    const areas = array(list).map((area) => text(area, TEXT_LIMITS.placeName))
    if (areas.length > 3) throw NOT_SURE
    return areas
  })
  const latitude = optional(input, 'latitude', (value) => degrees(value, 90))
  const longitude = optional(input, 'longitude', (value) => degrees(value, 180))
  const precision = optional(input, 'precision', (value) => {
    if (!PRECISIONS.has(value)) throw NOT_SURE
    return value as Place['precision']
  })
  if ((latitude === undefined) !== (longitude === undefined)) throw NOT_SURE
  if (name === undefined && admin === undefined && latitude === undefined) throw NOT_SURE
  // Assigned, not spread: a large file has a place on every row, and spreads cost a fifth of the check.
  const place: Place = {}
  if (name !== undefined) place.name = name
  if (admin !== undefined) place.admin = admin
  if (latitude !== undefined) place.latitude = latitude
  if (longitude !== undefined) place.longitude = longitude
  if (precision !== undefined) place.precision = precision
  return place
}

function degrees(value: unknown, limit: number): number {
  if (typeof value !== 'number' || !(value >= -limit && value <= limit)) throw NOT_SURE
  return value
}

function eventReport(value: unknown): NonNullable<StoryEvent['sources']>[number] {
  const input = plainObject(value, REPORT_KEYS)
  const url = optional(input, 'url', webAddress)
  const outlet = optional(input, 'outlet', (value) => text(value, TEXT_LIMITS.outlet))
  if (url === undefined && outlet === undefined) throw NOT_SURE
  return { ...(url === undefined ? {} : { url }), ...(outlet === undefined ? {} : { outlet }) }
}

function eventMedia(value: unknown): NonNullable<StoryEvent['media']> {
  const input = plainObject(value, MEDIA_KEYS)
  const url = webAddress(input.url)
  const caption = optional(input, 'caption', (value) => text(value, TEXT_LIMITS.caption))
  const credit = optional(input, 'credit', (value) => text(value, TEXT_LIMITS.credit))
  return {
    url,
    ...(caption === undefined ? {} : { caption }),
    ...(credit === undefined ? {} : { credit }),
  }
}
