import type { Span } from './draft-types'
import type { WordTags } from './nlp-tags'
import { hasTag } from './nlp-tags'
import type { QuoteSpan } from './quote-spans'
import type { Sentence } from './sentences'
import { sentenceAt } from './sentences'
import type { SpeakerContext, SpeakerFound } from './speaker-phrase'
import { resolveSpeakerPhrase } from './speaker-phrase'
import {
  ACCORDING_TO,
  ATTRIBUTION_AFTER,
  ATTRIBUTION_AT_END,
  ATTRIBUTION_INVERTED,
  QUOTED_AS,
  SPEECH_BEFORE,
  WORDS_OF,
} from './speech-verbs'

/** A quote's speaker, the words that name it and how sure the rule is. */
export type Attribution = { speaker: string; attribution: Span; confidence: number }

// Words between a subject and its verb that change nothing: "Kim was quoted", "Putin also pledged".
const BETWEEN_SUBJECT_AND_VERB =
  /(?:\s+(?:was|were|is|are|has|have|had|been|also|later|earlier|then|further|again|reportedly|previously|separately|himself|herself|would|could|will|might|should|did|does|do|can|may|must|not|never|at\s+first|first|once))*\s*$/i

/**
 * Finds who said each body quote, in text order (so that "he" can mean the last speaker), trying in turn:
 * a speech verb before the quote in its sentence whose words hold it ("Kim said the friendship … is now
 * “…”"; the nearest one, so "state news agency KCNA said" at the end reports Kim's words rather than
 * speaking them); an attribution right after it ("”, Patel said", "”, said Mr Alkatiri"); the sentence's
 * last clause ("…, Vedant Patel said.") or "according to X"; a sentence before ending in a colon; and,
 * for a quote opening a paragraph with no attribution, the speaker of the quote before it (a quote
 * that goes on). A quote none of these name has no speaker.
 */
export function attributeQuotes(
  context: SpeakerContext,
  quotes: readonly QuoteSpan[],
  sentences: readonly Sentence[],
  tags: WordTags,
): Map<QuoteSpan, Attribution> {
  const { masked } = context
  const found = new Map<QuoteSpan, Attribution>()
  let previous: { quote: QuoteSpan; attribution: Attribution | undefined } | null = null
  for (const quote of quotes) {
    const sentence = sentenceAt(sentences, quote.open) ?? sentenceAt(sentences, quote.span.start)
    if (!sentence) continue
    const attribution: Attribution | null =
      quotedAs(context, masked, sentence) ??
      (startsWithConjunction(context, masked, sentence, quote) ? sameSentence(sentence, previous) : null) ??
      speechBefore(context, masked, sentence, quote, tags) ??
      speechAfter(context, masked, sentence, quote) ??
      colonBefore(context, masked, sentences, sentence, tags) ??
      wordsOfNext(context, masked, sentences, sentence, quote) ??
      // A quote that runs on is named where it ends, if anywhere: the pass below gives it that speaker.
      (quote.runsOn ? null : goesOn(context, quote, previous))
    if (attribution) {
      found.set(quote, attribution)
      context.spoken.push({ actor: attribution.speaker, at: quote.span.start })
    }
    previous = { quote, attribution: attribution ?? undefined }
  }
  // A quote running over paragraphs named only in a later paragraph: its earlier parts are the same speaker's.
  for (let index = quotes.length - 2; index >= 0; index--) {
    const quote = quotes[index]
    const next = quotes[index + 1]
    const nextAttribution = next ? found.get(next) : undefined
    if (
      quote?.runsOn &&
      next &&
      nextAttribution &&
      !found.has(quote) &&
      next.paragraph === quote.paragraph + 1
    ) {
      found.set(quote, { ...nextAttribution, confidence: 0.6 })
    }
  }
  // One named nowhere along its paragraphs goes on from the quote before it, as any other.
  quotes.forEach((quote, index) => {
    const before = quotes[index - 1]
    if (!quote.runsOn || found.has(quote) || !before) return
    const attribution = goesOn(context, quote, { quote: before, attribution: found.get(before) })
    if (attribution) found.set(quote, attribution)
  })
  return found
}

/** Quoted words blanked out, so no rule reads a speech verb or a name inside someone's quote. */
export function maskQuotes(text: string, quotes: readonly QuoteSpan[]): string {
  let masked = ''
  let at = 0
  for (const quote of quotes) {
    if (quote.span.start < at) continue
    masked += text.slice(at, quote.span.start) + '#'.repeat(quote.span.end - quote.span.start)
    at = quote.span.end
  }
  return masked + text.slice(at)
}

function found(speaker: SpeakerFound | null, attribution: Span, confidence: number): Attribution | null {
  return speaker
    ? { speaker: speaker.actor, attribution, confidence: Math.min(confidence, speaker.confidence) }
    : null
}

