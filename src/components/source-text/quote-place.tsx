import { documentOf } from '../../dataset/format/documents'
import type { Dataset, Quote } from '../../dataset/format/schema'
import { quoteSelector } from '../../dataset/source/quote-selector'
import { openingWords } from '../../lib/opening-words'
import { ParagraphLink } from './paragraph-link'

const PART_WORDS = { heading: 'a heading of the source', standfirst: 'the standfirst' } as const

/**
 * Where a quote stands in its document, after its speaker: " · paragraph 11" (opening that document's
 * text there, the quote marked, where the dataset carries it), the document named when it is not the
 * first, and, for a heading's or the standfirst's words, which.
 */
export function QuotePlace(props: { dataset: Dataset; quote: Quote; notCountedNote?: boolean }) {
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
        label={`Paragraph ${where.paragraph} of ${other ? `“${source.title}”` : 'the source'}, with “${openingWords(quote.text)}” marked`}
      >
        paragraph {where.paragraph}
      </ParagraphLink>
      {other && (
        <>
          {' of '}
          <bdi>{source.title}</bdi>
        </>
      )}
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
