import { type KeyboardEvent, memo, type SyntheticEvent, useEffect, useMemo, useRef, useState } from 'react'
import { t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import type { DraftEvent, DraftQuote } from '../model/story-draft'
import { type ParagraphSelection, readSelection, selectInView } from './read-selection'

const messages = defineMessages({
  showBefore: { id: 'editor.showParagraphs', defaultMessage: 'Show paragraphs {from}–{to}' },
  showAfter: { id: 'editor.showParagraphsOf', defaultMessage: 'Show paragraphs {from}–{to} of {count}' },
  citedBy: { id: 'editor.citedBy', defaultMessage: 'Cited by the event “{title}”' },
  untitled: { id: 'editor.untitledLower', defaultMessage: 'untitled' },
  untitledEvent: { id: 'editor.untitledEvent', defaultMessage: 'Untitled event' },
})

type Props = {
  label: string
  paragraphs: readonly string[]
  /** The quotes made from this document, marked where they stand. */
  quotes: readonly DraftQuote[]
  /** The events citing this document's paragraphs, marked beside them. */
  events: readonly DraftEvent[]
  selectedQuote: string | null
  onSelection: (selection: ParagraphSelection | 'across' | null) => void
  onPickQuote: (id: string) => void
  onPickEvent: (id: string) => void
  /** Words to show selected, brought into view (a quote's "Show in the article"); a new object each time. */
  reveal: Reveal | null
}

export type Reveal = { paragraph: number; start: number; end: number }

/** Up to this many paragraphs are drawn at once; a longer text (a report, a transcript) a stretch at a
 * time, with buttons for the rest: 30,000 paragraphs drawn at once froze the page for seconds. */
const STRETCH = 300

/**
 * The article's paragraphs, numbered as the dashboard numbers them, with what is already used marked:
 * each quote where its words stand, and beside a paragraph the events citing it. Words can be selected
 * with the mouse or, as in any text field, with the keyboard (Shift and the arrows): the text is a
 * read-only text box, so the caret moves in it while nothing typed changes it.
 */
export const ArticleView = memo(function ArticleView(props: Props) {
  const { label, paragraphs, quotes, events, selectedQuote, onSelection, onPickQuote, onPickEvent, reveal } =
    props
  useT()
  const view = useRef<HTMLDivElement>(null)
  const long = paragraphs.length > STRETCH * 1.5
  const [first, setFirst] = useState(0)
  const from = long ? Math.min(first, Math.max(0, paragraphs.length - STRETCH)) : 0
  const to = long ? Math.min(paragraphs.length, from + STRETCH) : paragraphs.length

  // Words to reveal: their stretch drawn first, then selected and scrolled to.
  useEffect(() => {
    if (!reveal) return
    const index = reveal.paragraph - 1
    if (long && (index < from || index >= to)) {
      setFirst(Math.max(0, index - STRETCH / 2))
      return
    }
    const element = view.current
    const text = element ? selectInView(element, reveal.paragraph, reveal.start, reveal.end) : null
    text?.scrollIntoView({ block: 'center' })
    element?.focus({ preventScroll: true })
  }, [reveal, long, from, to])
  const latest = useRef(onSelection)
  latest.current = onSelection

  useEffect(() => {
    const read = () => {
      const element = view.current
      if (!element) return
      const selection = document.getSelection()
      // A selection elsewhere (a form field) leaves the article's last one as it was.
      if (selection?.anchorNode && !element.contains(selection.anchorNode)) return
      latest.current(readSelection(element, selection))
    }
    document.addEventListener('selectionchange', read)
    return () => document.removeEventListener('selectionchange', read)
  }, [])

  const quotesIn = useMemo(() => groupBy(quotes, (quote) => quote.paragraph), [quotes])
  const eventsAt = useMemo(() => {
    const map = new Map<number, DraftEvent[]>()
    for (const event of events) for (const number of event.cites?.paragraphs ?? []) push(map, number, event)
    return map
  }, [events])

  const more = (label: string, onClick: () => void) => (
    <button type="button" className="link-button article-more" onClick={onClick}>
      {label}
    </button>
  )
  return (
    <>
      {from > 0 &&
        more(t(messages.showBefore, { from: Math.max(1, from - STRETCH + 1), to: from }), () =>
          setFirst(Math.max(0, from - STRETCH)),
        )}
      {/* biome-ignore lint/a11y/useSemanticElements: a read-only text box whose words can be selected by keyboard */}
      <div
        ref={view}
        className="article-view"
        role="textbox"
        aria-readonly="true"
        aria-multiline="true"
        aria-label={label}
        tabIndex={0}
        contentEditable
        suppressContentEditableWarning
        spellCheck={false}
        onBeforeInput={refuse}
        onPaste={refuse}
        onDrop={refuse}
        onCut={refuse}
        onKeyDown={refuseTyping}
        onClick={(event) => {
          const target = event.target instanceof Element ? event.target : null
          const mark = target?.closest<HTMLElement>('mark[data-quote]')
          if (mark?.dataset.quote) onPickQuote(mark.dataset.quote)
        }}
      >
        {paragraphs.slice(from, to).map((text, offset) => {
          const number = from + offset + 1
          const cited = eventsAt.get(number) ?? []
          return (
            <p key={number} className={cited.length ? 'article-paragraph cited' : 'article-paragraph'}>
              <span className="paragraph-number" contentEditable={false} aria-hidden="true">
                {number}
              </span>
              <span className="paragraph-text" data-paragraph={number} dir="auto">
                {marked(text, quotesIn.get(number) ?? [], selectedQuote)}
              </span>
              {cited.length > 0 && (
                <span className="paragraph-events" contentEditable={false}>
                  {cited.map((event) => (
                    <button
                      key={event.id}
                      type="button"
                      className="event-chip"
                      onClick={() => onPickEvent(event.id)}
                      title={t(messages.citedBy, { title: event.title || t(messages.untitled) })}
                    >
                      {event.title ? <bdi>{event.title}</bdi> : t(messages.untitledEvent)}
                    </button>
                  ))}
                </span>
              )}
            </p>
          )
        })}
      </div>
      {to < paragraphs.length &&
        more(
          t(messages.showAfter, {
            from: to + 1,
            to: Math.min(paragraphs.length, to + STRETCH),
            count: paragraphs.length,
          }),
          () => setFirst(from + STRETCH),
        )}
    </>
  )
})

// The paragraph's text cut where quotes begin and end: each piece marked by the quotes over it.
function marked(text: string, quotes: readonly DraftQuote[], selected: string | null) {
  if (quotes.length === 0) return text
  const cuts = new Set([0, text.length])
  for (const quote of quotes) {
    cuts.add(Math.min(quote.start, text.length))
    cuts.add(Math.min(quote.end, text.length))
  }
  const points = [...cuts].sort((a, b) => a - b)
  const pieces = []
  for (let at = 0; at < points.length - 1; at++) {
    const from = points[at] ?? 0
    const to = points[at + 1] ?? 0
    if (to <= from) continue
    const over = quotes.filter((quote) => quote.start <= from && quote.end >= to)
    const words = text.slice(from, to)
    const first = over[0]
    pieces.push(
      first ? (
        <mark
          key={from}
          data-quote={first.id}
          className={over.some((quote) => quote.id === selected) ? 'quote-mark selected' : 'quote-mark'}
        >
          {words}
        </mark>
      ) : (
        words
      ),
    )
  }
  return pieces
}

function groupBy<T>(items: readonly T[], key: (item: T) => number): Map<number, T[]> {
  const map = new Map<number, T[]>()
  for (const item of items) push(map, key(item), item)
  return map
}

function push<T>(map: Map<number, T[]>, key: number, item: T) {
  const list = map.get(key)
  if (list) list.push(item)
  else map.set(key, [item])
}

const refuse = (event: SyntheticEvent) => event.preventDefault()

// Moving and selecting keys pass; anything that would type, delete or break a line does not.
function refuseTyping(event: KeyboardEvent) {
  if (event.ctrlKey || event.metaKey || event.altKey) {
    // Cut and paste would change the text; copy, select all, undo and redo pass.
    if (/^[xv]$/i.test(event.key)) event.preventDefault()
    return
  }
  if (event.key.length === 1 || event.key === 'Enter' || event.key === 'Backspace' || event.key === 'Delete')
    event.preventDefault()
}
