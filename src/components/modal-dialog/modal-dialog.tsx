import { type ReactNode, useEffect, useId, useRef } from 'react'
import './modal-dialog.css'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  close: { id: 'dialog.close', defaultMessage: 'Close' },
})

/**
 * A modal dialog (the native <dialog>, so focus is kept inside it and returned on close): a heading
 * with a Close button, and its content. Escape, Close or a click on the backdrop closes it; it opens
 * when mounted, and `onClose` unmounts it.
 */
export function ModalDialog(props: {
  title: ReactNode
  className?: string
  onClose: () => void
  /** Run once the dialog is open (to scroll or focus something in it). */
  onOpen?: () => void
  children: ReactNode
}) {
  const { title, className, onClose, onOpen, children } = props
  const dialog = useRef<HTMLDialogElement>(null)
  const t = useT()
  const titleId = useId()
  // Read once when opening: the caller's function may be new at every render.
  const opened = useRef(onOpen)

  useEffect(() => {
    const element = dialog.current
    if (!element) return
    element.showModal()
    opened.current?.()
    return () => element.close()
  }, [])

  return (
    // biome-ignore lint/a11y/useKeyWithClickEvents: a click on the backdrop closes it; Escape is the dialog's own
    <dialog
      ref={dialog}
      className={className ? `modal-dialog ${className}` : 'modal-dialog'}
      aria-labelledby={titleId}
      onClose={onClose}
      onClick={(event) => {
        if (event.target === dialog.current) dialog.current?.close()
      }}
    >
      <div className="modal-dialog-body">
        <header className="modal-dialog-header">
          <h2 id={titleId}>{title}</h2>
          <button type="button" className="icon-button" onClick={() => dialog.current?.close()}>
            {t(messages.close)}
          </button>
        </header>
        {children}
      </div>
    </dialog>
  )
}
