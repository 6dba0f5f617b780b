import type { Span } from './draft-types'

// Words a title keeps in lower case ("Scary Movie", "One of Them Days", "In Living Color").
const SMALL_WORDS = new Set([
  'a',
  'an',
  'and',
  'at',
  'by',
  'for',
  'in',
  'of',
  'on',
  'or',
  'the',
  'to',
  'with',
])
// What names a work just before it: "the 2004 comedy “White Chicks”", "the sketch series “In Living Color”".
const WORKS =
  'film|films|movie|movies|comedy|comedies|drama|dramas|series|show|shows|sitcom|sitcoms|documentary|album|albums|song|songs|single|book|books|novel|novels|play|plays|musical|spoof|franchise|hit|hits|podcast|programme|program|game|episode|opera|painting|poem|report'
const WORK_BEFORE = new RegExp(
  [
    `\\b(?:${WORKS}|titled|called|entitled)\\s*[,:]?\\s*$`,
    // "… starred in “White Chicks”", "her role in “The Equalizer”".
    '\\b(?:starred|starring|stars|co-stars|role|roles|performance|work|appeared|appearance|cameo)\\s+in\\s*$',
    // "two of the most acclaimed comedies in recent years: “Happy Endings” and …".
    `\\b(?:${WORKS})\\b[^.!?"“”]{0,40}:\\s*$`,
  ].join('|'),
  'iu',
)
// A broadcaster's or publisher's possessive: "Peacock’s “Bel-Air”", "NBC’s “Password”".
const POSSESSIVE_BEFORE = /\p{Lu}[\p{L}+&.-]*['’]s\s*$/u

/** Words whose every word is capitalised (small words aside), as a title is written. */
function titleCased(words: string): boolean {
  // American style keeps a sentence's comma or full stop inside the marks ("Scary Movie," "Pariah.").
  const list = words.trim().replace(/[.,]$/u, '').split(/\s+/).filter(Boolean)
  if (list.length === 0 || list.length > 6) return false
  if (/[.!?,;:]/u.test(list.join(' '))) return false
  return list.every((word, index) => {
    const letters = word.replace(/^[^\p{L}\d]+/u, '')
    if (letters === '') return false
    if (/^\d/u.test(letters)) return true
    if (index > 0 && SMALL_WORDS.has(letters.toLowerCase())) return true
    return /^\p{Lu}/u.test(letters)
  })
}

/**
 * Whether the words in quote marks at `span` are a work's title, not someone's words: a few title-cased
 * words named as a film, a show, a book… ("the 2004 comedy “White Chicks”"), by a broadcaster's
 * possessive ("NBC’s “Password”"), or listed with such a title ("“Happy Endings” and “New Girl”").
 * The marks' span is the quoted words without their marks.
 */
export function namesAWork(text: string, span: Span, otherTitles: ReadonlySet<number> = new Set()): boolean {
  const words = text.slice(span.start, span.end)
  if (!titleCased(words)) return false
  const before = text.slice(Math.max(0, span.start - 60), span.start).replace(/["“”‘’'«»„]\s*$/u, '')
  if (WORK_BEFORE.test(before) || POSSESSIVE_BEFORE.test(before)) return true
  // "… “Happy Endings” and “New Girl”": a title listed right after another.
  const listed = /["”’»]\s*(?:,|and|or|,\s*and)\s*$/u.exec(before)
  return listed !== null && [...otherTitles].some((end) => end >= span.start - 12 && end < span.start)
}
