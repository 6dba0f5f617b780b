import type { ActorBook } from './actor-book'
import type { DraftActor, Span } from './draft-types'
import { hasTag, type WordTags } from './nlp-tags'
import { HONORIFICS, isRoleWord, ROLE_HEADS } from './role-words'
import { SPEECH_AFTER_NAME, SPEECH_BEFORE_NAME } from './speech-verbs'
import { type Token, tokenize } from './tokens'

/** The stretches of text to read, as find-actors has them. */
type Region = Span

/** Words that name a person by what they are, not a role: "the young woman", "the neighbour". */
const PERSON_NOUNS = new Set(
  `woman man girl boy lady gentleman mother father son daughter wife husband brother sister child
  teenager youth victim survivor passenger driver pilot suspect defendant complainant plaintiff accused
  soldier guard widow widower pensioner tourist owner shopkeeper stepdaughter stepson grandmother
  grandfather fisherman householder homeowner landlord landlady tenant`
    .split(/\s+/)
    .filter(Boolean),
)

/** Role heads that name one kind of person, so that "the officer" is "the police constable". */
const SAME_KIND: Readonly<Record<string, string>> = {
  constable: 'police',
  policeman: 'police',
  policewoman: 'police',
  detective: 'police',
  officer: 'police',
  police: 'police',
  woman: 'woman',
  lady: 'woman',
  man: 'man',
  gentleman: 'man',
}

/** A word of a role as its kind: "policeman" and "constable" are both "police". */
export function kindOfRoleWord(word: string): string {
  return SAME_KIND[word] ?? word
}

/**
 * Whether a person's role (or name) holds the words of a title, in order, each word as its kind:
 * "the vice minister" is Kim Son Gyong, vice foreign minister; "the policeman" is the police constable.
 */
