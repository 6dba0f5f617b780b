import type { RefObject } from 'react'
import { actorDescription } from '../../components/actor-label'
import { localDateLabel } from '../../components/local-date-label'
import { SourceLinkItems } from '../../components/source-links'
import { ParagraphLink } from '../../components/source-text/paragraph-link'
import { QuotePlace } from '../../components/source-text/quote-place'
import { StatusBadge } from '../../components/status-badge'
import { documentOf } from '../../dataset/format/documents'
import type { Dataset } from '../../dataset/format/schema'
import type { StoryStep } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { joinItems } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'
import { hostOf } from '../../lib/host-of'

const messages = defineMessages({
  excerptLabel: {
    id: 'storyMode.excerptLabel',
    defaultMessage: 'Paragraph {paragraph} of the source, with these words marked',
  },
  excerptSource: {
    id: 'storyMode.excerptSource',
    defaultMessage: '<t>{title}</t>, <l>paragraph {paragraph}</l>',
  },
  quotesLabel: { id: 'storyMode.quotesLabel', defaultMessage: 'Quotes' },
  quotes: { id: 'storyMode.quotes', defaultMessage: '{count, plural, one {Quote} other {Quotes}}' },
  unattributed: { id: 'quotes.unattributed', defaultMessage: 'Unattributed' },
  role: { id: 'quotes.role', defaultMessage: ', {description}' },
  sourcesLabel: { id: 'storyMode.sourcesLabel', defaultMessage: 'Sources and media' },
  sources: { id: 'storyMode.sources', defaultMessage: 'Sources' },
  from: {
    id: 'storyMode.from',
    defaultMessage: 'From <t>{title}</t>, {count, plural, one {paragraph} other {paragraphs}} {list}',
  },
})

/**
 * One step of a narrative, large: its event's title and date, what the step says (an excerpt of the
 * source, with its paragraph), the event's summary, its quotes with who said them, and its sources and
 * media as links that open apart from the page.
 */
export function StoryStepCard(props: {
  story: Story
  step: StoryStep
  /** Where the step is, said above its title: "Step 3 of 12". */
  position: string
  headingRef: RefObject<HTMLHeadingElement | null>
}) {
  const t = useT()
  const { story, step, position, headingRef } = props
  const { event } = step
  const quotes = story.quotesByEvent.get(event.id) ?? []
  // A step's excerpt is from its own document (the first, unless it names another).
  const stepSource = documentOf(story.dataset, step.document) ?? story.dataset.source
  return (
    <article className="story-step" aria-labelledby="story-step-title">
      <p className="story-step-position">{position}</p>
      <h2 ref={headingRef} id="story-step-title" className="story-step-title" dir="auto" tabIndex={-1}>
        {event.title}
      </h2>
      <p className="details-when">
        <time dateTime={event.date}>{localDateLabel(event.when)}</time> <StatusBadge status={event.status} />
      </p>
      {step.text &&
        (step.paragraph === undefined ? (
          <p className="story-step-text" dir="auto">
            {step.text}
          </p>
        ) : (
          <figure className="story-step-excerpt">
            <blockquote>
              <p dir="auto">{step.text}</p>
            </blockquote>
            <figcaption>
              <ExcerptSource source={stepSource} paragraph={step.paragraph} words={step.text} />
            </figcaption>
          </figure>
        ))}
      {event.summary && (
        <p className="story-step-summary" dir="auto">
          {event.summary}
        </p>
      )}
      {quotes.length > 0 && (
        <section className="story-step-quotes" aria-label={t(messages.quotesLabel)}>
          <h3>{t(messages.quotes, { count: quotes.length })}</h3>
          <ul>
            {quotes.map((quote) => {
              const speaker = quote.speaker === undefined ? undefined : story.actorsById.get(quote.speaker)
              const description = speaker ? actorDescription(speaker) : null
              return (
                <li key={quote.id}>
                  <figure>
                    <blockquote>
                      <p>
                        <bdi>“{quote.text}”</bdi>
                      </p>
                    </blockquote>
                    <figcaption>
                      <bdi className="quote-speaker">
                        {speaker?.name ?? quote.speaker ?? t(messages.unattributed)}
                      </bdi>
                      {description && richText(messages.role, { description })}
                      <QuotePlace dataset={story.dataset} quote={quote} />
                    </figcaption>
                  </figure>
                </li>
              )
            })}
          </ul>
        </section>
      )}
      {(event.sources?.length || event.media) && (
        <section className="story-step-sources" aria-label={t(messages.sourcesLabel)}>
          <h3>{t(messages.sources)}</h3>
          <ul className="details-links">
            {event.sources && <SourceLinkItems sources={event.sources} />}
            {event.media && (
              <li>
                <a href={event.media.url} target="_blank" rel="noopener noreferrer">
                  <bdi>{event.media.caption ?? hostOf(event.media.url)}</bdi>
                </a>
                {event.media.credit && (
                  <span className="chip-note">
                    {' · '}
                    <bdi>{event.media.credit}</bdi>
                  </span>
                )}
              </li>
            )}
          </ul>
        </section>
      )}
      {event.source && (
        <p className="story-source">
          {richText(messages.from, {
            title: (documentOf(story.dataset, event.source.document) ?? story.dataset.source).title,
            count: event.source.paragraphs.length,
            list: joinItems(event.source.paragraphs.map(String)),
            t: (chunks) => <bdi>{chunks}</bdi>,
          })}
        </p>
      )}
    </article>
  )
}

/** Where a step's words are from: its document, and the paragraph (opening the text there, marked). */
function ExcerptSource(props: { source: Dataset['source']; paragraph: number; words: string }) {
  const t = useT()
  const { source, paragraph, words } = props
  return richText(messages.excerptSource, {
    title: source.title,
    paragraph,
    t: (chunks) => <bdi>{chunks}</bdi>,
    l: (chunks) => (
      <ParagraphLink
        source={source}
        paragraph={paragraph}
        quote={{ exact: words }}
        label={t(messages.excerptLabel, { paragraph })}
      >
        {chunks}
      </ParagraphLink>
    ),
  })
}
