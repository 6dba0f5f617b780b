/**
 * The marks that open and close quoted words in the languages news is written in: English “…” and
 * ‘…’, German „…“ and »…«, Polish and Hungarian „…”, French and Arabic «…» (often with spaces inside),
 * ‹…› and ›…‹, Japanese and Chinese 「…」 and 『…』, and straight quotes. Single curly and straight
 * quotes double as apostrophes and are told apart in quote-spans.ts; the others never do.
 */

/** Each unambiguous opening mark with the marks that may close it. */
export const PAIRED_MARKS: ReadonlyMap<string, readonly string[]> = new Map([
  // A straight mark closes a curly one in text typed carelessly (“…").
  ['“', ['”', '"']],
  ['„', ['“', '”']],
  ['«', ['»']],
  ['»', ['«']],
  ['‹', ['›']],
  ['›', ['‹']],
  ['‚', ['‘', '’']],
  ['「', ['」']],
  ['『', ['』']],
])

/** Marks that open a quote only where an opening mark can stand (French » closes, Danish » opens). */
export const OPENS_ONLY_BEFORE_WORD = new Set(['»', '›', '‚'])

/** Every quote mark, for character classes: the words naming a speaker hold none. */
export const QUOTE_MARKS = '“”"‘«»„‹›‚「」『』'

/** Marks that may close a quoted sentence, after its full stop ("….”", "…. »", "…」"). */
export const CLOSING_MARKS = '”’"\'»«›‹“」』'

/** Marks that may open a sentence. */
export const OPENING_MARKS = '“‘"\'«»„‹›‚「『'
