import { useMemo } from 'react'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import type { Tab } from '../items/items-pane'
import { shapeOfText } from '../model/article-shape'
import { documentName } from '../model/document-name'
import { addDocument, isDocumentUsed, removeDocument, updateDocument } from '../model/draft-edits'
import { type DraftDocument, paragraphsOf, type StoryDraft } from '../model/story-draft'
import { ArticleView, type Reveal } from './article-view'
import { DocumentPanel } from './document-panel'
import type { ParagraphSelection } from './read-selection'
import { SelectionBar } from './selection-bar'

const messages = defineMessages({
  article: { id: 'editor.articlePane', defaultMessage: 'Article' },
  documents: { id: 'editor.documents', defaultMessage: 'Documents' },
  addDocument: { id: 'editor.addDocument', defaultMessage: 'Add a document' },
  removeDocument: { id: 'editor.removeDocument', defaultMessage: 'Remove this document' },
  locked: {
    id: 'editor.textLocked',
    defaultMessage:
      'The text is fixed: quotes and events stand on its words. To quote another version, add it as a document.',
  },
  textLabel: {
    id: 'editor.articleViewLabel',
    defaultMessage:
      'The text of {name}, {count, plural, one {# paragraph} other {# paragraphs}}: select words to quote them',
  },
})

type Change = (change: (before: StoryDraft) => StoryDraft, coalesceKey?: string) => void

/**
 * The article side: the story's documents (a second article, a statement…), the one shown with its
 * particulars and text, and its paragraphs with what is used marked; below them, what the selected
 * words can become.
 */
export function ArticlePane(props: {
  draft: StoryDraft
  document: DraftDocument | undefined
  onDocument: (id: string) => void
  change: Change
  selection: ParagraphSelection | 'across' | null
  words: string
  onSelection: (selection: ParagraphSelection | 'across' | null) => void
  onMakeQuote: () => void
  onMakeEvent: () => void
  selectedQuote: string | null
  onPick: (kind: Tab, id: string) => void
  reveal: Reveal | null
}) {
  const t = useT()
  const { draft, document, onDocument, change, selection, words, onSelection } = props
  const paragraphs = useMemo(() => (document ? paragraphsOf(document) : []), [document])
  const quotes = useMemo(
    () => draft.quotes.filter((quote) => quote.document === document?.id),
    [draft.quotes, document?.id],
  )
  // What the text shows of events is their titles beside the paragraphs they cite: typing an event's
  // summary or date leaves the article as it is (a 5,000-word article re-drawn at each key cost ~20 ms).
  const citing = draft.events.filter((event) => event.cites?.document === document?.id)
  const citingKey = citing
    .map((event) => `${event.id}\u0000${event.title}\u0000${event.cites?.paragraphs.join(',')}`)
    .join('\u0001')
  // biome-ignore lint/correctness/useExhaustiveDependencies: citingKey says all the article shows of them
  const events = useMemo(() => citing, [citingKey])
  if (!document) return null
  const used = isDocumentUsed(draft, document.id)
  const index = draft.documents.indexOf(document)
  return (
    <section className="article-pane" aria-label={t(messages.article)}>
      <fieldset className="document-tabs">
        <legend className="visually-hidden">{t(messages.documents)}</legend>
        {draft.documents.map((candidate, at) => (
          <button
            key={candidate.id}
            type="button"
            className={candidate.id === document.id ? 'tab-button current' : 'tab-button'}
            aria-pressed={candidate.id === document.id}
            onClick={() => onDocument(candidate.id)}
          >
            {candidate.title.trim() ? <bdi>{candidate.title.trim()}</bdi> : documentName(candidate, at)}
          </button>
        ))}
        <button
          type="button"
          className="icon-button"
          onClick={() => {
            const made = addDocument(draft)
            change(() => made.draft)
            onDocument(made.id)
          }}
        >
          {t(messages.addDocument)}
        </button>
        {index > 0 && !used && (
          <button
            type="button"
            className="icon-button"
            onClick={() => {
              change((before) => removeDocument(before, document.id))
              onDocument(draft.documents[0]?.id ?? 'source')
            }}
          >
            {t(messages.removeDocument)}
          </button>
        )}
      </fieldset>
      <DocumentPanel
        key={document.id}
        document={document}
        textLocked={used ? t(messages.locked) : null}
        onChange={(patch, field) =>
          change((before) => updateDocument(before, document.id, patch), `${document.id}:${field}`)
        }
        onText={(text, fields) =>
          change((before) => {
            // A pasted text says its own shape; a file's reader has said it already (in fields).
            const shape = shapeOfText(text)
            const fromText: Partial<DraftDocument> = {
              headings: shape.headings,
              standfirst: shape.standfirst,
            }
            if (shape.published && !document.published) fromText.published = shape.published
            const next = updateDocument(before, document.id, { text, ...(fields ?? fromText) })
            // A story with no title yet takes its first document's, as a file says it.
            const named = fields?.title && index === 0 && !before.title.trim()
            return named ? { ...next, title: fields.title ?? '' } : next
          }, `${document.id}:text`)
        }
      />
      {paragraphs.length > 0 && (
        <>
          <ArticleView
            label={t(messages.textLabel, { name: documentName(document, index), count: paragraphs.length })}
            paragraphs={paragraphs}
            quotes={quotes}
            events={events}
            selectedQuote={props.selectedQuote}
            onSelection={onSelection}
            onPickQuote={(id) => props.onPick('quotes', id)}
            onPickEvent={(id) => props.onPick('events', id)}
            reveal={props.reveal}
          />
          <SelectionBar
            selection={selection}
            words={words}
            onMakeQuote={props.onMakeQuote}
            onMakeEvent={props.onMakeEvent}
          />
        </>
      )}
    </section>
  )
}
