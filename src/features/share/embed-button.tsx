import { useState } from 'react'
import type { Story } from '../../dataset/story-index'
import { EmbedDialog } from './embed-dialog'

/** _Embed_: opens the dialog with the iframe code for this view. */
export function EmbedButton({ story }: { story: Story }) {
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="icon-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        Embed
      </button>
      {open && <EmbedDialog story={story} onClose={() => setOpen(false)} />}
    </>
  )
}
