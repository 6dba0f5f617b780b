import { createHash } from 'node:crypto'
import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import type { Dataset } from '../format/schema'
import { validateDataset } from './validate-dataset'
import { verifyDocument } from './verify-against-source'

// Each document's text checks what cites that document, and only that: a story of an article and a
// statement (src/testing/fixtures/two-documents).

const FIXTURE = 'src/testing/fixtures/two-documents'
const article = readFileSync(`${FIXTURE}/article.txt`, 'utf8')
const statement = readFileSync(`${FIXTURE}/statement.txt`, 'utf8')
const hash = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex')

function story(change: (story: Dataset) => void = () => {}): Dataset {
  const data = JSON.parse(readFileSync(`${FIXTURE}/story.json`, 'utf8')) as Dataset
  change(data)
  const result = validateDataset(data)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.dataset
}

test('the story is true to each of its texts, each checking its own citations', () => {
  expect(verifyDocument(story(), 'source', article, hash(article))).toEqual({ errors: [], warnings: [] })
  expect(verifyDocument(story(), 'statement', statement, hash(statement))).toEqual({
    errors: [],
    warnings: [],
  })
})

test('a quote is verified against its own document: words of the article do not make a statement quote', () => {
  const moved = story((story) => {
    const quote = story.quotes[2]
    if (quote) quote.text = 'firmly convinced'
  })
  expect(verifyDocument(moved, 'statement', statement, hash(statement))).toEqual({
    errors: [
      {
        path: 'quotes[2].text',
        expected: 'words found verbatim in paragraph 2 of documents[0]',
        found: 'words that are not in the text',
      },
    ],
    warnings: [
      {
        path: 'documents[0], paragraph 2',
        expected: 'each quoted span to be a quote in the dataset',
        found: '“no interference” with no quote',
      },
    ],
  })
  // The article's check looks only at what cites the article: it has its quote.
  expect(verifyDocument(moved, 'source', article, hash(article)).errors).toEqual([])
})

test('a step’s excerpt and an event’s paragraphs are checked against the document they cite', () => {
  const wrong = story((story) => {
    const step = story.narratives?.[0]?.steps[1]
    if (step?.source) step.source.paragraph = 1
    const event = story.events[1]
    if (event?.source) event.source.paragraphs = [2]
  })
  const shortened = 'Statement of the Foreign Ministry\n'
  expect(verifyDocument(wrong, 'statement', shortened, hash(shortened)).errors).toEqual([
    { path: 'documents[0].sha256', expected: hash(shortened), found: hash(statement) },
    { path: 'documents[0].paragraphs', expected: '1 (the text’s non-empty lines)', found: '2' },
    {
      path: 'quotes[2].text',
      expected: 'words found verbatim in paragraph 2 of documents[0]',
      found: 'words that are not in the text',
    },
    {
      path: 'narratives[0].steps[1].text',
      expected: 'words found verbatim in paragraph 1 of documents[0]',
      found: 'words that are not in the text',
    },
    {
      path: 'events[1].source.paragraphs[0]',
      expected: 'a paragraph from 1 to 1 of documents[0]',
      found: '2',
    },
  ])
})

test('a document carrying its text is checked against it; its listed headings say which paragraphs are', () => {
  const carried = story((story) => {
    const [document] = story.documents ?? []
    if (document) Object.assign(document, { text: statement, headings: [1, 2] })
  })
  const { errors, warnings } = verifyDocument(carried, 'statement', statement, hash(statement))
  expect(errors).toEqual([])
  // Paragraph 2 is listed as a heading: a quote from it without "part" is the editor's words, said.
  expect(warnings).toEqual([
    {
      path: 'quotes[2].source.part',
      expected: '"heading": paragraph 2 of documents[0] is a heading (the editor’s words, not the speaker’s)',
      found: 'no part',
    },
  ])
})
