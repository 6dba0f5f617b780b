import { readFileSync } from 'node:fs'
import type { Dataset, StoryEvent } from '../dataset/format/schema'
import { indexStory, type Story } from '../dataset/story-index'
import { validateDataset } from '../dataset/validate/validate-dataset'
import { generateDataset, seededRandom } from './synthetic-dataset'

// Stories for the query answerers' tests: the built-in one, and a synthetic one with what the
// synthetic generator leaves out and a query must handle (places, some with coordinates; categories;
// accented words for the search).

/** The built-in story, as the app opens it. */
export function builtinStory(): Story {
  const result = validateDataset(JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8')))
  if (!result.ok) throw new Error('the built-in dataset does not validate')
  return indexStory(result.dataset)
}

const CATEGORIES = ['battles', 'protests', 'diplomacy', 'strategic-developments']

/** generateDataset's story of `count` events, with places, categories and accents added, seeded. */
export function syntheticQueryStory(count: number, seed = 7): Story {
  const dataset = generateDataset(count, seed)
  const random = seededRandom(seed + 1)
  const events = dataset.events.map((event, index): StoryEvent => {
    const roll = random()
    const placed: Partial<StoryEvent> =
      roll < 0.6
        ? {
            place: {
              name: `Town ${index % 97}`,
              // Quarter degrees, some negative: the map's grid cells and both hemispheres.
              latitude: Math.round((random() * 120 - 60) * 4) / 4,
              longitude: Math.round((random() * 300 - 150) * 4) / 4,
            },
          }
        : roll < 0.8
          ? { place: { name: `Town ${index % 97}` } }
          : {}
    const categories = random() < 0.7 ? [CATEGORIES[index % CATEGORIES.length] as string] : undefined
    const accented = index % 11 === 0 ? { summary: `${event.summary ?? ''} Réunion à Séoul.` } : {}
    return { ...event, ...placed, ...accented, ...(categories ? { categories } : {}) }
  })
  const withCategories: Dataset = {
    ...dataset,
    categories: CATEGORIES.map((id) => ({ id, name: id.replaceAll('-', ' ') })),
    events,
  }
  const result = validateDataset(withCategories)
  if (!result.ok)
    throw new Error(`the synthetic query story does not validate: ${JSON.stringify(result.issues[0])}`)
  return indexStory(result.dataset)
}

/**
 * The built-in story with one more quote, said by an actor no event lists: a name a layout file must
 * carry with the quote (no event's names column holds it).
 */
export function storyWithLoneSpeaker(): Story {
  const { dataset } = builtinStory()
  const event = dataset.quotes[0]?.event ?? dataset.events[0]?.id
  if (event === undefined) throw new Error('the built-in story has no event')
  const result = validateDataset({
    ...dataset,
    actors: [...dataset.actors, { id: 'lone-speaker', name: 'A speaker no event lists', kind: 'person' }],
    quotes: [
      ...dataset.quotes,
      { id: 'lone-words', text: 'Words of a speaker alone.', speaker: 'lone-speaker', event },
    ],
  } satisfies Dataset)
  if (!result.ok)
    throw new Error(`the lone speaker's story does not validate: ${JSON.stringify(result.issues[0])}`)
  return indexStory(result.dataset)
}
