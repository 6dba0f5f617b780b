import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import type { DraftDocument } from './story-draft'

const messages = defineMessages({
  article: { id: 'editor.theArticle', defaultMessage: 'The article' },
  document: { id: 'editor.documentNumber', defaultMessage: 'Document {number, number}' },
})

/**
 * How a document is named wherever the editor names it: its title, else by its place in the story,
 * in the page's language.
 */
export function documentName(document: Pick<DraftDocument, 'title'>, index: number): string {
  return (
    document.title.trim() || (index === 0 ? t(messages.article) : t(messages.document, { number: index + 1 }))
  )
}
