import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { data } from './note-parts'
import { timelineJsMessages as m } from './timelinejs-note-messages'

/** The notes of a TimelineJS story (their codes begin with `timelineJs`). */
export type TimelineJsNote = Extract<ReadNote, { code: `timelineJs${string}` }>

/** A TimelineJS story's note in the reader's language. */
export function TimelineJsNoteWords({ note }: { note: TimelineJsNote }): ReactNode {
  switch (note.code) {
    case 'timelineJsRead':
      return richText(m.timelineJsRead, { file: data(note.file) })
    case 'timelineJsMarkup':
    case 'timelineJsMedia':
      return richText(m[note.code], { count: note.count })
  }
}
