import { FORMAT_VERSION } from '../dataset/format/format-constants'
import type { Actor, Dataset, Quote, StoryEvent } from '../dataset/format/schema'
import { validateDataset } from '../dataset/validate/validate-dataset'

export function buildActor(overrides: Partial<Actor> = {}): Actor {
  return { id: 'north-korea', name: 'North Korea', kind: 'country', country: 'KP', ...overrides }
}

export function buildEvent(overrides: Partial<StoryEvent> = {}): StoryEvent {
  return {
    id: 'letter-exchange',
    title: 'Letters exchanged',
    summary: 'Two leaders exchange letters.',
    date: '2023-08-15',
    status: 'occurred',
    actors: ['north-korea'],
    source: { paragraphs: [1] },
    ...overrides,
  }
}

export function buildQuote(overrides: Partial<Quote> = {}): Quote {
  return {
    id: 'quote-one',
    text: 'firmly convinced',
    speaker: 'north-korea',
    event: 'letter-exchange',
    source: { paragraph: 1 },
    ...overrides,
  }
}

/** A small valid dataset; parts can be replaced. Checked through the real schema. */
export function buildDataset(overrides: Partial<Dataset> = {}): Dataset {
  const dataset: Dataset = {
    format: FORMAT_VERSION,
    title: 'A test story',
    source: { title: 'Test article', published: '2023-08-15', paragraphs: 3 },
    actors: [buildActor()],
    events: [buildEvent()],
    quotes: [buildQuote()],
    ...overrides,
  }
  const result = validateDataset(dataset)
  if (!result.ok) throw new Error(`buildDataset made an invalid dataset: ${JSON.stringify(result.issues)}`)
  return result.dataset
}
