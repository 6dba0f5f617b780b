import { TEXT_LIMITS } from '../format/format-constants'
import { readWebAddress } from '../import/values/web-address'
import { decodeBytes } from '../load/decode-text'
import { type ArticleText, articleText } from './article-text'
import { documentKind, unreadable } from './document-kind'
import { tooLong, withinLimit } from './document-limits'
import type { DocumentNote, DocumentRefusal, WordFailure } from './document-note'
import type { DocumentFile, ReadDocument, TextBlock } from './document-types'
import { publicationDate } from './publication-date'

/**
 * What a reader found: the blocks (or, for a .txt, the text as it is), and what the document says of
 * itself.
 */
type Found = {
  text?: string
  blocks: TextBlock[]
  title?: string
  outlet?: string
  url?: string
  published?: string
  notes: DocumentNote[]
}

/**
 * Reads an article from a file a person opened: a .txt, a .md, a saved web page (.html, .htm) or a
 * Word document (.docx); anything else is refused with what to do instead. The text comes back with one
 * paragraph per line, blank lines between them, numbered as the app numbers a source's paragraphs;
 * with the title, outlet, address and publication day where the document says them. Never throws.
 *
 * The readers of web pages (Readability) and of Word (mammoth) are loaded only when such a file is
 * opened. They use the browser's DOMParser, so this runs on the page, not in a worker.
 */
export async function readDocument(file: DocumentFile): Promise<ReadDocument> {
  const bytes = new Uint8Array(file.bytes)
  const kind = documentKind(file.name, file.type, bytes)
  if (kind === null) return { ok: false, refusal: unreadable(file.name, file.type, bytes) }
  let found: Found | { refused: DocumentRefusal }
  try {
    found = await readKind(kind, file.bytes, bytes)
  } catch (error) {
    return { ok: false, refusal: failure(kind, error) }
  }
  if ('refused' in found) return { ok: false, refusal: found.refused }
  const article: ArticleText =
    found.text === undefined ? articleText(found.blocks) : { text: found.text, headings: [] }
  const problem: DocumentRefusal | null =
    article.text.trim() === '' ? { code: 'empty' } : tooLong(article.text)
  if (problem) return { ok: false, refusal: problem }
  const notes = [...found.notes]
  const result: ReadDocument = { ok: true, text: article.text, headings: article.headings, notes }
  if (article.standfirst !== undefined) result.standfirst = article.standfirst
  const title = withinLimit(found.title ?? article.title, TEXT_LIMITS.sourceTitle, 'title', notes)
  if (title) result.title = title
  const outlet = withinLimit(found.outlet, TEXT_LIMITS.outlet, 'outlet', notes)
  if (outlet) result.outlet = outlet
  if (found.url) result.url = found.url
  if (found.published) result.published = found.published
  return result
}

async function readKind(
  kind: NonNullable<ReturnType<typeof documentKind>>,
  buffer: ArrayBuffer,
  bytes: Uint8Array,
): Promise<Found | { refused: DocumentRefusal }> {
  switch (kind) {
    case 'text': {
      const { plainText } = await import('./read-plain-text')
      const decoded = decodeBytes(bytes)
      const { text, note } = plainText(decoded.text)
      return { text, blocks: [], notes: [...encodingNotes(decoded.encoding), ...(note ? [note] : [])] }
    }
    case 'markdown': {
      const { readMarkdown } = await import('./read-markdown')
      const decoded = decodeBytes(bytes)
      const { blocks, matter, notes } = readMarkdown(decoded.text)
      const found: Found = { blocks, notes: [...encodingNotes(decoded.encoding), ...notes] }
      if (matter.title) found.title = matter.title
      if (matter.outlet) found.outlet = matter.outlet
      const url = readWebAddress(matter.url)
      if (url) found.url = url
      const published = publicationDate(matter.published)
      if (published) found.published = published
      return found
    }
    case 'html': {
      const { readWebPage } = await import('./read-web-page')
      const { blocks, metadata, notes } = readWebPage(bytes)
      return { blocks, notes, ...metadata }
    }
    case 'word': {
      const { readWord } = await import('./read-word')
      const word = await readWord(buffer)
      if ('refused' in word) return word
      const found: Found = { blocks: word.blocks, notes: word.notes }
      // A paragraph in Word's Title style is the title; the properties' title (often a template's, or
      // an earlier draft's) only when there is none.
      if (word.title && !word.blocks.some((block) => block.kind === 'title')) found.title = word.title
      if (word.created) found.published = word.created
      return found
    }
  }
}

function encodingNotes(encoding: string | undefined): DocumentNote[] {
  return encoding
    ? [{ code: 'notUtf8', encoding: encoding === 'windows-1252' ? 'Windows-1252' : encoding }]
    : []
}

function failure(kind: string, error: unknown): DocumentRefusal {
  const said = firstLine(error)
  if (kind === 'word') return { code: 'wordFailed', why: wordFailure(said), said }
  // A lexer or parser that recurses runs out of stack on markup nested thousands deep.
  if (error instanceof RangeError) return { code: 'nestedTooDeep' }
  return { code: 'failed', said }
}

/**
 * Why mammoth and JSZip could not read a .docx, as a person would say it: their messages ("Corrupted
 * zip: can't find end of central directory", "[xmldom error] element parse error: …") name their
 * insides; only one of none of these kinds is shown as they said it.
 */
function wordFailure(said: string): WordFailure {
  if (/central directory|corrupted zip|end of data|signature/i.test(said)) return 'notPackage'
  if (/main document part/i.test(said)) return 'noDocument'
  if (/xmldom|parse error|xml/i.test(said)) return 'notWellFormed'
  return 'other'
}

// An error's message without its "Error: " and past its first line (a parser's position, a stack).
function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error)
  return (message.replace(/^(?:\w*Error:\s*)+/i, '').split('\n')[0] ?? '').trim().replace(/[.?!]+$/, '')
}
