import { foldForSearch } from './search'

/** A stretch of a text, in the text's own UTF-16 positions: [start, end). */
export type TextRange = { start: number; end: number }

/**
 * Where a search's terms occur in a text, in the text's own positions, folded as the search folds
 * ("kims" finds nothing, "kim’s" finds "Kim's", "seoul" finds "Séoul"). Overlapping and touching
 * stretches are merged; in text order.
 */
export function matchRanges(text: string, terms: readonly string[]): TextRange[] {
  if (terms.length === 0 || text.length === 0) return []
  const { folded, origin } = foldWithOrigins(text)
  const ranges: TextRange[] = []
  for (const term of terms) {
    if (!term) continue
    for (let at = folded.indexOf(term); at !== -1; at = folded.indexOf(term, at + term.length)) {
      const start = origin[at] ?? 0
      const last = origin[at + term.length - 1] ?? start
      ranges.push({ start, end: nextCharacter(text, last) })
      if (ranges.length > 500) break
    }
  }
  ranges.sort((a, b) => a.start - b.start)
  const merged: TextRange[] = []
  for (const range of ranges) {
    const previous = merged.at(-1)
    if (previous && range.start <= previous.end) previous.end = Math.max(previous.end, range.end)
    else merged.push({ ...range })
  }
  return merged
}

/**
 * A short piece of the text around its first match, for a result whose title does not say why it
 * matched: "…shoulder-fired rockets and missiles. Pyongyang and…". Null when nothing matches.
 */
export function matchSnippet(
  text: string,
  terms: readonly string[],
  around = 60,
): { text: string; ranges: TextRange[] } | null {
  const [first] = matchRanges(text, terms)
  if (!first) return null
  let start = Math.max(0, first.start - around)
  let end = Math.min(text.length, first.end + around)
  // Whole words at the cut ends.
  if (start > 0) start = text.indexOf(' ', start) + 1 || start
  if (end < text.length) end = text.lastIndexOf(' ', end) > first.end ? text.lastIndexOf(' ', end) : end
  const prefix = start > 0 ? '…' : ''
  const piece = `${prefix}${text.slice(start, end).replace(/\s+/g, ' ')}${end < text.length ? '…' : ''}`
  return { text: piece, ranges: matchRanges(piece, terms) }
}

// Each character folded alone, as foldForSearch folds a text (white space as one space: terms hold
// none), keeping for each folded character the position of the character it came from.
function foldWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = ''
  const origin: number[] = []
  for (let index = 0; index < text.length; ) {
    const code = text.codePointAt(index) ?? 0
    const character = String.fromCodePoint(code)
    const part = /\s/.test(character) ? ' ' : foldForSearch(character)
    for (let k = 0; k < part.length; k++) origin.push(index)
    folded += part
    index += character.length
  }
  return { folded, origin }
}

function nextCharacter(text: string, index: number): number {
  const code = text.codePointAt(index) ?? 0
  return index + (code > 0xffff ? 2 : 1)
}
