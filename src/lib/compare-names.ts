/**
 * Alphabetical order of names for lists (countries, actors): letters compared without case or accents
 * ("Åland" with the A's, "Türkiye" before "Turks"), then as written. Not localeCompare(…, 'en'): the
 * page's first collator loads locale data while the first view is drawn (see
 * docs/decisions/no-intl-on-first-view.md); for names this order is the same wherever they differ in their letters (a test holds the two together).
 */
export function compareNames(a: string, b: string): number {
  const keyA = sortKey(a)
  const keyB = sortKey(b)
  if (keyA !== keyB) return keyA < keyB ? -1 : 1
  return a < b ? -1 : a > b ? 1 : 0
}

function sortKey(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
}
