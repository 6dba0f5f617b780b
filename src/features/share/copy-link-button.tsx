import { useEffect, useState } from 'react'

type CopyState = 'idle' | 'copied' | 'failed'

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
    try {
      await navigator.clipboard.writeText(href)
      setState('copied')
    } catch {
      setState('failed')
    }
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
