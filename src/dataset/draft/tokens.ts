import type { Span } from './draft-types'

/** A word of the article with where it stands; a possessive "’s" is kept apart from the word. */
export type Token = Span & {
  text: string
  lower: string
  /** Starts with a capital letter (or is an abbreviation such as "U.S."). */
  capital: boolean
  /** All capitals, two letters or more: an acronym ("KCNA", "UN"). */
  acronym: boolean
  /** Followed by ’s or 's ("Korea’s"). */
  possessive: boolean
}

const WORD = /(?:\p{Lu}\.){2,}|[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu
const POSSESSIVE = /[’']s$/

/** The words of a stretch of text, with their offsets in the whole text. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = []
  WORD.lastIndex = from
  for (let match = WORD.exec(text); match && match.index < to; match = WORD.exec(text)) {
    let word = match[0]
    const possessive = POSSESSIVE.test(word)
    if (possessive) word = word.slice(0, -2)
    if (word === '') continue
    const start = match.index
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start,
      end: start + word.length,
      capital: /^\p{Lu}/u.test(word),
      acronym: /^(?:\p{Lu}\.?){2,}$/u.test(word) && !/^[IVXLC]+$/.test(word),
      possessive,
    })
  }
  return tokens
}

/**
 * The text between two tokens is one space, or a line break of hard-wrapped text ("Prime Minister
 * Petr⏎Fiala"): they may belong to one name.
 */
export function adjacent(text: string, left: Token, right: Token): boolean {
  const between = text.slice(left.end, right.start)
  return between === ' ' || between === '\u00a0' || /^[ \t]*\r?\n[ \t]*$/.test(between)
}
