import { parseEdtf } from '../dates/parse-edtf'
import { isIsoCountryCode } from '../format/country-codes'
import { findReferenceProblems } from '../format/cross-references'
import {
  actorKinds,
  eventStatuses,
  FORMAT_VERSION,
  FORMAT_VERSIONS,
  placePrecisions,
  quoteParts,
  TEXT_LIMITS,
} from '../format/format-constants'
import { VERSION_2_EVENT_FIELDS } from '../format/format-versions'
import type {
  Actor,
  Category,
  Dataset,
  Narrative,
  NarrativeStep,
  Place,
  Quote,
  StoryEvent,
} from '../format/schema'

// A fast way to say yes, in plain loops, about ten times quicker than zod in a fresh worker (see
// docs/decisions/fast-checks.md): it accepts exactly what `datasetSchema` accepts and gives the same
// output (texts trimmed). An actor, event or quote with nothing to trim is given back as it came, not
// copied (its keys then in the input's order, not the schema's). Anything it is not sure of, it hands
// back as `null`, and zod decides and says what is wrong. A property test holds the two to the same
// answers.
// It does not import zod, so the page can open a valid dataset before (or without) loading zod.

type Json = Record<string, unknown>

/** Thrown inside the fast path to give up; never escapes it. */
const NOT_SURE = Symbol('not sure')

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const KINDS: ReadonlySet<unknown> = new Set(actorKinds)
const STATUSES: ReadonlySet<unknown> = new Set(eventStatuses)

const SOURCE_KEYS = new Set(['title', 'published', 'url', 'standfirst', 'sha256', 'paragraphs', 'text'])
const SHA256 = /^[0-9a-f]{64}$/
const DATASET_KEYS = new Set([
  '$schema',
  'format',
  'title',
  'description',
  'source',
  'actors',
  'categories',
  'events',
  'quotes',
  'narratives',
])
const ACTOR_KEYS = new Set(['id', 'name', 'kind', 'country', 'role'])
const VERSION_1_EVENT_KEYS = ['id', 'title', 'summary', 'date', 'status', 'actors', 'countries', 'source']
const EVENT_KEYS = new Set([...VERSION_1_EVENT_KEYS, ...VERSION_2_EVENT_FIELDS])
const VERSIONS: ReadonlySet<unknown> = new Set(FORMAT_VERSIONS)
const CATEGORY_KEYS = new Set(['id', 'name'])
const PLACE_KEYS = new Set(['name', 'admin', 'latitude', 'longitude', 'precision'])
const PRECISIONS: ReadonlySet<unknown> = new Set(placePrecisions)
const EVENT_SOURCE_KEYS = new Set(['url', 'outlet'])
const MEDIA_KEYS = new Set(['url', 'caption', 'credit'])
const NUMBER_KEYS = new Set(['name', 'value'])
const ACTOR_ROLE_KEYS = new Set(['actor', 'role'])
const QUOTE_KEYS = new Set(['id', 'text', 'speaker', 'event', 'source'])
const PARAGRAPHS_KEYS = new Set(['paragraphs'])
const PARAGRAPH_KEYS = new Set(['paragraph'])
const QUOTE_SOURCE_KEYS = new Set(['paragraph', 'part', 'prefix', 'suffix'])
const QUOTE_PARTS: ReadonlySet<unknown> = new Set(quoteParts)
const NARRATIVE_KEYS = new Set(['id', 'title', 'description', 'steps'])
const STEP_KEYS = new Set(['event', 'text', 'source'])

/** The dataset as `datasetSchema` would output it, or null where zod must look. Never throws. */
export function fastValidate(data: unknown): Dataset | null {
  return fastCheck(data)?.dataset ?? null
}

/**
 * As fastValidate, and whether the output equals the input apart from the order of keys: no text
 * needed trimming. Then whoever parses the same JSON text again holds the validated dataset.
 */
export function fastCheck(data: unknown): { dataset: Dataset; unchanged: boolean } | null {
  trims = 0
  try {
    const dataset = validDataset(data)
    return { dataset, unchanged: trims === 0 }
  } catch (error) {
    if (error === NOT_SURE) return null
    throw error
  }
}

// Texts trimmed so far, counted by text(); read as a check goes (checks are synchronous, never nested).
let trims = 0
// Whether the dataset being checked is story-timeline/1, which has none of /2's fields.
let version1 = false

