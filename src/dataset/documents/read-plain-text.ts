import type { DocumentNote } from './document-note'

/** A plain text as the article's text, and a note where it had to be changed. */
export type PlainText = { text: string; note?: DocumentNote }

/**
 * A .txt is kept as it is: its paragraphs are already its non-empty lines, as the app numbers a
 * source's paragraphs, and a text kept byte for byte (once decoded) has the file's own SHA-256, so
 * `npm run check-dataset -- … --source <the file>` checks an export against the very file opened.
 * Only lines ended by a lone carriage return (old Mac files), which the app would not see as lines,
 * are ended by a line feed instead, and said. One pass.
 */
export function plainText(text: string): PlainText {
  if (!/\r(?!\n)/.test(text)) return { text }
  return {
    text: text.replace(/\r(?!\n)/g, '\n'),
    note: { code: 'loneCarriageReturns' },
  }
}
