/** The paragraphs of a source text: its non-empty lines, in order (paragraph 1 is index 0). */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '')
}

/**
 * The quoted spans of a paragraph: text between “ and ”, and between ‘ and a closing ’ that is not an
 * apostrophe (an apostrophe has a letter right after it, as in "Korea’s").
 */
export function findQuotedSpans(paragraph: string): string[] {
  // Scanned, not matched by a pattern: "“([^”]+)”" ran from every “ of a paragraph of many to its
  // end, quadratic. An opening mark with no closing one after it ends the search: none later has.
  const spans: string[] = []
  for (let open = paragraph.indexOf('“'); open !== -1; ) {
    const close = paragraph.indexOf('”', open + 1)
    if (close === -1) break
    if (close > open + 1) spans.push(paragraph.slice(open + 1, close))
    open = paragraph.indexOf('“', close + 1)
  }
  for (let open = paragraph.indexOf('‘'); open !== -1; ) {
    const close = closingSingleQuote(paragraph, open + 2)
    if (close === -1) break
    spans.push(paragraph.slice(open + 1, close))
    open = paragraph.indexOf('‘', close + 1)
  }
  return spans
}

// The first ’ from `from` on that is not an apostrophe (no letter right after it), or -1.
function closingSingleQuote(paragraph: string, from: number): number {
  for (let at = paragraph.indexOf('’', from); at !== -1; at = paragraph.indexOf('’', at + 1)) {
    if (!/\p{L}/u.test(paragraph[at + 1] ?? '')) return at
  }
  return -1
}
