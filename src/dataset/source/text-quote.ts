/** Where a quote is to be found, as W3C Web Annotation's TextQuoteSelector says it, and its paragraph. */
export type QuoteSelector = { exact: string; prefix?: string; suffix?: string; paragraph?: number }

/** A quote found: its paragraph (from 1), where in it, and whether it was not where the data said. */
export type FoundQuote = { paragraph: number; start: number; end: number; moved: boolean }

/**
 * Finds a quote in a text's paragraphs as TextQuoteSelector anchoring does: every place the exact words
 * occur is a candidate, scored by how much of the prefix ends right before it and how much of the
 * suffix begins right after it; the best wins, ties going to the paragraph the data names. The named
 * paragraph is looked in first; the whole text only when the words are not there (the text shifted,
 * or the paragraph number is wrong), and the find then says it moved. Null when the words are nowhere.
 */
export function findQuote(paragraphs: readonly string[], selector: QuoteSelector): FoundQuote | null {
  const { exact, paragraph: named } = selector
  if (!exact) return null
  const namedText = named === undefined ? undefined : paragraphs[named - 1]
  const inNamed =
    namedText === undefined ? [] : occurrences(namedText, exact).map((start) => ({ at: named ?? 1, start }))
  const candidates =
    inNamed.length > 0
      ? inNamed
      : paragraphs.flatMap((text, index) =>
          occurrences(text, exact).map((start) => ({ at: index + 1, start })),
        )
  let best: { at: number; start: number; score: number } | null = null
  for (const { at, start } of candidates) {
    const text = paragraphs[at - 1] ?? ''
    const score =
      commonEnd(text.slice(0, start), selector.prefix ?? '') +
      commonStart(text.slice(start + exact.length), selector.suffix ?? '')
    const nearer = best !== null && named !== undefined && Math.abs(at - named) < Math.abs(best.at - named)
    if (best === null || score > best.score || (score === best.score && nearer)) best = { at, start, score }
  }
  if (!best) return null
  return { paragraph: best.at, start: best.start, end: best.start + exact.length, moved: best.at !== named }
}

function occurrences(text: string, words: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) found.push(at)
  return found
}

// How many characters the end of `text` shares with the end of `prefix`.
function commonEnd(text: string, prefix: string): number {
  let count = 0
  while (
    count < text.length &&
    count < prefix.length &&
    text[text.length - 1 - count] === prefix[prefix.length - 1 - count]
  )
    count++
  return count
}

// How many characters the start of `text` shares with the start of `suffix`.
function commonStart(text: string, suffix: string): number {
  let count = 0
  while (count < text.length && count < suffix.length && text[count] === suffix[count]) count++
  return count
}
