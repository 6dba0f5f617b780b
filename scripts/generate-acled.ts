import { once } from 'node:events'
import { createWriteStream } from 'node:fs'
import { rm, stat } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import { DuckDBInstance } from '@duckdb/node-api'
import { DUCKDB } from '../src/dataset/query/sql/dialects'
import { acledRows, csvField } from './acled/acled-rows'
import { ACLED_COLUMNS } from './acled/acled-shares'
import { writeLayout } from './engine/layout-file'
import { loadFile, namedByFile } from './engine/load-file'

// `npm run generate:acled -- --rows 1000000 --out events.csv|events.parquet [--layout] [--memory-limit 4GB]
// [--seed 1] [--from 1997-01-01] [--to 2025-12-31]`: ACLED-shaped rows for the benchmark and the engine's tests
// (not real data). Written as they are made, so memory stays flat however many rows; Parquet is the
// same CSV, written beside the output and turned into Parquet by DuckDB's COPY, then removed. With
// --layout, the Parquet is in the engine's own layout instead (src/dataset/query/sql/layout-file.ts):
// the CSV read as the service reads an ACLED export, then written as the layout, named by the file.

const USAGE =
  'usage: npm run generate:acled -- --rows <count> --out <file.csv|file.parquet> [--layout] [--memory-limit 4GB] [--seed 1] [--from 1997-01-01] [--to 2025-12-31]'

/** ACLED's numeric columns, typed for Parquet; the others are text. */
const NUMERIC: Readonly<Partial<Record<(typeof ACLED_COLUMNS)[number], string>>> = {
  year: 'INTEGER',
  time_precision: 'INTEGER',
  inter1: 'INTEGER',
  inter2: 'INTEGER',
  interaction: 'INTEGER',
  iso: 'INTEGER',
  latitude: 'DOUBLE',
  longitude: 'DOUBLE',
  geo_precision: 'INTEGER',
  fatalities: 'INTEGER',
  timestamp: 'BIGINT',
}

function options() {
  const { values } = parseArgs({
    options: {
      rows: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string', default: '1' },
      from: { type: 'string', default: '1997-01-01' },
      to: { type: 'string', default: '2025-12-31' },
      layout: { type: 'boolean', default: false },
      'memory-limit': { type: 'string', default: '4GB' },
    },
  })
  const rows = Number(values.rows)
  const seed = Number(values.seed)
  const from = Date.parse(values.from)
  const to = Date.parse(values.to)
  const out = values.out
  if (!Number.isSafeInteger(rows) || rows < 1)
    throw new Error(`--rows: a whole number of rows, 1 or more\n${USAGE}`)
  if (!out || !/\.(csv|parquet)$/i.test(out))
    throw new Error(`--out: a file ending in .csv or .parquet\n${USAGE}`)
  if (!Number.isSafeInteger(seed)) throw new Error(`--seed: a whole number\n${USAGE}`)
  if (!(from < to)) throw new Error(`--from and --to: ISO dates, the first before the second\n${USAGE}`)
  if (values.layout && !/\.parquet$/i.test(out))
    throw new Error(`--layout: the layout is written as Parquet (--out ….parquet)\n${USAGE}`)
  return { rows, out, seed, from, to, layout: values.layout, memoryLimit: values['memory-limit'] }
}

/** Writes the rows as CSV, waiting whenever the file falls behind. */
async function writeCsv(path: string, rows: number, makeRow: (row: number) => string[]): Promise<void> {
  const file = createWriteStream(path)
  const CHUNK = 2000
  if (!file.write(`${ACLED_COLUMNS.join(',')}\n`)) await once(file, 'drain')
  for (let start = 0; start < rows; start += CHUNK) {
    const lines: string[] = []
    for (let row = start; row < Math.min(rows, start + CHUNK); row++)
      lines.push(makeRow(row).map(csvField).join(','))
    if (!file.write(`${lines.join('\n')}\n`)) await once(file, 'drain')
  }
  file.end()
  await once(file, 'finish')
}

/** DuckDB in memory, 2 threads, its temporary files beside the output (not in the working folder). */
const openDuckDb = (out: string, options: Record<string, string>) =>
  DuckDBInstance.create(':memory:', { threads: '2', temp_directory: `${out}.tmp`, ...options })

/**
 * CSV into the engine's tables as the service reads an ACLED export, then written as the layout.
 * The ACLED SQL holds a table of every row's names and lists per row: 10M rows need ~10 GB.
 */
async function csvToLayout(csv: string, parquet: string, memoryLimit: string): Promise<void> {
  const instance = await openDuckDb(parquet, { memory_limit: memoryLimit })
  const connection = await instance.connect()
  await loadFile(connection, csv)
  await writeLayout(connection, namedByFile(parquet), parquet)
  connection.closeSync()
  instance.closeSync()
}

/** CSV to Parquet by DuckDB's COPY, streaming (no insertion order kept, a bounded memory). */
async function csvToParquet(csv: string, parquet: string): Promise<void> {
  const instance = await openDuckDb(parquet, { memory_limit: '1GB', preserve_insertion_order: 'false' })
  const connection = await instance.connect()
  const columns = ACLED_COLUMNS.map(
    (column) => `${DUCKDB.stringLiteral(column)}: '${NUMERIC[column] ?? 'VARCHAR'}'`,
  ).join(', ')
  await connection.run(
    `COPY (SELECT * FROM read_csv(${DUCKDB.stringLiteral(csv)}, header = true, columns = {${columns}})) TO ${DUCKDB.stringLiteral(parquet)} (FORMAT parquet, COMPRESSION zstd)`,
  )
  connection.closeSync()
  instance.closeSync()
}

async function main(): Promise<void> {
  const { rows, out, seed, from, to, layout, memoryLimit } = options()
  const started = performance.now()
  let peak = 0
  const sampler = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage().rss)
  }, 200)
  const parquet = /\.parquet$/i.test(out)
  const csv = parquet ? `${out}.tmp.csv` : out
  await writeCsv(csv, rows, acledRows({ seed, from, to }))
  const csvSeconds = (performance.now() - started) / 1000
  if (parquet) {
    await (layout ? csvToLayout(csv, out, memoryLimit) : csvToParquet(csv, out))
    await rm(`${out}.tmp`, { recursive: true, force: true })
    await rm(csv)
  }
  clearInterval(sampler)
  peak = Math.max(peak, process.memoryUsage().rss)
  const seconds = (performance.now() - started) / 1000
  const { size } = await stat(out)
  console.log(
    `${rows.toLocaleString('en')} rows to ${out}: ${seconds.toFixed(1)} s (${Math.round(rows / seconds).toLocaleString('en')} rows/s; CSV ${csvSeconds.toFixed(1)} s), ${(size / 1e6).toFixed(1)} MB, peak RSS ${(peak / 1e6).toFixed(0)} MB`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
