import { useEffect, useState } from 'react'
import './copy-button.css'

type CopyState = 'idle' | 'copying' | 'copied' | 'failed'

/**
 * How long to wait for the clipboard. Chromium's writeText can stay pending for ever instead of
 * refusing (without focus or permission, in some headless set-ups, in an iframe not allowed to write
 * it): the text is then shown to copy by hand rather than the button doing nothing.
 */
export const CLIPBOARD_PATIENCE_MS = 2000

/**
 * Copies a text (a link, an embed's code) taken when pressed, and says so. Where the clipboard is
 * refused, shows the text to copy by hand, labelled `fallbackLabel`.
 */
export function CopyButton(props: {
  label: string
  /** The button's accessible name where the label alone is not unique ("Copy link to this event"). */
  name?: string
  copiedLabel: string
  fallbackLabel: string
  textToCopy: () => string
  className?: string
}) {
  const { label, name, copiedLabel, fallbackLabel, textToCopy, className = 'icon-button' } = props
  const [state, setState] = useState<CopyState>('idle')
  const [text, setText] = useState('')

  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  const copy = async () => {
    const taken = textToCopy()
    setText(taken)
    setState('copying')
    setState((await copied(taken)) ? 'copied' : 'failed')
  }

  return (
    <div className="copy-link">
      <button type="button" className={className} onClick={copy} aria-label={name}>
        {label}
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' && copiedLabel}
      </span>
      {state === 'failed' && (
        <label className="copy-link-fallback">
          {fallbackLabel}
          <input readOnly value={text} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  )
}

/** Whether the clipboard took the text in time. */
async function copied(text: string): Promise<boolean> {
  if (!navigator.clipboard) return false
  let timer: ReturnType<typeof setTimeout> | undefined
  const outOfPatience = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), CLIPBOARD_PATIENCE_MS)
  })
  try {
    return await Promise.race([navigator.clipboard.writeText(text).then(() => true), outOfPatience])
  } catch {
    return false
  } finally {
    clearTimeout(timer)
  }
}
