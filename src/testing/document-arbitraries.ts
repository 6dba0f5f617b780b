import fc from 'fast-check'
import { FIRST_DOCUMENT_ID } from '../dataset/format/format-constants'
import type { Dataset, SourceDocument, StoryDocument } from '../dataset/format/schema'

// What story-timeline/3 adds to a generated dataset: further documents, citations naming them (by
// id, by "source" or by nothing), paragraphs within each document's count, headings, quotes without
// a speaker; and the ways a hand-edited file breaks them.

const documentId = fc.stringMatching(/^[a-z]{1,8}(-[a-z0-9]{1,4})?$/).filter((id) => id !== FIRST_DOCUMENT_ID)
const outlet = fc.constantFrom('Reuters', 'KCNA', '  Yonhap  ', 'Kim’s “outlet”', '<b>x</b>')

/** How a /3 story's documents are laid out; `withDocuments` applies it to a valid story. */
export const documentPlan = fc.record({
  ids: fc.uniqueArray(documentId, { maxLength: 2 }),
  // Each document's paragraph count (the first's, then the others'), or none given.
  counts: fc.array(fc.option(fc.integer({ min: 1, max: 8 }), { nil: undefined }), {
    minLength: 3,
    maxLength: 3,
  }),
  outlets: fc.array(fc.option(outlet, { nil: undefined }), { minLength: 3, maxLength: 3 }),
  headings: fc.boolean(),
  // Which document each citation names: by index, the one past the last being "source" by name.
  picks: fc.array(fc.nat({ max: 3 }), { minLength: 12, maxLength: 12 }),
  unattributed: fc.array(fc.boolean(), { minLength: 6, maxLength: 6 }),
})
export type DocumentPlan = typeof documentPlan extends fc.Arbitrary<infer T> ? T : never

/** A valid /3 story: the plan's documents, with every citation of the story naming one of them. */
export function withDocuments(dataset: Dataset, plan: DocumentPlan): Dataset {
  const document = (index: number, fields: SourceDocument): SourceDocument => {
    const count = plan.counts[index]
    const name = plan.outlets[index]
    return {
      ...fields,
      ...(name === undefined ? {} : { outlet: name }),
      ...(count === undefined ? {} : { paragraphs: count }),
      ...(plan.headings && count !== undefined ? { headings: [1] } : {}),
    }
  }
  const source = document(0, dataset.source)
  const documents: StoryDocument[] = plan.ids.map((id, index) => ({
    id,
    ...document(index + 1, { title: `Document ${index + 1}` }),
  }))
  const all = [source, ...documents]
  // The k-th citation: its document (by reference) and a paragraph within it.
  const cite = (k: number, heading = false) => {
    const at = (plan.picks[k % plan.picks.length] ?? 0) % (all.length + 1)
    const cited = all[at] ?? source
    const count = cited.paragraphs
    const paragraph = heading && cited.headings ? 1 : count === undefined ? k + 1 : 1 + (k % count)
    const id = at === all.length ? FIRST_DOCUMENT_ID : documents[at - 1]?.id
    return { ...(id === undefined ? {} : { document: id }), paragraph }
  }
  return {
    ...dataset,
    source,
    ...(documents.length ? { documents } : {}),
    events: dataset.events.map((event, k) => {
      if (k % 2) return event
      const { paragraph, ...reference } = cite(k)
      return { ...event, source: { ...reference, paragraphs: [paragraph] } }
    }),
    quotes: dataset.quotes.map(({ speaker, ...quote }, k) => ({
      ...quote,
      ...(plan.unattributed[k % plan.unattributed.length] || speaker === undefined ? {} : { speaker }),
      ...(quote.source
        ? { source: { ...quote.source, ...cite(k + 3, quote.source.part === 'heading') } }
        : {}),
    })),
    ...(dataset.narratives
      ? {
          narratives: dataset.narratives.map((narrative, n) => ({
            ...narrative,
            steps: narrative.steps.map((step, k) =>
              step.text === undefined ? step : { ...step, source: cite(n + k + 6) },
            ),
          })),
        }
      : {}),
  }
}

type Break = 'unknown document' | 'past its count' | 'as /2' | 'speakerless in /2'

/**
 * A /3 story with one thing broken as a hand-edited file breaks it: a citation naming a document it
 * does not have, a paragraph past its document's count, the file said to be /2 while it uses /3's
 * fields, a quote without a speaker in a /2 file. Null when the story has nothing to break so.
 */
export function brokenReference(dataset: Dataset, kind: Break, pick: number): unknown {
  const copy = structuredClone(dataset)
  const citations = [
    ...copy.events.flatMap((event) => (event.source ? [event.source] : [])),
    ...copy.quotes.flatMap((quote) => (quote.source ? [quote.source] : [])),
  ]
  const citation = citations[pick % Math.max(citations.length, 1)]
  switch (kind) {
    case 'unknown document':
      if (!citation) return null
      citation.document = 'no-such-document'
      return copy
    case 'past its count': {
      const count = citation && documentCount(copy, citation.document)
      if (!citation || count === undefined) return null
      if ('paragraphs' in citation) citation.paragraphs = [count + 1]
      else citation.paragraph = count + 1
      return copy
    }
    case 'as /2':
      return { ...copy, format: 'story-timeline/2' }
    case 'speakerless in /2': {
      const quote = copy.quotes[pick % Math.max(copy.quotes.length, 1)]
      if (!quote) return null
      delete quote.speaker
      return { ...copy, format: 'story-timeline/2' }
    }
  }
}

export const breaks: readonly Break[] = ['unknown document', 'past its count', 'as /2', 'speakerless in /2']

function documentCount(dataset: Dataset, id: string | undefined): number | undefined {
  if (id === undefined || id === FIRST_DOCUMENT_ID) return dataset.source.paragraphs
  return dataset.documents?.find((document) => document.id === id)?.paragraphs
}
