import type { Sheet } from './sheet-rows'

// How many rows show a column to be TimelineJS's Type: its title slide and eras come first.
const LOOKED_AT = 50

/**
 * TimelineJS's Type column when its header cell was left blank (the template's own header names it,
 * a copy often does not): the first column no role reads whose values are all "title", "era" or
 * empty, one at least not empty. Undefined when there is none.
 */
export function blankTypeColumn(
  sheet: Sheet,
  unnamed: readonly string[],
  positions: ReadonlyMap<string, number>,
) {
  return unnamed.find((column) => {
    const at = positions.get(column)
    if (at === undefined) return false
    let typed = false
    for (const { cells } of sheet.rows.slice(0, LOOKED_AT)) {
      const value = (cells[at] ?? '').trim().toLowerCase()
      if (value === '') continue
      if (value !== 'title' && value !== 'era') return false
      typed = true
    }
    return typed
  })
}
