import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { actorDescription } from '../../components/actor-label'
import { CopyButton } from '../../components/copy-button/copy-button'
import { EngineProblem } from '../../components/engine-problem/engine-problem'
import { HighlightedText } from '../../components/highlighted-text'
import { LongList } from '../../components/long-list'
import { ScrollArea } from '../../components/scroll-area'
import { QuotePlace } from '../../components/source-text/quote-place'
import type { Actor, Dataset, Quote } from '../../dataset/format/schema'
import { openingWords } from '../../lib/opening-words'
import type { AskingProblem } from '../../state/query/asking-problem'
import { matchRanges } from '../../state/search-highlight'
import { linkToEvent } from '../../state/share-links'
import type { QuotedEvent, ShownQuote } from './shown-quote'
import './quotes.css'
import { useDateLabel } from '../../components/use-date-label'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  quotes: { id: 'panel.quotes', defaultMessage: 'Quotes' },
  fromEvent: { id: 'quotes.fromEvent', defaultMessage: '{count, number} from this event' },
  fromMatching: { id: 'quotes.fromMatching', defaultMessage: '{count, number} from matching events' },

  inHeadings: {
    id: 'quotes.inHeadings',
    defaultMessage: '(and {count, number} in headings or the standfirst)',
  },
  noneInEvent: { id: 'quotes.noneInEvent', defaultMessage: 'No one is quoted in this event.' },
  noneMatching: { id: 'quotes.noneMatching', defaultMessage: 'No quotes in the matching events.' },
  marked: { id: 'quotes.marked', defaultMessage: 'The quote the link points to' },
  unattributed: { id: 'quotes.unattributed', defaultMessage: 'Unattributed' },
  showEventLabel: { id: 'quotes.showEventLabel', defaultMessage: 'Show event: {title} (quote: “{opening}”)' },
  showEvent: { id: 'quotes.showEvent', defaultMessage: 'Show event: <t>{title}</t>' },

  copyLink: { id: 'quotes.copyLink', defaultMessage: 'Copy link' },
  // After the speaker's name: the comma is the language's own (Arabic writes "،").
  role: { id: 'quotes.role', defaultMessage: ', {description}' },
  copyLinkTo: { id: 'quotes.copyLinkTo', defaultMessage: 'Copy link to the quote “{opening}”' },
  copied: { id: 'quotes.copied', defaultMessage: 'Link to the quote copied' },
  fallback: { id: 'quotes.fallback', defaultMessage: 'Copy this link to the quote:' },
})

/** How a quote's card offers an event it knows by id only: the button's text, and its name by the quote. */
export type UntitledEvent = { text: string; label: (opening: string) => string }

type QuotesPanelProps = {
  /** The dataset whose documents the quotes' places are in; null where the page holds none (an engine's). */
  dataset: Dataset | null
  /** A speaker's actor by id, where the page knows it; else the speaker's id is shown. */
  actorOf: (id: string) => Actor | undefined
  /** The selected event's id: its quotes are shown, without a button to show it. */
  selectedId: string | null
  /** The selected event's quotes, or with none selected, the matching events' (use-quotes.ts). */
  quotes: readonly ShownQuote[]
  /**
   * Said instead of the count of the matching events' quotes (an engine's "the first N of M" past its
   * cap); its words are the caller's, so that a story held in the page does not load them.
   */
  countLine?: string | undefined
  /** The words of the button that chooses a quote's event whose title the page does not know. */
  untitled?: UntitledEvent | undefined
  /** The search's terms, marked where they occur in a quote. */
  searchTerms: readonly string[]
  /** The quote a link points to (`?quote=`), marked and brought into view. */
  markedQuote?: string | null
  onChooseEvent: (id: string) => void
  /** The engine's failure to answer the panel's question, said above the quotes it drew before. */
  problem?: AskingProblem | undefined
}

