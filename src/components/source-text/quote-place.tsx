import type { Dataset, Quote } from '../../dataset/format/schema'
import { quoteSelector } from '../../dataset/source/quote-selector'
import { openingWords } from '../../lib/opening-words'
import { ParagraphLink } from './paragraph-link'

const PART_WORDS = { heading: 'a heading of the source', standfirst: 'the standfirst' } as const

/**
 * Where a quote stands in its source, after its speaker: " · paragraph 11" (opening the text there,
 * the quote marked, where the dataset carries it) and, for a heading's or the standfirst's words, which.
 */
export function QuotePlace(props: { source: Dataset['source']; quote: Quote; notCountedNote?: boolean }) {
  const { source, quote, notCountedNote = false } = props
  const where = quote.source
  if (!where) return null
  return (
    <>
      {' · '}
      <ParagraphLink
        source={source}
        paragraph={where.paragraph}
        quote={quoteSelector(quote)}
        label={`Paragraph ${where.paragraph} of the source, with “${openingWords(quote.text)}” marked`}
      >
        paragraph {where.paragraph}
      </ParagraphLink>
      {where.part && (
        <span className="quote-part">
          {' · '}
          {PART_WORDS[where.part]}
          {notCountedNote && ', not counted again'}
        </span>
      )}
    </>
  )
}
