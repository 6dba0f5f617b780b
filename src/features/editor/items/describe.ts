import { parseEdtf } from '../../../dataset/dates/parse-edtf'
import { documentName } from '../model/document-name'
import type { DraftQuote, StoryDraft } from '../model/story-draft'

/** A date as it reads ("on or before 15 August 2023"), or what is wrong with it. */
export function describeDate(date: string): string {
  if (!date.trim()) return 'No date yet'
  const read = parseEdtf(date.trim())
  return read.ok ? read.date.label : `Not a date: ${date}`
}

/** Where a quote stands: its document, paragraph and part. */
export function quoteWhere(draft: StoryDraft, quote: DraftQuote): string {
  const at = draft.documents.findIndex((document) => document.id === quote.document)
  const document = draft.documents[at]
  const name = document ? documentName(document, at) : 'the article'
  const part =
    quote.part === 'heading' ? ' (a heading)' : quote.part === 'standfirst' ? ' (the standfirst)' : ''
  return `In ${name}, paragraph ${quote.paragraph}${part}.`
}

/** Events in time order as the dashboard orders them (by their earliest instant); undated ones last. */
export function inTimeOrder<T extends { date: string }>(events: readonly T[]): T[] {
  const anchor = (event: T) => {
    const read = event.date.trim() ? parseEdtf(event.date.trim()) : null
    return read?.ok ? read.date.anchor : Number.POSITIVE_INFINITY
  }
  return events
    .map((event) => ({ event, at: anchor(event) }))
    .sort((a, b) => a.at - b.at)
    .map(({ event }) => event)
}
