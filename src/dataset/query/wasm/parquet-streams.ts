import {
  type AsyncBuffer,
  asyncBufferFromUrl,
  type ParquetScan,
  parquetMetadataAsync,
  parquetScan,
  parquetSchema,
} from 'hyparquet'
import { compressors } from 'hyparquet-compressors'
import type { StoryNaming } from '../answers'
import { LAYOUT_KEYS, layoutClaim } from '../sql/layout-file'
import { isAcled } from '../sql/load-acled'
import { arrowStream } from './insert-arrow'
import { layoutStreams } from './layout-streams'
import { openRowGroups, type ParquetSource, type ParquetWasmModule } from './parquet-row-groups'

// A Parquet file read by hyparquet (with its codecs, hyparquet-compressors: DuckDB's COPY writes
// ZSTD) into Arrow streams for the engine, a row group's columns at a time, by ranges. Two kinds:
// a file in the engine's own layout (its footer says so: layout-streams.ts, typed columns straight
// into the tables), or an ACLED export, each cell as the text DuckDB's CSV reader would give
// (all_varchar), into a staging table that acled-layout.ts's SQL reads as it reads a CSV. It runs
// in parquet-worker.ts: decoding a row group's column is one long task (2 s measured), which the
// page's thread must not carry.

/** Rows per Arrow stream handed to the engine. */
const ROWS_PER_STREAM = 25_000

export type { ParquetSource }

export async function parquetBuffer(source: ParquetSource): Promise<AsyncBuffer> {
  if ('url' in source) return asyncBufferFromUrl({ url: source.url })
  const { file } = source
  return { byteLength: file.size, slice: (start, end) => file.slice(start, end).arrayBuffer() }
}

/** How many rows a Parquet file holds: its footer only (by address, the last bytes of the file). */
export async function parquetRows(source: ParquetSource): Promise<number> {
  return Number((await parquetMetadataAsync(await parquetBuffer(source))).num_rows)
}

/** Which table a stream goes to: the layout's own, or the staging table of an ACLED export's text. */
export type StreamTable = 'events' | 'quotes' | 'names' | 'acled'
export type ParquetStream = { table: StreamTable; bytes: Uint8Array; rowsRead: number; rows: number }

/** What the file is, from its footer: the engine's layout (with its story's names) or an ACLED export. */
export type ParquetFormat = { format: 'layout'; naming: StoryNaming } | { format: 'acled' }

export type OpenedParquet = ParquetFormat & { rows: number; streams: () => AsyncGenerator<ParquetStream> }

/** Opens the file (its footer only), says what it is, and gives its streams to read (`wasm`: parquet-wasm's module, for a layout file). */
export async function openParquet(source: ParquetSource, wasm: ParquetWasmModule): Promise<OpenedParquet> {
  const buffer = await parquetBuffer(source)
  const scan = await parquetScan({ file: buffer, compressors })
  const rows = Number(scan.metadata.num_rows)
  const claim = layoutClaim(scan.metadata.key_value_metadata ?? [])
  if (claim.kind === 'refused') throw new Error(`The file claims the engine's layout, but ${claim.problem}`)
  if (claim.kind === 'layout')
    return {
      format: 'layout',
      naming: claim.naming,
      rows,
      streams: async function* () {
        const groups = await openRowGroups(buffer, wasm)
        try {
          yield* layoutStreams(scan, claim.version, groups)
        } finally {
          groups.close()
        }
      },
    }
  const names = parquetSchema(scan.metadata).children.map((child) => child.element.name)
  if (!isAcled(new Set(names)))
    throw new Error(
      `Neither in the engine's layout (its footer names none: ${LAYOUT_KEYS.layout}) nor an ACLED export (event_id_cnty, event_date…): its columns are ${names.slice(0, 12).join(', ')}`,
    )
  return { format: 'acled', rows, streams: () => acledStreams(scan, names) }
}

/** An ACLED export's rows as Arrow streams of text columns, in the file's order. */
async function* acledStreams(scan: ParquetScan, names: readonly string[]): AsyncGenerator<ParquetStream> {
  const rows = Number(scan.metadata.num_rows)
  const columns = names.map((name) => ({ name, type: 'string' as const }))
  for (const { rowStart, rowEnd } of scan.ranges) {
    const read = new Map<string, ArrayLike<unknown>>()
    for (const column of names) read.set(column, await scan.readColumn({ column, rowStart, rowEnd }))
    for (let start = 0; start < rowEnd - rowStart; start += ROWS_PER_STREAM) {
      const end = Math.min(start + ROWS_PER_STREAM, rowEnd - rowStart)
      const bytes = arrowStream(columns, (name) => cells(read.get(name), start, end))
      yield { table: 'acled', bytes, rowsRead: rowStart + end, rows }
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
