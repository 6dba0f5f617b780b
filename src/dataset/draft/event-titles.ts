import { datelineLength } from './article-paragraphs'
import type { Span } from './draft-types'

const OPENING_ADVERBIAL =
  /^(?:In|On|At|After|Before|During|Since|Last|Earlier|Later|Speaking|Although|While|But|And|However|Meanwhile|So far|Until)\b[^,]{0,90},\s+/u
const CLAUSE_END =
  /,\s|;|:\s|\s[–—-]\s|\s(?:as|while|which|who|because|although|but|saying|adding|after|before)\s/u
const SUBORDINATE = /^(?:Although|Though|While|Until|When|As|Because)\s+([^,]{0,120}),\s+/u
const MAX_WORDS = 12

/**
 * A short title in the text's own words: the sentence (or the clause given) without the date's words,
 * without an opening adverbial ("In his letter to Putin on Tuesday, "), cut at the first clause break
 * after its first words, at most twelve words. Quote marks are dropped (a cut quote would be left open).
 */
export function titleFrom(text: string, whole: Span, dateWords?: Span): string {
  // "Until the fourth round opened last month, the process had…": the date is the subordinate clause's.
  const subordinate = SUBORDINATE.exec(text.slice(whole.start, whole.end))
  const clause =
    subordinate?.[1] && dateWords && dateWords.end <= whole.start + subordinate[0].length
      ? {
          start: whole.start + subordinate[0].indexOf(subordinate[1]),
          end: whole.start + subordinate[0].length,
        }
      : whole
  let words = text.slice(clause.start, clause.end)
  if (dateWords && dateWords.start >= clause.start && dateWords.end <= clause.end) {
    const from = dateWords.start - clause.start
    const to = dateWords.end - clause.start
    const before = words.slice(0, from).replace(/\b(?:on|in|at|by|since|from|during|until|of)\s+$/i, '')
    // "set for Thursday" keeps its date: without it the clause would be left without its object.
    if (!/\bset\s+for\s+$/i.test(before)) words = `${before} ${words.slice(to)}`
  }
  words = words
    .replace(/[“”"]/g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s+([,.;:])/g, '$1')
    .replace(/^[\s,]+/, '')
    .trim()
  // A wire story's first sentence opens with its dateline ("PRAGUE (AP) — "): the place, not the event.
  words = words.slice(datelineLength(words)).replace(OPENING_ADVERBIAL, '')
  const list = words.split(' ')
  const head = list.slice(0, 3).join(' ')
  const rest = list.slice(3).join(' ')
  const cut = CLAUSE_END.exec(rest)
  let title = cut ? `${head} ${rest.slice(0, cut.index)}` : words
  const titleWords = title.trim().split(' ')
  if (titleWords.length > MAX_WORDS) title = `${titleWords.slice(0, MAX_WORDS).join(' ')}…`
  title = title.trim().replace(/[\s,.;:–—-]+$/u, '')
  return title.charAt(0).toUpperCase() + title.slice(1)
}
