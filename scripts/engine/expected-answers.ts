import { readFileSync, writeFileSync } from 'node:fs'
import { importFiles } from '../../src/dataset/import/registry'
import { indexStory } from '../../src/dataset/story-index'
import { openDuckDb } from './duckdb-answerer'
import { loadFile } from './load-file'
import { filtersFor, questionsFor } from './parity-questions'

// `tsx scripts/engine/expected-answers.ts export.csv file-to-load out.json`: DuckDB in Node's answers
// to the parity set over a file, for a test that cannot load the importer itself (Playwright's
// loader refuses the country names' JSON modules): the questions are made from the story the app's
// importer reads from the CSV, the answers are DuckDB's over the file to load (the CSV or a Parquet
// file of the same rows). The end-to-end engine parity (e2e/engines/wasm-parity.spec.ts) reads it.

export type ExpectedAnswers = Array<{ name: string; question: unknown; answer: unknown }>

async function main(): Promise<void> {
  const [csv, load, out] = process.argv.slice(2)
  if (!csv || !load || !out) throw new Error('usage: expected-answers.ts export.csv file-to-load out.json')
  const imported = await importFiles([{ name: 'acled.csv', text: readFileSync(csv, 'utf8') }])
  if (!imported.ok) throw new Error(`${csv}: the importer refused it`)
  const story = indexStory(imported.dataset)
  const duckdb = await openDuckDb({ threads: 1 })
  try {
    duckdb.naming = (await loadFile(duckdb.connection, load)).naming
    const expected: ExpectedAnswers = []
    for (const [name, filter] of filtersFor(story))
      for (const question of questionsFor(story, filter))
        expected.push({ name, question, answer: await duckdb.answerer.answer(question) })
    writeFileSync(out, JSON.stringify(expected))
  } finally {
    duckdb.close()
  }
}

await main()
