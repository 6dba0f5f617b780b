import { expect, test } from 'vitest'
import { buildDataset, buildQuote } from '../../testing/builders'
import { findQuotedSpans, splitParagraphs } from './source-text'
import { verifyAgainstSource } from './verify-against-source'

const text =
  'date 2023-08-15 Leaders say it is ‘going well’.\n\nKim said he was “firmly convinced”.\n\nKorea’s day.\n'
const hash = 'a'.repeat(64)

test('paragraphs are the non-empty lines', () => {
  expect(splitParagraphs(text)).toEqual([
    'date 2023-08-15 Leaders say it is ‘going well’.',
    'Kim said he was “firmly convinced”.',
    'Korea’s day.',
  ])
})

test('quoted spans are found with double and single marks, apostrophes excluded', () => {
  expect(findQuotedSpans('He called it ‘ugly’ and “hostile”, Korea’s and the US’s view.')).toEqual([
    'hostile',
    'ugly',
  ])
})

test('a dataset true to its text passes', () => {
  const dataset = buildDataset({
    source: { title: 'T', published: '2023-08-15', paragraphs: 3, sha256: hash },
    quotes: [
      buildQuote({ id: 'a', text: 'going well', source: { paragraph: 1 } }),
      buildQuote({ id: 'b', text: 'firmly convinced', source: { paragraph: 2 } }),
    ],
  })
  expect(verifyAgainstSource(dataset, text, hash)).toEqual({ errors: [], warnings: [] })
})

test('a quote not verbatim, or in another paragraph, is an error; an unquoted span a warning', () => {
  const dataset = buildDataset({
    source: { title: 'T', published: '2023-08-15', paragraphs: 3, sha256: 'b'.repeat(64) },
    quotes: [
      buildQuote({ id: 'a', text: 'firmly convinced', source: { paragraph: 1 } }),
      buildQuote({ id: 'b', text: "firmly convinced'", source: { paragraph: 2 } }),
    ],
  })
  const { errors, warnings } = verifyAgainstSource(dataset, text, hash)
  expect(errors).toEqual([
    { path: 'source.sha256', expected: hash, found: 'b'.repeat(64) },
    {
      path: 'quotes[0].text',
      expected: 'words found verbatim in paragraph 1',
      found: 'them in paragraph 2 instead',
    },
    {
      path: 'quotes[1].text',
      expected: 'words found verbatim in paragraph 2',
      found: 'words that are not in the text',
    },
  ])
  expect(warnings.map((warning) => warning.found)).toEqual([
    '“going well” with no quote',
    '“firmly convinced” with no quote',
  ])
})

test('a narrative step’s excerpt must be verbatim in the paragraph it names, like a quote', () => {
  const base = buildDataset({ source: { title: 'T', published: '2023-08-15', paragraphs: 3, sha256: hash } })
  const event = base.events[0]?.id ?? ''
  const dataset = {
    ...base,
    narratives: [
      {
        id: 'walk',
        title: 'Walk',
        steps: [
          { event, text: 'Kim said he was', source: { paragraph: 2 } },
          { event, text: 'Korea’s day.', source: { paragraph: 2 } },
          { event, text: 'The narrator’s own words, not checked' },
          { event, text: 'Kim said she was', source: { paragraph: 2 } },
        ],
      },
    ],
  }
  const quotes = [
    buildQuote({ id: 'a', text: 'going well', source: { paragraph: 1 } }),
    buildQuote({ id: 'b', text: 'firmly convinced', source: { paragraph: 2 } }),
  ]
  expect(verifyAgainstSource({ ...dataset, quotes }, text, hash).errors).toEqual([
    {
      path: 'narratives[0].steps[1].text',
      expected: 'words found verbatim in paragraph 2',
      found: 'them in paragraph 3 instead',
    },
    {
      path: 'narratives[0].steps[3].text',
      expected: 'words found verbatim in paragraph 2',
      found: 'words that are not in the text',
    },
  ])
})

test('a quote’s prefix and suffix, its part and the text the dataset carries are checked against the file', () => {
  const withHeading =
    'A standfirst with ‘going well’ in it.\n\n‘Going well’\n\nKim said he was “firmly convinced”.\n'
  const dataset = buildDataset({
    source: {
      title: 'T',
      published: '2023-08-15',
      paragraphs: 3,
      sha256: hash,
      standfirst: 'A standfirst with ‘going well’ in it.',
      text: `${withHeading} `,
    },
    quotes: [
      buildQuote({
        id: 'a',
        text: 'going well',
        source: { paragraph: 1, part: 'standfirst', prefix: 'with ‘' },
      }),
      buildQuote({ id: 'b', text: 'Going well', source: { paragraph: 2 } }),
      buildQuote({
        id: 'c',
        text: 'firmly convinced',
        source: { paragraph: 3, part: 'heading', suffix: '” ' },
      }),
    ],
  })
  const { errors, warnings } = verifyAgainstSource(dataset, withHeading, hash)
  expect(errors).toEqual([
    {
      path: 'source.text',
      expected: 'the text of the file, character for character',
      found: `a text that differs from character ${withHeading.length + 1}`,
    },
    {
      path: 'quotes[2].source',
      expected: 'its prefix and suffix right before and after the words in paragraph 3',
      found: 'them elsewhere or not at all',
    },
    {
      path: 'quotes[2].source.part',
      expected: 'a heading: paragraph 3 a short line with no full stop',
      found: 'a paragraph of the body',
    },
  ])
  expect(warnings).toEqual([
    {
      path: 'quotes[1].source.part',
      expected: '"heading": paragraph 2 is a heading (the editor’s words, not the speaker’s)',
      found: 'no part',
    },
  ])
})
