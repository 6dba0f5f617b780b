/**
 * What the person should know of how an article's file was read, as a code with its values: made
 * where the reader decides it (read-document.ts and the readers it loads), worded by the editor's
 * document panel in the reader's language (features/editor/article/document-note-words.tsx). The notes
 * never leave the page that read the file (no worker, no storage: the panel holds them while it is
 * open), so no checker reads them back. What a library or the browser said (mammoth's message, a
 * JSON parser's) is kept as it said it, shown as a detail in its own language.
 */
export type DocumentNote =
  /** A .txt or .md that is not UTF-8, read in this encoding. */
  | { code: 'notUtf8'; encoding: string }
  /** A saved web page read in the encoding its <meta> names. */
  | { code: 'pageEncoding'; encoding: string }
  /** A web page that is not UTF-8 and names no encoding, read as Windows-1252. */
  | { code: 'pageNotUtf8' }
  /** A text whose lines end with a carriage return alone (old Mac files): made line feeds. */
  | { code: 'loneCarriageReturns' }
  /** Markdown lists or quotes nested deeper than `levels`, read as that deep. */
  | { code: 'nestingBounded'; levels: number }
  /** A JSON-LD block that is not JSON, skipped; `error` is the parser's own message. */
  | { code: 'jsonLdSkipped'; error: string }
  /** A page with more elements than an article is picked out of: all its text read. */
  | { code: 'tooManyElements'; elements: number }
  /** A page nested deeper than an article is picked out of: all its text read. */
  | { code: 'nestedTooDeep'; depth: number }
  /** The article picked out of the page by Readability. */
  | { code: 'articlePicked' }
  /** No article picked out: all the page's text read. */
  | { code: 'noArticle' }
  /** The page's description put first as the standfirst. */
  | { code: 'standfirstAdded' }
  /** What mammoth said of the Word document, as it said it. */
  | { code: 'wordSaid'; message: string }
  /** How many more of mammoth's messages were not listed. */
  | { code: 'wordSaidMore'; count: number }
  /** Published is the day the Word document was created (EDTF, from its properties). */
  | { code: 'wordCreated'; date: string }
  /** The document's title or outlet longer than a story keeps: left out. */
  | { code: 'fieldTooLong'; field: 'title' | 'outlet'; length: number; limit: number }

export type DocumentNoteCode = DocumentNote['code']

/** Why a file was not read as an article, as a code with its values (worded like the notes). */
export type DocumentRefusal =
  /** Not a kind read here; `what` it is, when known by its name, type or first bytes. */
  | { code: 'unreadable'; what: OtherKind | null }
  | { code: 'empty' }
  | { code: 'tooLong'; length: number; limit: number }
  /** A .docx whose zip says it unpacks to more than any article. */
  | { code: 'wordTooLarge'; bytes: number }
  /** A .docx mammoth or JSZip could not read: why, or (`other`) what they said. */
  | { code: 'wordFailed'; why: WordFailure; said: string }
  /** Markup nested so deep that a reader ran out of stack. */
  | { code: 'nestedTooDeep' }
  /** Any other failure, and what the reader said. */
  | { code: 'failed'; said: string }

export type DocumentRefusalCode = DocumentRefusal['code']

/** Kinds of file a person may open by mistake, named so that the refusal says what the file is. */
export type OtherKind = 'pdf' | 'wordProcessor' | 'image' | 'webArchive' | 'archive'
export type WordFailure = 'notPackage' | 'noDocument' | 'notWellFormed' | 'other'
