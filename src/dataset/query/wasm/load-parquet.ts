import {
  type AsyncBuffer,
  asyncBufferFromUrl,
  parquetMetadataAsync,
  parquetScan,
  parquetSchema,
} from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { columnsOf, isAcled, loadAcled, type ReadCountryCode } from '../sql/load-acled'
import { arrowStream, insertArrow } from './insert-arrow'
import { type EngineSource, sameOriginUrl } from './register-source'
import type { WasmEngine } from './start-engine'

// Parquet, read by hyparquet in the page and handed to the engine as Arrow: DuckDB-WASM 1.32 has no
// Parquet reader built in (its module holds no Parquet code); it would download the extension from
// DuckDB's site at run time, which the page's policy refuses and no registry package ships (see
// docs/decisions/query-engine.md). hyparquet (with its codecs, hyparquet-compressors) reads by ranges, a row group's columns at a time, so a
// file by address is fetched in pieces and a picked file is read in slices. Each cell arrives as the
// text DuckDB's CSV reader would give (all_varchar), so acled-layout.ts reads both alike.

const RAW_TABLE = 'parquet_arriving'
/** Rows per Arrow stream handed to the worker: each is one short task in the page (about 50 ms). */
const ROWS_PER_STREAM = 25_000

export type ParquetProgress = (rowsRead: number, rows: number) => void

/** The file as hyparquet reads it: by ranges of a picked file, or by HTTP range requests. */
export async function parquetBuffer(source: EngineSource): Promise<AsyncBuffer> {
  if ('url' in source) return asyncBufferFromUrl({ url: sameOriginUrl(source.url) })
  const { file } = source
  return { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() }
}

export async function loadParquet(
  engine: WasmEngine,
  source: EngineSource,
  readCountryCode: ReadCountryCode,
  onProgress: ParquetProgress = () => {},
): Promise<void> {
  // Every codec a Parquet writer may choose (DuckDB's COPY, the generator's, writes ZSTD).
  const scan = await parquetScan({ file: await parquetBuffer(source), compressors })
  const names = parquetSchema(scan.metadata).children.map((child) => child.element.name)
  if (!isAcled(new Set(names)))
    throw new Error(
      `Not an ACLED export (event_id_cnty, event_date…): its columns are ${names.slice(0, 12).join(', ')}`,
    )
  const rows = Number(scan.metadata.num_rows)
  const columns = names.map((name) => ({ name, type: 'string' as const }))
  let created = false
  for (const { rowStart, rowEnd } of scan.ranges) {
    const read = new Map<string, ArrayLike<unknown>>()
    for (const column of names) read.set(column, await scan.readColumn({ column, rowStart, rowEnd }))
    for (let start = 0; start < rowEnd - rowStart; start += ROWS_PER_STREAM) {
      const end = Math.min(start + ROWS_PER_STREAM, rowEnd - rowStart)
      const bytes = arrowStream(columns, (name) => cells(read.get(name), start, end))
      await insertArrow(engine, RAW_TABLE, bytes, !created)
      created = true
      onProgress(rowStart + end, rows)
    }
  }
  if (!created) throw new Error('The Parquet file has no rows')
  await loadAcled(engine.run, RAW_TABLE, await columnsOf(engine.run, RAW_TABLE), readCountryCode)
  await engine.run(`DROP TABLE ${RAW_TABLE}`)
}

/** A column's values from `start` to `end` as text, as a CSV file would hold them. */
function cells(values: ArrayLike<unknown> | undefined, start: number, end: number): Array<string | null> {
  const out: Array<string | null> = []
  for (let row = start; row < end; row++) out.push(cellText(values?.[row]))
  return out
}

function cellText(value: unknown): string | null {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  // A DATE column (the generator's event_date): its day, as an export writes it.
  if (value instanceof Date) return value.toISOString().slice(0, 10)
  return String(value)
}

/** How many rows a Parquet file holds: its footer only (by address, the last bytes of the file). */
export async function parquetRows(source: EngineSource): Promise<number> {
  return Number((await parquetMetadataAsync(await parquetBuffer(source))).num_rows)
}
