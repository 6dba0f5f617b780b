/**
 * What a paste on the page opens: files copied in a file manager as they are; rows copied from a
 * spreadsheet (Excel, LibreOffice and Google Sheets put them on the clipboard as tab-separated text)
 * as a TSV file; a story's JSON pasted as a JSON file. Any other text (a sentence, an address) is no
 * dataset: null, and the paste does what it would have done.
 */
export function pastedFiles(clipboard: { files: readonly File[]; text: string }): File[] | null {
  if (clipboard.files.length) return [...clipboard.files]
  const text = clipboard.text
  if (looksLikeRows(text)) return [new File([text], 'pasted rows.tsv', { type: 'text/tab-separated-values' })]
  if (looksLikeCsv(text)) return [new File([text], 'pasted rows.csv', { type: 'text/csv' })]
  if (looksLikeJson(text)) return [new File([text], 'pasted.json', { type: 'application/json' })]
  return null
}

// A header and at least one row, the header holding a tab: one copied cell, or a paragraph, is not.
function looksLikeRows(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 3).filter((line) => line.trim() !== '')
  return lines.length >= 2 && (lines[0] ?? '').includes('\t')
}

// A CSV file's text copied from an editor or a web page: a header of two or more short names and rows
// with as many commas as it has (quoted commas aside), so sentences with commas are not taken for one.
function looksLikeCsv(text: string): boolean {
  const lines = text.split(/\r\n|\n|\r/, 6).filter((line) => line.trim() !== '')
  if (lines.length < 2) return false
  const commas = (line: string) => line.replace(/"[^"]*"/g, '').split(',').length - 1
  const header = lines[0] ?? ''
  const names = header.split(',').map((name) => name.trim())
  // Column names are short labels, not a sentence's clauses ("First, the ministers met.").
  const label = (name: string) =>
    name !== '' && name.length <= 60 && name.split(/\s+/).length <= 4 && !/[.!?]$/.test(name)
  if (names.length < 2 || !names.every(label)) return false
  const rows = lines.slice(1, lines.length === 6 ? 5 : lines.length)
  return rows.every((line) => commas(line) === commas(header))
}

// An object or a list, ending as it began: the reader says what is wrong with it past that.
function looksLikeJson(text: string): boolean {
  const trimmed = text.trim()
  return (
    (trimmed.startsWith('{') && trimmed.endsWith('}')) || (trimmed.startsWith('[') && trimmed.endsWith(']'))
  )
}

/** Whether a paste lands in something a person types into, where it is theirs and not a file. */
export function pastesIntoText(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false
  return target.isContentEditable || target.closest('input, textarea, select, [contenteditable]') !== null
}
