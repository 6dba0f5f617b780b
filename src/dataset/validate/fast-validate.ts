import { findReferenceProblems } from '../format/cross-references'
import { actorKinds, FORMAT_VERSIONS, quoteParts, TEXT_LIMITS } from '../format/format-constants'
import { SPEAKER_OPTIONAL_SINCE, versionRank } from '../format/format-versions'
import type { Actor, Category, Dataset, Narrative, NarrativeStep, Quote } from '../format/schema'
import { datasetSource, storyDocument } from './fast-documents'
import { citedDocument, event } from './fast-event'
import {
  array,
  countryCode,
  NOT_SURE,
  noNewerFields,
  optional,
  paragraphNumber,
  plainObject,
  progress,
  slug,
  string,
  text,
  untrimmed,
} from './fast-values'

// A fast way to say yes, in plain loops, about ten times quicker than zod in a fresh worker (see
// docs/decisions/fast-checks.md): it accepts exactly what `datasetSchema` accepts and gives the same
// output (texts trimmed). An actor, event or quote with nothing to trim is given back as it came, not
// copied (its keys then in the input's order, not the schema's). Anything it is not sure of, it hands
// back as `null`, and zod decides and says what is wrong. A property test holds the two to the same
// answers.
// It does not import zod, so the page can open a valid dataset before (or without) loading zod.

const KINDS: ReadonlySet<unknown> = new Set(actorKinds)
const DATASET_KEYS = new Set([
  '$schema',
  'format',
  'title',
  'description',
  'source',
  'documents',
  'actors',
  'categories',
  'events',
  'quotes',
  'narratives',
])
const ACTOR_KEYS = new Set(['id', 'name', 'kind', 'country', 'role'])
const VERSIONS: ReadonlySet<unknown> = new Set(FORMAT_VERSIONS)
const CATEGORY_KEYS = new Set(['id', 'name'])
const QUOTE_KEYS = new Set(['id', 'text', 'speaker', 'event', 'source'])
const QUOTE_SOURCE_KEYS = new Set(['document', 'paragraph', 'part', 'prefix', 'suffix'])
const QUOTE_PARTS: ReadonlySet<unknown> = new Set(quoteParts)
const NARRATIVE_KEYS = new Set(['id', 'title', 'description', 'steps'])
const STEP_KEYS = new Set(['event', 'text', 'source'])
const STEP_SOURCE_KEYS = new Set(['document', 'paragraph'])
const SPEAKER_OPTIONAL_RANK = versionRank(SPEAKER_OPTIONAL_SINCE)

/** The dataset as `datasetSchema` would output it, or null where zod must look. Never throws. */
export function fastValidate(data: unknown): Dataset | null {
  return fastCheck(data)?.dataset ?? null
}

/**
 * As fastValidate, and whether the output equals the input apart from the order of keys: no text
 * needed trimming. Then whoever parses the same JSON text again holds the validated dataset.
 */
export function fastCheck(data: unknown): { dataset: Dataset; unchanged: boolean } | null {
  progress.trims = 0
  try {
    const dataset = validDataset(data)
    return { dataset, unchanged: progress.trims === 0 }
  } catch (error) {
    if (error === NOT_SURE) return null
    throw error
  }
}

