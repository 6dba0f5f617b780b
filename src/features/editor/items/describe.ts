import { parseEdtf } from '../../../dataset/dates/parse-edtf'
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
  const name = document?.title || (at <= 0 ? 'the article' : `document ${at + 1}`)
  const part =
    quote.part === 'heading' ? ' (a heading)' : quote.part === 'standfirst' ? ' (the standfirst)' : ''
  return `In ${name}, paragraph ${quote.paragraph}${part}.`
}
