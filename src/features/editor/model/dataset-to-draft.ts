import { documentsOf } from '../../../dataset/format/documents'
import type { Dataset } from '../../../dataset/format/schema'
import { findQuote } from '../../../dataset/source/text-quote'
import { splitParagraphs } from '../../../dataset/validate/source-text'
import { emptyEvent } from './draft-edits'
import type { DraftDocument, StoryDraft } from './story-draft'

/**
 * Any story as a draft to edit (Edit a copy): its documents with their texts, its actors, events,
 * quotes (each found again in its document's text where the dataset carries it) and narratives.
 */
export function datasetToDraft(dataset: Dataset): StoryDraft {
  const documents: DraftDocument[] = documentsOf(dataset).map(({ id, document }) => {
    const paragraphs = document.text ? splitParagraphs(document.text) : []
    const standfirst = document.standfirst
      ? paragraphs.findIndex((paragraph) => paragraph.includes(document.standfirst ?? '')) + 1 || null
      : null
    return {
      id,
      title: document.title,
      outlet: document.outlet ?? '',
      url: document.url ?? '',
      published: document.published ?? '',
      text: document.text ?? '',
      headings: document.headings ?? [],
      standfirst,
    }
  })
  const paragraphsOf = new Map(documents.map((document) => [document.id, splitParagraphs(document.text)]))
  const categoryName = new Map((dataset.categories ?? []).map((category) => [category.id, category.name]))
  return {
    kind: 'story-timeline-draft',
    version: 1,
    title: dataset.title,
    description: dataset.description ?? '',
    documents,
    actors: dataset.actors.map((actor) => ({
      id: actor.id,
      name: actor.name,
      kind: actor.kind,
      country: actor.country ?? '',
      role: actor.role ?? '',
    })),
    events: dataset.events.map((event) => ({
      ...emptyEvent(event.id),
      title: event.title,
      summary: event.summary ?? '',
      date: event.date,
      status: event.status,
      actors: event.actors,
      countries: event.countries ?? [],
      categories: (event.categories ?? []).map((id) => categoryName.get(id) ?? id),
      place: {
        name: event.place?.name ?? '',
        latitude: event.place?.latitude === undefined ? '' : String(event.place.latitude),
        longitude: event.place?.longitude === undefined ? '' : String(event.place.longitude),
      },
      sources: (event.sources ?? []).map((source) => ({
        outlet: source.outlet ?? '',
        url: source.url ?? '',
      })),
      media: {
        url: event.media?.url ?? '',
        caption: event.media?.caption ?? '',
        credit: event.media?.credit ?? '',
      },
      cites: event.source
        ? { document: event.source.document ?? 'source', paragraphs: event.source.paragraphs }
        : null,
    })),
    quotes: dataset.quotes.map((quote) => {
      const document = quote.source?.document ?? 'source'
      const paragraphs = paragraphsOf.get(document) ?? []
      const selector = {
        exact: quote.text,
        ...(quote.source?.prefix ? { prefix: quote.source.prefix } : {}),
        ...(quote.source?.suffix ? { suffix: quote.source.suffix } : {}),
        ...(quote.source ? { paragraph: quote.source.paragraph } : {}),
      }
      // Found where the text carries it; else kept with its paragraph, unmarked in the text.
      const found = paragraphs.length ? findQuote(paragraphs, selector) : null
      return {
        id: quote.id,
        text: quote.text,
        document,
        paragraph: found?.paragraph ?? quote.source?.paragraph ?? 1,
        start: found?.start ?? 0,
        end: found?.end ?? 0,
        prefix: quote.source?.prefix ?? '',
        suffix: quote.source?.suffix ?? '',
        part: quote.source?.part ?? null,
        speaker: quote.speaker ?? null,
        event: quote.event,
      }
    }),
    narratives: (dataset.narratives ?? []).map((narrative) => ({
      id: narrative.id,
      title: narrative.title,
      description: narrative.description ?? '',
      steps: narrative.steps.map((step) => ({
        event: step.event,
        text: step.text ?? '',
        from: step.source
          ? { document: step.source.document ?? 'source', paragraph: step.source.paragraph }
          : null,
      })),
    })),
    proposals: null,
  }
}
