import { findReferenceProblems, type ReferenceProblem } from '../format/cross-references'

type Item = Record<string, unknown>

/**
 * The cross-reference problems of a dataset whose shape is not valid (the schema checks references
 * only once the shape is right, so a file with one bad date hid every broken reference until the date
 * was fixed). Read as loosely as can be: an item that is not an object, or has no text id, takes part
 * under an id no reference can name; lists that are not lists are empty. Paths keep the items' places.
 */
export function looseReferenceProblems(data: unknown): ReferenceProblem[] {
  if (!isItem(data)) return []
  const ids = (list: string) => (item: unknown, index: number) =>
    isItem(item) && typeof item.id === 'string' ? item.id : `\u0000${list}-${index}`
  const actors = listOf(data.actors).map((item, index) => ({ id: ids('actor')(item, index) }))
  const documents = isList(data.documents)
    ? data.documents.map((item, index) => ({ id: ids('document')(item, index), ...paragraphCount(item) }))
    : undefined
  const events = listOf(data.events).map((item, index) => {
    const event = isItem(item) ? item : {}
    const where = isItem(event.source) ? event.source : {}
    return {
      id: ids('event')(item, index),
      actors: listOf(event.actors).map((actor) => (typeof actor === 'string' ? actor : '\u0000')),
      source: {
        ...documentOf(where),
        paragraphs: listOf(where.paragraphs).map((paragraph) =>
          typeof paragraph === 'number' ? paragraph : 0,
        ),
      },
    }
  })
  const quotes = listOf(data.quotes).map((item, index) => {
    const quote = isItem(item) ? item : {}
    const where = isItem(quote.source) ? quote.source : {}
    return {
      id: ids('quote')(item, index),
      // No speaker is a shape problem (or, from story-timeline/3, none), said apart.
      ...(quote.speaker === undefined
        ? {}
        : { speaker: typeof quote.speaker === 'string' ? quote.speaker : `\u0000${index}` }),
      event: typeof quote.event === 'string' ? quote.event : `\u0000${index}`,
      ...(typeof where.paragraph === 'number'
        ? { source: { ...documentOf(where), paragraph: where.paragraph } }
        : {}),
    }
  })
  // A reference that is not text is a shape problem, already said: only the readable ones count.
  return findReferenceProblems({
    source: paragraphCount(data.source),
    ...(documents ? { documents } : {}),
    actors,
    events,
    quotes,
  }).filter((problem) => typeof problem.found !== 'string' || !problem.found.startsWith('\u0000'))
}

function paragraphCount(document: unknown): { paragraphs?: number } {
  return isItem(document) && typeof document.paragraphs === 'number'
    ? { paragraphs: document.paragraphs }
    : {}
}

// A document reference that is not text names none a file can have.
function documentOf(citation: Item): { document?: string } {
  if (citation.document === undefined) return {}
  return { document: typeof citation.document === 'string' ? citation.document : '\u0000document' }
}

function isItem(value: unknown): value is Item {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function isList(value: unknown): value is unknown[] {
  return Array.isArray(value)
}

function listOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : []
}
