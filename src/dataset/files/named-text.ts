/** A file's (or a download's) name and text, as the readers take them. */
export type NamedText = { name: string; text: string }

/** A JSON file by its name or its first character; anything else is read as CSV. */
export function isJsonText(file: NamedText): boolean {
  return /\.json$/i.test(file.name) || /^\s*[[{]/.test(file.text.slice(0, 100))
}
