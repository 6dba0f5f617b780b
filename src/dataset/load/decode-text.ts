import type { FallbackEncoding } from '../import/named-text'

/**
 * A text decoder for bytes that start with these: UTF-16 (little- or big-endian) when they begin with
 * its byte-order mark, as Excel and Windows Notepad save "Unicode" text, else UTF-8 (its own mark, if
 * any, is dropped). `fatal`: UTF-8 that is not valid throws, to be read another way (decodeBytes).
 * Kept small: the page's first script uses it.
 */
export function decoderFor(start: Uint8Array, fatal = false): TextDecoder {
  if (start[0] === 0xff && start[1] === 0xfe) return new TextDecoder('utf-16le')
  if (start[0] === 0xfe && start[1] === 0xff) return new TextDecoder('utf-16be')
  return new TextDecoder('utf-8', { fatal })
}

/** Text, and the encoding it was read in where that was not the one its bytes claimed (see above). */
export type DecodedText = { text: string; encoding?: FallbackEncoding }

/**
 * A file's or a download's bytes as text: in the encoding their byte-order mark names; else UTF-8,
 * unless they are not valid UTF-8, when they are read as Windows-1252 and said so. `stream`: the bytes
 * are the start of a longer file, which may end inside a character.
 */
export function decodeBytes(view: Uint8Array, stream = false): DecodedText {
  const decoder = decoderFor(view.subarray(0, 2), true)
  try {
    return { text: decoder.decode(view, { stream }) }
  } catch {
    // A UTF-8 file with a few damaged bytes stays UTF-8 (each damaged one a "�"): it is Windows-1252
    // when what cannot be read as UTF-8 outnumbers the letters that can.
    const lenient = new TextDecoder('utf-8').decode(view, { stream })
    let unreadable = 0
    let read = 0
    for (let at = 0; at < lenient.length; at++) {
      const code = lenient.charCodeAt(at)
      if (code === 0xfffd) unreadable++
      else if (code > 0x7f) read++
    }
    return read >= unreadable ? { text: lenient } : { text: windows1252(view), encoding: 'windows-1252' }
  }
}

// Windows-1252's bytes 80–9F, as the WHATWG Encoding Standard maps them (€, ‚, ƒ, „, …, –, —, ™…).
const WINDOWS_1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178'

/**
 * Windows-1252 text. Browsers decode it as the standard says; Node before v23 (the unit tests'
 * engine) decodes it as Latin-1, which reads 80–9F as control characters: those are mapped here.
 */
function windows1252(view: Uint8Array): string {
  return new TextDecoder('windows-1252')
    .decode(view)
    .replace(/[\u0080-\u009f]/g, (control) => WINDOWS_1252_HIGH[control.charCodeAt(0) - 0x80] ?? control)
}

/** The text of a file's or a download's bytes (see decodeBytes). */
export function decodeText(bytes: ArrayBuffer): string {
  return decodeBytes(new Uint8Array(bytes)).text
}

/** The text of a file (a Blob), as decodeBytes reads it (Blob.text() reads UTF-8 only). */
export async function blobText(blob: Blob): Promise<DecodedText> {
  return decodeBytes(new Uint8Array(await blob.arrayBuffer()))
}
