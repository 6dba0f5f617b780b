// For the documents' tests only: files as a person's browser hands them over, and the property every
// read article has.
import { expect } from 'vitest'
import { splitParagraphs } from '../validate/source-text'
import type { DocumentFile, ReadDocument } from './document-types'

export function fileOf(name: string, content: string | Uint8Array, type?: string): DocumentFile {
  const bytes = typeof content === 'string' ? new TextEncoder().encode(content) : content
  const buffer = new ArrayBuffer(bytes.byteLength)
  new Uint8Array(buffer).set(bytes)
  return type === undefined ? { name, bytes: buffer } : { name, type, bytes: buffer }
}

/** A read article, or the test fails saying why it was not read. */
export function expectRead(read: ReadDocument): Extract<ReadDocument, { ok: true }> {
  if (!read.ok) throw new Error(`not read: ${JSON.stringify(read.refusal)}`)
  return read
}

/** The article's paragraphs, as the app numbers them (its non-empty lines). */
export function paragraphsOf(read: ReadDocument): string[] {
  return splitParagraphs(expectRead(read).text)
}

/**
 * What every article read has: each paragraph a non-empty line with no line break and no whitespace
 * at its ends, one blank line between them, so the app's numbering (its non-empty lines) finds the same
 * paragraphs; headings and the standfirst are paragraphs that exist.
 */
export function expectWellFormed(read: Extract<ReadDocument, { ok: true }>): void {
  const paragraphs = read.text.split('\n\n')
  for (const paragraph of paragraphs) {
    expect(paragraph).not.toBe('')
    expect(paragraph).not.toMatch(/[\n\r\u2028\u2029]/)
    expect(paragraph).toBe(paragraph.trim())
  }
  expect(splitParagraphs(read.text)).toEqual(paragraphs)
  for (const heading of read.headings) expect(paragraphs[heading - 1]).toBeDefined()
  if (read.standfirst !== undefined) expect(paragraphs[read.standfirst - 1]).toBeDefined()
}