function validDataset(data: unknown): Dataset {
  const input = plainObject(data, DATASET_KEYS)
  const format = input.format
  if (!VERSIONS.has(format)) throw NOT_SURE
  // An older file with a field of a newer version is zod's to explain (noNewerFields gives up on it).
  progress.rank = versionRank(string(format))
  noNewerFields(input, 'dataset')
  const source = datasetSource(input.source)
  const documents = optional(input, 'documents', (list) => array(list).map(storyDocument))
  const schemaUrl = optional(input, '$schema', string)
  const title = text(input.title, TEXT_LIMITS.storyTitle)
  const description = optional(input, 'description', (value) => text(value, TEXT_LIMITS.description))
  const actors = array(input.actors).map(actor)
  const categories = optional(input, 'categories', (list) => array(list).map(category))
  const events = array(input.events).map(event)
  const quotes = array(input.quotes).map(quote)
  const narratives = optional(input, 'narratives', (list) => array(list).map(narrative))
  const dataset: Dataset = {
    ...(schemaUrl === undefined ? {} : { $schema: schemaUrl }),
    // One of FORMAT_VERSIONS: checked above.
    format: format as Dataset['format'],
    title,
    ...(description === undefined ? {} : { description }),
    source,
    ...(documents === undefined ? {} : { documents }),
    actors,
    ...(categories === undefined ? {} : { categories }),
    events,
    quotes,
    ...(narratives === undefined ? {} : { narratives }),
  }
  if (findReferenceProblems(dataset).length > 0) throw NOT_SURE
  return dataset
}

function actor(value: unknown): Actor {
  const input = plainObject(value, ACTOR_KEYS)
  const trimsBefore = progress.trims
  const id = slug(input.id)
  const name = text(input.name, TEXT_LIMITS.actorName)
  const kind = input.kind
  if (!KINDS.has(kind)) throw NOT_SURE
  const country = optional(input, 'country', countryCode)
  const role = optional(input, 'role', (value) => text(value, TEXT_LIMITS.role))
  if (kind === 'country' && country === undefined) throw NOT_SURE
  if (progress.trims === trimsBefore) return input as Actor
  return {
    id,
    name,
    kind: kind as Actor['kind'],
    ...(country === undefined ? {} : { country }),
    ...(role === undefined ? {} : { role }),
  }
}

function category(value: unknown): Category {
  const input = plainObject(value, CATEGORY_KEYS)
  const trimsBefore = progress.trims
  const id = slug(input.id)
  const name = text(input.name, TEXT_LIMITS.categoryName)
  return progress.trims === trimsBefore ? (input as Category) : { id, name }
}

function quote(value: unknown): Quote {
  const input = plainObject(value, QUOTE_KEYS)
  const trimsBefore = progress.trims
  const id = slug(input.id)
  const words = text(input.text, TEXT_LIMITS.quote)
  const speaker = optional(input, 'speaker', slug)
  // Words with no speaker are of story-timeline/3: an older file is told so by zod.
  if (speaker === undefined && progress.rank < SPEAKER_OPTIONAL_RANK) throw NOT_SURE
  const eventId = slug(input.event)
  const source = optional(input, 'source', (where) => {
    const at = plainObject(where, QUOTE_SOURCE_KEYS)
    const document = citedDocument(at)
    const part = optional(at, 'part', (value) => {
      if (!QUOTE_PARTS.has(value)) throw NOT_SURE
      return value as (typeof quoteParts)[number]
    })
    const prefix = optional(at, 'prefix', (value) => untrimmed(value, TEXT_LIMITS.quoteContext))
    const suffix = optional(at, 'suffix', (value) => untrimmed(value, TEXT_LIMITS.quoteContext))
    return {
      ...(document === undefined ? {} : { document }),
      paragraph: paragraphNumber(at.paragraph),
      ...(part === undefined ? {} : { part }),
      ...(prefix === undefined ? {} : { prefix }),
      ...(suffix === undefined ? {} : { suffix }),
    }
  })
  if (progress.trims === trimsBefore) return input as Quote
  return {
    id,
    text: words,
    ...(speaker === undefined ? {} : { speaker }),
    event: eventId,
    ...(source === undefined ? {} : { source }),
  }
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
    const source = optional(step, 'source', (where) => {
      const at = plainObject(where, STEP_SOURCE_KEYS)
      const document = citedDocument(at)
      const paragraph = paragraphNumber(at.paragraph)
      return document === undefined ? { paragraph } : { document, paragraph }
    })
    return {
      event: eventId,
      ...(words === undefined ? {} : { text: words }),
      ...(source === undefined ? {} : { source }),
    }
  })
  if (steps.length === 0) throw NOT_SURE
  return { id, title, ...(description === undefined ? {} : { description }), steps }
}
