import { type ReactNode, useState } from 'react'
import type { Dataset } from '../../dataset/format/schema'
import type { QuoteSelector } from '../../dataset/source/text-quote'
import { SourceDialog } from './source-dialog'

/**
 * A paragraph reference ("paragraph 11"): where the dataset carries its source's text, a button that
 * opens the text at that paragraph with the quote (if any) marked; otherwise the words alone.
 */
export function ParagraphLink(props: {
  source: Dataset['source']
  paragraph: number
  /** The quote to mark in it; none: the paragraph is shown whole. */
  quote?: QuoteSelector
  /** Names the button for a screen reader where its words alone say too little. */
  label?: string
  children: ReactNode
}) {
  const { source, paragraph, quote, label, children } = props
  const [open, setOpen] = useState(false)
  if (source.text === undefined) return <>{children}</>
  return (
    <>
      <button
        type="button"
        className="link-button paragraph-link"
        aria-haspopup="dialog"
        aria-label={label}
        onClick={() => setOpen(true)}
      >
        {children}
      </button>
      {open && (
        <SourceDialog
          source={source}
          paragraph={paragraph}
          quote={quote ?? null}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