export function roleMatches(actor: DraftActor, roleWords: readonly string[]): boolean {
  const role = `${actor.role ?? ''} ${actor.name}`
    .toLowerCase()
    .split(/[\s’']+/)
    .map(kindOfRoleWord)
  const wanted = roleWords.map(kindOfRoleWord)
  let at = 0
  for (const word of role) if (word === wanted[at]) at++
  return at === wanted.length
}

type Described = { span: Span; words: string[]; kind: string; speaks: boolean }

/**
 * People the text names only by what they are ("THE police constable in the witness box said …", "the
 * young woman", "the officer", "the policeman"): a description that a person named before holds as
 * their role is that person ("the prime minister" after "Prime Minister Petr Fiala"); others of one
 * kind ("constable", "officer" and "policeman" are one) are one actor, named by the first description,
 * when the text keeps referring to them (twice or more) or one of them speaks.
 */
export function findDescribedPeople(
  text: string,
  regions: readonly Region[],
  book: ActorBook,
  tags: WordTags,
): void {
  const found: Described[] = []
  for (const region of regions) {
    const tokens = tokenize(text, region.start, region.end)
    tokens.forEach((token, index) => {
      if (token.lower !== 'the') return
      const described = descriptionAt(text, tokens, index + 1, tags)
      if (described) found.push(described)
    })
  }
  const named = book.actors.filter((actor) => actor.kind === 'person')
  const byKind = new Map<string, Described[]>()
  for (const described of found) {
    // Someone named before with that role: "the prime minister" after "Prime Minister Petr Fiala".
    const holder = named
      .filter((actor) => actor.mentions.some((mention) => mention.start < described.span.start))
      .filter((actor) => roleMatches(actor, described.words))
      .at(-1)
    if (holder) {
      book.mention(holder, described.span)
      continue
    }
    const list = byKind.get(described.kind) ?? []
    list.push(described)
    byKind.set(described.kind, list)
  }
  for (const list of byKind.values()) {
    const first = list[0]
    if (!first || (list.length < 2 && !list.some((described) => described.speaks))) continue
    const words = text.slice(first.span.start, first.span.end).toLowerCase().replace(/\s+/g, ' ')
    const head = first.words[first.words.length - 1] ?? ''
    const actor = book.add('person', `The ${words}`, first.span, {
      role: ROLE_HEADS.has(head) ? words : undefined,
      confidence: 0.5,
    })
    for (const described of list.slice(1)) book.mention(actor, described.span)
  }
}

// "the [young | police | 19-year-old …] woman | constable | neighbour": up to three words in lower case
// (a role's words or words that are no verb) before a person's word; not a title before a name ("the
// prime minister Petr Fiala") nor a role of something ("the head of the agency").
function descriptionAt(
  text: string,
  tokens: readonly Token[],
  from: number,
  tags: WordTags,
): Described | null {
  for (let at = from; at < from + 4 && at < tokens.length; at++) {
    const token = tokens[at]
    if (!token) return null
    const lower = token.lower
    if (PERSON_NOUNS.has(lower) || ROLE_HEADS.has(lower)) {
      const rest = text.slice(token.end, token.end + 40)
      if (/^\s+(?:of\b|\p{Lu}\p{Ll})/u.test(rest) || /^[’']s\b/u.test(rest) || token.possessive) return null
      const first = tokens[from]
      if (!first) return null
      const words = tokens.slice(from, at + 1).map((word) => word.lower)
      const before = text.slice(Math.max(0, first.start - 44), first.start)
      return {
        span: { start: first.start, end: token.end },
        words,
        kind: kindOfRoleWord(lower),
        speaks:
          SPEECH_AFTER_NAME.test(afterPhrase(text, token.end)) ||
          SPEECH_BEFORE_NAME.test(before.replace(/\s*the\s*$/i, ' ')),
      }
    }
    // Words before the person's word: in lower case (the first may be shouted: "THE police constable"),
    // a role's word or no verb ("young", "19-year-old").
    const modifier =
      (!token.capital || token.acronym) &&
      (isRoleWord(lower) || !hasTag(tags, token.start, 'Verb') || /^\d/.test(lower)) &&
      !/^(?:and|or|of|in|on|at|to|for|with|by|from|that|who|which|was|is|had|has)$/.test(lower)
    if (!modifier) return null
  }
  return null
}

// What follows a description up to its verb: "in the witness box said".
function afterPhrase(text: string, end: number): string {
  const rest = text.slice(end, end + 80)
  const phrase = /^\s+(?:in|at|on|from|with)\s+(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+/u.exec(rest)
  return phrase ? rest.slice(phrase[0].length) : rest
}

const FEMALE = new Set(
  `woman girl lady mother daughter wife sister policewoman spokeswoman chairwoman congresswoman
  businesswoman queen princess empress matriarch widow grandmother stepdaughter actress landlady mrs ms miss
  madam dame`
    .split(/\s+/)
    .filter(Boolean),
)
const MALE = new Set(
  `man boy gentleman father son husband brother policeman spokesman chairman congressman businessman
  king prince emperor patriarch widower grandfather stepson fisherman mr sir lord`
    .split(/\s+/)
    .filter(Boolean),
)

/**
 * Each person's gender where the text shows it: a first name compromise's lexicon knows as a man's or
 * a woman's, an honorific before a mention ("Mr Hedworth", "Ms"), a word of their role or description
 * ("policewoman", "the young woman"). Unknown otherwise: "he" and "she" then reach anyone.
 */
export function markGenders(text: string, book: ActorBook, tags: WordTags): void {
  for (const actor of book.actors) {
    if (actor.kind !== 'person') continue
    const words = `${actor.role ?? ''} ${actor.name}`.toLowerCase().split(/[\s’']+/)
    let gender: 'male' | 'female' | undefined
    if (words.some((word) => FEMALE.has(word))) gender = 'female'
    else if (words.some((word) => MALE.has(word))) gender = 'male'
    for (const mention of actor.mentions) {
      if (gender) break
      if (hasTag(tags, mention.start, 'FemaleName')) gender = 'female'
      else if (hasTag(tags, mention.start, 'MaleName')) gender = 'male'
      const honorific = /(\p{L}+)\.?\s+$/u.exec(
        text.slice(Math.max(0, mention.start - 6), mention.start),
      )?.[1]
      const lower = honorific?.toLowerCase() ?? ''
      if (HONORIFICS.has(lower) && FEMALE.has(lower)) gender = 'female'
      else if (HONORIFICS.has(lower) && MALE.has(lower)) gender = 'male'
    }
    if (gender) book.genders.set(actor.id, gender)
  }
}

/**
 * A person's gender from the pronoun that next stands for them: "THE police constable … said his
 * conversation …" (the first "he", "his", "she" or "her" after a person who is a sentence's subject,
 * outside quotes, no one else named between, within the sentence). Only where nothing else said it.
 */
export function genderFromPronouns(masked: string, sentences: readonly Span[], book: ActorBook): void {
  for (const mention of book.mentions) {
    if (!mention.subject || book.genders.has(mention.actor) || masked[mention.span.start] === '#') continue
    if (book.get(mention.actor)?.kind !== 'person') continue
    const sentence = sentences.find(
      (candidate) => candidate.start <= mention.span.start && candidate.end >= mention.span.end,
    )
    if (!sentence) continue
    const rest = masked.slice(mention.span.end, Math.min(sentence.end, mention.span.end + 120))
    const pronoun = /(?<![\p{L}’'])(he|his|him|himself|she|her|hers|herself)(?![\p{L}’'])/iu.exec(rest)
    if (!pronoun) continue
    const at = mention.span.end + pronoun.index
    const between = book.mentions.some(
      (other) =>
        other.span.start > mention.span.end &&
        other.span.start < at &&
        other.actor !== mention.actor &&
        book.get(other.actor)?.kind === 'person',
    )
    if (between) continue
    book.genders.set(mention.actor, /^(?:she|her|hers|herself)$/i.test(pronoun[1] ?? '') ? 'female' : 'male')
  }
}