/** The selected event's quotes; with no selection, the quotes of every matching event. */
export const QuotesPanel = memo(function QuotesPanel({
  dataset,
  actorOf,
  selectedId,
  quotes,
  countLine,
  untitled,
  searchTerms,
  markedQuote = null,
  onChooseEvent,
  problem,
}: QuotesPanelProps) {
  const failed = problem?.error ?? null
  // A heading or the standfirst quoting what the body quotes is the editor's words: not counted twice.
  const counted = useMemo(() => quotes.filter(({ quote }) => !quote.source?.part).length, [quotes])
  const t = useT()
  const [body, setBody] = useState<HTMLDivElement | null>(null)
  const renderQuote = useCallback(
    ({ quote, event, speakerName }: ShownQuote) => (
      <QuoteCard
        quote={quote}
        event={event}
        speakerName={speakerName}
        dataset={dataset}
        actorOf={actorOf}
        untitled={untitled}
        isSelected={event.id === selectedId}
        isMarked={quote.id === markedQuote}
        searchTerms={searchTerms}
        onChooseEvent={onChooseEvent}
      />
    ),
    [dataset, actorOf, untitled, selectedId, markedQuote, searchTerms, onChooseEvent],
  )
  return (
    <section className="panel quotes-panel" aria-labelledby="quotes-title">
      <div className="panel-header">
        <h2 id="quotes-title">{t(messages.quotes)}</h2>
        <span className="panel-meta">
          {selectedId !== null
            ? t(messages.fromEvent, { count: counted })
            : (countLine ?? t(messages.fromMatching, { count: counted }))}
          {quotes.length > counted && ` ${t(messages.inHeadings, { count: quotes.length - counted })}`}
        </span>
      </div>
      <EngineProblem
        error={failed}
        onRetry={problem?.retry}
        retrying={problem?.retrying}
        stale={quotes.length > 0}
      />
      <ScrollArea labelledBy="quotes-title" ref={setBody}>
        <div className={failed ? 'engine-stale' : undefined}>
          {quotes.length === 0 ? (
            // With a problem, the problem has said why there are none.
            !failed && (
              <p className="empty-state">
                {selectedId !== null ? t(messages.noneInEvent) : t(messages.noneMatching)}
              </p>
            )
          ) : (
            <LongList
              items={quotes}
              itemKey={quoteKey}
              renderItem={renderQuote}
              scroller={body}
              estimatedRowHeight={110}
              className="quote-list"
              itemClassName="quote-card"
            />
          )}
        </div>
      </ScrollArea>
    </section>
  )
})

const quoteKey = ({ quote }: ShownQuote) => quote.id

function QuoteCard(props: {
  quote: Quote
  event: QuotedEvent
  speakerName: string | undefined
  dataset: Dataset | null
  actorOf: (id: string) => Actor | undefined
  untitled: UntitledEvent | undefined
  isSelected: boolean
  isMarked: boolean
  searchTerms: readonly string[]
  onChooseEvent: (id: string) => void
}) {
  const t = useT()
  const dateLabel = useDateLabel()
  const { quote, event, dataset, searchTerms, isMarked } = props
  const speaker = quote.speaker === undefined ? undefined : props.actorOf(quote.speaker)
  const description = speaker ? actorDescription(speaker) : null
  const figure = useRef<HTMLElement>(null)
  // A link to this quote: it is brought into view in the panel (the panel scrolls, not the page).
  useEffect(() => {
    if (isMarked) figure.current?.scrollIntoView({ block: 'nearest' })
  }, [isMarked])
  const opening = openingWords(quote.text)
  return (
    <>
      {isMarked && <p className="quote-marked-note">{t(messages.marked)}</p>}
      <figure ref={figure} className={isMarked ? 'quote-marked' : undefined}>
        <blockquote>
          <p>
            {/* The marks go with the quote's own words and direction, not the page's. */}
            <bdi>
              “<HighlightedText text={quote.text} ranges={matchRanges(quote.text, searchTerms)} />”
            </bdi>
          </p>
        </blockquote>
        <figcaption>
          <bdi className="quote-speaker">
            {speaker?.name ?? props.speakerName ?? quote.speaker ?? t(messages.unattributed)}
          </bdi>
          {description && <span className="quote-role">{richText(messages.role, { description })}</span>}
          <span className="quote-meta">
            {event.when && <time dateTime={event.date}>{dateLabel(event.when)}</time>}
            {dataset && <QuotePlace dataset={dataset} quote={quote} notCountedNote />}
          </span>
        </figcaption>
      </figure>
      <div className="quote-actions">
        {!props.isSelected && (
          <button
            type="button"
            className="link-button quote-event"
            onClick={() => props.onChooseEvent(event.id)}
            // One event has several quotes: each button is named by its own quote as well.
            aria-label={
              event.title === undefined
                ? props.untitled?.label(opening)
                : t(messages.showEventLabel, { title: event.title, opening })
            }
          >
            {event.title === undefined
              ? props.untitled?.text
              : richText(messages.showEvent, { title: event.title, t: (chunks) => <bdi>{chunks}</bdi> })}
          </button>
        )}
        <CopyButton
          label={t(messages.copyLink)}
          name={t(messages.copyLinkTo, { opening })}
          className="link-button quote-link"
          copiedLabel={t(messages.copied)}
          fallbackLabel={t(messages.fallback)}
          textToCopy={() => linkToEvent(window.location.href, event.id, quote.id)}
        />
      </div>
    </>
  )
}
