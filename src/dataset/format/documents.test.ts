import { expect, test } from 'vitest'
import { buildDataset } from '../../testing/builders'
import { twoDocumentStory } from '../../testing/two-documents'
import { documentIdOf, documentOf, documentsOf } from './documents'

test('a reference names its document; none, or "source", names the first', () => {
  const story = twoDocumentStory()
  const [, fromStatement, unattributed] = story.quotes
  expect(documentOf(story)).toBe(story.source)
  expect(documentOf(story, 'source')).toBe(story.source)
  expect(documentOf(story, unattributed?.source?.document)).toBe(story.source)
  expect(documentOf(story, fromStatement?.source?.document)?.title).toBe('Statement of the Foreign Ministry')
  expect(documentOf(story, 'no-such-document')).toBeUndefined()
  expect(documentIdOf(fromStatement?.source)).toBe('statement')
  expect(documentIdOf(undefined)).toBe('source')
})

test('every document is listed with its id, the first as "source", each the dataset’s own object', () => {
  const story = twoDocumentStory()
  const listed = documentsOf(story)
  expect(listed.map((entry) => entry.id)).toEqual(['source', 'statement'])
  expect(listed[0]?.document).toBe(story.source)
  expect(listed[1]?.document).toBe(story.documents?.[0])
  expect(documentsOf(buildDataset()).map((entry) => entry.id)).toEqual(['source'])
})
