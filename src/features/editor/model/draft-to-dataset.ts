import { sha256 } from '@noble/hashes/sha2.js'
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js'
import { parseEdtf } from '../../../dataset/dates/parse-edtf'
import { isIsoCountryCode } from '../../../dataset/format/country-codes'
import { FIRST_DOCUMENT_ID, FORMAT_VERSION } from '../../../dataset/format/format-constants'
import type { Dataset } from '../../../dataset/format/schema'
import { slugify } from '../../../dataset/format/slug'
import { validateDataset } from '../../../dataset/validate/validate-dataset'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import { documentName } from './document-name'
import { type DraftDocument, type DraftEvent, paragraphsOf, type StoryDraft } from './story-draft'

// What is left to do, in the page's language (the format's own validation speaks English: see below).
const messages = defineMessages({
  noDocument: { id: 'editor.problem.noDocument', defaultMessage: 'The story has no document.' },
  noTitle: {
    id: 'editor.problem.noTitle',
    defaultMessage: 'The story needs a title: give it one, or give the article its title.',
  },
  noText: {
    id: 'editor.problem.noText',
    defaultMessage: 'Paste the article’s text (or open its file): quotes and events are traced to it.',
  },
  actorName: { id: 'editor.problem.actorName', defaultMessage: 'An actor needs a name.' },
  actorCountry: { id: 'editor.problem.actorCountry', defaultMessage: 'Say which country “{name}” is.' },
  quoteEvent: { id: 'editor.problem.quoteEvent', defaultMessage: 'Choose the event this quote belongs to.' },
  eventNotReady: {
    id: 'editor.problem.eventNotReady',
    defaultMessage: 'Its event is not ready: finish the event first.',
  },
  narrativeTitle: { id: 'editor.problem.narrativeTitle', defaultMessage: 'A narrative needs a title.' },
  narrativeStep: {
    id: 'editor.problem.narrativeStep',
    defaultMessage: 'A narrative needs a step, of an event that is ready.',
  },
  eventTitle: { id: 'editor.problem.eventTitle', defaultMessage: 'An event needs a title.' },
  eventDate: { id: 'editor.problem.eventDate', defaultMessage: '“{title}” needs a date.' },
  eventBadDate: {
    id: 'editor.problem.eventBadDate',
    defaultMessage: '“{title}”: “{date}” is not a date the format reads.',
  },
})

/** Something to finish before the story is a dataset: which item, and what to do. */
export type ExportProblem = {
  kind: 'story' | 'document' | 'actor' | 'event' | 'quote' | 'narrative'
  id: string
  message: string
}

export type DraftAsDataset =
  | { dataset: Dataset; problems: ExportProblem[]; leftOut: number }
  | { dataset: null; problems: ExportProblem[]; leftOut: number }

/** Saved articles open with " date YYYY-MM-DD " before their standfirst: not the standfirst's words. */
const DATE_MARKER = /^\s*date \d{4}-\d{2}-\d{2}\s+/

/**
 * The story as a dataset of the format (story-timeline/3), with each document's text and its SHA-256
 * so that the checker can verify every quote in its own document's paragraph. `strict` (Export JSON):
 * any problem means no dataset, and each is listed; not strict (Preview): an item with a problem is
 * left out and counted, and the rest is shown.
 */
