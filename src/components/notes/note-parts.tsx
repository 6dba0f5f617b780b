import type { ReactNode } from 'react'
import type { LeftOutKind } from '../../dataset/notes/read-note'
import { defineMessages, type MessageDescriptor } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { IssueWords } from '../reasons/row-problem-words'

// The pieces several notes share: the first rows' numbers, "and 3 more", a list's separator, a kind of
// rows left out. Row numbers are the file's, written as its lines are (no grouping).
const messages = defineMessages({
  rows: {
    id: 'notes.rows',
    defaultMessage: '{count, plural, one {row {lines}} other {rows {lines}}}',
  },
  // A text's lines (JSON Lines, iCalendar, GDELT's), where a sheet has rows.
  lines: {
    id: 'notes.lines',
    defaultMessage: '{count, plural, one {line {lines}} other {lines {lines}}}',
  },
  // Lists are joined pair by pair, so that each language writes its own comma and semicolon.
  list: { id: 'notes.list', defaultMessage: '{head}, {tail}' },
  kinds: { id: 'notes.kinds', defaultMessage: '{head}; {tail}' },
  cut: { id: 'notes.cut', defaultMessage: '{list}, …' },
  moreLikeIt: {
    id: 'notes.moreLikeIt',
    defaultMessage: '{first}; and {count, number} more like it ({places})',
  },
})

function joined(items: readonly ReactNode[], by: MessageDescriptor): ReactNode {
  if (items.length === 0) return null
  return items.reduce((head, tail) => richText(by, { head, tail }))
}

/** Items joined by the language's comma ("a, b, c"), a "…" after them when `cut`. */
export function listed(items: readonly ReactNode[], cut = false): ReactNode {
  const list = joined(items, messages.list)
  return cut ? richText(messages.cut, { list }) : list
}

/** Parts of a note joined by the language's semicolon ("3 written as …; 1 written as …"). */
export function listedBy(items: readonly ReactNode[]): ReactNode {
  return joined(items, messages.kinds)
}

/** "rows 4, 9, 12, …" (or "lines …" for a text read line by line): the first rows of `count`. */
export function rowsWords(count: number, lines: readonly number[], unit: 'row' | 'line' = 'row'): ReactNode {
  const words = unit === 'line' ? messages.lines : messages.rows
  return richText(words, { count, lines: listed(lines.map(String), count > lines.length) })
}

/** A value of the data (a column's name, a cell's text), isolated from the sentence around it. */
export const data = (text: string) => <bdi>{text}</bdi>

/**
 * A library's own message (SheetJS's, ical.js's error), which is English whatever the page's language:
 * isolated and marked so, for a screen reader to read it as English.
 */
export const libraryWords = (text: string) => (
  <bdi lang="en" dir="ltr">
    {text}
  </bdi>
)

/** Kinds of rows left out, each its first problem and how many more are like it, joined by "; ". */
export function leftOutWords(kinds: readonly LeftOutKind[]): ReactNode {
  return listedBy(
    kinds.map((kind, index) =>
      kind.count > 1 ? (
        richText(messages.moreLikeIt, {
          first: <IssueWords issue={kind.first} />,
          count: kind.count - 1,
          places: rowsWords(
            kind.count - 1,
            kind.lines.slice(1),
            kind.first.at?.kind === 'line' ? 'line' : 'row',
          ),
        })
      ) : (
        // A kind's place in the note is its key (they are fixed once the file is read).
        // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
        <IssueWords key={index} issue={kind.first} />
      ),
    ),
  )
}
