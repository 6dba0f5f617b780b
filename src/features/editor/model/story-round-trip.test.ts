import { readFileSync } from 'node:fs'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { expect, test } from 'vitest'
import type { Dataset } from '../../../dataset/format/schema'
import { validateDataset } from '../../../dataset/validate/validate-dataset'
import { verifyDocument } from '../../../dataset/validate/verify-against-source'
import { datasetToDraft } from './dataset-to-draft'
import {
  addDocument,
  addEvent,
  makeQuote,
  removeActor,
  removeEvent,
  updateDocument,
  updateQuote,
} from './draft-edits'
import { draftToDataset } from './draft-to-dataset'
import { newStoryDraft, parseStoryDraft, type StoryDraft } from './story-draft'

const BUILTIN = JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8')) as Dataset
const ARTICLE = readFileSync('../shared/seeds/000_7006243c123d49bb.txt', 'utf8')

test('the built-in story, edited as a copy and exported, is the same story: every quote verbatim in its paragraph', () => {
  const draft = datasetToDraft(BUILTIN)
  // Every quote found again in the article's text.
  expect(draft.quotes.filter((quote) => quote.end === 0)).toEqual([])
  const made = draftToDataset(draft, true)
  if (!made.dataset) throw new Error(made.problems.map((problem) => problem.message).join('\n'))
  expect(made.dataset.format).toBe('story-timeline/3')
  expect(made.dataset.events.map((event) => [event.id, event.date, event.status])).toEqual(
    BUILTIN.events.map((event) => [event.id, event.date, event.status]),
  )
  expect(
    made.dataset.quotes.map((quote) => [quote.text, quote.speaker, quote.event, quote.source?.paragraph]),
  ).toEqual(BUILTIN.quotes.map((quote) => [quote.text, quote.speaker, quote.event, quote.source?.paragraph]))
  expect(made.dataset.source.standfirst).toBe(BUILTIN.source.standfirst)
  const check = verifyDocument(made.dataset, 'source', ARTICLE, bytesToHex(sha256(utf8ToBytes(ARTICLE))))
  expect(check.errors).toEqual([])
  expect(check.warnings).toEqual([])
})

function withArticle(): StoryDraft {
  return updateDocument({ ...newStoryDraft(), title: 'Letters' }, 'source', {
    text: ARTICLE,
    title: 'Al Jazeera',
    published: '2023-08-15',
    standfirst: 1,
    headings: [8, 16],
  })
}

test('a quote is the selected words, verbatim, with the text around them and its part', () => {
  const draft = withArticle()
  const paragraph = ARTICLE.split('\n').filter((line) => line.trim())[4] ?? ''
  const start = paragraph.indexOf('I am firmly')
  const made = makeQuote(draft, { document: 'source', paragraph: 5, start: start - 1, end: start + 23 })
  if (!made) throw new Error('no quote')
  const quote = made.draft.quotes[0]
  // The mark at the selection's edge is the selection's, not the speaker's; a word cut short is whole.
  expect(quote).toMatchObject({ text: 'I am firmly convinced that', paragraph: 5, part: null, prefix: '“' })
  expect(quote?.suffix.length).toBe(32)
  const heading = makeQuote(draft, { document: 'source', paragraph: 8, start: 1, end: 17 })
  expect(heading?.draft.quotes[0]).toMatchObject({ text: 'Deeply concerned', part: 'heading' })
  expect(makeQuote(draft, { document: 'source', paragraph: 5, start: 3, end: 3 })).toBeNull()
  // A lone quote mark is no quote; the same words again are the quote already made.
  expect(makeQuote(draft, { document: 'source', paragraph: 5, start: 0, end: 1 })).toBeNull()
  const again = makeQuote(made.draft, { document: 'source', paragraph: 5, start, end: start + 26 })
  expect(again?.id).toBe(made.id)
  expect(again?.draft.quotes).toHaveLength(1)
  expect(makeQuote(draft, { document: 'source', paragraph: 99, start: 0, end: 3 })).toBeNull()
})

