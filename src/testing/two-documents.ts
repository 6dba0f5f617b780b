import type { Dataset } from '../dataset/format/schema'
import { buildActor, buildDataset, buildEvent, buildQuote } from './builders'

/**
 * A story-timeline/3 story of two documents: an article (the first, `source`, with a heading) and a
 * statement (`statement`), with a quote, an event and a narrative step citing each, and a quote the
 * article does not attribute. Valid; tests break one part of it at a time.
 */
export function twoDocumentStory(overrides: Partial<Dataset> = {}): Dataset {
  return buildDataset({
    source: {
      title: 'Kim and Putin exchange letters',
      published: '2023-08-15',
      outlet: 'Example News',
      paragraphs: 4,
      headings: [1],
    },
    documents: [
      {
        id: 'statement',
        title: 'Statement of the Foreign Ministry',
        published: '2023-08-16',
        outlet: 'Foreign Ministry',
        paragraphs: 2,
      },
    ],
    actors: [buildActor(), buildActor({ id: 'ministry', name: 'Foreign Ministry', kind: 'organization' })],
    events: [
      buildEvent({ source: { paragraphs: [2, 3] } }),
      buildEvent({
        id: 'statement-issued',
        title: 'The ministry answers',
        actors: ['ministry'],
        source: { document: 'statement', paragraphs: [1, 2] },
      }),
    ],
    quotes: [
      buildQuote({ source: { paragraph: 2 } }),
      buildQuote({
        id: 'no-interference',
        text: 'no interference',
        speaker: 'ministry',
        event: 'statement-issued',
        source: { document: 'statement', paragraph: 2 },
      }),
      // Words the article gives without saying whose: no speaker at all.
      {
        id: 'unattributed',
        text: 'Letters',
        event: 'letter-exchange',
        source: { paragraph: 1, part: 'heading' },
      },
    ],
    narratives: [
      {
        id: 'walk',
        title: 'Two answers',
        steps: [
          { event: 'letter-exchange' },
          {
            event: 'statement-issued',
            text: 'The ministry spoke',
            source: { document: 'statement', paragraph: 1 },
          },
        ],
      },
    ],
    ...overrides,
  })
}
