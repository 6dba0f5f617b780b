import { type ReactNode, useState } from 'react'
import type { Dataset } from '../../dataset/format/schema'
import type { QuoteSelector } from '../../dataset/source/text-quote'
import { useModuleWhen } from '../use-module-when'

// The source's reader comes when first wanted, not with the first view.
const loadDialog = () => import('./source-dialog')

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
  // Pointing at the link or reaching it by keyboard starts the load, so a click usually opens at once.
  const [wanted, setWanted] = useState(false)
  const dialog = useModuleWhen(loadDialog, wanted || open)
  const want = () => setWanted(true)
  if (source.text === undefined) return <>{children}</>
  return (
    <>
      <button
        type="button"
        className="link-button paragraph-link"
        aria-haspopup="dialog"
        aria-label={label}
        onClick={() => setOpen(true)}
        onPointerEnter={want}
        onFocus={want}
        aria-busy={open && !dialog ? true : undefined}
      >
        {children}
      </button>
      {open && dialog && (
        <dialog.SourceDialog
          source={source}
          paragraph={paragraph}
          quote={quote ?? null}
          onClose={() => setOpen(false)}
        />
      )}
    </>
  )
}