test('an unfinished story exports nothing and says what to finish; its preview leaves those out and counts them', () => {
  let draft = withArticle()
  const quote = makeQuote(draft, { document: 'source', paragraph: 12, start: 1, end: 20 })
  if (!quote) throw new Error('no quote')
  draft = quote.draft
  draft = addEvent(draft, { title: 'Patel speaks' }).draft
  const strict = draftToDataset(draft, true)
  expect(strict.dataset).toBeNull()
  expect(strict.problems.map((problem) => problem.message)).toEqual([
    '“Patel speaks” needs a date.',
    'Choose the event this quote belongs to.',
  ])
  const preview = draftToDataset(draft, false)
  expect(preview.dataset?.events).toEqual([])
  expect(preview.leftOut).toBe(2)
  // Given its date and its quote's event, it exports, a quote with no speaker as such (story-timeline/3).
  draft = draftToDataset(draft, true).dataset ? draft : draft
  const event = draft.events[0]
  if (!event) throw new Error('no event')
  draft = { ...draft, events: [{ ...event, date: '[..2023-08-15]' }] }
  draft = updateQuote(draft, draft.quotes[0]?.id ?? '', { event: event.id })
  const done = draftToDataset(draft, true)
  expect(done.problems).toEqual([])
  expect(done.dataset?.quotes[0]?.speaker).toBeUndefined()
  expect(validateDataset(done.dataset).ok).toBe(true)
})

test('a second document’s quote cites it, and the checker finds it in that document’s text', () => {
  let draft = withArticle()
  const second = addDocument(draft)
  draft = updateDocument(second.draft, second.id, {
    title: 'KCNA statement',
    published: '2023-08-15',
    text: 'A statement.\n\nThe friendship “will be further developed”, it said.',
  })
  draft = addEvent(draft, { title: 'Statement', date: '2023-08-15' }).draft
  const words = 'will be further developed'
  const at = 'The friendship “will be further developed”, it said.'.indexOf(words)
  const made = makeQuote(draft, { document: second.id, paragraph: 2, start: at, end: at + words.length })
  if (!made) throw new Error('no quote')
  draft = updateQuote(made.draft, made.id, { event: draft.events[0]?.id ?? null })
  const exported = draftToDataset(draft, true).dataset
  if (!exported) throw new Error('not exported')
  expect(exported.documents?.[0]).toMatchObject({ id: second.id, title: 'KCNA statement', paragraphs: 2 })
  expect(exported.quotes[0]).toMatchObject({
    text: 'will be further developed',
    source: { document: second.id, paragraph: 2 },
  })
  const text = draft.documents[1]?.text ?? ''
  expect(verifyDocument(exported, second.id, text, bytesToHex(sha256(utf8ToBytes(text)))).errors).toEqual([])
})

test('removing an actor or an event keeps the quotes’ words, unattributed or without their event', () => {
  let draft = withArticle()
  draft = { ...draft, actors: [{ id: 'kim', name: 'Kim', kind: 'person', country: 'KP', role: '' }] }
  const event = addEvent(draft, { title: 'Letter', date: '2023-08-15', actors: ['kim'] })
  const quote = makeQuote(event.draft, { document: 'source', paragraph: 6, start: 1, end: 30 })
  if (!quote) throw new Error('no quote')
  draft = updateQuote(quote.draft, quote.id, { speaker: 'kim', event: event.id })
  expect(removeActor(draft, 'kim').quotes[0]).toMatchObject({ speaker: null, event: event.id })
  expect(removeActor(draft, 'kim').events[0]?.actors).toEqual([])
  expect(removeEvent(draft, event.id).quotes[0]).toMatchObject({ speaker: 'kim', event: null })
})

test('a stored draft is read back as it was, and a damaged one says where it is damaged', () => {
  const draft = withArticle()
  expect(parseStoryDraft(JSON.parse(JSON.stringify(draft)))).toEqual({ ok: true, value: draft })
  const broken = parseStoryDraft({ ...draft, documents: [{ ...draft.documents[0], headings: 'none' }] })
  expect(broken).toMatchObject({ ok: false })
  if (!broken.ok) expect(broken.reason).toMatch(/documents\.0\.headings: expected a list; 1 problem\)/)
})
