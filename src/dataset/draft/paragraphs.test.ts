import { expect, test } from 'vitest'
import { readParagraphs } from './article-paragraphs'
import type { Draft } from './draft-types'
import { extractDraft } from './extract-draft'

// Paragraphs as they come: one a line, hard-wrapped at a width, ending without a full stop.

function wrap(paragraph: string, width: number): string {
  const lines: string[] = []
  let line = ''
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      lines.push(line)
      line = word
    } else line = line === '' ? word : `${line} ${word}`
  }
  return [...lines, line].join('\n')
}

const ARTICLE = [
  'Death toll rises as torrential rain and flooding force evacuations in Central Europe',
  'PRAGUE (AP) — The death toll was rising in Central European countries on Sunday after days of heavy rains caused widespread flooding and forced evacuations.',
  'The floods have claimed six lives in Romania and one each in Austria and Poland. In the Czech Republic, four people who were swept away by waters were missing, police said.',
  '“We have to focus on saving lives,” Prime Minister Petr Fiala told Czech public television on Sunday. His government was set to meet Monday to assess the damages.',
  'President Petr Pavel sounded more optimistic, saying “it’s obvious we’ve learned a lesson from the previous crisis.”',
]

function summary(result: Draft): string[] {
  return result.events.map((event) => `${event.date} ${event.status}`)
}

test('hard-wrapped text is read as the paragraphs its lines make, and cited by its lines', () => {
  const flowing = extractDraft({ text: ARTICLE.join('\n'), published: '2024-09-15' })
  for (const [width, between] of [
    [72, '\n'],
    [60, '\n'],
    [78, '\n\n'],
  ] as const) {
    const text = ARTICLE.map((paragraph) => wrap(paragraph, width)).join(between)
    const read = readParagraphs(text)
    expect(read.wrapped).toBe(true)
    expect(read.blocks.map((block) => block.part)).toEqual(['heading', 'body', 'body', 'body', 'body'])
    const result = extractDraft({ text, published: '2024-09-15' })
    expect(summary(result)).toEqual(summary(flowing))
    expect(result.events.find((event) => event.status === 'scheduled')?.date).toBe('2024-09-16')
    // Every event cites lines that exist and hold its sentence's words.
    for (const event of result.events) {
      for (const number of event.paragraphs) expect(read.paragraphs[number - 1]).toBeDefined()
      const first = read.paragraphs[(event.paragraphs[0] ?? 0) - 1]
      expect(first && event.span.start >= first.start && event.span.start < first.end).toBe(true)
    }
    // Quotes: the article's words at their span, on one line; one over a line break is not proposed.
    for (const quote of result.quotes) {
      expect(quote.text).toBe(text.slice(quote.span.start, quote.span.end))
      expect(quote.text).not.toMatch(/\n/)
      const line = read.paragraphs[quote.paragraph - 1]
      expect(line && quote.span.start >= line.start && quote.span.end <= line.end).toBe(true)
    }
    expect(result.quotes.map((quote) => quote.text)).not.toContain('it’s obvious')
  }
})

test('text of one line a paragraph, however short, is not read as wrapped', () => {
  const text = [
    'Talks resume',
    'The talks resumed on Monday.',
    'Both sides met again on Tuesday.',
    'No date was set.',
  ].join('\n')
  const read = readParagraphs(text)
  expect(read.wrapped).toBe(false)
  expect(read.blocks.map((block) => block.lines)).toEqual([[1], [2], [3], [4]])
})

test('a paragraph ends its last sentence whatever stands after it: a note’s number, an agency', () => {
  for (const ending of ['.[1]', '. (AP)', ' (Reuters)', '.[a]', '.[12] (AP)']) {
    const text = `Floods\nThe river burst its banks on Tuesday${ending}\nRescuers reached the village on Wednesday${ending}`
    const result = extractDraft({ text, published: '2024-09-15' })
    expect(result.paragraphs.map((paragraph) => paragraph.part)).toEqual(['heading', 'body', 'body'])
    expect(result.events.map((event) => event.date)).toEqual(['2024-09-10', '2024-09-11'])
  }
})