export function draftToDataset(draft: StoryDraft, strict: boolean): DraftAsDataset {
  const problems: ExportProblem[] = []
  let leftOut = 0
  const problem = (kind: ExportProblem['kind'], id: string, message: string): false => {
    problems.push({ kind, id, message })
    return false
  }
  const paragraphCount = new Map(
    draft.documents.map((document) => [document.id, paragraphsOf(document).length]),
  )
  const [first, ...others] = draft.documents
  if (!first)
    return {
      dataset: null,
      problems: [{ kind: 'story', id: '', message: t(messages.noDocument) }],
      leftOut,
    }
  // A story without its own title takes its first document's.
  const title = draft.title.trim() || first.title.trim()
  if (!title) problem('story', '', t(messages.noTitle))
  if (!first.text.trim()) problem('document', first.id, t(messages.noText))

  const actorIds = new Set<string>()
  const actors: Dataset['actors'] = []
  for (const actor of draft.actors) {
    const ok =
      (actor.name.trim() !== '' || problem('actor', actor.id, t(messages.actorName))) &&
      (actor.kind !== 'country' ||
        isIsoCountryCode(actor.country) ||
        problem('actor', actor.id, t(messages.actorCountry, { name: actor.name })))
    if (!ok) {
      leftOut++
      continue
    }
    actorIds.add(actor.id)
    actors.push({
      id: actor.id,
      name: actor.name.trim(),
      kind: actor.kind,
      ...(isIsoCountryCode(actor.country) ? { country: actor.country } : {}),
      ...(actor.role.trim() ? { role: actor.role.trim() } : {}),
    })
  }

  const categories = new Map<string, string>()
  const eventIds = new Set<string>()
  const events: Dataset['events'] = []
  for (const event of draft.events) {
    const made = eventOf(event, actorIds, categories, paragraphCount, (message) =>
      problem('event', event.id, message),
    )
    if (!made) {
      leftOut++
      continue
    }
    eventIds.add(event.id)
    events.push(made)
  }

  const quotes: Dataset['quotes'] = []
  for (const quote of draft.quotes) {
    const ok =
      (quote.event !== null && eventIds.has(quote.event)) ||
      problem('quote', quote.id, quote.event === null ? t(messages.quoteEvent) : t(messages.eventNotReady))
    if (!ok) {
      leftOut++
      continue
    }
    quotes.push({
      id: quote.id,
      text: quote.text,
      ...(quote.speaker && actorIds.has(quote.speaker) ? { speaker: quote.speaker } : {}),
      event: quote.event ?? '',
      source: {
        ...(quote.document === FIRST_DOCUMENT_ID || quote.document === first.id
          ? {}
          : { document: quote.document }),
        paragraph: quote.paragraph,
        ...(quote.part ? { part: quote.part } : {}),
        ...(quote.prefix ? { prefix: quote.prefix } : {}),
        ...(quote.suffix ? { suffix: quote.suffix } : {}),
      },
    })
  }

  const narratives: NonNullable<Dataset['narratives']> = []
  for (const narrative of draft.narratives) {
    const steps = narrative.steps.filter((step) => eventIds.has(step.event))
    const ok =
      (narrative.title.trim() !== '' || problem('narrative', narrative.id, t(messages.narrativeTitle))) &&
      (steps.length > 0 || problem('narrative', narrative.id, t(messages.narrativeStep)))
    if (!ok) {
      leftOut++
      continue
    }
    narratives.push({
      id: narrative.id,
      title: narrative.title.trim(),
      ...(narrative.description.trim() ? { description: narrative.description.trim() } : {}),
      steps: steps.map((step) => ({
        event: step.event,
        ...(step.text.trim() ? { text: step.from ? step.text : step.text.trim() } : {}),
        ...(step.from && step.text.trim()
          ? {
              source: {
                ...(step.from.document === first.id ? {} : { document: step.from.document }),
                paragraph: step.from.paragraph,
              },
            }
          : {}),
      })),
    })
  }

  const dataset: Dataset = {
    format: FORMAT_VERSION,
    title: title || 'Untitled story',
    ...(draft.description.trim() ? { description: draft.description.trim() } : {}),
    source: documentFields(first, 0),
    ...(others.length
      ? {
          documents: others.map((document, at) => ({ id: document.id, ...documentFields(document, at + 1) })),
        }
      : {}),
    actors,
    ...(categories.size ? { categories: [...categories].map(([id, name]) => ({ id, name })) } : {}),
    events,
    quotes,
    ...(narratives.length ? { narratives } : {}),
  }
  // The format's own validation, for anything the steps above did not foresee.
  const checked = validateDataset(dataset)
  if (!checked.ok)
    for (const issue of checked.issues)
      problem('story', '', `${issue.path}: expected ${issue.expected}, found ${issue.found}.`)
  if (problems.length && (strict || !checked.ok)) return { dataset: null, problems, leftOut }
  return { dataset: checked.ok ? checked.dataset : dataset, problems, leftOut }
}

