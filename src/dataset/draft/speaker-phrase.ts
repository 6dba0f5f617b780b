import type { ActorBook } from './actor-book'
import { paragraphAt } from './article-paragraphs'
import { roleMatches } from './described-people'
import type { DraftActor, DraftParagraph, Span } from './draft-types'
import { countryIn } from './find-actors'
import { hasTag, type WordTags } from './nlp-tags'
import { isRoleWord, ORGANISATION_HEADS, ROLE_HEADS } from './role-words'
import { type Sentence, sentenceAt } from './sentences'

/**
 * What resolving a speaker needs: the text (and the same with its quotes blanked out), its sentences
 * and words' tags, the actors, and who has spoken so far (for "he").
 */
export type SpeakerContext = {
  text: string
  masked: string
  sentences: readonly Sentence[]
  tags: WordTags
  book: ActorBook
  paragraphs: readonly DraftParagraph[]
  spoken: Array<{ actor: string; at: number }>
}

export type SpeakerFound = { actor: string; confidence: number }

// How far back a pronoun or a title may reach for its person, in paragraphs.
const REACH = 3

/**
 * The actor a phrase naming a speaker stands for: a name in it ("state news agency KCNA", "Kim, the
 * vice minister": the Kim whose role is vice minister), a pronoun ("he": the person last speaking or
 * last the subject of a sentence), a title ("the spokesperson": the person last named with that role),
 * or, for a role with no name ("The head of news for the Yushu county television station"), an actor
 * of its own, named as the text names it. Null when the phrase names no one ("it", "they", "sources").
 */
export function resolveSpeakerPhrase(context: SpeakerContext, phrase: Span): SpeakerFound | null {
  const { text, book } = context
  const words = text.slice(phrase.start, phrase.end).trim()
  if (words === '') return null
  // Names in a relative clause are not the subject: "The top Iranian diplomat, who met with … Shinzo Abe".
  const skipped: Span[] = []
  for (const match of text.slice(phrase.start, phrase.end).matchAll(/,\s*(?:who|which|whose)\b[^,]*,?/giu)) {
    skipped.push({ start: phrase.start + match.index, end: phrase.start + match.index + match[0].length })
  }
  const inside = book.mentions.filter(
    (mention) =>
      mention.span.start >= phrase.start &&
      mention.span.end <= phrase.end &&
      !skipped.some((span) => mention.span.start >= span.start && mention.span.end <= span.end),
  )
  const byKind = (kind: DraftActor['kind']) =>
    inside.filter((mention) => book.get(mention.actor)?.kind === kind).map((mention) => mention.actor)
  const named = byKind('person').at(-1)
  if (named) return { actor: byRole(context, named, words) ?? named, confidence: 0.9 }
  const organisation = byKind('organization')
  const country = byKind('country')
  const pronoun = /^(?:and\s+|but\s+)?(he|she)$/i.exec(words)
  if (pronoun)
    return resolvePronoun(context, phrase.start, pronoun[1]?.toLowerCase() === 'she' ? 'she' : 'he')
  const title = /^(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)$/iu.exec(words)
  if (title?.[1] && organisation.length === 0 && country.length === 0) {
    const roleWords = title[1].toLowerCase().split(/\s+/)
    if (roleWords.every(isRoleWord) && ROLE_HEADS.has(roleWords[roleWords.length - 1] ?? '')) {
      const found = resolveTitle(context, roleWords, phrase.start)
      if (found) return found
    }
  }
  const unnamed = unnamedSpeaker(context, phrase, words)
  if (unnamed) return unnamed
  const organisationNamed = organisation.at(-1)
  if (organisationNamed) return { actor: organisationNamed, confidence: 0.85 }
  const countryNamed = country.at(-1)
  return countryNamed ? { actor: countryNamed, confidence: 0.8 } : null
}

// "Kim, the vice minister": of the people called Kim, the one whose role says vice minister.
function byRole(context: SpeakerContext, named: string, words: string): string | undefined {
  const actor = context.book.get(named)
  const roleWords = words
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(isRoleWord)
  if (!actor || roleWords.length === 0 || roleMatches(actor, roleWords)) return undefined
  const surname = words.split(/[\s,]+/)[0]?.toLowerCase() ?? ''
  const namesakes = context.book.actors.filter(
    (other) => other.kind === 'person' && other.name.toLowerCase().split(/\s+/).includes(surname),
  )
  return namesakes.find((other) => roleMatches(other, roleWords))?.id
}

function withinReach(context: SpeakerContext, from: number, to: number): boolean {
  const here = paragraphAt(context.paragraphs, to)?.number ?? 0
  const there = paragraphAt(context.paragraphs, from)?.number ?? 0
  return here - there <= REACH
}

/**
 * "He said": walking back sentence by sentence (within three paragraphs), the person who spoke in it
 * or was its subject (the first, the main clause's); past a sentence whose subject is "he" too (it
 * goes on about the same person); else the last person a sentence names in another place ("Her stove
 * was hosed down by neighbour Philip Batteau. … he said"), but not in the pronoun's own sentence
 * ("Asked by Toby Hedworth QC, he revealed" is not Hedworth). A person whose gender the text shows
 * is never "she" for a man nor "he" for a woman.
 */
