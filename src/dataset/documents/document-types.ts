import type { DocumentNote, DocumentRefusal } from './document-note'

/**
 * An article read from a file, as the editor takes it: the text with one paragraph per line and a
 * blank line between paragraphs (so paragraph n is the n-th non-empty line, as the app numbers a
 * source's paragraphs), and what the document says of itself. `notes` say what was left out or guessed,
 * as codes the editor words (document-note.ts); a refusal says why the file was not read.
 */
export type ReadDocument =
  | {
      ok: true
      text: string
      title?: string
      outlet?: string
      url?: string
      /** The day published as EDTF (2023-08-15), or the month (2023-08) when only that is known. */
      published?: string
      /** The numbers (from 1) of the paragraphs that are headings. */
      headings: number[]
      /** The number of the paragraph that is the standfirst (the summary under the headline). */
      standfirst?: number
      notes: DocumentNote[]
    }
  | { ok: false; refusal: DocumentRefusal }

/** A file as the editor hands it over. */
export type DocumentFile = { name: string; type?: string; bytes: ArrayBuffer }

/** A stretch of a document's text and what it is: a paragraph, a heading, the standfirst or the title. */
export type TextBlock = { text: string; kind: BlockKind }
export type BlockKind = 'paragraph' | 'heading' | 'standfirst' | 'title'
