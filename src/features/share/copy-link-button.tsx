import { useEffect, useState } from 'react'
import './copy-link.css'

type CopyState = 'idle' | 'copying' | 'copied' | 'failed'

/**
 * How long to wait for the clipboard. Chromium's writeText can stay pending for ever instead of
 * refusing (without focus or permission, in some headless set-ups): the link is then shown to copy by
 * hand rather than the button doing nothing.
 */
export const CLIPBOARD_PATIENCE_MS = 2000

/** Copies the link to the current view. Where the clipboard is refused, shows the link to copy by hand. */
export function CopyLinkButton() {
  const [state, setState] = useState<CopyState>('idle')
  const [link, setLink] = useState('')

  useEffect(() => {
    if (state !== 'copied') return
    const timer = setTimeout(() => setState('idle'), 2500)
    return () => clearTimeout(timer)
  }, [state])

  const copy = async () => {
    const href = window.location.href
    setLink(href)
    setState('copying')
    setState((await copied(href)) ? 'copied' : 'failed')
  }

  return (
    <div className="copy-link">
      <button type="button" className="primary-button" onClick={copy}>
        Copy link
      </button>
      <span role="status" className="copy-link-status">
        {state === 'copied' && 'Link copied'}
      </span>
      {state === 'failed' && (
        <label className="copy-link-fallback">
          Copy this link:
          <input readOnly value={link} onFocus={(event) => event.target.select()} />
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