function validDataset(data: unknown): Dataset {
  const input = plainObject(data, DATASET_KEYS)
  const source = datasetSource(input.source)
  const schemaUrl = optional(input, '$schema', string)
  const format = input.format
  if (!VERSIONS.has(format)) throw NOT_SURE
  // A /1 file with a field of /2 is zod's to explain.
  version1 = format !== FORMAT_VERSION
  const title = text(input.title, TEXT_LIMITS.storyTitle)
  const description = optional(input, 'description', (value) => text(value, TEXT_LIMITS.description))
  const actors = array(input.actors).map(actor)
  const categories = optional(input, 'categories', (list) => {
    if (version1) throw NOT_SURE
    return array(list).map(category)
  })
  const events = array(input.events).map(event)
  const quotes = array(input.quotes).map(quote)
  const narratives = optional(input, 'narratives', (list) => {
    if (version1) throw NOT_SURE
    return array(list).map(narrative)
  })
  const dataset: Dataset = {
    ...(schemaUrl === undefined ? {} : { $schema: schemaUrl }),
    format: format as Dataset['format'],
    title,
    ...(description === undefined ? {} : { description }),
    source,
    actors,
    ...(categories === undefined ? {} : { categories }),
    events,
    quotes,
    ...(narratives === undefined ? {} : { narratives }),
  }
  if (findReferenceProblems(dataset).length > 0) throw NOT_SURE
  return dataset
}

function datasetSource(value: unknown): Dataset['source'] {
  const input = plainObject(value, SOURCE_KEYS)
  const title = text(input.title, TEXT_LIMITS.sourceTitle)
  const published = optional(input, 'published', edtfDate)
  const url = optional(input, 'url', webAddress)
  const standfirst = optional(input, 'standfirst', (value) => text(value, TEXT_LIMITS.standfirst))
  const sha256 = optional(input, 'sha256', (digest) => {
    if (!SHA256.test(string(digest))) throw NOT_SURE
    return digest as string
  })
  const paragraphs = optional(input, 'paragraphs', paragraphNumber)
  const sourceText = optional(input, 'text', (value) => untrimmed(value, TEXT_LIMITS.sourceText))
  return {
    title,
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    ...(standfirst === undefined ? {} : { standfirst }),
    ...(sha256 === undefined ? {} : { sha256 }),
    ...(paragraphs === undefined ? {} : { paragraphs }),
    ...(sourceText === undefined ? {} : { text: sourceText }),
  }
}

// Only the plain case, where zod's URL check (it trims, strips tabs and newlines, parses, and checks
// the protocol) keeps the text as it is: anything else goes to zod.
const WEB_ADDRESS = /^https?:\/\/\S+$/i
function webAddress(value: unknown): string {
  const address = string(value)
  if (address.length > TEXT_LIMITS.url || !WEB_ADDRESS.test(address) || !canParseUrl(address)) throw NOT_SURE
  return address
}

function canParseUrl(address: string): boolean {
  try {
    new URL(address)
    return true
  } catch {
    return false
  }
}

function actor(value: unknown): Actor {
  const input = plainObject(value, ACTOR_KEYS)
  const trimsBefore = trims
  const id = slug(input.id)
  const name = text(input.name, TEXT_LIMITS.actorName)
  const kind = input.kind
  if (!KINDS.has(kind)) throw NOT_SURE
  const country = optional(input, 'country', countryCode)
  const role = optional(input, 'role', (value) => text(value, TEXT_LIMITS.role))
  if (kind === 'country' && country === undefined) throw NOT_SURE
  if (trims === trimsBefore) return input as Actor
  return {
    id,
    name,
    kind: kind as Actor['kind'],
    ...(country === undefined ? {} : { country }),
    ...(role === undefined ? {} : { role }),
  }
}

