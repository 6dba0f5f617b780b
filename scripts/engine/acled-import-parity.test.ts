// @vitest-environment node
import { existsSync, readFileSync } from 'node:fs'
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

// An ACLED export read by DuckDB's own reader into the engine's tables (load-file.ts,
// sql/acled-layout.ts) answers every question as the app's importer's story does, read from the same
// file: the same ids (a row without one titled by its slug, made unique), titles, dates at their
// precision, countries (by the importer's own reading of each name), actors (associates split on
// ";"), categories (tags too), places and search. On the generator's rows, and on two real exports
// (shared/real-data, when beside the project: 2020's worldwide with spreadsheet dates "9-May-20", a
// truncated last row and a row without an id; 2016's Africa with its older columns).

function generated(): string {
  const make = acledRows({ seed: 9, from: Date.UTC(2016, 0, 1), to: Date.UTC(2024, 0, 1) })
  const lines = [ACLED_COLUMNS.join(',')]
  for (let row = 0; row < 1500; row++) lines.push(make(row).map(csvField).join(','))
  return `${lines.join('\n')}\n`
}

const REAL = ['../shared/real-data/acled-2020-may.csv', '../shared/real-data/acled-2016-africa.csv']
const files: Array<[string, () => string]> = [
  ['the generator’s rows', generated],
  ...REAL.filter((path) => existsSync(path)).map((path): [string, () => string] => [
    path,
    () => readFileSync(path, 'utf8'),
  ]),
]

test.each(files)('DuckDB reads %s as the app’s importer does', async (_name, read) => {
  const text = read()
  const imported = await importFiles([{ name: 'acled.csv', text }])
  if (!imported.ok) throw new Error('the importer refused the export')
  const story = indexStory(imported.dataset)
  const memory = memoryAnswerer(story)
  const folder = await mkdtemp(join(tmpdir(), 'acled-'))
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    await writeFile(join(folder, 'acled.csv'), text)
    duckdb.naming = (await loadFile(duckdb.connection, join(folder, 'acled.csv'))).naming
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
