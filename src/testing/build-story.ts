import { indexStory, type Story } from '../dataset/story-index'
import { buildActor, buildDataset, buildEvent, buildQuote } from './builders'

/**
 * A small indexed story with two countries, three actors and four events across a century, for
 * tests of filtering, windows and the URL.
 */
export function buildStory(): Story {
  return indexStory(
    buildDataset({
      actors: [
        buildActor({ id: 'north-korea', name: 'North Korea', kind: 'country', country: 'KP' }),
        buildActor({ id: 'russia', name: 'Russia', kind: 'country', country: 'RU' }),
        buildActor({ id: 'kim', name: 'Kim Jong Un', kind: 'person', country: 'KP', role: 'Leader' }),
        buildActor({ id: 'un', name: 'UN Security Council', kind: 'organization', country: undefined }),
      ],
      events: [
        buildEvent({
          id: 'colonial-rule',
          title: 'Colonial rule',
          date: '1910/1945',
          actors: ['north-korea'],
        }),
        buildEvent({
          id: 'parade',
          title: 'Military parade',
          summary: 'Missiles shown.',
          date: '2023-07',
          actors: ['kim', 'russia'],
        }),
        buildEvent({ id: 'letter', title: 'Kim’s letter', date: '2023-08-15', actors: ['kim', 'russia'] }),
        buildEvent({
          id: 'meeting',
          title: 'Council meeting',
          date: '2023-08-17',
          status: 'scheduled',
          actors: ['un'],
        }),
      ],
      quotes: [
        buildQuote({
          id: 'q',
          text: 'long-standing strategic relationship',
          speaker: 'kim',
          event: 'letter',
        }),
      ],
    }),
  )
}
