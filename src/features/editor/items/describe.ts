import { localDateLabel } from '../../../components/local-date-label'
import { parseEdtf } from '../../../dataset/dates/parse-edtf'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import { documentName } from '../model/document-name'
import type { DraftQuote, StoryDraft } from '../model/story-draft'

const messages = defineMessages({
  noDate: { id: 'editor.noDateYet', defaultMessage: 'No date yet' },
  notADate: { id: 'editor.notADate', defaultMessage: 'Not a date: {date}' },
  theArticle: { id: 'editor.theArticleInSentence', defaultMessage: 'the article' },
  where: {
    id: 'editor.quoteWhere',
    defaultMessage:
      'In {name}, paragraph {paragraph}{part, select, heading { (a heading)} standfirst { (the standfirst)} other {}}.',
  },
})

/** A date as it reads ("on or before 15 August 2023"), or what is wrong with it. */
export function describeDate(date: string): string {
  if (!date.trim()) return t(messages.noDate)
  const read = parseEdtf(date.trim())
  return read.ok ? localDateLabel(read.date) : t(messages.notADate, { date })
}

/** Where a quote stands: its document, paragraph and part. */
export function quoteWhere(draft: StoryDraft, quote: DraftQuote): string {
  const at = draft.documents.findIndex((document) => document.id === quote.document)
  const document = draft.documents[at]
  const name = document ? documentName(document, at) : t(messages.theArticle)
  return t(messages.where, { name, paragraph: quote.paragraph, part: quote.part ?? 'none' })
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
