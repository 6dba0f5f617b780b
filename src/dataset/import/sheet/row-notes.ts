import { formatCount } from '../../../lib/format-count'

/**
 * "3 rows have a time that is not a time of day: their dates were kept without it (rows 4, 9, 12, …)".
 * `what` follows "row has" / "rows have"; in it, {its}, {s} and {was} agree with the count.
 */
export function rowsNote(rows: readonly number[], what: string): string {
  const one = rows.length === 1
  const said = what
    .replaceAll('{its}', one ? 'its' : 'their')
    .replaceAll('{s}', one ? '' : 's')
    .replaceAll('{was}', one ? 'was' : 'were')
  const shown = rows.slice(0, 3).join(', ')
  return `${formatCount(rows.length)} ${one ? 'row has' : 'rows have'} ${said} (row${one ? '' : 's'} ${shown}${rows.length > 3 ? ', …' : ''}).`
}
