import {
  type AsyncBuffer,
  asyncBufferFromUrl,
  parquetMetadataAsync,
  parquetScan,
  parquetSchema,
} from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import { isAcled } from '../sql/load-acled'
import { arrowStream } from './insert-arrow'

// A Parquet file read by hyparquet (with its codecs, hyparquet-compressors: DuckDB's COPY writes
// ZSTD) into Arrow streams for the engine: a row group's columns at a time, by ranges, each cell as
// the text DuckDB's CSV reader would give (all_varchar), so acled-layout.ts reads both alike. It runs
// in parquet-worker.ts: decoding a row group's column is one long task (2 s measured), which the
// page's thread must not carry.

/** Rows per Arrow stream handed to the engine. */
const ROWS_PER_STREAM = 25_000

/** Where the file is: a picked file, or an address of this site made whole (register-source.ts). */
export type ParquetSource = { file: Blob } | { url: string }

export async function parquetBuffer(source: ParquetSource): Promise<AsyncBuffer> {
  if ('url' in source) return asyncBufferFromUrl({ url: source.url })
  const { file } = source
  return { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() }
}

/** How many rows a Parquet file holds: its footer only (by address, the last bytes of the file). */
export async function parquetRows(source: ParquetSource): Promise<number> {
  return Number((await parquetMetadataAsync(await parquetBuffer(source))).num_rows)
}

export type ParquetStream = { bytes: Uint8Array; rowsRead: number; rows: number }

/** The file's rows as Arrow streams of text columns, in the file's order. */
export async function* parquetStreams(source: ParquetSource): AsyncGenerator<ParquetStream> {
  const scan = await parquetScan({ file: await parquetBuffer(source), compressors })
  const names = parquetSchema(scan.metadata).children.map((child) => child.element.name)
  if (!isAcled(new Set(names)))
    throw new Error(
      `Not an ACLED export (event_id_cnty, event_date…): its columns are ${names.slice(0, 12).join(', ')}`,
    )
  const rows = Number(scan.metadata.num_rows)
  const columns = names.map((name) => ({ name, type: 'string' as const }))
  for (const { rowStart, rowEnd } of scan.ranges) {
    const read = new Map<string, ArrayLike<unknown>>()
    for (const column of names) read.set(column, await scan.readColumn({ column, rowStart, rowEnd }))
    for (let start = 0; start < rowEnd - rowStart; start += ROWS_PER_STREAM) {
      const end = Math.min(start + ROWS_PER_STREAM, rowEnd - rowStart)
      const bytes = arrowStream(columns, (name) => cells(read.get(name), start, end))
      yield { bytes, rowsRead: rowStart + end, rows }
    }
  }
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
