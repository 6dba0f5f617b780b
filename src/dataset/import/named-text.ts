/**
 * The encoding a text was read in when its bytes were not the UTF-8 they were taken for: Excel on
 * Windows saves "CSV (Comma delimited)" in the system's code page, Windows-1252 in western Europe
 * and the Americas ("Café" as 43 61 66 E9, which UTF-8 would read as "Caf�").
 */
export type FallbackEncoding = 'windows-1252'

/**
 * A file's (or a download's) name and text, as the readers take them; a workbook (a zip, or an old
 * .xls) comes as its bytes, with no text.
 */
export type NamedText = {
  name: string
  text: string
  bytes?: Uint8Array<ArrayBuffer>
  /** The encoding the text was read in, where its bytes were not UTF-8 (see decode-text.ts). */
  encoding?: FallbackEncoding
}

/** True for bytes that begin a zip (an .xlsx or .ods workbook is one) or an old Excel .xls file. */
export function isWorkbookBytes(start: Uint8Array): boolean {
  const zip = start[0] === 0x50 && start[1] === 0x4b && start[2] === 0x03 && start[3] === 0x04
  const compound = start[0] === 0xd0 && start[1] === 0xcf && start[2] === 0x11 && start[3] === 0xe0
  return zip || compound
}

/** A JSON file by its name or its first character; anything else is read as CSV. */
export function isJsonText(file: NamedText): boolean {
  return /\.json$/i.test(file.name) || /^\s*[[{]/.test(file.text.slice(0, 100))
}
