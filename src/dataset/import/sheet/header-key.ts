// How column names are compared, apart from the code that reads the columns: the page remembers a
// choice of columns by its header before any importer has loaded (column-choice.ts).

/** A column name as names are compared: no case, spaces, underscores or hyphens. */
export const normalName = (name: string) => name.toLowerCase().replace(/[\s_-]+/g, '')

/**
 * A header as one key, for remembering a choice for the next file with the same columns: the names as
 * they are compared (no case, spaces or underscores), in order.
 */
export function headerKey(header: readonly string[]): string {
  return header.map(normalName).join('\u001f')
}
