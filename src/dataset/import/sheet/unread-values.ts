import { firstLines, type ReadNote } from '../../notes/read-note'

/**
 * Values of a column that could not be read (a country no code or name matches), gathered to be said
 * once each with how many rows hold it, the first rows, and the nearest known value when one is close.
 */
export class UnreadValues {
  private readonly values = new Map<string, { rows: number[]; suggestion?: string }>()

  add(value: string, row: number, suggestion?: string): void {
    const known = this.values.get(value)
    if (known) known.rows.push(row)
    else this.values.set(value, { rows: [row], ...(suggestion ? { suggestion } : {}) })
  }

  /** "The countries column has values no country is known by, left out of their events: …" */
  note(column: string): ReadNote | null {
    if (this.values.size === 0) return null
    const values = [...this.values].slice(0, 10).map(([value, { rows, suggestion }]) => ({
      text: value.slice(0, 60),
      count: rows.length,
      lines: firstLines(rows),
      suggestion: suggestion ?? null,
    }))
    return { code: 'unknownCountries', column, values, more: Math.max(0, this.values.size - 10) }
  }
}
