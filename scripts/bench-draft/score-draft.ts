import type { Draft } from '../../src/dataset/draft/draft-types'
import type { Answers } from './answers'

/** How a draft compares with the answers, in counts, with the misses named for reading. */
export type Score = {
  bodyQuotes: number
  quotesRight: number
  quotesWrongSpeaker: number
  quotesNoSpeaker: number
  quotesNotInAnswers: number
  datedEvents: number
  datedFound: number
  events: number
  eventsProposed: number
  eventsRight: number
  eventsWrongDate: number
  notAnEvent: number
  countries: number
  countriesFound: number
  people: number
  peopleFound: number
  /** Proposed people and countries the answers do not hold: what a person checking would delete. */
  peopleExtra: number
  countriesExtra: number
  misses: string[]
}

/** Names compare without case, accents, "the" or the kind of apostrophe. */
export function sameName(a: string, b: string): boolean {
  const normal = (name: string) =>
    name
      .normalize('NFD')
      .replace(/\p{M}/gu, '')
      .toLowerCase()
      .replace(/[’']/g, "'")
      .replace(/^the\s+/, '')
      .replace(/\s+/g, ' ')
      .trim()
  return normal(a) === normal(b)
}

/**
 * Scores a draft: a body quote is right when a proposed quote has its words in its paragraph and the
 * same speaker; an answer event is found when a proposed event cites one of its paragraphs with the
 * same EDTF date; a proposed event is right when it so matches some answer event, a wrong date when it
 * cites a paragraph of answer events but none with its date, and not an event when it cites none.
 */
export function scoreDraft(draft: Draft, answers: Answers): Score {
  const misses: string[] = []
  const name = (id: string | undefined) => draft.actors.find((actor) => actor.id === id)?.name
  const score: Score = {
    bodyQuotes: 0,
    quotesRight: 0,
    quotesWrongSpeaker: 0,
    quotesNoSpeaker: 0,
    quotesNotInAnswers: 0,
    datedEvents: 0,
    datedFound: 0,
    events: answers.events.length,
    eventsProposed: draft.events.length,
    eventsRight: 0,
    eventsWrongDate: 0,
    notAnEvent: 0,
    countries: answers.countries.length,
    countriesFound: 0,
    people: answers.people.length,
    peopleFound: 0,
    peopleExtra: 0,
    countriesExtra: 0,
    misses,
  }
  for (const answer of answers.quotes) {
    const proposed = draft.quotes.find(
      (quote) => quote.paragraph === answer.paragraph && quote.text === answer.text,
    )
    const speaker = name(proposed?.speaker)
    // An answer with no speaker ("") is words no one is said to say (a name in quote marks): right
    // when proposed with none.
    const right =
      proposed !== undefined &&
      (answer.speaker === ''
        ? speaker === undefined
        : speaker !== undefined && sameName(speaker, answer.speaker))
    if (!answer.part) {
      score.bodyQuotes++
      if (right) score.quotesRight++
    }
    if (!proposed) misses.push(`quote not found: ¶${answer.paragraph} “${answer.text.slice(0, 60)}”`)
    else if (speaker === undefined && answer.speaker !== '') {
      score.quotesNoSpeaker++
      misses.push(
        `quote without speaker: ¶${answer.paragraph} “${answer.text.slice(0, 40)}” (${answer.speaker})`,
      )
    } else if (!right) {
      score.quotesWrongSpeaker++
      misses.push(
        `wrong speaker: ¶${answer.paragraph} “${answer.text.slice(0, 40)}” → ${speaker}, not ${answer.speaker}`,
      )
    }
  }
  for (const quote of draft.quotes) {
    if (
      !answers.quotes.some((answer) => answer.paragraph === quote.paragraph && answer.text === quote.text)
    ) {
      score.quotesNotInAnswers++
      misses.push(`quote not in the answers: ¶${quote.paragraph} “${quote.text.slice(0, 60)}”`)
    }
  }
  for (const answer of answers.events) {
    const found = draft.events.some(
      (event) => event.date === answer.date && event.paragraphs.some((at) => answer.paragraphs.includes(at)),
    )
    if (!answer.dated) continue
    score.datedEvents++
    if (found) score.datedFound++
    else misses.push(`dated event missed: ${answer.date} ¶${answer.paragraphs.join(',')} ${answer.title}`)
  }
  for (const event of draft.events) {
    const near = answers.events.filter((answer) =>
      answer.paragraphs.some((at) => event.paragraphs.includes(at)),
    )
    if (near.some((answer) => answer.date === event.date)) score.eventsRight++
    else if (near.length > 0) {
      score.eventsWrongDate++
      misses.push(
        `wrong date: ${event.date} ¶${event.paragraphs.join(',')} “${event.title}” (answers there: ${near.map((answer) => answer.date).join(', ')})`,
      )
    } else {
      score.notAnEvent++
      misses.push(`not an event: ${event.date} ¶${event.paragraphs.join(',')} “${event.title}”`)
    }
  }
  const codes = new Set(
    draft.actors.filter((actor) => actor.kind === 'country').map((actor) => actor.country),
  )
  for (const code of answers.countries) {
    if (codes.has(code)) score.countriesFound++
    else misses.push(`country missed: ${code}`)
  }
  const people = draft.actors.filter((actor) => actor.kind === 'person')
  for (const person of answers.people) {
    if (people.some((actor) => sameName(actor.name, person))) score.peopleFound++
    else misses.push(`person missed: ${person}`)
  }
  for (const actor of people) {
    if (!answers.people.some((person) => sameName(actor.name, person))) {
      score.peopleExtra++
      misses.push(`person not in the answers: ${actor.name}`)
    }
  }
  for (const code of codes) {
    if (code && !answers.countries.includes(code)) {
      score.countriesExtra++
      misses.push(`country not in the answers: ${code}`)
    }
  }
  return score
}
