import type { DraftSnapshot } from './storage/draft-session'

/** Whether the story is kept, said in a few words where the person looks, and to screen readers. */
export function SaveState({ save }: { save: DraftSnapshot<object>['save'] }) {
  const words =
    save.state === 'saved'
      ? 'Saved in this browser'
      : save.state === 'saving'
        ? 'Saving…'
        : save.state === 'conflict'
          ? 'Not saved: changed in another tab'
          : 'Not saved'
  return (
    <p className={`save-state save-${save.state}`} role="status">
      {words}
    </p>
  )
}
