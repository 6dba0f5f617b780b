import { formatCount } from '../../../lib/format-count'

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
  note(column: string): string | null {
    if (this.values.size === 0) return null
    const listed = [...this.values].slice(0, 10).map(([value, { rows, suggestion }]) => {
      const where = `${rows.length === 1 ? 'row' : `${formatCount(rows.length)} rows:`} ${rows.slice(0, 3).join(', ')}${rows.length > 3 ? ', …' : ''}`
      return `“${value.slice(0, 60)}” (${where}${suggestion ? `; did you mean ${suggestion}?` : ''})`
    })
    const more = this.values.size > 10 ? ` and ${formatCount(this.values.size - 10)} more` : ''
    return `The ${column} has values no country is known by, left out of their events: ${listed.join(', ')}${more}.`
  }
}
