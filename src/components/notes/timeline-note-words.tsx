import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { data, listed } from './note-parts'
import { timelineMessages as m } from './timeline-note-messages'

/** The notes of a forensic timeline (their codes begin with `timeline`; a TimelineJS story's, `timelineJs`, are not). */
export type TimelineNote = Exclude<
  Extract<ReadNote, { code: `timeline${string}` }>,
  { code: `timelineJs${string}` }
>

const fields = (names: readonly string[], cut = false) =>
  listed(
    names.map((name) => richText(m.field, { name: data(name) })),
    cut,
  )

/** A forensic timeline's note in the reader's language. */
export function TimelineNoteWords({ note }: { note: TimelineNote }): ReactNode {
  switch (note.code) {
    case 'timelineRead':
      return richText(m.timelineRead, {
        file: data(note.file),
        layout: note.layout,
        tags: note.tags ? 'yes' : 'no',
      })
    case 'timelineFields':
      return richText(m.timelineFields, {
        kept: note.numbers.length && note.texts.length ? 'both' : note.numbers.length ? 'numbers' : 'texts',
        numbers: fields(note.numbers),
        texts: fields(note.texts, note.moreTexts > 0),
      })
    case 'timelineFractions':
    case 'timelineFromTimestamp':
    case 'timelineZoneless':
      return richText(m[note.code], { count: note.count })
    case 'timelineLongTitles':
    case 'timelineCutSummaries':
      return richText(m[note.code], { count: note.count, limit: note.limit })
  }
}
