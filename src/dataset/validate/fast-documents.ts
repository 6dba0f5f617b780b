import { TEXT_LIMITS } from '../format/format-constants'
import type { SourceDocument, StoryDocument } from '../format/schema'
import {
  array,
  edtfDate,
  every,
  NOT_SURE,
  noNewerFields,
  optional,
  paragraphNumber,
  plainObject,
  slug,
  string,
  text,
  untrimmed,
  webAddress,
} from './fast-values'

// The fast path's reading of a story's documents (see fast-validate.ts): `source` and each entry of
// `documents`, built afresh (a story has a few), keys in the schema's order as zod gives them.

const DOCUMENT_FIELDS = [
  'title',
  'published',
  'url',
  'outlet',
  'standfirst',
  'sha256',
  'paragraphs',
  'text',
  'headings',
]
const SOURCE_KEYS = new Set(DOCUMENT_FIELDS)
const DOCUMENT_KEYS = new Set(['id', ...DOCUMENT_FIELDS])
const SHA256 = /^[0-9a-f]{64}$/

/** The first document, `source`. */
export function datasetSource(value: unknown): SourceDocument {
  const input = plainObject(value, SOURCE_KEYS)
  noNewerFields(input, 'source')
  return documentFields(input)
}

/** An entry of `documents`: a document with its id. */
export function storyDocument(value: unknown): StoryDocument {
  const input = plainObject(value, DOCUMENT_KEYS)
  return { id: slug(input.id), ...documentFields(input) }
}

function documentFields(input: Record<string, unknown>): SourceDocument {
  const title = text(input.title, TEXT_LIMITS.sourceTitle)
  const published = optional(input, 'published', edtfDate)
  const url = optional(input, 'url', webAddress)
  const outlet = optional(input, 'outlet', (value) => text(value, TEXT_LIMITS.outlet))
  const standfirst = optional(input, 'standfirst', (value) => text(value, TEXT_LIMITS.standfirst))
  const sha256 = optional(input, 'sha256', (digest) => {
    const hex = string(digest)
    if (!SHA256.test(hex)) throw NOT_SURE
    return hex
  })
  const paragraphs = optional(input, 'paragraphs', paragraphNumber)
  const documentText = optional(input, 'text', (value) => untrimmed(value, TEXT_LIMITS.sourceText))
  const headings = optional(input, 'headings', (list) => every(array(list), paragraphNumber))
  return {
    title,
    ...(published === undefined ? {} : { published }),
    ...(url === undefined ? {} : { url }),
    ...(outlet === undefined ? {} : { outlet }),
    ...(standfirst === undefined ? {} : { standfirst }),
    ...(sha256 === undefined ? {} : { sha256 }),
    ...(paragraphs === undefined ? {} : { paragraphs }),
    ...(documentText === undefined ? {} : { text: documentText }),
    ...(headings === undefined ? {} : { headings }),
  }
}
