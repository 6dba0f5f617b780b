let decoder: HTMLTextAreaElement | null = null

/**
 * Markdown text with its character references decoded (&amp; → &, &mdash; → —, &#8217; → ’), as
 * CommonMark reads them; marked's lexer leaves them for its HTML renderer, which is not used here.
 * The text is parsed as a <textarea>'s content (RCDATA: references are decoded, tags are never made)
 * in a document of DOMParser's own, never shown or inserted: nothing runs, nothing loads. Text
 * without an ampersand is returned as it is.
 */
export function decodeEntities(text: string): string {
  const first = text.indexOf('&')
  if (first === -1) return text
  decoder ??= new DOMParser().parseFromString('', 'text/html').createElement('textarea')
  // From the first ampersand on: the text before it stays exactly as it is (a textarea would drop a
  // leading line break).
  decoder.innerHTML = text.slice(first)
  return text.slice(0, first) + decoder.value
}
