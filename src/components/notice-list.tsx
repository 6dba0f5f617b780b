import { useState } from 'react'
import './notice-list.css'
import type { ReadNote } from '../dataset/notes/read-note'
import { defineMessages } from '../i18n/messages'
import { useT } from '../i18n/use-t'
import { useModuleWhen } from './use-module-when'

const messages = defineMessages({
  dismiss: { id: 'notices.dismiss', defaultMessage: 'Dismiss' },
})

// The notes' messages load only for a story that has notes: the first view of the built-in story has none.
const loadNoteWords = () => import('./notes/read-note-words')

/**
 * Notices about what a link asked for that could not be shown, and what opening the file noticed
 * (`notes`, codes worded in the reader's language once their messages have arrived). Dismissed together.
 */
export function NoticeList({ notices, notes = [] }: { notices: string[]; notes?: readonly ReadNote[] }) {
  const t = useT()
  const [dismissed, setDismissed] = useState(false)
  const [dismissedNotices, setDismissedNotices] = useState<string[]>([])
  const words = useModuleWhen(loadNoteWords, notes.length > 0 && !dismissed)
  const shownNotices = notices.filter((notice) => !dismissedNotices.includes(notice))
  const shownNotes = dismissed || !words ? [] : notes
  if (shownNotices.length === 0 && shownNotes.length === 0) return null
  const { ReadNoteWords } = words ?? {}
  return (
    <div className="notice-list" role="status">
      <ul>
        {ReadNoteWords &&
          shownNotes.map((note, index) => (
            // A story's notes are fixed once it is read: a note's place is its key.
            // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
            <li key={`note-${index}`}>
              <ReadNoteWords note={note} />
            </li>
          ))}
        {shownNotices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button
        type="button"
        className="link-button"
        onClick={() => {
          setDismissed(notes.length > 0 || dismissed)
          setDismissedNotices([...dismissedNotices, ...shownNotices])
        }}
      >
        {t(messages.dismiss)}
      </button>
    </div>
  )
}