function documentFields(document: DraftDocument, at: number): Dataset['source'] {
  const text = document.text
  const paragraphs = paragraphsOf(document)
  const standfirst = document.standfirst
    ? paragraphs[document.standfirst - 1]?.replace(DATE_MARKER, '').trim()
    : undefined
  const published = document.published.trim()
  const url = document.url.trim()
  return {
    title: documentName(document, at),
    ...(published && parseEdtf(published).ok ? { published } : {}),
    ...(/^https?:\/\//i.test(url) ? { url } : {}),
    ...(document.outlet.trim() ? { outlet: document.outlet.trim() } : {}),
    ...(standfirst ? { standfirst } : {}),
    ...(text.trim()
      ? { text, sha256: bytesToHex(sha256(utf8ToBytes(text))), paragraphs: paragraphs.length }
      : {}),
    ...(document.headings.length ? { headings: document.headings } : {}),
  }
}

function eventOf(
  event: DraftEvent,
  actorIds: ReadonlySet<string>,
  categories: Map<string, string>,
  paragraphCount: ReadonlyMap<string, number>,
  problem: (message: string) => false,
): Dataset['events'][number] | null {
  const date = event.date.trim()
  const ok =
    (event.title.trim() !== '' || problem(t(messages.eventTitle))) &&
    (date !== '' || problem(t(messages.eventDate, { title: event.title }))) &&
    (parseEdtf(date).ok || problem(t(messages.eventBadDate, { title: event.title, date })))
  if (!ok) return null
  const names = event.categories.map((name) => name.trim()).filter(Boolean)
  const categoryIds = names.map((name) => {
    const id = slugify(name, 'category')
    if (!categories.has(id)) categories.set(id, name)
    return id
  })
  const latitude = Number(event.place.latitude)
  const longitude = Number(event.place.longitude)
  const located =
    event.place.latitude.trim() !== '' &&
    event.place.longitude.trim() !== '' &&
    Math.abs(latitude) <= 90 &&
    Math.abs(longitude) <= 180
  const place = {
    ...(event.place.name.trim() ? { name: event.place.name.trim() } : {}),
    ...(located ? { latitude, longitude } : {}),
  }
  const sources = event.sources
    .map((source) => ({
      ...(source.outlet.trim() ? { outlet: source.outlet.trim() } : {}),
      ...(/^https?:\/\//i.test(source.url.trim()) ? { url: source.url.trim() } : {}),
    }))
    .filter((source) => source.outlet !== undefined || source.url !== undefined)
  const mediaUrl = event.media.url.trim()
  const count = event.cites ? paragraphCount.get(event.cites.document) : undefined
  const cited = event.cites?.paragraphs.filter((number) => count === undefined || number <= count) ?? []
  return {
    id: event.id,
    title: event.title.trim(),
    ...(event.summary.trim() ? { summary: event.summary.trim() } : {}),
    date,
    status: event.status,
    actors: event.actors.filter((id) => actorIds.has(id)),
    ...(event.countries.length ? { countries: [...new Set(event.countries.filter(isIsoCountryCode))] } : {}),
    ...(cited.length && event.cites
      ? {
          source: {
            ...(event.cites.document === FIRST_DOCUMENT_ID ? {} : { document: event.cites.document }),
            paragraphs: cited,
          },
        }
      : {}),
    ...(categoryIds.length ? { categories: [...new Set(categoryIds)] } : {}),
    ...(Object.keys(place).length ? { place } : {}),
    ...(sources.length ? { sources } : {}),
    ...(/^https?:\/\//i.test(mediaUrl)
      ? {
          media: {
            url: mediaUrl,
            ...(event.media.caption.trim() ? { caption: event.media.caption.trim() } : {}),
            ...(event.media.credit.trim() ? { credit: event.media.credit.trim() } : {}),
          },
        }
      : {}),
  }
}
