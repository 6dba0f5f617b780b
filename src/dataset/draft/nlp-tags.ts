import nlp from 'compromise'

/** What compromise says of the word starting at an offset: its tags ("Person", "Place", "Verb"...). */
export type WordTags = ReadonlyMap<number, ReadonlySet<string>>

type TermJson = { offset?: { start: number }; tags?: string[] }
type SentenceJson = { terms?: TermJson[] }

/**
 * Tags every word of the text with compromise (its lexicon of first names and surnames, places,
 * organisations, verbs), keyed by where the word starts. compromise alone misses most non-Western
 * names ("Wu Dawei" is "Wu", "Condoleezza Rice" a place); the app's rules use its tags as one hint
 * among others rather than taking its people() as they are (see docs/decisions/drafting-from-text.md).
 */
export function tagWords(text: string): WordTags {
  const tags = new Map<number, ReadonlySet<string>>()
  // compromise's json() is typed loosely (objects of any shape); these are the fields read here.
  const sentences = nlp(text).json({ offset: true, terms: { offset: true } }) as SentenceJson[]
  for (const sentence of sentences) {
    for (const term of sentence.terms ?? []) {
      if (term.offset && term.tags) tags.set(term.offset.start, new Set(term.tags))
    }
  }
  return tags
}

export function hasTag(tags: WordTags, start: number, ...names: string[]): boolean {
  const found = tags.get(start)
  return found !== undefined && names.some((name) => found.has(name))
}
