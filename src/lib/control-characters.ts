// Control characters (NUL, the bell, escape…) are no part of any text a reader sees: a CSV that holds
// them (a field copied from a binary file, a broken export) shows them as nothing or as boxes, and
// they break what is made of the text (an XML image, a CSV cell). Tab and line breaks are text.

const isControl = (code: number) =>
  (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || code === 0x7f

/** Whether `text` holds a control character other than a tab or a line break. */
export function hasControlCharacters(text: string): boolean {
  for (let at = 0; at < text.length; at++) if (isControl(text.charCodeAt(at))) return true
  return false
}

/** `text` without its control characters (tab and line breaks kept). */
export function withoutControlCharacters(text: string): string {
  let kept = ''
  for (let at = 0; at < text.length; at++) {
    const code = text.charCodeAt(at)
    if (!isControl(code)) kept += text[at]
  }
  return kept
}
