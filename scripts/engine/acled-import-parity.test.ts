// @vitest-environment node
import { mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'
import { importFiles } from '../../src/dataset/import/registry'
import { indexStory } from '../../src/dataset/story-index'
import { memoryAnswerer } from '../../src/state/query/memory-answerer'
import { acledRows, csvField } from '../acled/acled-rows'
import { ACLED_COLUMNS } from '../acled/acled-shares'
import { openDuckDb } from './duckdb-answerer'
import { loadFile } from './load-file'
import { filtersFor, questionsFor } from './parity-questions'

// An ACLED export read by DuckDB's own reader into the engine's tables (load-file.ts) answers every
// question as the app's importer's story does, read from the same file: the same ids, titles, dates at
// their precision, countries, actors, categories (tags too), places, and search.

test('DuckDB reads an ACLED export as the app’s importer does', async () => {
  const make = acledRows({ seed: 9, from: Date.UTC(2016, 0, 1), to: Date.UTC(2024, 0, 1) })
  const lines = [ACLED_COLUMNS.join(',')]
  for (let row = 0; row < 1500; row++) lines.push(make(row).map(csvField).join(','))
  const text = `${lines.join('\n')}\n`
  const imported = await importFiles([{ name: 'acled.csv', text }])
  if (!imported.ok) throw new Error('the importer refused the generated export')
  const story = indexStory(imported.dataset)
  const memory = memoryAnswerer(story)
  const folder = await mkdtemp(join(tmpdir(), 'acled-'))
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    await writeFile(join(folder, 'acled.csv'), text)
    await loadFile(duckdb.connection, join(folder, 'acled.csv'))
    for (const [name, filter] of filtersFor(story)) {
      for (const question of questionsFor(story, filter))
        expect({ name, question, answer: await duckdb.answerer.answer(question) }).toEqual({
          name,
          question,
          answer: await memory.answer(question),
        })
    }
  } finally {
    duckdb.close()
    await rm(folder, { recursive: true })
  }
})
