import { expect, test } from 'vitest'
import { NO_FILTER } from '../../dataset/query/query-description'
import { storyWithLoneSpeaker } from '../../testing/query-stories'
import { memoryAnswerer } from './memory-answerer'
import { namedOrId, storyName } from './memory-names'

// One rule for names in the in-memory answers: the story's name, or null where it has none; only the
// details' lists put the id in its place.

const story = storyWithLoneSpeaker()

test('a value is named as the story names it, null where it has none; the details put the id there', () => {
  expect(storyName(story, 'actor', 'lone-speaker')).toBe('A speaker no event lists')
  expect(storyName(story, 'actor', 'nobody')).toBeNull()
  expect(storyName(story, 'category', 'lone-speaker')).toBeNull()
  expect(namedOrId(story, 'actor', 'nobody')).toBe('nobody')
})

test('the facet counts, the details and the quotes give an actor the same name', async () => {
  const answerer = memoryAnswerer(story)
  const quotes = await answerer.answer({ kind: 'quotes', filter: NO_FILTER, event: null, limit: 100 })
  const said = quotes.rows.find((row) => row.speaker === 'kim-jong-un')
  const counts = await answerer.answer({
    kind: 'facet-counts',
    filter: NO_FILTER,
    facets: ['actor'],
    adding: [],
    limit: 100,
  })
  const counted = counts.rows.find((row) => row.value === 'kim-jong-un')
  const details = await answerer.answer({ kind: 'event-details', id: said?.event ?? '' })
  const row = details.rows[0]
  const detailed = row?.actorNames[row.actors.indexOf('kim-jong-un')]
  expect(said?.speakerName).toBeTruthy()
  expect([counted?.name, detailed]).toEqual([said?.speakerName, said?.speakerName])
  expect(quotes.rows.find((row) => row.speaker === 'lone-speaker')?.speakerName).toBe(
    'A speaker no event lists',
  )
})