function speechBefore(
  context: SpeakerContext,
  masked: string,
  sentence: Span,
  quote: QuoteSpan,
  tags: WordTags,
): Attribution | null {
  const before = masked.slice(sentence.start, quote.open)
  let last: RegExpExecArray | null = null
  SPEECH_BEFORE.lastIndex = 0
  for (let match = SPEECH_BEFORE.exec(before); match; match = SPEECH_BEFORE.exec(before)) {
    // "called" speaks only when the quote follows at once: "what Kim called a “…”".
    if (match[1]?.toLowerCase() === 'called' && before.length - (match.index + match[0].length) > 25) continue
    last = match
  }
  if (!last) return null
  let verb = sentence.start + last.index
  if (last[2]) {
    // A participle ("saying") speaks for its clause's subject: the finite verb before it.
    const finite = finiteVerbBefore(context.text, tags, sentence.start, verb)
    if (finite === null) return null
    verb = finite
  }
  const subject = subjectBefore(context, masked, sentence.start, verb)
  return subject
    ? found(resolveSpeakerPhrase(context, subject), { start: subject.start, end: verb }, 0.85)
    : null
}

function finiteVerbBefore(text: string, tags: WordTags, from: number, to: number): number | null {
  const words = [...text.slice(from, to).matchAll(/[\p{L}’'-]+/gu)].reverse()
  for (const word of words) {
    const at = from + word.index
    if (hasTag(tags, at, 'Verb') && !hasTag(tags, at, 'Gerund', 'Infinitive', 'Auxiliary', 'Copula'))
      return at
  }
  return null
}

// The words naming the verb's subject: back over auxiliaries ("was quoted"), then the clause's words
// back to a clause boundary, without an opening adverbial ("In his letter to Putin on Tuesday, ").
function subjectBefore(context: SpeakerContext, masked: string, from: number, verb: number): Span | null {
  const head = masked.slice(from, verb)
  const end = from + head.replace(BETWEEN_SUBJECT_AND_VERB, '').length
  if (end <= from) return null
  // The subject ends where a name does: a mention ending at `end`, with any apposition after it.
  const adjacent = context.book.mentions.filter(
    (mention) =>
      mention.span.end <= end &&
      mention.span.start >= from &&
      /^(?:,[^,;:#]{1,80},)?\s*$/u.test(masked.slice(mention.span.end, end)),
  )
  const nearest = adjacent[adjacent.length - 1]
  if (nearest) return { start: nearest.span.start, end }
  // "he revealed all she would say … was that they were “…”": the pronoun right before the verb.
  const pronoun = /(?<![\p{L}’'])(he|she)$/iu.exec(masked.slice(from, end))
  if (pronoun) return { start: end - pronoun[0].length, end }
  const clause = masked.slice(from, end)
  const boundary = Math.max(clause.lastIndexOf(';'), clause.lastIndexOf(':'), clause.lastIndexOf('#'))
  let start = from + boundary + 1
  const opening =
    /^\s*(?:(?:in|on|at|after|before|during|speaking|although|while|when|asked|later|earlier|meanwhile)\b[^,]*,|\s*but\b|\s*and\b)/iu.exec(
      masked.slice(start, end),
    )
  if (opening) start += opening[0].length
  // "…, and local official, Huang Limin": the last comma-free stretch when no name stands there.
  const lastComma = masked.slice(start, end).lastIndexOf(', ')
  if (lastComma >= 0 && !/\bwho\b/.test(masked.slice(start, end))) start += lastComma + 2
  while (start < end && /\s/.test(masked[start] ?? '')) start++
  return end > start ? { start, end } : null
}

function speechAfter(
  context: SpeakerContext,
  masked: string,
  sentence: Span,
  quote: QuoteSpan,
): Attribution | null {
  const after = (quote.close ?? quote.span.end) + 1
  const rest = masked.slice(after, sentence.end)
  const direct = ATTRIBUTION_AFTER.exec(rest) ?? ATTRIBUTION_INVERTED.exec(rest)
  if (direct?.[1]) {
    const start = after + direct.index + direct[0].indexOf(direct[1])
    const subject = { start, end: start + direct[1].length }
    const result = found(
      resolveSpeakerPhrase(context, subject),
      { start: after, end: after + direct[0].length },
      0.9,
    )
    if (result) return result
  }
  const atEnd = ATTRIBUTION_AT_END.exec(rest)
  if (atEnd?.[1]) {
    const start = after + atEnd.index + atEnd[0].indexOf(atEnd[1])
    const result = found(
      resolveSpeakerPhrase(context, { start, end: start + atEnd[1].length }),
      { start, end: after + atEnd.index + atEnd[0].length },
      0.8,
    )
    if (result) return result
  }
  const sentenceText = masked.slice(sentence.start, sentence.end)
  const according = ACCORDING_TO.exec(sentenceText)
  if (according?.[1]) {
    const start = sentence.start + according.index + according[0].indexOf(according[1])
    return found(
      resolveSpeakerPhrase(context, { start, end: start + according[1].length }),
      {
        start: sentence.start + according.index,
        end: start + according[1].length,
      },
      0.8,
    )
  }
  return null
}

// "A spokesperson said:" then the quote, in the next sentence or paragraph.
function colonBefore(
  context: SpeakerContext,
  masked: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  tags: WordTags,
): Attribution | null {
  const before = sentences[sentence.index - 1]
  if (
    !before ||
    sentence.paragraph - before.paragraph > 1 ||
    !/:\s*$/.test(masked.slice(before.start, before.end))
  ) {
    return null
  }
  const colon = masked.lastIndexOf(':', before.end)
  const pseudo: QuoteSpan = {
    span: { start: colon, end: colon },
    open: colon,
    close: colon,
    paragraph: before.paragraph,
    runsOn: false,
    mark: 'double',
  }
  return speechBefore(context, masked, before, pseudo, tags)
}

// A quote opening its paragraph with no attribution goes on from the quote before it (the next
// paragraph of a speech, or the words after "Kim was quoted as saying").
function goesOn(
  context: SpeakerContext,
  quote: QuoteSpan,
  previous: { quote: QuoteSpan; attribution: Attribution | undefined } | null,
): Attribution | null {
  if (!previous?.attribution) return null
  const paragraph = context.paragraphs[quote.paragraph - 1]
  const opensParagraph = paragraph !== undefined && quote.open === paragraph.start
  const nextParagraph = quote.paragraph - previous.quote.paragraph === 1
  // "“My time has come,” she told members. “I just don't have enough…”": the next sentence goes on.
  const between = context.text.slice((previous.quote.close ?? previous.quote.span.end) + 1, quote.open)
  const sameParagraph =
    quote.paragraph === previous.quote.paragraph &&
    /[.!?]["”’]?\s*$/u.test(between) &&
    !context.book.mentions.some(
      (mention) =>
        mention.span.start > previous.quote.span.end &&
        mention.span.end <= quote.open &&
        mention.actor !== previous.attribution?.speaker &&
        context.book.get(mention.actor)?.kind === 'person',
    )
  if (!((opensParagraph && nextParagraph) || sameParagraph)) return null
  return { ...previous.attribution, confidence: previous.quote.runsOn ? 0.75 : 0.6 }
}

// "“I lost everything!” This was the lament of Maureen Roberts-Weekes, …": a quote named by the words
// that follow it, in its sentence or, where it ends one, the next (in its paragraph or the next).
function wordsOfNext(
  context: SpeakerContext,
  masked: string,
  sentences: readonly Sentence[],
  sentence: Sentence,
  quote: QuoteSpan,
): Attribution | null {
  const close = quote.close ?? quote.span.end
  const rest = masked.slice(close + 1, sentence.end)
  // "“Nothing works.” Such was the verdict of …" is one sentence (it does not end inside the quote).
  const words = /^[\s,.!?…]*$/u.test(rest) ? sentences[sentence.index + 1] : sentence
  if (!words || words.paragraph - sentence.paragraph > 1) return null
  const from = words === sentence ? close + 1 + (/^[\s,.!?…]*/u.exec(rest)?.[0].length ?? 0) : words.start
  const match = WORDS_OF.exec(masked.slice(from, words.end))
  if (!match?.[1]) return null
  const start = from + match.index + match[0].lastIndexOf(match[1])
  return found(
    resolveSpeakerPhrase(context, { start, end: start + match[1].length }),
    { start: from + match.index, end: start + match[1].length },
    0.8,
  )
}

// "NHK quoted Zarif as saying “…”": the one quoted, not the one quoting.
function quotedAs(context: SpeakerContext, masked: string, sentence: Span): Attribution | null {
  const match = QUOTED_AS.exec(masked.slice(sentence.start, sentence.end))
  if (!match?.[1]) return null
  const start = sentence.start + match.index + match[0].indexOf(match[1])
  const subject = { start, end: start + match[1].length }
  return found(
    resolveSpeakerPhrase(context, subject),
    { start: sentence.start + match.index, end: sentence.start + match.index + match[0].length },
    0.85,
  )
}

// "…, and said Tehran was showing “maximum restraint”": the speech verb's subject is the clause's before.
function startsWithConjunction(
  context: SpeakerContext,
  masked: string,
  sentence: Span,
  quote: QuoteSpan,
): boolean {
  const before = masked.slice(sentence.start, quote.open)
  SPEECH_BEFORE.lastIndex = 0
  let last: RegExpExecArray | null = null
  for (let match = SPEECH_BEFORE.exec(before); match; match = SPEECH_BEFORE.exec(before)) last = match
  return (
    last !== null && /(?:,|\band|\bbut)\s*$/u.test(before.slice(0, last.index)) && context.text.length > 0
  )
}

function sameSentence(
  sentence: Span,
  previous: { quote: QuoteSpan; attribution: Attribution | undefined } | null,
): Attribution | null {
  if (!previous?.attribution || previous.quote.open < sentence.start) return null
  return previous.attribution
}
