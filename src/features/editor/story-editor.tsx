import { useCallback, useEffect, useMemo, useState } from 'react'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { ArticlePane } from './article/article-pane'
import type { Reveal } from './article/article-view'
import type { ParagraphSelection } from './article/read-selection'
import { stopDrafting, warmDrafting } from './drafting/extract-article'
import { EditorHeader } from './editor-header'
import { ItemsPane, type Picked, type Tab } from './items/items-pane'
import { addEvent, makeQuote } from './model/draft-edits'
import { eventFromSelection } from './model/event-from-selection'
import type { ReadyDraft } from './ready-draft'
import { useEditorShortcuts } from './use-editor-shortcuts'

const messages = defineMessages({
  quoteMade: {
    id: 'editor.quoteMade',
    defaultMessage: 'Quote made: “{text}”. Choose who said it and its event.',
  },
  eventMade: {
    id: 'editor.eventMade',
    defaultMessage:
      'Event made: “{title}”{dated, select, yes {, dated {date}} other {}}. Check its date and status.',
  },
})

/**
 * The editor: the article on one side, the story's events, quotes, actors and narratives on the other.
 * Words selected in the article become a quote (verbatim: the article's own) or an event (from their
 * sentence); what is used is marked in the text, and choosing a mark shows its quote or event. Every
 * change is saved at once and can be undone.
 */
export function StoryEditor({ view, draftId }: { view: ReadyDraft; draftId: string }) {
  const t = useT()
  const draft = view.content
  const { change, undo, redo } = view
  const [tab, setTab] = useState<Tab>('events')
  const [picked, setPicked] = useState<Picked>({})
  const [documentId, setDocumentId] = useState(draft.documents[0]?.id ?? 'source')
  const [selection, setSelection] = useState<ParagraphSelection | 'across' | null>(null)
  const [said, setSaid] = useState('')
  useEditorShortcuts(undo, redo)
  // The drafting worker loads its extractor while the person reads, not when they ask for a draft.
  useEffect(() => {
    const idle = window.requestIdleCallback?.(() => warmDrafting()) ?? window.setTimeout(warmDrafting, 500)
    return () => {
      window.cancelIdleCallback?.(idle)
      window.clearTimeout(idle)
      stopDrafting()
    }
  }, [])

  const document = draft.documents.find((candidate) => candidate.id === documentId) ?? draft.documents[0]
  const pick = useCallback((kind: Tab, id: string) => {
    setTab(kind)
    setPicked((before) => ({ ...before, [kind]: id }))
  }, [])

  const makeQuoteOfSelection = () => {
    if (!document || selection === null || selection === 'across') return
    const made = makeQuote(draft, { document: document.id, ...selection })
    if (!made) return
    change(() => made.draft)
    pick('quotes', made.id)
    const quote = made.draft.quotes.find((candidate) => candidate.id === made.id)
    setSaid(t(messages.quoteMade, { text: quote?.text.slice(0, 80) ?? '' }))
  }
  const makeEventOfSelection = () => {
    if (!document || selection === null || selection === 'across') return
    const fields = eventFromSelection(document, selection)
    const made = addEvent(draft, fields)
    change(() => made.draft)
    pick('events', made.id)
    setSaid(
      t(messages.eventMade, { title: fields.title, dated: fields.date ? 'yes' : 'no', date: fields.date }),
    )
  }
  const [reveal, setReveal] = useState<Reveal | null>(null)
  const showQuote = (id: string) => {
    const quote = draft.quotes.find((candidate) => candidate.id === id)
    if (!quote) return
    setDocumentId(quote.document)
    setReveal({ paragraph: quote.paragraph, start: quote.start, end: quote.end })
  }

  const words = useMemo(() => {
    if (!document || selection === null || selection === 'across') return ''
    const lines = document.text.split(/\r?\n/).filter((line) => line.trim() !== '')
    return lines[selection.paragraph - 1]?.slice(selection.start, selection.end) ?? ''
  }, [document, selection])

  return (
    <div className="editor">
      <EditorHeader
        view={view}
        draftId={draftId}
        onSaid={setSaid}
        onDrafted={() => setTab('proposals')}
        documentId={document?.id ?? 'source'}
        onPick={pick}
      />
      <main className="editor-main">
        <ArticlePane
          draft={draft}
          document={document}
          onDocument={setDocumentId}
          change={change}
          selection={selection}
          words={words}
          onSelection={setSelection}
          onMakeQuote={makeQuoteOfSelection}
          onMakeEvent={makeEventOfSelection}
          selectedQuote={tab === 'quotes' ? (picked.quotes ?? null) : null}
          onPick={pick}
          reveal={reveal}
        />
        <ItemsPane
          draft={draft}
          change={change}
          tab={tab}
          onTab={setTab}
          picked={picked}
          onPick={pick}
          onShowQuote={showQuote}
          onSaid={setSaid}
          selectionWords={words}
          selection={selection === 'across' ? null : selection}
          documentId={document?.id ?? 'source'}
        />
      </main>
      <p className="visually-hidden" role="status" aria-live="polite">
        {said}
      </p>
    </div>
  )
}
