import { readCountry } from '../values/read-country'
import type { EventColumn } from './event-columns'
import { LIST_ROLES, type ListRole } from './known-columns'
import { type ListSeparator, listSeparator, splitList } from './list-cells'
import type { Sheet } from './sheet-rows'

/**
 * The list roles' cells of a sheet's rows (actors, categories, sources, countries), each read from
 * every column of that role, in the header's order, and each column's cells split by that column's
 * separator (see list-cells.ts), decided once from its first values.
 */
export class SheetLists {
  private readonly columns = new Map<ListRole, Array<{ at: number; separator: ListSeparator }>>()
  private readonly wholeCountry = new Map<string, boolean>()

  constructor(
    sheet: Sheet,
    first: Partial<Record<EventColumn, string>>,
    more: Partial<Record<ListRole, string[]>>,
    positions: ReadonlyMap<string, number>,
    /** A cell as the reader reads it (control characters removed). */
    private readonly clean: (value: string) => string,
  ) {
    for (const role of LIST_ROLES) {
      const names = [first[role], ...(more[role] ?? [])].filter((name): name is string => name !== undefined)
      const read = names.flatMap((name) => {
        const at = positions.get(name)
        if (at === undefined) return []
        return [{ at, separator: listSeparator(firstCells(sheet, at)) }]
      })
      if (read.length) this.columns.set(role, read)
    }
  }

  /** The row's values of a role, from each of its columns in turn. */
  of(cells: readonly string[], role: ListRole): string[] {
    const read = this.columns.get(role)
    if (!read) return []
    const values: string[] = []
    for (const { at, separator } of read) {
      const cell = cells[at] ?? ''
      if (cell === '') continue
      const text = this.clean(cell)
      // "Korea, Republic of" is one country, in a column whose commas separate others.
      if (role === 'countries' && separator === ',' && this.isOneCountry(text)) values.push(text.trim())
      else for (const value of splitList(text, separator)) values.push(value)
    }
    return values
  }

  private isOneCountry(text: string): boolean {
    let known = this.wholeCountry.get(text)
    if (known === undefined) {
      known = readCountry(text, false).code !== null
      this.wholeCountry.set(text, known)
    }
    return known
  }
}

// The first filled cells of a column, as many as decide its separator.
function* firstCells(sheet: Sheet, at: number): Generator<string> {
  let given = 0
  for (const { cells } of sheet.rows) {
    const cell = cells[at] ?? ''
    if (cell === '') continue
    yield cell
    if (++given >= 200) return
  }
}
