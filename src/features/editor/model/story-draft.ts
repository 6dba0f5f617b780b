import { z } from 'zod'
import { actorKinds, eventStatuses } from '../../../dataset/format/format-constants'
import { splitParagraphs } from '../../../dataset/validate/source-text'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { Parsed } from '../storage/parse-content'
import { issueReason } from './unreadable-reason'

// The story being made in the editor: what a person has typed and chosen so far, which may be
// unfinished (an event with no date yet, a quote with no speaker chosen). It becomes a dataset of the
// format only on Preview and Export JSON (see draft-to-dataset.ts), which say what is missing. Kept
// in IndexedDB as it is, and parsed with this schema when read back (it is outside data there).

// zod compiles parsers with new Function() unless told not to; the page's CSP forbids eval.
z.config({ jitless: true })

const text = z.string()
const paragraphNumber = z.int().min(1)

const documentSchema = z.object({
  /** 'source' for the story's first document; a slug for the others. */
  id: text,
  title: text,
  outlet: text,
  url: text,
  /** EDTF, or '' while unknown. */
  published: text,
  /** The article's text as given: its paragraphs are its non-empty lines, numbered from 1. */
  text: text,
  /** Paragraphs that are headings (a quote there is the editor's words quoting the speaker). */
  headings: z.array(paragraphNumber),
  /** The paragraph that is the standfirst, if one is. */
  standfirst: paragraphNumber.nullable(),
})

const actorSchema = z.object({
  id: text,
  name: text,
  kind: z.enum(actorKinds),
  /** ISO 3166-1 alpha-2, or ''. */
  country: text,
  role: text,
})

const citationSchema = z.object({ document: text, paragraphs: z.array(paragraphNumber) })

const eventSchema = z.object({
  id: text,
  title: text,
  summary: text,
  /** EDTF, or '' while unknown. */
  date: text,
  status: z.enum(eventStatuses),
  actors: z.array(text),
  /** ISO codes of countries involved beyond the actors'. */
  countries: z.array(text),
  /** Categories by name. */
  categories: z.array(text),
  place: z.object({ name: text, latitude: text, longitude: text }),
  sources: z.array(z.object({ outlet: text, url: text })),
  media: z.object({ url: text, caption: text, credit: text }),
  /** Where in a document the event is reported. */
  cites: citationSchema.nullable(),
})

const quoteSchema = z.object({
  id: text,
  /** Always the document's words at the place below: verbatim by construction. */
  text: text,
  document: text,
  paragraph: paragraphNumber,
  /** Where in the paragraph, in characters. */
  start: z.int().min(0),
  end: z.int().min(0),
  prefix: text,
  suffix: text,
  part: z.enum(['heading', 'standfirst']).nullable(),
  speaker: text.nullable(),
  event: text.nullable(),
})

const narrativeSchema = z.object({
  id: text,
  title: text,
  description: text,
  steps: z.array(
    z.object({
      event: text,
      text: text,
      /** Where the step's words are taken from, verbatim, when they are. */
      from: z.object({ document: text, paragraph: paragraphNumber }).nullable(),
    }),
  ),
})

const proposalState = z.enum(['open', 'accepted', 'rejected'])

/** What the draft from the article proposed, kept until each is accepted or rejected. */
const proposalsSchema = z.object({
  document: text,
  actors: z.array(z.object({ state: proposalState, confidence: z.number(), actor: actorSchema })),
  events: z.array(z.object({ state: proposalState, confidence: z.number(), event: eventSchema })),
  quotes: z.array(z.object({ state: proposalState, confidence: z.number(), quote: quoteSchema })),
})

export const storyDraftSchema = z.object({
  kind: z.literal('story-timeline-draft'),
  version: z.literal(1),
  title: text,
  description: text,
  documents: z.array(documentSchema).min(1),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  quotes: z.array(quoteSchema),
  narratives: z.array(narrativeSchema),
  proposals: proposalsSchema.nullable(),
})

export type StoryDraft = z.infer<typeof storyDraftSchema>
export type DraftDocument = StoryDraft['documents'][number]
export type DraftActor = StoryDraft['actors'][number]
export type DraftEvent = StoryDraft['events'][number]
export type DraftQuote = StoryDraft['quotes'][number]
export type DraftNarrative = StoryDraft['narratives'][number]
export type DraftProposals = NonNullable<StoryDraft['proposals']>
export type ProposalState = z.infer<typeof proposalState>

const messages = defineMessages({
  unreadable: {
    id: 'editor.storage.unreadableDraft',
    defaultMessage:
      'This story’s saved form cannot be read ({where}: {message}; {count, plural, one {# problem} other {# problems}}). Export its JSON to keep what it holds.',
  },
  theDraft: { id: 'editor.storage.theDraft', defaultMessage: 'the draft' },
  notExpected: { id: 'editor.storage.notExpected', defaultMessage: 'not as expected' },
})

/** A stored draft read back as the editor's type, or why it cannot be (which field, what was wrong). */
export function parseStoryDraft(raw: unknown): Parsed<StoryDraft> {
  const result = storyDraftSchema.safeParse(raw)
  if (result.success) return { ok: true, value: result.data }
  const first = result.error.issues[0]
  const where = first?.path.length ? first.path.join('.') : t(messages.theDraft)
  return {
    ok: false,
    reason: t(messages.unreadable, {
      where,
      // Coded, not zod's own words (which are English).
      message: first ? issueReason(first) : t(messages.notExpected),
      count: result.error.issues.length,
    }),
  }
}

export function emptyDocument(id = 'source'): DraftDocument {
  return { id, title: '', outlet: '', url: '', published: '', text: '', headings: [], standfirst: null }
}

/** A new, empty story: one document waiting for its article. */
export function newStoryDraft(): StoryDraft {
  return {
    kind: 'story-timeline-draft',
    version: 1,
    title: '',
    description: '',
    documents: [emptyDocument()],
    actors: [],
    events: [],
    quotes: [],
    narratives: [],
    proposals: null,
  }
}

/** The paragraphs of a document: its non-empty lines, numbered from 1 (as the dashboard numbers them). */
export function paragraphsOf(document: Pick<DraftDocument, 'text'>): string[] {
  return splitParagraphs(document.text)
}
