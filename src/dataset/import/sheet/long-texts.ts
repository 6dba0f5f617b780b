import { firstLines, type LongField, type ReadNote } from '../../notes/read-note'

/**
 * Texts longer than a field of the format may hold (a category's name of 200 characters, an outlet's
 * of 200, a caption's of 2,000: see TEXT_LIMITS). Nothing a file holds is lost to those limits: the
 * field gets a shorter text, cut at a word and marked "…", and the whole text is kept in the event's
 * summary under what it was ("Category: …"), said once per field with the rows. What each field
 * does is said where it is read (event-extras.ts, sheet-to-dataset.ts).
 */
export class LongTexts {
  private readonly fields = new Map<LongField, { rows: number[]; limit: number }>()
  /** The whole texts of the row being read, for its summary. */
  private row: string[] = []

  /**
   * `text` as it fits in `limit` characters; when shortened, the whole of it is kept for the row's
   * summary, labelled (`label`, "Category"), and the field is said in a note (`field`, categoryNames).
   */
  fit(text: string, limit: number, line: number, field: LongField, label: string): string {
    if (text.length <= limit) return text
    const known = this.fields.get(field)
    if (!known) this.fields.set(field, { rows: [line], limit })
    else if (known.rows.at(-1) !== line) known.rows.push(line)
    this.row.push(`${label}: ${text}`)
    return shortened(text, limit)
  }

  /** A text of the row that no field holds, kept for its summary ("violence level: GRAPHIC"). */
  keep(text: string): void {
    this.row.push(text)
  }

  /** The whole texts the row's fields were shortened from, and a fresh list for the next row. */
  takeRow(): string[] {
    const taken = this.row
    if (taken.length) this.row = []
    return taken
  }

  /** "3 category names are longer than …: each is shortened, the whole kept in its event's summary (rows …)." */
  notes(): ReadNote[] {
    return [...this.fields].map(([field, { rows, limit }]) => ({
      code: 'longTexts',
      field,
      limit,
      count: rows.length,
      lines: firstLines(rows),
    }))
  }
}

/** A text cut to `limit` characters at most, at the last space in its final fifth if there is one, marked "…". */
export function shortened(text: string, limit: number): string {
  if (text.length <= limit) return text
  const cut = text.slice(0, limit - 1)
  const space = cut.lastIndexOf(' ')
  const atWord = space > limit * 0.8 ? cut.slice(0, space) : cut
  return `${atWord.trimEnd()}…`
}
