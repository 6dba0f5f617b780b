import nlp from 'compromise/two'
import { tokenize } from './tokens'

/** What is known of the word starting at an offset: its tags ("Person", "Place", "Verb"...). */
export type WordTags = ReadonlyMap<number, ReadonlySet<string>>

let lexicon: Record<string, unknown> | null = null

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null
}

// compromise's lexicon: some 24,000 words with their tags (first names and surnames, places, verb
// forms), unpacked when compromise is imported. nlp.model() is typed as a bare object: read with checks.
function compromiseLexicon(): Record<string, unknown> {
  if (lexicon) return lexicon
  const model: unknown = nlp.model()
  const one = isRecord(model) ? model.one : undefined
  const words = isRecord(one) ? one.lexicon : undefined
  lexicon = isRecord(words) ? words : {}
  return lexicon
}

const NAME_TAGS: Readonly<Record<string, readonly string[]>> = {
  FirstName: ['Person', 'FirstName'],
  MaleName: ['Person', 'FirstName'],
  FemaleName: ['Person', 'FirstName'],
  LastName: ['Person', 'LastName'],
  Honorific: ['Person', 'Honorific'],
  Country: ['Place'],
  City: ['Place'],
  Region: ['Place'],
  Place: ['Place'],
  Organization: ['Organization'],
  PastTense: ['Verb', 'PastTense'],
  PresentTense: ['Verb', 'PresentTense'],
  Infinitive: ['Verb', 'Infinitive'],
  Copula: ['Verb', 'Copula'],
  Gerund: ['Verb', 'Gerund'],
  Modal: ['Verb', 'Auxiliary'],
  Auxiliary: ['Verb', 'Auxiliary'],
  Participle: ['Verb', 'PastTense'],
}

/**
 * Tags every word of the text from compromise's lexicon, keyed by where the word starts, with the
 * regular verb endings its lexicon leaves to rules ("criticised", "saying"). Not compromise's tagger:
 * it took 1.5 s for a 2,000-word article on its first run and 0.4 s after (see
 * docs/decisions/drafting-from-text.md), where the lexicon answers what the rules here ask of it: is
 * this capitalised word a known first name or surname, a place, and is that word a verb.
 */
export function tagWords(text: string): WordTags {
  const words = compromiseLexicon()
  const tags = new Map<number, ReadonlySet<string>>()
  for (const token of tokenize(text)) {
    const found = new Set<string>()
    const entry = Object.hasOwn(words, token.lower) ? words[token.lower] : undefined
    for (const tag of typeof entry === 'string' ? [entry] : Array.isArray(entry) ? entry : []) {
      if (typeof tag !== 'string') continue
      found.add(tag)
      for (const implied of NAME_TAGS[tag] ?? []) found.add(implied)
    }
    if (!found.has('Verb') && !token.capital) {
      if (/[^e]ed$|ied$|eed$/.test(token.lower) || /[a-z]{2}ed$/.test(token.lower))
        found.add('Verb').add('PastTense')
      else if (/[a-z]{2}ing$/.test(token.lower)) found.add('Verb').add('Gerund')
    }
    if (found.size > 0) tags.set(token.start, found)
  }
  return tags
}

export function hasTag(tags: WordTags, start: number, ...names: string[]): boolean {
  const found = tags.get(start)
  return found !== undefined && names.some((name) => found.has(name))
}
