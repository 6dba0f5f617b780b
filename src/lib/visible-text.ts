// Characters that change the direction of the text around them, or that cannot be seen: marks,
// embeddings, overrides, isolates, zero-width spaces and joiners, the byte-order mark.
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF]/g

/**
 * The text with those characters written out ("\u202E"), for messages that quote what a dataset or a
 * link contains: an unclosed U+202E would otherwise turn the rest of the message around, and a
 * zero-width space hide why two ids differ.
 */
export function showInvisible(text: string): string {
  return text.replace(
    INVISIBLE,
    (char) => `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`,
  )
}
