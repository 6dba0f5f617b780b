import { decodeBytes } from '../load/decode-text'
import type { DocumentNote } from './document-note'

/** A saved page's text, and a note when it was read in an encoding other than UTF-8. */
export type PageText = { text: string; note?: DocumentNote }

// <meta charset="…"> or <meta http-equiv="Content-Type" content="text/html; charset=…">, looked for in
// the first 1,024 bytes as browsers do. The pattern's parts are bounded by the characters they may not
// contain, and the input is 1,024 characters: no backtracking to speak of.
const CHARSET = /<meta[^>]{0,200}?charset\s*=\s*["']?\s*([a-z0-9_:.-]{1,40})/i

/**
 * Decodes a saved web page: by its byte-order mark; else by the charset its <meta> names (a page
 * saved from an older site may be Windows-1252 or Shift_JIS); else as UTF-8, or Windows-1252 when it
 * is not valid UTF-8 (decode-text.ts).
 */
export function decodePage(bytes: Uint8Array): PageText {
  const hasMark =
    (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) ||
    (bytes[0] === 0xff && bytes[1] === 0xfe) ||
    (bytes[0] === 0xfe && bytes[1] === 0xff)
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024))
  const label = hasMark ? undefined : CHARSET.exec(head)?.[1]
  const decoder = label ? decoderFor(label) : null
  // UTF-8 and Windows-1252 (which latin1 and iso-8859-1 also name) are read by decodeBytes, which
  // maps Windows-1252 as browsers do where Node's decoder does not; a page that says UTF-16 with no
  // byte-order mark is UTF-8, as the HTML standard reads it.
  if (decoder && !['utf-8', 'windows-1252', 'utf-16le', 'utf-16be'].includes(decoder.encoding)) {
    return {
      text: decoder.decode(bytes),
      note: { code: 'pageEncoding', encoding: decoder.encoding },
    }
  }
  const decoded = decodeBytes(bytes)
  if (!decoded.encoding) return { text: decoded.text }
  return {
    text: decoded.text,
    note:
      decoder?.encoding === 'windows-1252'
        ? { code: 'pageEncoding', encoding: decoder.encoding }
        : { code: 'pageNotUtf8' },
  }
}

function decoderFor(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label)
  } catch {
    return null
  }
}
