import { useState } from 'react'
import { useModuleWhen } from '../../components/use-module-when'
import type { Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  embed: { id: 'share.embed', defaultMessage: 'Embed' },
})

// The dialog's code (and its messages) comes when it is first wanted, not with the first view.
const loadDialog = () => import('./embed-dialog')

/** _Embed_: opens the dialog with the iframe code for this view. */
export function EmbedButton({ story }: { story: Story }) {
  const t = useT()
  const [open, setOpen] = useState(false)
  // Pointing at the button or reaching it by keyboard starts the load, so a click usually opens at once.
  const [wanted, setWanted] = useState(false)
  const dialog = useModuleWhen(loadDialog, wanted || open)
  const want = () => setWanted(true)
  return (
    <>
      <button
        type="button"
        className="icon-button"
        onClick={() => setOpen(true)}
        onPointerEnter={want}
        onFocus={want}
        aria-haspopup="dialog"
        aria-busy={open && !dialog ? true : undefined}
      >
        {t(messages.embed)}
      </button>
      {open && dialog && <dialog.EmbedDialog story={story} onClose={() => setOpen(false)} />}
    </>
  )
}
