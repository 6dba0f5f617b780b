import { createHash } from 'node:crypto'
import { documentIdOf, documentsOf } from '../src/dataset/format/documents'
import { FIRST_DOCUMENT_ID } from '../src/dataset/format/format-constants'
import type { Dataset } from '../src/dataset/format/schema'

// Which text check-dataset verifies each of a dataset's documents against: the file given for it on
// the command line (--source for the first, --document <id>=<file> for any), else the text the
// document carries, else none.

/** A text to verify one document against, and how to name it in what is printed. */
export type DocumentText = { id: string; label: string; text: string; sha256: string }

export type TextsToCheck = {
  texts: DocumentText[]
  /** Further documents something cites that have no text here: their citations are not checked. */
  unchecked: Array<{ id: string; path: string }>
}

/**
 * The files named on the command line, by document id; or what is wrong with them, to say before
 * anything is read (an id given twice, a pair without "=", an id the dataset has no document for).
 */
export function filesByDocument(
  dataset: Dataset,
  source: string | undefined,
  documents: readonly string[],
): { ok: true; files: Map<string, string> } | { ok: false; message: string } {
  const files = new Map<string, string>()
  if (source !== undefined) files.set(FIRST_DOCUMENT_ID, source)
  const ids = documentsOf(dataset).map((entry) => entry.id)
  for (const pair of documents) {
    const at = pair.indexOf('=')
    const id = pair.slice(0, at)
    const file = pair.slice(at + 1)
    if (at <= 0 || file === '') {
      return {
        ok: false,
        message: `--document ${pair}: expected <id>=<file.txt>, e.g. --document statement=statement.txt`,
      }
    }
    if (files.has(id)) return { ok: false, message: `--document ${pair}: a text for "${id}" is given twice` }
    if (!ids.includes(id)) {
      return {
        ok: false,
        message: `--document ${pair}: the dataset has no document "${id}" (it has ${quoted(ids)})`,
      }
    }
    files.set(id, file)
  }
  return { ok: true, files }
}

/** The text of each document to check it against, read with `read`; and the cited ones with none. */
export function textsToCheck(
  dataset: Dataset,
  files: ReadonlyMap<string, string>,
  read: (path: string) => Buffer,
): TextsToCheck {
  const texts: DocumentText[] = []
  const unchecked: TextsToCheck['unchecked'] = []
  const cited = citedDocuments(dataset)
  documentsOf(dataset).forEach(({ id, document }, index) => {
    const path = index === 0 ? 'source' : `documents[${index - 1}]`
    const file = files.get(id)
    if (file !== undefined) {
      const bytes = read(file)
      const label = id === FIRST_DOCUMENT_ID ? file : `${file} (${path}, "${id}")`
      texts.push({ id, label, text: bytes.toString('utf8'), sha256: sha256Of(bytes) })
    } else if (document.text !== undefined) {
      // The text as the document carries it, hashed as its file's bytes would be (UTF-8).
      const bytes = Buffer.from(document.text, 'utf8')
      texts.push({ id, label: `${path}.text`, text: document.text, sha256: sha256Of(bytes) })
    } else if (id !== FIRST_DOCUMENT_ID && cited.has(id)) {
      unchecked.push({ id, path })
    }
  })
  return { texts, unchecked }
}

/** How many quotes and narrative excerpts cite a document: what its check vouches for. */
export function citationsOf(dataset: Dataset, id: string): { quotes: number; excerpts: number } {
  const quotes = dataset.quotes.filter((quote) => documentIdOf(quote.source) === id).length
  const excerpts = (dataset.narratives ?? []).flatMap((narrative) =>
    narrative.steps.filter((step) => step.source && documentIdOf(step.source) === id),
  ).length
  return { quotes, excerpts }
}

function citedDocuments(dataset: Dataset): Set<string> {
  return new Set([
    ...dataset.events.map((event) => documentIdOf(event.source)),
    ...dataset.quotes.map((quote) => documentIdOf(quote.source)),
    ...(dataset.narratives ?? []).flatMap((narrative) =>
      narrative.steps.map((step) => documentIdOf(step.source)),
    ),
  ])
}

function sha256Of(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex')
}

function quoted(ids: readonly string[]): string {
  return ids.map((id) => `"${id}"`).join(', ')
}
