import { useMemo, useRef, useState } from 'react'
import type { Dataset } from '../../dataset/format/schema'
import { checkedSource } from '../../dataset/source/checked-source'
import { findQuote, type QuoteSelector } from '../../dataset/source/text-quote'
import { ModalDialog } from '../modal-dialog/modal-dialog'
import { ParagraphText } from './paragraph-text'
import './source-text.css'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  title: { id: 'sourceDialog.title', defaultMessage: '<doc>{title}</doc>, paragraph {paragraph}' },
  notInText: { id: 'sourceDialog.notInText', defaultMessage: 'These words are not in the text: “{words}”.' },
  moved: {
    id: 'sourceDialog.moved',
    defaultMessage: 'The words are in paragraph {found} of this text, not {paragraph} as the dataset says.',
  },
  marked: { id: 'sourceDialog.marked', defaultMessage: 'The quote is marked in its paragraph.' },
  showParagraphs: { id: 'sourceDialog.showParagraphs', defaultMessage: 'Show paragraphs {from}–{to}' },
  textPart: {
    id: 'sourceDialog.textPart',
    defaultMessage: 'The source’s text, paragraphs {from} to {to} of {count}',
  },
  text: { id: 'sourceDialog.text', defaultMessage: 'The source’s text, by paragraph' },
})

/** How many paragraphs are shown either side of the one opened, and how many more a button shows. */
const PARAGRAPHS_AROUND = 150
const PARAGRAPHS_MORE = 300

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
  const t = useT()
  const { source, paragraph, quote, onClose } = props
  const target = useRef<HTMLLIElement>(null)
  const checked = useMemo(() => checkedSource(source), [source])
  const paragraphs = checked?.ok ? checked.paragraphs : []
  const found = useMemo(
    () => (quote ? findQuote(paragraphs, { ...quote, paragraph }) : null),
    [paragraphs, quote, paragraph],
  )
  const shown = found?.paragraph ?? paragraph
  // A long text (a report of thousands of paragraphs) is shown a stretch at a time around the paragraph:
  // drawing 30,000 paragraphs at once froze the page for more than a minute.
  const [stretch, setStretch] = useState(() => ({
    from: Math.max(1, shown - PARAGRAPHS_AROUND),
    to: Math.min(paragraphs.length, shown + PARAGRAPHS_AROUND),
  }))
  const from = Math.min(stretch.from, shown)
  const to = Math.min(paragraphs.length, Math.max(stretch.to, shown))

  return (
    <ModalDialog
      className="source-dialog"
      title={richText(messages.title, {
        title: source.title,
        paragraph: shown,
        doc: (chunks) => <bdi>{chunks}</bdi>,
      })}
      onClose={onClose}
      onOpen={() => target.current?.scrollIntoView({ block: 'center' })}
    >
      {checked && !checked.ok && <p role="alert">{checked.reason}</p>}
      {quote && checked?.ok && (
        <p className="source-dialog-note" role="status">
          {found === null
            ? t(messages.notInText, { words: quote.exact.slice(0, 200) })
            : found.moved
              ? t(messages.moved, { found: found.paragraph, paragraph })
              : t(messages.marked)}
        </p>
      )}
      {from > 1 && (
        <button
          type="button"
          className="link-button source-dialog-more"
          onClick={() => setStretch({ from: Math.max(1, from - PARAGRAPHS_MORE), to })}
        >
          {t(messages.showParagraphs, { from: Math.max(1, from - PARAGRAPHS_MORE), to: from - 1 })}
        </button>
      )}
      <ol
        className="source-dialog-text"
        // biome-ignore lint/a11y/noNoninteractiveTabindex: the text scrolls: the keyboard must reach it
        tabIndex={0}
        start={from}
        aria-label={
          from > 1 || to < paragraphs.length
            ? t(messages.textPart, { from, to, count: paragraphs.length })
            : t(messages.text)
        }
      >
        {paragraphs.slice(from - 1, to).map((text, index) => {
          const number = from + index
          const here = number === shown
          return (
            <li
              // Paragraphs are the text's lines in order: their numbers are their ids. Numbered by the
              // list's start, not a value each (Chromium numbers a list of values in quadratic time).
              key={number}
              ref={here ? target : undefined}
              className={here ? 'source-paragraph current' : 'source-paragraph'}
              aria-current={here ? 'true' : undefined}
              dir="auto"
            >
              <ParagraphText text={text} mark={here ? found : null} />
            </li>
          )
        })}
      </ol>
      {to < paragraphs.length && (
        <button
          type="button"
          className="link-button source-dialog-more"
          onClick={() => setStretch({ from, to: Math.min(paragraphs.length, to + PARAGRAPHS_MORE) })}
        >
          {t(messages.showParagraphs, {
            from: to + 1,
            to: Math.min(paragraphs.length, to + PARAGRAPHS_MORE),
          })}
        </button>
      )}
    </ModalDialog>
  )
}
