import { documentOf } from '../../dataset/format/documents'
import type { Dataset, Quote } from '../../dataset/format/schema'
import { quoteSelector } from '../../dataset/source/quote-selector'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { openingWords } from '../../lib/opening-words'
import { ParagraphLink } from './paragraph-link'

const messages = defineMessages({
  heading: { id: 'quotePlace.heading', defaultMessage: 'a heading of the source' },
  standfirst: { id: 'quotePlace.standfirst', defaultMessage: 'the standfirst' },
  labelHere: {
    id: 'quotePlace.labelSource',
    defaultMessage: 'Paragraph {paragraph} of the source, with “{words}” marked',
  },
  labelOther: {
    id: 'quotePlace.labelDocument',
    defaultMessage: 'Paragraph {paragraph} of “{document}”, with “{words}” marked',
  },
  paragraph: { id: 'quotePlace.paragraph', defaultMessage: 'paragraph {paragraph}' },
  of: { id: 'quotePlace.of', defaultMessage: 'of' },
  notCounted: { id: 'quotePlace.notCounted', defaultMessage: ', not counted again' },
})

/**
 * Where a quote stands in its document, after its speaker: " · paragraph 11" (opening that document's
 * text there, the quote marked, where the dataset carries it), the document named when it is not the
 * first, and, for a heading's or the standfirst's words, which.
 */
export function QuotePlace(props: { dataset: Dataset; quote: Quote; notCountedNote?: boolean }) {
  const t = useT()
  const { dataset, quote, notCountedNote = false } = props
  const where = quote.source
  const source = documentOf(dataset, where?.document)
  if (!where || !source) return null
  const other = where.document !== undefined && source !== dataset.source
  return (
    <>
      {' · '}
      <ParagraphLink
        source={source}
        paragraph={where.paragraph}
        quote={quoteSelector(quote)}
        label={
          other
            ? t(messages.labelOther, {
                paragraph: where.paragraph,
                document: source.title,
                words: openingWords(quote.text),
              })
            : t(messages.labelHere, { paragraph: where.paragraph, words: openingWords(quote.text) })
        }
      >
        {t(messages.paragraph, { paragraph: where.paragraph })}
      </ParagraphLink>
      {other && (
        <>
          {' '}
          {t(messages.of)} <bdi>{source.title}</bdi>
        </>
      )}
      {where.part && (
        <span className="quote-part">
          {' · '}
          {t(messages[where.part])}
          {notCountedNote && t(messages.notCounted)}
        </span>
      )}
    </>
  )
}
