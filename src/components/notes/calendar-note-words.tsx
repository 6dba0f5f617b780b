import type { ReactNode } from 'react'
import type { OccurrencesLeft, UnsafeRule } from '../../dataset/notes/calendar-notes'
import type { ReadNote, WordCount } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { calendarMessages as m } from './calendar-note-messages'
import { data, libraryWords, listed, listedBy } from './note-parts'

/** The notes of an iCalendar file (their codes begin with `calendar`). */
export type CalendarNote = Extract<ReadNote, { code: `calendar${string}` }>

const yes = (cut: boolean) => (cut ? 'yes' : 'no')

function leftWords(left: OccurrencesLeft): ReactNode {
  const line = String(left.line)
  if (left.stop === 'failed')
    return richText(m.occurrencesLeft, {
      stop: 'failed',
      line,
      error: libraryWords(left.error),
      read: 0,
      bound: '',
    })
  const bound = richText(m.bound, { bound: left.bound, limit: left.limit })
  return richText(m.occurrencesLeft, {
    stop: left.stop,
    line,
    read: left.read,
    bound,
    moreThan: yes(left.stop === 'bound' && left.moreThan),
    left: left.stop === 'bound' ? left.left : 0,
  })
}

function ruleWords(rule: UnsafeRule): ReactNode {
  return richText(m.unsafeRule, {
    why: rule.why,
    line: String(rule.line),
    freq: rule.why === 'noDay' ? '' : data(rule.freq),
    parts: rule.why === 'noDay' ? listed(rule.parts.map(data)) : '',
    days: rule.why === 'farApart' ? rule.days : 0,
    steps: rule.why === 'farApart' ? rule.steps : 0,
  })
}

const countedWords = (items: readonly WordCount[]) =>
  listed(items.map(({ text, count }) => richText(m.counted, { text: data(text), count })))

/** An iCalendar file's note in the reader's language. */
export function CalendarNoteWords({ note }: { note: CalendarNote }): ReactNode {
  switch (note.code) {
    case 'calendarRead':
      return richText(m.calendarRead, { file: data(note.file), blocks: note.blocks, events: note.events })
    case 'calendarRecurring':
      return richText(m.calendarRecurring, {
        count: note.count,
        most: note.most,
        years: note.years,
        changed: yes(note.overridden > 0),
        overridden: note.overridden,
      })
    case 'calendarOccurrencesLeft':
      return richText(m.calendarOccurrencesLeft, {
        events: listedBy(note.events.map(leftWords)),
        cut: yes(note.more > 0),
      })
    case 'calendarRulesNotExpanded':
      return richText(m.calendarRulesNotExpanded, {
        count: note.count,
        rules: listedBy(note.rules.map(ruleWords)),
        cut: yes(note.count > note.rules.length),
      })
    case 'calendarRepeatedUids':
    case 'calendarCancelled':
    case 'calendarLongTitles':
    case 'calendarCutTexts':
      return richText(m[note.code], { count: note.count })
    case 'calendarUnknownZones':
      return richText(m.calendarUnknownZones, {
        zones: listed(note.zones.map(({ text, count }) => richText(m.zone, { text: data(text), count }))),
      })
    case 'calendarUnreadProperties':
      return richText(m.calendarUnreadProperties, {
        properties: countedWords(note.properties),
        cut: yes(note.more > 0),
        more: note.more,
      })
    case 'calendarOtherComponents':
      return richText(m.calendarOtherComponents, { components: countedWords(note.components) })
    case 'calendarStrayLines':
      return richText(m.calendarStrayLines, {
        count: note.count,
        lines: listed(note.lines.map(String), note.count > note.lines.length),
      })
  }
}
