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
  const inNamed = namedText === undefined ? null : bestIn(namedText, selector)
  let best: { at: number; start: number; score: number } | null =
    inNamed && named !== undefined ? { at: named, ...inNamed } : null
  if (!best) {
    paragraphs.forEach((text, index) => {
      const found = bestIn(text, selector)
      // Of equal scores, the paragraph nearer the one named wins (or the first, where none was named).
      const at = index + 1
      const nearer = best !== null && named !== undefined && Math.abs(at - named) < Math.abs(best.at - named)
      if (found && (best === null || found.score > best.score || (found.score === best.score && nearer)))
        best = { at, ...found }
    })
  }
  if (!best) return null
  const { at, start } = best
  return { paragraph: at, start, end: start + exact.length, moved: at !== named }
}

/**
 * The best place for the words in one paragraph: the occurrence with the most of the prefix right
 * before it and of the suffix right after it (the first of equals); null when they are not there.
 * The words with their whole context are looked for first (the text as annotated: one search); else
 * each occurrence is scored in constant time from two match-length arrays (see matchLengths), so a
 * quote whose words occur two million times in its paragraph is found in one pass, not in 400
 * comparisons at each.
 */
function bestIn(text: string, selector: QuoteSelector): { start: number; score: number } | null {
  const { exact, prefix = '', suffix = '' } = selector
  const whole = text.indexOf(`${prefix}${exact}${suffix}`)
  if (whole !== -1) return { start: whole + prefix.length, score: prefix.length + suffix.length }
  const starts = occurrences(text, exact)
  if (starts.length <= 1) return starts.length ? { start: starts[0] ?? 0, score: 0 } : null
  // How much of the prefix ends right before each place: the prefix and the text both read backwards.
  const endsWithPrefix = prefix ? matchLengths(prefix, text, true) : null
  const startsWithSuffix = suffix ? matchLengths(suffix, text, false) : null
  let best: { start: number; score: number } | null = null
  for (const start of starts) {
    // Read backwards, the text before `start` begins at text.length - start.
    const before = endsWithPrefix ? (endsWithPrefix[text.length - start] ?? 0) : 0
    const after = startsWithSuffix ? (startsWithSuffix[start + exact.length] ?? 0) : 0
    const score = before + after
    if (best === null || score > best.score) best = { start, score }
  }
  return best
}

function occurrences(text: string, words: string): number[] {
  const found: number[] = []
  for (let at = text.indexOf(words); at !== -1; at = text.indexOf(words, at + 1)) found.push(at)
  return found
}

/**
 * For each position of `text` (and one past its end), how many characters from there are the start of
 * `pattern`: the extended Z-algorithm, linear in both. `backwards` reads both from their ends (position
 * k is the k-th character from the end), without a reversed copy. Characters are read inline, not
 * through a function: Chromium did not inline an accessor here, and took six times as long.
 */
function matchLengths(pattern: string, text: string, backwards: boolean): Int32Array {
  const m = pattern.length
  const n = text.length
  const p = (at: number) => (backwards ? pattern.charCodeAt(m - 1 - at) : pattern.charCodeAt(at))
  // The pattern against itself first: z[k] is how much of the pattern starts at its position k.
  const z = new Int32Array(m + 1)
  z[0] = m
  for (let at = 1, left = 0, right = 0; at < m; at++) {
    let length = at < right ? Math.min(right - at, z[at - left] ?? 0) : 0
    while (at + length < m && p(length) === p(at + length)) length++
    z[at] = length
    if (at + length > right) {
      left = at
      right = at + length
    }
  }
  // Then the text, at every position: the text is long, so its loop reads characters inline.
  const lengths = new Int32Array(n + 1)
  for (let at = 0, left = 0, right = 0; at < n; at++) {
    let length = at < right ? Math.min(right - at, z[at - left] ?? 0) : 0
    if (backwards) {
      while (
        at + length < n &&
        length < m &&
        text.charCodeAt(n - 1 - at - length) === pattern.charCodeAt(m - 1 - length)
      )
        length++
    } else {
      while (at + length < n && length < m && text.charCodeAt(at + length) === pattern.charCodeAt(length))
        length++
    }
    lengths[at] = length
    if (at + length > right) {
      left = at
      right = at + length
    }
  }
  return lengths
}
