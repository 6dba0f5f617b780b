import type { Span } from './draft-types'
import { isRoleWord, ROLE_HEADS } from './role-words'

/** A role read from the words beside a name, and where it stands. */
export type RolePhrase = { role: string; span: Span }

const ARTICLE = /^(?:the|a|an)\s+/i
const MAX_WORDS = 12

/**
 * The role in an apposition after a name: "Kim Son Gyong, the vice foreign minister," or
 * "Wu Dawei, China's vice foreign minister and top negotiator - on a visit…". The phrase must name a
 * role (a head word such as "minister" within its first words), so "Kim, who was…" gives none.
 */
export function roleAfter(text: string, nameEnd: number, limit: number): RolePhrase | null {
  const rest = text.slice(nameEnd, limit)
  const match = /^,\s+([^,;:()“”"]+?)(?=,|;|\s[-–—]\s|(?<!\b\p{Lu})\.(?:\s|$)|$)/u.exec(rest)
  if (!match?.[1]) return null
  return asRole(match[1], nameEnd + rest.indexOf(match[1]))
}

/** The role before a name, set off by a comma: "Pyongyang’s vice foreign minister, Kim Son Gyong". */
export function roleBefore(text: string, nameStart: number, limit: number): RolePhrase | null {
  const before = text.slice(limit, nameStart)
  if (!/,\s+$/.test(before)) return null
  const words = [...before.slice(0, before.lastIndexOf(',')).matchAll(/\S+/g)]
  // Back over the noun phrase: role words, capitalised words, a possessive owner, then an article.
  let first = words.length
  while (first > 0) {
    const word = words[first - 1]?.[0] ?? ''
    if (!/^(?:\p{Lu}|[’']s$)/u.test(word) && !isRoleWord(word) && !/[’']s$/.test(word)) break
    first--
  }
  if (first > 0 && /^(?:the|a|an)$/i.test(words[first - 1]?.[0] ?? '')) first--
  const head = words[words.length - 1]?.[0].toLowerCase() ?? ''
  const opening = words[first]
  if (!opening || !ROLE_HEADS.has(head) || words.length - first > 8) return null
  const phrase = before.slice(opening.index, before.lastIndexOf(','))
  return asRole(phrase, limit + opening.index)
}

/** The role a sentence gives with "is": "Mark Lambert is U.S. deputy assistant secretary of state…". */
export function roleByCopula(text: string, nameEnd: number, limit: number): RolePhrase | null {
  const rest = text.slice(nameEnd, limit)
  const match = /^\s+(?:is|was|,\s+who\s+is)\s+([^,;:()“”"]+?)(?=,|;|(?<!\b\p{Lu})\.(?:\s|$)|$)/u.exec(rest)
  if (!match?.[1]) return null
  return asRole(match[1], nameEnd + rest.indexOf(match[1]))
}

function asRole(phrase: string, start: number): RolePhrase | null {
  const words = phrase.trim().split(/\s+/)
  if (words.length > MAX_WORDS) return null
  const headAt = words.findIndex((word) => ROLE_HEADS.has(word.toLowerCase().replace(/[’']s$/, '')))
  if (headAt < 0 || headAt > 6) return null
  // A clause, not a role: "the meeting would…" has a verb-like word before any head.
  if (words.slice(0, headAt).some((word) => /^(?:is|was|has|had|will|would|said)$/i.test(word))) return null
  const role = phrase
    .trim()
    .replace(/^(?:and|but|while)\s+/i, '')
    .replace(ARTICLE, '')
  const offset = phrase.indexOf(role)
  return { role, span: { start: start + offset, end: start + offset + role.length } }
}
