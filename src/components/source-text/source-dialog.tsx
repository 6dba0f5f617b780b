import { useMemo, useRef } from 'react'
import type { Dataset } from '../../dataset/format/schema'
import { checkedSource } from '../../dataset/source/checked-source'
import { findQuote, type QuoteSelector } from '../../dataset/source/text-quote'
import { ModalDialog } from '../modal-dialog/modal-dialog'
import './source-text.css'

/**
 * The source's text in a dialog, opened at one paragraph with the quote marked in it, found as W3C
 * Web Annotation's TextQuoteSelector finds it (exact words, with the text before and after them) so
 * that it is found even where the text has shifted, and said so. Shown only once the text's SHA-256
 * matches the dataset's. Escape, the Close button or a click outside closes it.
 */
export function SourceDialog(props: {
  source: Dataset['source']
  paragraph: number
  quote: QuoteSelector | null
  onClose: () => void
}) {
  const { source, paragraph, quote, onClose } = props
  const target = useRef<HTMLLIElement>(null)
  const checked = useMemo(() => checkedSource(source), [source])
  const paragraphs = checked?.ok ? checked.paragraphs : []
  const found = useMemo(
    () => (quote ? findQuote(paragraphs, { ...quote, paragraph }) : null),
    [paragraphs, quote, paragraph],
  )
  const shown = found?.paragraph ?? paragraph

  return (
    <ModalDialog
      className="source-dialog"
      title={
        <>
          <bdi>{source.title}</bdi>, paragraph {shown}
        </>
      }
      onClose={onClose}
      onOpen={() => target.current?.scrollIntoView({ block: 'center' })}
    >
      {checked && !checked.ok && <p role="alert">{checked.reason}</p>}
      {quote && checked?.ok && (
        <p className="source-dialog-note" role="status">
          {found === null
            ? `These words are not in the text: “${quote.exact.slice(0, 200)}”.`
            : found.moved
              ? `The words are in paragraph ${found.paragraph} of this text, not ${paragraph} as the dataset says.`
              : 'The quote is marked in its paragraph.'}
        </p>
      )}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls: the keyboard must reach it */}
      <ol className="source-dialog-text" tabIndex={0} aria-label="The source’s text, by paragraph">
        {paragraphs.map((text, index) => {
          const number = index + 1
          const here = number === shown
          return (
            <li
              // Paragraphs are the text's lines in order: their numbers are their ids.
              // biome-ignore lint/suspicious/noArrayIndexKey: a fixed text, never reordered
              key={index}
              value={number}
              ref={here ? target : undefined}
              className={here ? 'source-paragraph current' : 'source-paragraph'}
              aria-current={here ? 'true' : undefined}
              dir="auto"
            >
              {here && found ? (
                <>
                  {text.slice(0, found.start)}
                  <mark>{text.slice(found.start, found.end)}</mark>
                  {text.slice(found.end)}
                </>
              ) : (
                text
              )}
            </li>
          )
        })}
      </ol>
    </ModalDialog>
  )
}
