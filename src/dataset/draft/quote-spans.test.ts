import { expect, test } from 'vitest'
import { readParagraphs } from './article-paragraphs'
import { findQuoteSpans } from './quote-spans'
import { splitSentences } from './sentences'

function quotesOf(text: string): string[] {
  const { paragraphs } = readParagraphs(text)
  return findQuoteSpans(text, paragraphs).map((quote) => text.slice(quote.span.start, quote.span.end))
}

test('curly and straight double quotes, with the punctuation inside the marks kept', () => {
  expect(quotesOf('“We will win,” he said. She called it "a farce".')).toEqual(['We will win,', 'a farce'])
})

test('single curly quotes are quote marks, apostrophes are not', () => {
  expect(quotesOf('Korea’s leaders are ‘deeply concerned’ about the peoples’ well-being.')).toEqual([
    'deeply concerned',
  ])
  expect(quotesOf("The minister's aide called it 'a mistake' on Monday.")).toEqual(['a mistake'])
})

test('a quote split around "he said" is two quotes', () => {
  expect(quotesOf('“I am sure,” Putin said, “that we will strengthen ties.”')).toEqual([
    'I am sure,',
    'that we will strengthen ties.',
  ])
})

test('a quote left open at the end of its paragraph runs to it, and goes on in the next', () => {
  const text = '“The first part of a long speech.\n\n“The second part,” he said.'
  const { paragraphs } = readParagraphs(text)
  const spans = findQuoteSpans(text, paragraphs)
  expect(spans.map((span) => [span.paragraph, span.runsOn])).toEqual([
    [1, true],
    [2, false],
  ])
})

test('single quotes inside a double-quoted span are the speaker’s own, not another quote', () => {
  expect(quotesOf('“They call it ‘peace’, but it is not,” she said.')).toEqual([
    'They call it ‘peace’, but it is not,',
  ])
})

test('other languages’ marks are quote marks: « », „ “, „ ”, » «, ‹ ›, 「」', () => {
  expect(quotesOf('« Nous allons reconstruire », a déclaré le maire.')).toEqual(['Nous allons reconstruire'])
  expect(quotesOf('„Wir schaffen das“, sagte sie. »Ganz sicher«, fügte er hinzu.')).toEqual([
    'Wir schaffen das',
    'Ganz sicher',
  ])
  expect(quotesOf('Premier powiedział: „Nie ma powodu czekać”.')).toEqual(['Nie ma powodu czekać'])
  expect(quotesOf('Il a parlé d’une ‹ crise › et d’un «\u00a0échec\u00a0».')).toEqual(['crise', 'échec'])
  expect(quotesOf('首相は「命を守ることに集中する」と述べた。')).toEqual(['命を守ることに集中する'])
})

test('a quote in other marks holds its own inner quote and keeps its sentence whole', () => {
  const text = '„Er nannte es ‚unmöglich‘. Wir nicht“, sagte sie. « Il a dit “jamais”. » Puis il est parti.'
  expect(quotesOf(text)).toEqual(['Er nannte es ‚unmöglich‘. Wir nicht', 'Il a dit “jamais”.'])
  const { paragraphs } = readParagraphs(text)
  const sentences = splitSentences(text, paragraphs, findQuoteSpans(text, paragraphs))
  expect(sentences.map((sentence) => text.slice(sentence.start, sentence.end))).toEqual([
    '„Er nannte es ‚unmöglich‘. Wir nicht“, sagte sie.',
    // As in English ("“Are you sure?” Putin asked."), a sentence does not end inside a quote.
    '« Il a dit “jamais”. » Puis il est parti.',
  ])
})
