import { expect, test } from 'vitest'
import { parseQuery } from '../../dataset/query/parse-query'
import { bucketingFor } from '../../dataset/query/periods'
import { buildStory } from '../../testing/build-story'
import { NOTHING_CHOSEN } from '../facets/facet-table'
import { memoryAnswerer } from './memory-answerer'
import { viewQuestions } from './view-questions'

const YEAR = 365.25 * 86_400_000

test('a view’s questions are ones the parser takes, and the in-memory index answers them', async () => {
  const story = buildStory()
  const window = { start: Date.UTC(2023, 6, 1), end: Date.UTC(2023, 8, 1) }
  const questions = viewQuestions(
    { chosen: { ...NOTHING_CHOSEN, country: ['KP'] }, search: '' },
    window,
    story.extent,
    null,
  )
  const engine = memoryAnswerer(story)
  for (const question of Object.values(questions)) {
    expect(parseQuery(JSON.parse(JSON.stringify(question)))).toEqual({ ok: true, query: question })
    await expect(engine.answer(question)).resolves.toBeTruthy()
  }
  // The panel counts countries within the other facets, and says what a country would add.
  expect(questions.facetCounts.adding).toEqual(['country', 'actor', 'category'])
  expect((await engine.answer(questions.events)).rows.map((row) => row.id)).toEqual(['parade', 'letter'])
})

test('the density chart’s periods: the finest giving at most its bars', () => {
  const from = Date.UTC(2023, 0, 1)
  expect(bucketingFor({ start: from, end: from + 100 * 86_400_000 }, 160)).toEqual({
    period: 'day',
    every: 1,
  })
  expect(bucketingFor({ start: from, end: from + 2 * YEAR }, 160)).toEqual({ period: 'month', every: 1 })
  expect(bucketingFor({ start: from - 100 * YEAR, end: from }, 160)).toEqual({ period: 'year', every: 1 })
  expect(bucketingFor({ start: from - 500 * YEAR, end: from }, 160)).toEqual({ period: 'year', every: 5 })
})
