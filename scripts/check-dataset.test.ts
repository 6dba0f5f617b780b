import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect, test } from 'vitest'

// The checker as a person runs it, on a story of an article and a statement
// (src/testing/fixtures/two-documents): each quote verified against its own document's text.

const FIXTURE = 'src/testing/fixtures/two-documents'
const STORY = `${FIXTURE}/story.json`
const ARTICLE = `${FIXTURE}/article.txt`
const STATEMENT = `${FIXTURE}/statement.txt`

function check(...args: string[]) {
  const run = spawnSync('node_modules/.bin/tsx', ['scripts/check-dataset.ts', ...args], { encoding: 'utf8' })
  return { status: run.status, out: run.stdout, err: run.stderr }
}

/** The fixture's story with a change, written to a file of its own. */
function changed(change: (story: Record<string, unknown> & StoryShape) => void): string {
  const story = JSON.parse(readFileSync(STORY, 'utf8'))
  change(story)
  const file = join(mkdtempSync(join(tmpdir(), 'check-dataset-')), 'story.json')
  writeFileSync(file, JSON.stringify(story))
  return file
}
type StoryShape = {
  documents: Array<Record<string, unknown>>
  quotes: Array<{ text: string; source: Record<string, unknown> }>
}

test('each document is checked against its own text, given with --source and --document', () => {
  const { status, out } = check(
    STORY,
    '--source',
    ARTICLE,
    '--document',
    `statement=${STATEMENT}`,
    '--strict',
  )
  expect(status).toBe(0)
  expect(out).toContain(`✓ true to ${ARTICLE}: hash matches, 2 quotes and 0 narrative excerpts`)
  expect(out).toContain(
    `✓ true to ${STATEMENT} (documents[0], "statement"): hash matches, 1 quotes and 1 narrative excerpts`,
  )
}, 30_000)

test('a quote not verbatim in its own document fails, even when another document holds its words', () => {
  const story = changed((story) => {
    const quote = story.quotes[2]
    if (quote) {
      quote.text = 'firmly convinced'
      delete quote.source.prefix
      delete quote.source.suffix
    }
  })
  const { status, out, err } = check(story, '--source', ARTICLE, '--document', `statement=${STATEMENT}`)
  expect(status).toBe(1)
  expect(out).toContain(`✓ true to ${ARTICLE}`)
  expect(err).toContain(
    'quotes[2].text: expected words found verbatim in paragraph 2 of documents[0], found words that are not in the text',
  )
  expect(err).toContain(`✗ not true to ${STATEMENT} (documents[0], "statement"): 1 error(s)`)
}, 30_000)

test('a document carrying its text is checked against it; without one, what cites it is said unchecked', () => {
  const carried = changed((story) => {
    const [statement] = story.documents
    if (statement) statement.text = readFileSync(STATEMENT, 'utf8')
  })
  const withText = check(carried, '--source', ARTICLE, '--strict')
  expect(withText.status).toBe(0)
  expect(withText.out).toContain(
    '✓ true to documents[0].text: hash matches, 1 quotes and 1 narrative excerpts',
  )

  const without = check(STORY, '--source', ARTICLE)
  expect(without.status).toBe(0)
  expect(without.out).toContain('not checked: what cites documents[0] ("statement")')
}, 30_000)

test('--strict fails on a quoted span of any document that has no quote', () => {
  const unquoted = changed((story) => {
    story.quotes = story.quotes.slice(0, 2)
    story.narratives = []
  })
  const loose = check(unquoted, '--source', ARTICLE, '--document', `statement=${STATEMENT}`)
  expect(loose.status).toBe(0)
  expect(loose.err).toContain(
    'warning: documents[0], paragraph 2: expected each quoted span to be a quote in the dataset, found “no interference” with no quote',
  )
  expect(
    check(unquoted, '--source', ARTICLE, '--document', `statement=${STATEMENT}`, '--strict').status,
  ).toBe(1)
}, 30_000)

test('a --document for no document of the story, or not written id=file, is a usage error', () => {
  const unknown = check(STORY, '--document', `transcript=${STATEMENT}`)
  expect(unknown.status).toBe(2)
  expect(unknown.err).toContain('the dataset has no document "transcript" (it has "source", "statement")')
  expect(check(STORY, '--document', STATEMENT).status).toBe(2)
  expect(check(STORY, '--source', ARTICLE, '--document', `source=${ARTICLE}`).status).toBe(2)
}, 30_000)
