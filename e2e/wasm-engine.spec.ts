import { filtersFor, questionsFor } from '../scripts/engine/parity-questions'
import { memoryAnswerer } from '../src/state/query/memory-answerer'
import { builtinStory } from '../src/testing/query-stories'
import { answerInPage, expectOnlyOwnOrigin, loadStoryInPage, openEngine } from './engine-page/in-page'
import { expect, test } from './fixtures'

// DuckDB-WASM in a real Chromium, under the app's Content-Security-Policy: it starts from the app's
// own files (nothing from another site), loads the built-in story through the table layout and
// answers as the in-memory index does. Light: two filters. Every filter, and ACLED files by CSV and
// Parquet: e2e/engines/wasm-parity.spec.ts (`npm run test:engines`).

test('DuckDB-WASM starts from the app’s files and answers the built-in story as the index does', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  const { engine } = await openEngine(page)
  const meta = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  expect(meta).toContain("script-src 'self' 'wasm-unsafe-eval'")
  expect(await loadStoryInPage(engine, '/data/kim-putin-letters.json')).toMatchObject({
    events: 16,
    quotes: 13,
  })
  const story = builtinStory()
  const memory = memoryAnswerer(story)
  for (const [name, filter] of filtersFor(story).slice(0, 2)) {
    for (const question of questionsFor(story, filter))
      expect({ name, question, answer: await answerInPage(engine, question) }).toEqual({
        name,
        question,
        answer: await memory.answer(question),
      })
  }
  expectOnlyOwnOrigin(page, requested)
})
