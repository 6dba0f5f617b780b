import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { actorDescription } from '../../components/actor-label'
import { CopyButton } from '../../components/copy-button/copy-button'
import { HighlightedText } from '../../components/highlighted-text'
import { LongList } from '../../components/long-list'
import { ScrollArea } from '../../components/scroll-area'
import { QuotePlace } from '../../components/source-text/quote-place'
import type { Quote } from '../../dataset/format/schema'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { formatCount } from '../../lib/format-count'
import { openingWords } from '../../lib/opening-words'
import { matchRanges } from '../../state/search-highlight'
import { linkToEvent } from '../../state/share-links'
import { type QuoteOfEvent, quotesOf } from './quotes-of'
import './quotes.css'

type QuotesPanelProps = {
  story: Story
  selected: IndexedEvent | undefined
  matching: IndexedEvent[]
  /** The search's terms, marked where they occur in a quote. */
  searchTerms: readonly string[]
  /** The quote a link points to (`?quote=`), marked and brought into view. */
  markedQuote?: string | null
  onChooseEvent: (id: string) => void
}

/** The selected event's quotes; with no selection, the quotes of every matching event. */
export const QuotesPanel = memo(function QuotesPanel({
  story,
  selected,
  matching,
  searchTerms,
  markedQuote = null,
  onChooseEvent,
}: QuotesPanelProps) {
  const quotes = useMemo(() => quotesOf(story, selected ? [selected] : matching), [story, selected, matching])
  // A heading or the standfirst quoting what the body quotes is the editor's words: not counted twice.
  const counted = useMemo(() => quotes.filter(({ quote }) => !quote.source?.part).length, [quotes])
  const [body, setBody] = useState<HTMLDivElement | null>(null)
  const renderQuote = useCallback(
    ({ quote, event }: QuoteOfEvent) => (
      <QuoteCard
        quote={quote}
        event={event}
        story={story}
        isSelected={event.id === selected?.id}
        isMarked={quote.id === markedQuote}
        searchTerms={searchTerms}
        onChooseEvent={onChooseEvent}
      />
    ),
    [story, selected, markedQuote, searchTerms, onChooseEvent],
  )
  return (
    <section className="panel quotes-panel" aria-labelledby="quotes-title">
      <div className="panel-header">
        <h2 id="quotes-title">Quotes</h2>
        <span className="panel-meta">
          {formatCount(counted)} {selected ? 'from this event' : 'from matching events'}
          {quotes.length > counted &&
            ` (and ${formatCount(quotes.length - counted)} in headings or the standfirst)`}
        </span>
      </div>
      <ScrollArea labelledBy="quotes-title" ref={setBody}>
        {quotes.length === 0 ? (
          <p className="empty-state">
            {selected ? 'No one is quoted in this event.' : 'No quotes in the matching events.'}
          </p>
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
      </ScrollArea>
    </section>
  )
})

const quoteKey = ({ quote }: QuoteOfEvent) => quote.id

function QuoteCard(props: {
  quote: Quote
  event: IndexedEvent
  story: Story
  isSelected: boolean
  isMarked: boolean
  searchTerms: readonly string[]
  onChooseEvent: (id: string) => void
}) {
  const { quote, event, story, searchTerms, isMarked } = props
  const speaker = quote.speaker === undefined ? undefined : story.actorsById.get(quote.speaker)
  const description = speaker ? actorDescription(speaker) : ''
  const figure = useRef<HTMLElement>(null)
  // A link to this quote: it is brought into view in the panel (the panel scrolls, not the page).
  useEffect(() => {
    if (isMarked) figure.current?.scrollIntoView({ block: 'nearest' })
  }, [isMarked])
  const opening = openingWords(quote.text)
  return (
    <>
      {isMarked && <p className="quote-marked-note">The quote the link points to</p>}
      <figure ref={figure} className={isMarked ? 'quote-marked' : undefined}>
        <blockquote>
          <p>
            “
            <bdi>
              <HighlightedText text={quote.text} ranges={matchRanges(quote.text, searchTerms)} />
            </bdi>
            ”
          </p>
        </blockquote>
        <figcaption>
          <bdi className="quote-speaker">{speaker?.name ?? quote.speaker ?? 'Unattributed'}</bdi>
          {description && (
            <span className="quote-role">
              , <bdi>{description}</bdi>
            </span>
          )}
          <span className="quote-meta">
            <time dateTime={event.date}>{event.when.label}</time>
            <QuotePlace dataset={story.dataset} quote={quote} notCountedNote />
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
            aria-label={`Show event: ${event.title} (quote: “${opening}”)`}
          >
            Show event: <bdi>{event.title}</bdi>
          </button>
        )}
        <CopyButton
          label="Copy link"
          name={`Copy link to the quote “${opening}”`}
          className="link-button quote-link"
          copiedLabel="Link to the quote copied"
          fallbackLabel="Copy this link to the quote:"
          textToCopy={() => linkToEvent(window.location.href, event.id, quote.id)}
        />
      </div>
    </>
  )
}
