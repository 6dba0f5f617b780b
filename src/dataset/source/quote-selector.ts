import type { Quote } from '../format/schema'
import type { QuoteSelector } from './text-quote'

/** A quote as a TextQuoteSelector: its words, the text around them where given, and its paragraph. */
export function quoteSelector(quote: Quote): QuoteSelector {
  const selector: QuoteSelector = { exact: quote.text }
  if (quote.source) {
    selector.paragraph = quote.source.paragraph
    if (quote.source.prefix !== undefined) selector.prefix = quote.source.prefix
    if (quote.source.suffix !== undefined) selector.suffix = quote.source.suffix
  }
  return selector
}
