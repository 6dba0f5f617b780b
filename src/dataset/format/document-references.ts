import { FIRST_DOCUMENT_ID } from './format-constants'
import type { CheckedProblem } from './format-problem'

// A story's documents as references see them: each by its id, with its place in the file, and the
// checks on what cites one (the document exists, the paragraphs are within it, a heading is one).

type Path = Array<string | number>
export type ReferenceProblem = { path: Path; expected: CheckedProblem; found: unknown }

export type DocumentShape = {
  paragraphs?: number | undefined
  text?: string | undefined
  sha256?: string | undefined
  headings?: number[] | undefined
}
type Listed = DocumentShape & { id: string }

/** A document known by its id, and where it stands in the file ("source", "documents[2]"). */
type Known = { document: DocumentShape; path: Path; headings: ReadonlySet<number> | undefined }

/** What a citation gives: the document it names (absent: the first), and its paragraphs with their paths. */
export type Citation = { document?: string | undefined }

/**
 * Checks the documents themselves (ids, a text's hash, headings within the paragraphs) and returns
 * the checks of a citation: `cite` says whether its document exists and each paragraph is within it;
 * `checkHeading`, whether a paragraph called a heading is one, where the document lists its headings.
 */
export function documentChecks(
  source: DocumentShape,
  documents: readonly Listed[] | undefined,
  problems: ReferenceProblem[],
) {
  const known = new Map<string, Known>()
  const add = (id: string, document: DocumentShape, path: Path) => {
    known.set(id, { document, path, headings: document.headings && new Set(document.headings) })
  }
  add(FIRST_DOCUMENT_ID, source, ['source'])
  checkDocument(source, ['source'], problems)
  documents?.forEach((document, index) => {
    const path = ['documents', index]
    checkDocument(document, path, problems)
    const first = known.get(document.id)
    if (document.id === FIRST_DOCUMENT_ID) {
      problems.push({
        path: [...path, 'id'],
        expected: { code: 'notFirstDocumentId' },
        found: document.id,
      })
    } else if (first) {
      problems.push({
        path: [...path, 'id'],
        expected: { code: 'newId', list: 'documents', first: formatPath(first.path) },
        found: document.id,
      })
    } else {
      add(document.id, document, path)
    }
  })
  const firstDocument = known.get(FIRST_DOCUMENT_ID)

  /** The document a citation names, or undefined (and a problem) when there is none by that id. */
  function resolve(citation: Citation, path: Path): Known | undefined {
    if (citation.document === undefined) return firstDocument
    const found = known.get(citation.document)
    if (!found) {
      problems.push({
        path: [...path, 'document'],
        expected: { code: 'idIn', list: 'documents' },
        found: citation.document,
      })
    }
    return found
  }

  return {
    /** Checks a citation of some paragraphs (each with its path) of one document; returns the document. */
    cite(citation: Citation, path: Path, paragraphs: ReadonlyArray<readonly [number, Path]>) {
      const document = resolve(citation, path)
      const count = document?.document.paragraphs
      if (document === undefined || count === undefined) return document
      for (const [paragraph, at] of paragraphs) {
        if (paragraph > count)
          problems.push({ path: at, expected: paragraphRange(document, count), found: paragraph })
      }
      return document
    },
    /** A quote said to be from a heading: the paragraph is one of its document's headings, if listed. */
    checkHeading(document: Known | undefined, paragraph: number, path: Path) {
      if (!document?.headings || document.headings.has(paragraph)) return
      const headings = formatPath([...document.path, 'headings'])
      problems.push({
        path,
        expected: {
          code: 'listedHeading',
          paragraph,
          headings,
          listed: [...document.headings].slice(0, 10),
          more: document.headings.size > 10,
        },
        found: 'heading',
      })
    },
  }
}

function checkDocument(document: DocumentShape, path: Path, problems: ReferenceProblem[]) {
  if (document.text !== undefined && document.sha256 === undefined) {
    problems.push({
      path: [...path, 'sha256'],
      expected: { code: 'sha256OfText' },
      found: undefined,
    })
  }
  const seen = new Set<number>()
  document.headings?.forEach((paragraph, index) => {
    const at = [...path, 'headings', index]
    if (document.paragraphs !== undefined && paragraph > document.paragraphs) {
      problems.push({
        path: at,
        expected: { code: 'paragraphUpTo', count: document.paragraphs, document: null },
        found: paragraph,
      })
    } else if (seen.has(paragraph))
      problems.push({ path: at, expected: { code: 'once', of: 'heading' }, found: paragraph })
    seen.add(paragraph)
  })
}

// The first document's range is said as it always was; another's names it, since the number is its own.
function paragraphRange(document: Known, count: number): CheckedProblem {
  return {
    code: 'paragraphUpTo',
    count,
    document: document.path.length === 1 ? null : formatPath(document.path),
  }
}

function formatPath(path: Path): string {
  return path
    .map((part, index) => (typeof part === 'number' ? `[${part}]` : index ? `.${part}` : part))
    .join('')
}
