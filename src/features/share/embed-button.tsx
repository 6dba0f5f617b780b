import { useState } from 'react'
import type { Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { EmbedDialog } from './embed-dialog'

const messages = defineMessages({
  embed: { id: 'share.embed', defaultMessage: 'Embed' },
})

/** _Embed_: opens the dialog with the iframe code for this view. */
export function EmbedButton({ story }: { story: Story }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  return (
    <>
      <button type="button" className="icon-button" onClick={() => setOpen(true)} aria-haspopup="dialog">
        {t(messages.embed)}
      </button>
      {open && <EmbedDialog story={story} onClose={() => setOpen(false)} />}
    </>
  )
}
