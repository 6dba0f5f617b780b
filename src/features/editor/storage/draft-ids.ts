// 32 letters and digits that cannot be misread for each other (no l, o, 0, 1), so a byte's low five bits
// pick one without bias.
const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

/**
 * A new draft's id: 16 random characters (80 bits), short enough for an address (?edit=…).
 * crypto.getRandomValues, not randomUUID: the latter exists only in secure contexts (https).
 */
export function newDraftId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let id = ''
  for (const byte of bytes) id += ALPHABET[byte & 31]
  return id
}
