import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync } from 'node:fs'
import type { ExpectedAnswers } from '../../scripts/engine/expected-answers'
import { filtersFor, questionsFor } from '../../scripts/engine/parity-questions'
import type { Answerer } from '../../src/dataset/query/answers'
import type { Story } from '../../src/dataset/story-index'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { builtinStory } from '../../src/testing/query-stories'
import {
  answerInPage,
  type EnginePage,
  expectOnlyOwnOrigin,
  loadFileInPage,
  loadStoryInPage,
  openEngine,
  progressInPage,
} from '../engine-page/in-page'
import { expect, test } from '../fixtures'

// `npm run test:engines` (not `npm test`): DuckDB-WASM in Chromium, under the app's policy, answers
// every question of the parity set under every filter as the index does (the built-in story) and as
// DuckDB in Node does over the same file (an ACLED export the generator wrote, as CSV read by
// DuckDB's own reader and as Parquet read by hyparquet, each by address, with range requests, and
// as a picked file; and the same rows as a Parquet file in the engine's own layout, read by
// hyparquet straight into the tables, its progress reported up to every row).

const DATA = 'dist/engine/data'
const ROWS = 3000

const tsx = (...args: string[]) => execFileSync('npx', ['tsx', ...args], { stdio: 'ignore' })

/**
 * The generator's rows as CSV and as Parquet (DuckDB's COPY, ZSTD), into the served folder, and
 * DuckDB in Node's answers over each (scripts/engine/expected-answers.ts).
 */
function generate(): void {
  mkdirSync(DATA, { recursive: true })
  for (const out of ['acled.csv', 'acled.parquet', 'acled-layout.parquet']) {
    execFileSync(
      'npx',
      [
        'tsx',
        'scripts/generate-acled.ts',
        '--rows',
        String(ROWS),
        '--seed',
        '9',
        '--from',
        '2016-01-01',
        '--to',
        '2024-01-01',
        '--out',
        `${DATA}/${out}`,
        ...(out.includes('layout') ? ['--layout'] : []),
      ],
      { stdio: 'ignore' },
    )
    tsx(
      'scripts/engine/expected-answers.ts',
      `${DATA}/acled.csv`,
      `${DATA}/${out}`,
      `${DATA}/${out}.answers.json`,
    )
  }
}

async function expectSameAnswers(engine: EnginePage, story: Story, expected: Answerer): Promise<void> {
  for (const [name, filter] of filtersFor(story))
    for (const question of questionsFor(story, filter))
      expect({ name, question, answer: await answerInPage(engine, question) }).toEqual({
        name,
        question,
        answer: await expected.answer(question),
      })
}

test.describe.configure({ mode: 'serial', timeout: 300_000 })
// The build empties dist/ before each run's server starts: the files are written for this run.
test.beforeAll(generate)

test('the built-in story: every question, every filter, as the index answers', async ({ page }) => {
  const requested: string[] = []
  page.on('request', (request) => requested.push(request.url()))
  const { engine } = await openEngine(page)
  await loadStoryInPage(engine, '/data/kim-putin-letters.json')
  const story = builtinStory()
  await expectSameAnswers(engine, story, memoryAnswerer(story))
  expectOnlyOwnOrigin(page, requested)
})

for (const [file, kind] of [
  ['acled.csv', 'csv'],
  ['acled.parquet', 'parquet'],
  ['acled-layout.parquet', 'parquet'],
] as const) {
  for (const as of ['url', 'file'] as const) {
    test(`${file.includes('layout') ? 'the engine’s layout, made from an ACLED' : 'an ACLED'} ${kind} file by ${as === 'url' ? 'address' : 'the picker'}: as DuckDB in Node reads it`, async ({
      page,
    }) => {
      const expected: ExpectedAnswers = JSON.parse(readFileSync(`${DATA}/${file}.answers.json`, 'utf8'))
      const requested: string[] = []
      page.on('request', (request) => requested.push(request.url()))
      const { engine } = await openEngine(page)
      expect(await loadFileInPage(engine, kind, `/engine/data/${file}`, as)).toMatchObject({ events: ROWS })
      // Every kind under every filter (8 × 19, half with rows): not a comparison of empty answers.
      expect(expected.length).toBeGreaterThan(100)
      // The page checks each description as one from outside (parse-query.ts) before answering it.
      for (const { name, question, answer } of expected)
        expect({ name, question, answer: await answerInPage(engine, question) }).toEqual({
          name,
          question,
          answer,
        })
      if (file.includes('layout')) expect((await progressInPage(engine)).at(-1)).toEqual([ROWS, ROWS])
      expectOnlyOwnOrigin(page, requested)
    })
  }
}
