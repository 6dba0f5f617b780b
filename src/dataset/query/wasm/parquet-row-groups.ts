import type { AsyncBuffer } from 'hyparquet'
import initParquetWasm, { ParquetFile } from 'parquet-wasm/esm'

// A Parquet file's row groups decoded straight into Arrow IPC by parquet-wasm (Rust's arrow-rs
// reader compiled to WebAssembly): the text stays in Arrow's buffers from the file to the engine,
// never a JavaScript string per cell. A million rows of the layout's events took hyparquet and
// flechette 16.6 s in Node (cells made into JavaScript values, checked, encoded again); parquet-wasm
// 2.6 s for every column (docs/decisions/query-engine.md, "A million rows in the page").

/** Where the file is: a picked file, or an address of this site made whole (register-source.ts). */
export type ParquetSource = { file: Blob } | { url: string }

/**
 * A file read through hyparquet's buffer, as parquet-wasm reads a picked file (its size, then slices'
 * bytes): so an address is read as hyparquet reads it, a HEAD for its size and then ranges of exact
 * bytes. parquet-wasm's own reader of addresses asks for the footer as a suffix range (`bytes=-8`),
 * which not every server answers (Vite's preview sends the file's first bytes).
 */
class BufferBlob extends Blob {
  constructor(
    private readonly buffer: AsyncBuffer,
    private readonly start = 0,
    private readonly end = buffer.byteLength,
  ) {
    super([])
  }

  override get size(): number {
    return this.end - this.start
  }

  override slice(start = 0, end = this.size): Blob {
    return new BufferBlob(this.buffer, this.start + start, this.start + Math.min(end, this.size))
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.buffer.slice(this.start, this.end)
  }
}

/** The reader's WebAssembly: its address in the page (an asset of the app), its bytes in Node. */
export type ParquetWasmModule = URL | string | BufferSource

export type RowGroupReader = {
  /** The columns named, of row group `group`, as Arrow IPC streams of at most `rowsPerStream` rows each, in the file's column order. */
  read: (group: number, columns: readonly string[], rowsPerStream: number) => Promise<Uint8Array[]>
  close: () => void
}

let started: Promise<unknown> | null = null

/** The row groups of the file `buffer` reads (a picked file's slices, or an address's ranges). */
export async function openRowGroups(buffer: AsyncBuffer, module: ParquetWasmModule): Promise<RowGroupReader> {
  started ??= initParquetWasm({ module_or_path: module })
  await started
  const file = await ParquetFile.fromFile(new BufferBlob(buffer))
  return {
    read: async (group, columns, rowsPerStream) => {
      const table = await file.read({ rowGroups: [group], columns: [...columns], batchSize: rowsPerStream })
      // Each batch's IPC is copied out of the reader's memory, and the batch freed at once.
      const streams = table.recordBatches().map((batch) => batch.intoIPCStream())
      table.free()
      return streams
    },
    close: () => file.free(),
  }
}