function event(value: unknown): StoryEvent {
  const input = plainObject(value, EVENT_KEYS)
  const trimsBefore = trims
  const id = slug(input.id)
  const title = text(input.title, TEXT_LIMITS.eventTitle)
  const summary = optional(input, 'summary', (value) => text(value, TEXT_LIMITS.summary))
  const date = edtfDate(input.date)
  const status = input.status
  if (!STATUSES.has(status)) throw NOT_SURE
  const actors = every(array(input.actors), slug)
  const countries = optional(input, 'countries', (list) => every(array(list), countryCode))
  const source = optional(input, 'source', (where) => {
    const paragraphs = every(array(plainObject(where, PARAGRAPHS_KEYS).paragraphs), paragraphNumber)
    if (paragraphs.length === 0) throw NOT_SURE
    return { paragraphs }
  })
  const added = version2Fields(input)
  // Nothing was trimmed: the input is the output (its lists too: their items are checked, not changed).
  if (trims === trimsBefore) return input as StoryEvent
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
  for (const field of VERSION_2_EVENT_FIELDS) {
    if (!Object.hasOwn(input, field)) continue
    if (version1) throw NOT_SURE
  }
  const categories = optional(input, 'categories', (list) => every(array(list), slug))
  if (categories !== undefined) fields.categories = categories
  const place = optional(input, 'place', eventPlace)
  if (place !== undefined) fields.place = place
  const sources = optional(input, 'sources', (list) => array(list).map(eventSource))
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

function category(value: unknown): Category {
  const input = plainObject(value, CATEGORY_KEYS)
  const trimsBefore = trims
  const id = slug(input.id)
  const name = text(input.name, TEXT_LIMITS.categoryName)
  return trims === trimsBefore ? (input as Category) : { id, name }
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

function eventSource(value: unknown): NonNullable<StoryEvent['sources']>[number] {
  const input = plainObject(value, EVENT_SOURCE_KEYS)
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
function quote(value: unknown): Quote {
  const input = plainObject(value, QUOTE_KEYS)
  const trimsBefore = trims
  const id = slug(input.id)
  const words = text(input.text, TEXT_LIMITS.quote)
  const speaker = slug(input.speaker)
  const eventId = slug(input.event)
  const source = optional(input, 'source', (where) => {
    const at = plainObject(where, QUOTE_SOURCE_KEYS)
    const part = optional(at, 'part', (value) => {
      if (!QUOTE_PARTS.has(value)) throw NOT_SURE
      return value as (typeof quoteParts)[number]
    })
    const prefix = optional(at, 'prefix', (value) => untrimmed(value, TEXT_LIMITS.quoteContext))
    const suffix = optional(at, 'suffix', (value) => untrimmed(value, TEXT_LIMITS.quoteContext))
    return {
      paragraph: paragraphNumber(at.paragraph),
      ...(part === undefined ? {} : { part }),
      ...(prefix === undefined ? {} : { prefix }),
      ...(suffix === undefined ? {} : { suffix }),
    }
  })
  if (trims === trimsBefore) return input as Quote
  return { id, text: words, speaker, event: eventId, ...(source === undefined ? {} : { source }) }
}

// Built afresh (a narrative is a few steps; keys then in the schema's order, as zod gives them).
function narrative(value: unknown): Narrative {
  const input = plainObject(value, NARRATIVE_KEYS)
  const id = slug(input.id)
  const title = text(input.title, TEXT_LIMITS.narrativeTitle)
  const description = optional(input, 'description', (words) => text(words, TEXT_LIMITS.description))
  const steps = array(input.steps).map((item): NarrativeStep => {
    const step = plainObject(item, STEP_KEYS)
    const eventId = slug(step.event)
    const words = optional(step, 'text', (words) => text(words, TEXT_LIMITS.stepText))
    const source = optional(step, 'source', (where) => ({
      paragraph: paragraphNumber(plainObject(where, PARAGRAPH_KEYS).paragraph),
    }))
    return {
      event: eventId,
      ...(words === undefined ? {} : { text: words }),
      ...(source === undefined ? {} : { source }),
    }
  })
  if (steps.length === 0) throw NOT_SURE
  return { id, title, ...(description === undefined ? {} : { description }), steps }
}

// An object as JSON.parse makes it, with no field the format does not define.
function plainObject(value: unknown, keys: ReadonlySet<string>): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) throw NOT_SURE
  if (Object.getPrototypeOf(value) !== Object.prototype) throw NOT_SURE
  for (const key in value) if (!keys.has(key)) throw NOT_SURE
  return value as Json
}

// A field that is absent is absent; one that is present must be valid (zod reads `undefined` its own way).
function optional<T>(input: Json, key: string, check: (value: unknown) => T): T | undefined {
  if (!Object.hasOwn(input, key)) return undefined
  const value = input[key]
  if (value === undefined) throw NOT_SURE
  return check(value)
}

/** The list itself once each item passes `check` (which returns its item unchanged). */
function every<T>(list: unknown[], check: (item: unknown) => T): T[] {
  for (const item of list) check(item)
  return list as T[]
}

function array(value: unknown): unknown[] {
  if (!Array.isArray(value)) throw NOT_SURE
  return value
}

function string(value: unknown): string {
  if (typeof value !== 'string') throw NOT_SURE
  return value
}

function text(value: unknown, max: number): string {
  const original = string(value)
  const trimmed = original.trim()
  if (trimmed.length === 0 || trimmed.length > max) throw NOT_SURE
  if (trimmed.length !== original.length) trims += 1
  return trimmed
}

// A text kept as it is (a quote's context, a source's text): not trimmed, only its length checked.
function untrimmed(value: unknown, max: number): string {
  const kept = string(value)
  if (kept.length === 0 || kept.length > max) throw NOT_SURE
  return kept
}

function slug(value: unknown): string {
  const id = string(value)
  if (id.length > 120 || !SLUG.test(id)) throw NOT_SURE
  return id
}

function edtfDate(value: unknown): string {
  const date = string(value)
  if (!parseEdtf(date).ok) throw NOT_SURE
  return date
}

function countryCode(value: unknown): string {
  const code = string(value)
  if (!isIsoCountryCode(code)) throw NOT_SURE
  return code
}

function paragraphNumber(value: unknown): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < 1) throw NOT_SURE
  return value
}
