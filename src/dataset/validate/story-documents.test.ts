import { expect, test } from 'vitest'
import { twoDocumentStory } from '../../testing/two-documents'
import { datasetSchema } from '../format/schema'
import { formatIssue } from './dataset-issue'
import { fastValidate } from './fast-validate'
import { validateDataset } from './validate-dataset'

// story-timeline/3: several documents per story, each cited by id; quotes without a known speaker.

/** The issues a person reads, once the fast path and zod have agreed the data is refused. */
function refused(data: unknown): string[] {
  expect(fastValidate(data)).toBeNull()
  expect(datasetSchema.safeParse(data).success).toBe(false)
  const result = validateDataset(data)
  if (result.ok) throw new Error('refused data was accepted')
  return result.issues.map(formatIssue)
}

// A copy of the story with one part changed, as a hand-edited file would be.
function edited(change: (story: Record<string, unknown> & ReturnType<typeof twoDocumentStory>) => void) {
  const story = structuredClone(twoDocumentStory())
  change(story)
  return story
}

test('a story of two documents validates, through the fast path and zod alike', () => {
  const story = JSON.parse(JSON.stringify(twoDocumentStory())) as unknown
  const fast = fastValidate(story)
  expect(fast).not.toBeNull()
  expect(fast).toStrictEqual(datasetSchema.parse(story))
  expect(fast?.quotes[2]?.speaker).toBeUndefined()
  expect(fast?.quotes[1]?.source?.document).toBe('statement')
})

test('"source" names the first document in a reference, as no "document" does', () => {
  const story = edited((story) => {
    const quote = story.quotes[0]
    if (quote?.source) quote.source.document = 'source'
  })
  expect(fastValidate(story)).not.toBeNull()
  expect(validateDataset(story).ok).toBe(true)
})

test('a reference to a document the story does not have is named, wherever it is', () => {
  const story = edited((story) => {
    const [event] = story.events
    const quote = story.quotes[1]
    const step = story.narratives?.[0]?.steps[1]
    if (event?.source) event.source.document = 'second-article'
    if (quote?.source) quote.source.document = 'statment'
    if (step?.source) step.source.document = 'transcript'
  })
  const expected = 'expected the id of a document in "documents" (or "source", the first document)'
  expect(refused(story)).toEqual([
    `events[0].source.document: ${expected}, found "second-article"`,
    `quotes[1].source.document: ${expected}, found "statment"`,
    `narratives[0].steps[1].source.document: ${expected}, found "transcript"`,
  ])
})

test('a paragraph past the count of the document cited is refused, saying that document’s count', () => {
  const story = edited((story) => {
    const [first, second] = story.events
    if (first?.source) first.source.paragraphs = [4, 5]
    if (second?.source) second.source.paragraphs = [3]
    const quote = story.quotes[1]
    if (quote?.source) quote.source.paragraph = 4
  })
  expect(refused(story)).toEqual([
    'events[0].source.paragraphs[1]: expected a paragraph number from 1 to 4, found 5',
    'events[1].source.paragraphs[0]: expected a paragraph number from 1 to 2 (documents[0] has 2), found 3',
    'quotes[1].source.paragraph: expected a paragraph number from 1 to 2 (documents[0] has 2), found 4',
  ])
})

test('document ids are slugs, once each, and never "source"', () => {
  const [statement] = twoDocumentStory().documents ?? []
  const story = edited((story) => {
    story.documents = [
      { id: 'source', title: 'A second source' },
      ...(statement ? [statement, { ...statement, title: 'Again' }] : []),
    ]
  })
  // The statement moved to documents[1]: the story's references still find it, so nothing else is wrong.
  expect(refused(story)).toEqual([
    'documents[0].id: expected an id other than "source", which names the first document ("source"), found "source"',
    'documents[2].id: expected an id not used before in "documents" (already used by documents[1]), found "statement"',
  ])
})

test('a document’s headings are within it, each once, and a quote from a heading is from one', () => {
  const story = edited((story) => {
    story.source.headings = [1, 1, 9]
    const quote = story.quotes[0]
    if (quote?.source) quote.source.part = 'heading'
  })
  expect(refused(story)).toEqual([
    'source.headings[1]: expected each heading once, found 1',
    'source.headings[2]: expected a paragraph number from 1 to 4, found 9',
    'quotes[0].source.part: expected no "heading" for paragraph 2, which source.headings (1, 9) does not list, found "heading"',
  ])
})

test('a further document carrying its text needs its hash, as the first does', () => {
  const story = edited((story) => {
    const [statement] = story.documents ?? []
    if (statement) statement.text = 'The ministry spoke.\nThere will be no interference.\n'
  })
  expect(refused(story)).toEqual([
    'documents[0].sha256: expected the SHA-256 of the text given in "text" (a text is shown only once checked), found nothing (the field is missing)',
  ])
})

test('a field of story-timeline/3 in a /2 file is named, with what to do', () => {
  const story = edited((story) => {
    story.format = 'story-timeline/2'
  })
  const what = 'expected a field of story-timeline/3 only: set "format" to "story-timeline/3"'
  expect(refused(story)).toEqual([
    `documents: ${what}, found a list of 1`,
    `source.outlet: ${what}, found "Example News"`,
    `source.headings: ${what}, found a list of 1`,
    `events[1].source.document: ${what}, found "statement"`,
    `quotes[1].source.document: ${what}, found "statement"`,
    'quotes[2].speaker: expected the id of the actor who said the words (a quote without a speaker is story-timeline/3 only: set "format" to "story-timeline/3"), found nothing (the field is missing)',
    `narratives[0].steps[1].source.document: ${what}, found "statement"`,
  ])
})

test('a quote without a speaker in a /1 or /2 file is refused; the same file as /3 is read', () => {
  const story = edited((story) => {
    story.format = 'story-timeline/2'
    delete story.documents
    delete story.narratives
    delete story.source.outlet
    delete story.source.headings
    story.events = story.events.slice(0, 1)
    story.quotes = story.quotes.filter((quote) => quote.source?.document === undefined)
    const quote = story.quotes[1]
    if (quote?.source) delete quote.source.part
  })
  expect(refused(story)).toEqual([
    'quotes[1].speaker: expected the id of the actor who said the words (a quote without a speaker is story-timeline/3 only: set "format" to "story-timeline/3"), found nothing (the field is missing)',
  ])
  expect(refused({ ...story, format: 'story-timeline/1' })).toHaveLength(1)
  expect(fastValidate({ ...story, format: 'story-timeline/3' })).not.toBeNull()
})

test('broken document references are said beside shape problems', () => {
  const story = edited((story) => {
    const [event] = story.events
    if (event) event.date = '2023-02-30'
    const quote = story.quotes[1]
    if (quote?.source) quote.source.document = 'nowhere'
  })
  expect(refused(story)).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^events\[0\]\.date: /),
      'quotes[1].source.document: expected the id of a document in "documents" (or "source", the first document), found "nowhere"',
    ]),
  )
})
