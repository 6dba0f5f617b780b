import type { DraftEvent, Span } from './draft-types'

// The first verb that says when: a present or perfect one ("says", "has accused", "claims") makes the
// sentence a report of now, a past one ("said", "was reported", "died", "launched") of then.
const TENSE =
  /\b(?:(says|say|is|are|has|have|claims|remains?|will|can|may|must)|(was|were|had|did|said|told|died|\p{L}{3,}ed))\b/iu
// Words too common in news to tie two sentences to one occasion, and words of time ("no date has been
// set" is not the occasion a date was given for).
const COMMON = new Set(
  'that this these those with from were been have their they there which about after before more than also into other some when what where while said told people least most many much could would should being such them then only over under still just very even date dates time times day days week weeks month months year years today'.split(
    ' ',
  ),
)
// How far back a continuing sentence may be from the event it continues, in paragraphs.
const REACH = 2

function stems(words: string): Set<string> {
  const found = new Set<string>()
  for (const word of words.toLowerCase().match(/\p{L}{4,}/gu) ?? []) {
    if (COMMON.has(word)) continue
    // "tornadoes"/"tornado", "killing"/"killed": the same word for this purpose.
    const stem = word.replace(/(?:ing|ed|es|s)$/u, '')
    found.add(stem.length >= 4 ? stem : word)
  }
  return found
}

/**
 * The dated past event an undated past-tense sentence goes on telling: "Tornadoes hit … Tuesday." then
 * "In Mississippi, one person died when a tornado destroyed a mobile home."; "said that North Korea
 * launched two more missiles Thursday" then "South Korea said the missiles traveled about 190
 * kilometers". The most recent such event in the sentence's paragraph or the two before it that shares a
 * word of substance with it ("tornado", "missiles"), not on or before publication and not yet to come;
 * none for a sentence in the present or perfect ("She says …", "has accused"), which reports now.
 */
export function continuedEvent(
  text: string,
  sentence: Span & { paragraph: number },
  events: readonly DraftEvent[],
): DraftEvent | undefined {
  const words = text.slice(sentence.start, sentence.end)
  const tense = TENSE.exec(words)
  if (!tense?.[2]) return undefined
  const own = stems(words)
  const candidates = events
    .filter(
      (event) =>
        event.basis === 'dated' &&
        event.status === 'occurred' &&
        !event.date.startsWith('[..') &&
        event.span.start < sentence.start &&
        Math.max(...event.paragraphs) >= sentence.paragraph - REACH,
    )
    .sort((a, b) => Math.max(...b.paragraphs) - Math.max(...a.paragraphs) || b.span.start - a.span.start)
  // The event's words are its own sentence's and those of the sentences already found to go on telling it.
  const told = (event: DraftEvent) =>
    [event.summary, ...(event.continued ?? []).map((span) => text.slice(span.start, span.end))].join(' ')
  return candidates.find((event) => [...stems(told(event))].some((stem) => own.has(stem)))
}

/** Adds the sentence to the event it goes on telling: cited in its paragraph, its words the event's. */
export function continueEvent(event: DraftEvent, sentence: Span & { paragraph: number }): void {
  event.continued = [...(event.continued ?? []), { start: sentence.start, end: sentence.end }]
  if (!event.paragraphs.includes(sentence.paragraph)) event.paragraphs.push(sentence.paragraph)
}
