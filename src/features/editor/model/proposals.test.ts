import { readFileSync } from 'node:fs'
import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { expect, test } from 'vitest'
import { extractDraft } from '../../../dataset/draft/extract-draft'
import { verifyDocument } from '../../../dataset/validate/verify-against-source'
import { updateDocument } from './draft-edits'
import { draftToDataset } from './draft-to-dataset'
import { editQuoteProposal, proposalsFrom, settleProposals } from './proposals'
import { newStoryDraft, type StoryDraft } from './story-draft'

const ARTICLE = readFileSync('../shared/seeds/000_7006243c123d49bb.txt', 'utf8')

function drafted(): StoryDraft {
  const story = updateDocument({ ...newStoryDraft(), title: 'Letters' }, 'source', {
    text: ARTICLE,
    title: 'Al Jazeera',
    published: '2023-08-15',
    standfirst: 1,
  })
  const document = story.documents[0]
  if (!document) throw new Error('no document')
  return {
    ...story,
    proposals: proposalsFrom(extractDraft({ text: ARTICLE, published: '2023-08-15' }), document, story),
  }
}

test('proposals add nothing to the story until accepted', () => {
  const story = drafted()
  expect(story.proposals?.quotes.length).toBeGreaterThan(9)
  expect(story.quotes).toEqual([])
  expect(story.events).toEqual([])
  // Every proposed quote is the article's own words at its place.
  const lines = ARTICLE.split('\n').filter((line) => line.trim())
  for (const { quote } of story.proposals?.quotes ?? [])
    expect(lines[quote.paragraph - 1]?.slice(quote.start, quote.end)).toBe(quote.text)
})

test('accepting a quote brings its speaker and its event along; rejecting one leaves the story as it was', () => {
  const story = drafted()
  const first = story.proposals?.quotes.find((proposal) => proposal.quote.speaker && proposal.quote.event)
  if (!first) throw new Error('no attributed quote')
  const accepted = settleProposals(story, 'quotes', [first.quote.id], 'accepted')
  expect(accepted.quotes.map((quote) => quote.id)).toEqual([first.quote.id])
  expect(accepted.actors.map((actor) => actor.id)).toContain(first.quote.speaker)
  expect(accepted.events.map((event) => event.id)).toContain(first.quote.event)
  const rejected = settleProposals(story, 'quotes', [first.quote.id], 'rejected')
  expect(rejected.quotes).toEqual([])
  expect(rejected.proposals?.quotes.find((proposal) => proposal.quote.id === first.quote.id)?.state).toBe(
    'rejected',
  )
})

test('a speaker corrected before accepting is the one kept', () => {
  const story = drafted()
  const quote = story.proposals?.quotes[3]?.quote
  const other = story.proposals?.actors.find((proposal) => proposal.actor.id !== quote?.speaker)?.actor
  if (!quote || !other) throw new Error('nothing to correct')
  const corrected = settleProposals(
    editQuoteProposal(story, quote.id, other.id),
    'quotes',
    [quote.id],
    'accepted',
  )
  expect(corrected.quotes[0]?.speaker).toBe(other.id)
})

test('the seed article drafted, every proposal accepted, exports a dataset true to the article', () => {
  let story = drafted()
  for (const kind of ['actors', 'events', 'quotes'] as const)
    story = settleProposals(story, kind, 'all-open', 'accepted')
  const made = draftToDataset(story, true)
  if (!made.dataset) throw new Error(made.problems.map((problem) => problem.message).join('\n'))
  const check = verifyDocument(made.dataset, 'source', ARTICLE, bytesToHex(sha256(utf8ToBytes(ARTICLE))))
  expect(check.errors).toEqual([])
})
