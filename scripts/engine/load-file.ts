import { readFile } from 'node:fs/promises'
import { basename } from 'node:path'
import type { DuckDBConnection } from '@duckdb/node-api'
import { titleFromFileName } from '../../src/dataset/import/sheet/title-from-file-name'
import { readCountry } from '../../src/dataset/import/values/read-country'
import type { StoryNaming } from '../../src/dataset/query/answers'
import { DUCKDB } from '../../src/dataset/query/sql/dialects'
import { LAYOUT_KEYS } from '../../src/dataset/query/sql/layout-file'
import { columnsOf, countRows, csvReader, isAcled, loadAcled } from '../../src/dataset/query/sql/load-acled'
import type { RawRow } from '../../src/dataset/query/sql/raw-rows'
import { EVENTS_TABLE, QUOTES_TABLE } from '../../src/dataset/query/sql/table-layout'
import { indexStory } from '../../src/dataset/story-index'
import { validateDataset } from '../../src/dataset/validate/validate-dataset'
import { loadStory } from './duckdb-answerer'
import { layoutClaimOf, loadLayout } from './layout-file'

// A file into the engine's tables (src/dataset/query/sql/table-layout.ts), by what it holds:
// - a Story Timeline dataset (.json): validated and indexed as the page does, then appended;
// - a Parquet file in the engine's own layout (its footer says so: sql/layout-file.ts), read straight
//   into the tables;
// - an ACLED export (CSV or Parquet, `event_id_cnty` and `event_date` among its columns): read by
//   DuckDB's own readers and turned into the layout in SQL (src/dataset/query/sql/acled-layout.ts).

type FileKind = 'dataset' | 'layout' | 'acled'

/** What a file loaded: its kind and numbers (the service's /health), its names (the summary's). */
export type LoadedFile = { events: number; quotes: number; kind: FileKind; naming: StoryNaming }

/** A path as a DuckDB reader of its kind. */
function readerOf(path: string): string {
  const literal = DUCKDB.stringLiteral(path)
  if (/\.parquet$/i.test(path)) return `read_parquet(${literal})`
  if (/\.(csv|tsv|txt)$/i.test(path)) return csvReader(path)
  throw new Error(`${path}: a .json dataset, or a .csv, .tsv or .parquet file`)
}

const runner =
  (connection: DuckDBConnection) =>
  async (sql: string): Promise<readonly RawRow[]> =>
    (await connection.runAndReadAll(sql)).getRowObjectsJS()

export async function loadFile(connection: DuckDBConnection, path: string): Promise<LoadedFile> {
  const { kind, naming } = await loadByKind(connection, path)
  return {
    events: await countRows(runner(connection), EVENTS_TABLE),
    quotes: await countRows(runner(connection), QUOTES_TABLE),
    kind,
    naming,
  }
}

/** A file of rows is named by its own name, its source too, as the app's importers name it. */
export function namedByFile(path: string): StoryNaming {
  const title = titleFromFileName(basename(path))
  return { title, source: title, named: true }
}

async function loadByKind(
  connection: DuckDBConnection,
  path: string,
): Promise<{ kind: FileKind; naming: StoryNaming }> {
  if (/\.json$/i.test(path)) {
    const result = validateDataset(JSON.parse(await readFile(path, 'utf8')))
    if (!result.ok)
      throw new Error(`${path} is not a valid Story Timeline dataset: ${JSON.stringify(result.issues[0])}`)
    return { kind: 'dataset', naming: await loadStory(connection, indexStory(result.dataset)) }
  }
  const reader = readerOf(path)
  // Only a Parquet file's footer can say it is in the layout (a CSV has no lists, and no footer).
  if (/\.parquet$/i.test(path)) {
    const claim = await layoutClaimOf(connection, path)
    if (claim.kind === 'refused') throw new Error(`${path} claims the engine's layout, but ${claim.problem}`)
    if (claim.kind === 'layout') {
      await loadLayout(connection, path, claim.version)
      return { kind: 'layout', naming: claim.naming }
    }
  }
  const columns = await columnsOf(runner(connection), reader)
  if (isAcled(columns)) {
    await loadAcled(runner(connection), reader, columns, (name) => readCountry(name, false).code)
    return { kind: 'acled', naming: namedByFile(path) }
  }
  throw new Error(
    `${path}: neither a Parquet file in the engine's layout (its footer names none: ${LAYOUT_KEYS.layout}; npm run engine:layout makes one) nor an ACLED export (event_id_cnty, event_date…); its columns: ${[...columns].slice(0, 12).join(', ')}`,
  )
}
