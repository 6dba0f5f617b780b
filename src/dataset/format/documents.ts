import type { SourceDocument, StoryDocument } from './document-schema'
import { FIRST_DOCUMENT_ID } from './format-constants'

// How the views find a story's documents: a quote's, an event's or a step's `source.document` names
// one (absent: the first, `source`). Types only from the schema, so this loads no zod.

type WithDocuments = { source: SourceDocument; documents?: readonly StoryDocument[] | undefined }

/**
 * The document a reference names: `documentOf(dataset, quote.source?.document)`. No id, or
 * "source", is the first document; an id no document has (never, in a validated dataset's
 * references) is undefined.
 */
export function documentOf(dataset: WithDocuments, id?: undefined): SourceDocument
export function documentOf(dataset: WithDocuments, id: string | undefined): SourceDocument | undefined
export function documentOf(dataset: WithDocuments, id?: string): SourceDocument | undefined {
  if (id === undefined || id === FIRST_DOCUMENT_ID) return dataset.source
  return dataset.documents?.find((document) => document.id === id)
}

/** A document with the id references name it by ("source" for the first). */
export type IdentifiedDocument = { id: string; document: SourceDocument }

/**
 * Every document of the story with its id, the first ("source") first, then `documents` in order.
 * Each is the dataset's own object, not a copy, so what is kept per document (a checked text) holds.
 */
export function documentsOf(dataset: WithDocuments): IdentifiedDocument[] {
  const further = (dataset.documents ?? []).map((document) => ({ id: document.id, document }))
  return [{ id: FIRST_DOCUMENT_ID, document: dataset.source }, ...further]
}

/** The id of the document a reference names: "source" for none. */
export function documentIdOf(reference: { document?: string | undefined } | undefined): string {
  return reference?.document ?? FIRST_DOCUMENT_ID
}
