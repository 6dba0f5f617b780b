/**
 * Folds text for matching: lower case, no diacritics, typographic quotes and dashes as plain ones,
 * runs of space as one. "Kim’s" and "kim's", "Séoul" and "seoul" match.
 */
export function foldForSearch(text: string): string {
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
