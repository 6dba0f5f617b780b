import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { DraftSnapshot } from './storage/draft-session'

const messages = defineMessages({
  saved: { id: 'editor.saved', defaultMessage: 'Saved in this browser' },
  saving: { id: 'editor.saving', defaultMessage: 'Saving…' },
  conflict: { id: 'editor.notSavedConflict', defaultMessage: 'Not saved: changed in another tab' },
  notSaved: { id: 'editor.notSaved', defaultMessage: 'Not saved' },
})

/** Whether the story is kept, said in a few words where the person looks, and to screen readers. */
export function SaveState({ save }: { save: DraftSnapshot<object>['save'] }) {
  const t = useT()
  const words = t(
    save.state === 'saved'
      ? messages.saved
      : save.state === 'saving'
        ? messages.saving
        : save.state === 'conflict'
          ? messages.conflict
          : messages.notSaved,
  )
  return (
    <p className={`save-state save-${save.state}`} role="status">
      {words}
    </p>
  )
}
