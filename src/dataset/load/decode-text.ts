/**
 * A text decoder for bytes that start with these: UTF-16 (little- or big-endian) when they begin with
 * its byte-order mark, as Excel and Windows Notepad save "Unicode" text, else UTF-8 (its own mark, if
 * any, is dropped). Kept small: the page's first script uses it.
 */
export function decoderFor(start: Uint8Array): TextDecoder {
  if (start[0] === 0xff && start[1] === 0xfe) return new TextDecoder('utf-16le')
  if (start[0] === 0xfe && start[1] === 0xff) return new TextDecoder('utf-16be')
  return new TextDecoder()
}

/** The text of a file's or a download's bytes, in the encoding its byte-order mark names. */
export function decodeText(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes)
  return decoderFor(view.subarray(0, 2)).decode(view)
}

/** The text of a file (a Blob), in the encoding its byte-order mark names (Blob.text() reads UTF-8 only). */
export async function blobText(blob: Blob): Promise<string> {
  return decodeText(await blob.arrayBuffer())
}
