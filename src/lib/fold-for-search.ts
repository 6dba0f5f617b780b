// How search text is folded and split into words: the in-memory search (state/search.ts) and the
// query engines (dataset/query/sql/, which store each event's text folded so) do it alike.

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

/** The words of a search, folded; every one must appear. */
export function searchTerms(search: string): string[] {
  return foldForSearch(search).split(' ').filter(Boolean)
}

/** What a search looks in for an event: its title, summary and quotes, folded as one text. */
export function foldedEventText(
  title: string,
  summary: string | undefined,
  quotes: readonly string[],
): string {
  return foldForSearch([title, summary ?? '', ...quotes].join('\n'))
}
