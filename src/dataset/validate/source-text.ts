/** The paragraphs of a source text: its non-empty lines, in order (paragraph 1 is index 0). */
export function splitParagraphs(text: string): string[] {
  return text.split(/\r?\n/).filter((line) => line.trim() !== '')
}

/**
 * The quoted spans of a paragraph: text between “ and ”, and between ‘ and a closing ’ that is not an
 * apostrophe (an apostrophe has a letter right after it, as in "Korea’s").
 */
export function findQuotedSpans(paragraph: string): string[] {
  const spans: string[] = []
  for (const match of paragraph.matchAll(/“([^”]+)”/g)) {
    if (match[1]) spans.push(match[1])
  }
  for (const match of paragraph.matchAll(/‘(.+?)’(?!\p{L})/gu)) {
    if (match[1]) spans.push(match[1])
  }
  return spans
}