export function resolvePronoun(
  context: SpeakerContext,
  at: number,
  pronoun: 'he' | 'she',
): SpeakerFound | null {
  const { book, sentences } = context
  const fits = (id: string) => {
    if (book.get(id)?.kind !== 'person') return false
    const gender = book.genders.get(id)
    return gender === undefined || gender === (pronoun === 'she' ? 'female' : 'male')
  }
  // Names inside someone's quoted words are theirs to speak of, no one "he" stands for.
  const quoted = (span: Span) => context.masked[span.start] === '#'
  const here = sentenceAt(sentences, at)
  if (!here) return null
  for (let index = here.index; index >= 0; index--) {
    const sentence = sentences[index]
    if (!sentence || !withinReach(context, sentence.start, at)) break
    const end = index === here.index ? at : sentence.end
    const spoke = context.spoken.filter(
      (said) => said.at >= sentence.start && said.at < end && fits(said.actor),
    )
    const lastSpoke = spoke[spoke.length - 1]
    if (lastSpoke) return { actor: lastSpoke.actor, confidence: 0.7 }
    const mentions = book.mentions.filter(
      (mention) =>
        mention.span.start >= sentence.start &&
        mention.span.end <= end &&
        fits(mention.actor) &&
        !quoted(mention.span),
    )
    const subject = mentions.find((mention) => mention.subject)
    if (subject) return { actor: subject.actor, confidence: 0.7 }
    if (index === here.index) continue
    // "…, he revealed": the sentence is about whoever "he" was before it. "… with the young woman,
    // because she had been reluctant": a pronoun after a subordinating word may be someone the
    // sentence named before it.
    const same = pronounSubject(context, sentence, pronoun)
    const before = mentions.filter((mention) => same === null || mention.span.end <= same.at)
    const named = before[before.length - 1]
    if (named && (same === null || same.subordinate)) return { actor: named.actor, confidence: 0.6 }
  }
  return null
}

const SUBORDINATING =
  /(?:because|as|when|while|after|before|since|although|though|if|that|until|so|and|but|whom?|whose)\s+$/iu

// "…, he revealed …": where the pronoun is the subject of a verb in the sentence (outside its quotes),
// and whether a subordinating word stands before it.
function pronounSubject(
  context: SpeakerContext,
  sentence: Span,
  pronoun: 'he' | 'she',
): { at: number; subordinate: boolean } | null {
  const words = context.masked.slice(sentence.start, sentence.end)
  for (const match of words.matchAll(/(?<![\p{L}’'])(he|she)\s+(\p{Ll}+)/giu)) {
    if (match[1]?.toLowerCase() !== pronoun) continue
    const next = sentence.start + match.index + match[0].length - (match[2]?.length ?? 0)
    if (
      hasTag(context.tags, next, 'Verb') ||
      /^(?:also|then|later|never|still|had|was)$/.test(match[2] ?? '')
    )
      return {
        at: sentence.start + match.index,
        subordinate: SUBORDINATING.test(words.slice(Math.max(0, match.index - 12), match.index)),
      }
  }
  return null
}

/** "The vice minister said": the person last named before it whose role has those words. */
function resolveTitle(
  context: SpeakerContext,
  roleWords: readonly string[],
  at: number,
): SpeakerFound | null {
  let best: { actor: string; at: number } | null = null
  for (const mention of context.book.mentions) {
    if (mention.span.start >= at) break
    const actor = context.book.get(mention.actor)
    if (actor?.kind === 'person' && roleMatches(actor, roleWords))
      best = { actor: actor.id, at: mention.span.start }
  }
  if (!best || !withinReach(context, best.at, at)) return null
  return { actor: best.actor, confidence: 0.75 }
}

// A speaker the text names by role only: a person for a role ("a UN spokesman"), an organisation for
// a body ("Japan's defense ministry"); groups ("officials", "sources") are no one in particular.
function unnamedSpeaker(context: SpeakerContext, phrase: Span, words: string): SpeakerFound | null {
  const clean = words
    .replace(/,\s*(?:who|which)\b[^,]*,?/giu, '')
    .replace(/^(?:and|but|while)\s+/i, '')
    .replace(/[,\s]+$/, '')
    .trim()
  const list = clean.split(/\s+/)
  if (list.length === 0 || list.length > 12 || /^(?:it|they|we|i|you|this|that|there)$/i.test(clean))
    return null
  const lower = list.map((word) => word.toLowerCase().replace(/[’']s$/, ''))
  const kind = lower.some((word) => ROLE_HEADS.has(word))
    ? 'person'
    : lower.some((word) => ORGANISATION_HEADS.has(word) || word === 'ministry' || word === 'military')
      ? 'organization'
      : null
  if (!kind) return null
  const start = phrase.start + context.text.slice(phrase.start, phrase.end).indexOf(clean)
  const name = clean.charAt(0).toUpperCase() + clean.slice(1)
  const actor = context.book.add(
    kind,
    name,
    { start, end: start + clean.length },
    {
      role: kind === 'person' ? clean.replace(/^(?:the|a|an)\s+/i, '') : undefined,
      country: countryIn(clean),
      confidence: 0.5,
    },
  )
  return { actor: actor.id, confidence: 0.6 }
}
