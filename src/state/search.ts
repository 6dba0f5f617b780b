/**
 * Folds text for matching: lower case, no diacritics, typographic quotes and dashes as plain ones,
 * runs of space as one. "Kim’s" and "kim's", "Séoul" and "seoul" match.
 */
export function foldForSearch(text: string): string {
  // Most text is plain ASCII, with nothing to unaccent or unquote: a quarter of the work.
  if (!BEYOND_PLAIN_ASCII.test(text)) return text.toLowerCase().replace(/\s+/g, ' ').trim()
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’ʼ′]/g, "'")
    .replace(/[“”„″]/g, '"')
    .replace(/[‐‑‒–—―]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
}

// Anything but printable ASCII and white space (tabs, new lines) takes the full fold.
const BEYOND_PLAIN_ASCII = /[^ -~\s]/
