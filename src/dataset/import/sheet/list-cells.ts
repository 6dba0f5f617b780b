/**
 * Cells holding several values ("Jane Doe, John Roe", "a; b", "a | b"). A ";" always separates (this
 * app's own CSV, ACLED's associated actors, the nested JSON reader's lists); "|" and "," only in a
 * column whose values look like lists, decided once from its first values: a comma is also inside
 * one value ("Korea, Republic of", "Washington, D.C."), so a column splits on it only where most of
 * its commas stand between short items, each like the others.
 */
export type ListSeparator = ',' | '|' | null

/** How many of a column's first filled values decide its separator. */
const DECIDING_VALUES = 200
/** An item of a list is short: a name, a word, an address. */
const LONGEST_ITEM = 80

/** The separator a column's cells use besides ";", from its first filled values. */
export function listSeparator(values: Iterable<string>): ListSeparator {
  let filled = 0
  let piped = 0
  let commaLists = 0
  let commas = 0
  for (const value of values) {
    if (value === '') continue
    if (++filled > DECIDING_VALUES) break
    if (value.includes('|')) piped++
    if (!value.includes(',')) continue
    commas++
    if (looksLikeCommaList(value)) commaLists++
  }
  if (piped > 0 && piped * 5 >= filled) return '|'
  // A comma list in at least one cell in five, and nearly every comma in the column one of a list.
  if (commaLists > 0 && commaLists * 5 >= filled && commaLists * 10 >= commas * 9) return ','
  return null
}

// "Jane Doe, John Roe", "Kyiv, Lviv", "https://a, https://b": every item short, no sentence.
function looksLikeCommaList(value: string): boolean {
  if (value.length > 2000) return false
  const items = value.split(',').map((item) => item.trim())
  if (items.length < 2 || items.some((item) => item === '' || item.length > LONGEST_ITEM)) return false
  // A sentence's comma is followed by a lower-case word ("Kyiv, where…"); a list's by a name or address.
  return items.every((item) => item.split(/\s+/).length <= 6 && !/^\p{Ll}{3,}\s/u.test(item))
}

/** A cell's values: split on ";" always, and on the column's separator where it has one. */
export function splitList(cell: string | undefined, separator: ListSeparator = null): string[] {
  if (cell === undefined || cell === '') return []
  const by = cell.includes(';') ? ';' : separator !== null && cell.includes(separator) ? separator : null
  // Most cells hold one value: no list to split.
  if (by === null) {
    const value = cell.trim()
    return value ? [value] : []
  }
  return cell
    .split(by)
    .map((value) => value.trim())
    .filter(Boolean)
}

/** A cell's values as guessing sees them, one cell alone: split on ";", "|", or a list's commas. */
export function splitItems(cell: string): string[] {
  if (cell.includes(';')) return splitList(cell)
  if (cell.includes('|')) return splitList(cell, '|')
  return looksLikeCommaList(cell) ? splitList(cell, ',') : splitList(cell)
}
