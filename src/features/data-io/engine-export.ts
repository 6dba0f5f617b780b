import { actorOf, csvPage, datasetEvent } from '../../dataset/files/event-rows-export'
import { FORMAT_VERSION } from '../../dataset/format/format-constants'
import type { EventField } from '../../dataset/query/query-description'
import type { AnswerSource } from '../../state/query/answer-source'
import { matchingEventPages } from '../../state/query/matching-pages'
import type { ActiveFilters } from '../../state/view-state'

// The matching events of a story an engine holds, written to a file page by page: each page of the
// engine's answer becomes a piece of text at once (a Blob part) and its rows are let go, so the page
// holds the file being made, never a million row objects. A page of 10,000 rows is written in tens of
// milliseconds, and the engine's answer between two pages lets the page breathe: no long task.

/**
 * The most matching events a tab exports: past it a tab risks running out of memory, and the reader
 * is better served by the filters or by the engine's own file (`serve:engine` reads it). Measured
 * (e2e/engines/engine-held-1m.spec.ts, this 2-core shared machine): 1,000,000 rows through the service
 * take 133 s, a 166 MB CSV held as Blob parts, the page's JavaScript heap at most 80 MB, its longest
 * task 139 ms; 94,505 rows (a country's) 13 s.
 */
export const MOST_EXPORTED = 1_000_000

/**
 * Rows asked per page: an answer of 10,000 rows (the most one holds) took up to 320 ms of the page's
 * thread to read from Arrow on this (busy) machine; 5,000 stay under the 200 ms a task may take.
 */
const EXPORT_PAGE = 5_000

/** Rows written per task: 1,000 rows of CSV or JSON take ~10–30 ms. */
const WRITE_SLICE = 1_000

/**
 * Waits for a task of its own: a message to itself, which a background tab does not slow down to one
 * a second as it does timers (an export may run while the reader looks at another tab).
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** What an engine's `events` answer can give of an event: all the fields there are. */
const EXPORTED_FIELDS: readonly EventField[] = [
  'title',
  'date',
  'precision',
  'status',
  'countries',
  'actors',
  'categories',
  'latitude',
  'longitude',
]

export type ExportFormat = 'csv' | 'json'

export type ExportProgress = { written: number; total: number }

/** The file made: its parts (one per page), and how many events it holds. */
export type ExportedFile = { parts: Blob[]; count: number; type: string }

/**
 * Every matching event as a file, asked page by page of the engine (never past its limits), each page
 * written out at once. `onProgress` after each page; `signal` stops it between pages (Cancel).
 */
export async function exportMatchingEvents(options: {
  source: AnswerSource
  filters: ActiveFilters
  format: ExportFormat
  /** The story's title and source, for a JSON dataset's header. */
  title: string
  sourceTitle: string
  signal: AbortSignal
  onProgress: (progress: ExportProgress) => void
}): Promise<ExportedFile> {
  const { source, filters, format, signal, onProgress } = options
  const parts: Blob[] = []
  const actors = new Set<string>()
  const categories = new Set<string>()
  let written = 0
  if (format === 'json') parts.push(new Blob(['{\n"events": [\n']))
  const pages = matchingEventPages(source, filters, {
    fields: EXPORTED_FIELDS,
    pageSize: EXPORT_PAGE,
    signal,
  })
  for await (const page of pages) {
    if (page.total > MOST_EXPORTED) throw new TooManyToExport(page.total)
    // The answer was read in the task that received it; the writing has tasks of its own.
    for (let from = 0; from < page.rows.length || (written === 0 && from === 0); from += WRITE_SLICE) {
      await nextTask()
      signal.throwIfAborted()
      const rows = page.rows.slice(from, from + WRITE_SLICE)
      if (format === 'csv') {
        parts.push(new Blob([csvPage(rows, written === 0)]))
      } else if (rows.length) {
        for (const row of rows) {
          for (const actor of row.actors ?? []) actors.add(actor)
          for (const category of row.categories ?? []) categories.add(category)
        }
        const lines = rows.map((row) => JSON.stringify(datasetEvent(row)))
        parts.push(new Blob([`${written === 0 ? '' : ',\n'}${lines.join(',\n')}`]))
      }
      written += rows.length
    }
    onProgress({ written, total: page.total })
  }
  if (format === 'json') {
    // The header after the events: only now are their actors and categories known. A JSON object's
    // members may come in any order.
    const tail = {
      format: FORMAT_VERSION,
      title: options.title,
      source: { title: options.sourceTitle },
      actors: [...actors].map(actorOf),
      ...(categories.size ? { categories: [...categories].map((id) => ({ id, name: id })) } : {}),
      quotes: [],
    }
    parts.push(new Blob([`\n],\n${JSON.stringify(tail).slice(1)}\n`]))
  }
  return { parts, count: written, type: format === 'csv' ? 'text/csv' : 'application/json' }
}

/** The matching events are more than a tab exports (MOST_EXPORTED): the reader narrows them. */
export class TooManyToExport extends Error {
  constructor(readonly matching: number) {
    super(`${matching} events match; a tab exports at most ${MOST_EXPORTED}.`)
    this.name = 'TooManyToExport'
  }
}
