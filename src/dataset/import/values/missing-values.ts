/**
 * Marks that statistics tools write for "no value": R's NA, pandas' NaN and None, SQL's NULL, Excel's
 * #N/A, and a lone dash. A column of them is an empty column, not a column of Namibia ("NA"), and a
 * column of ages with a few NA is still a column of numbers. Guessing what a column holds reads them
 * as empty cells; a column chosen for a role reads its cells as they are.
 */
const MISSING: ReadonlySet<string> = new Set([
  'na',
  'n/a',
  '#n/a',
  'n.a.',
  'nan',
  'null',
  'none',
  'nil',
  '-',
  '--',
  '–',
  '—',
  '.',
])

export function isMissingMarker(value: string): boolean {
  const trimmed = value.trim()
  return trimmed.length <= 4 && MISSING.has(trimmed.toLowerCase())
}
