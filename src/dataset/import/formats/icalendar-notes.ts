import type { OccurrencesLeft, UnsafeRule } from '../../notes/calendar-notes'
import { firstLines, type ReadNote } from '../../notes/read-note'
import type { EventMaker } from './icalendar-event'
import { MOST_EACH, YEARS_AFTER_FIRST } from './icalendar-occurrences'

/** What expanding a calendar's events noticed, for its notes. */
export type Expansion = {
  recurring: number
  /** Events whose rule was not expanded, each with its line and why. */
  unsafe: UnsafeRule[]
  /** Events with occurrences past the bound, each with its line and how many. */
  notRead: OccurrencesLeft[]
  overridden: number
  repeatedUids: number
  cancelled: number
}

const counted = (entries: Iterable<[string, number]>, cut: number) =>
  [...entries].map(([text, count]) => ({ text: text.slice(0, cut), count }))

/** What a reader should know of how a calendar was read, once each, as codes (notes/read-note.ts). */
export function calendarNotes(
  file: string,
  counts: { blocks: number; events: number; others: ReadonlyMap<string, number> },
  expansion: Expansion,
  maker: EventMaker,
  strayLines: readonly number[],
): ReadNote[] {
  const notes: ReadNote[] = [{ code: 'calendarRead', file, blocks: counts.blocks, events: counts.events }]
  const { recurring, overridden, notRead, unsafe, repeatedUids, cancelled } = expansion
  if (recurring)
    notes.push({
      code: 'calendarRecurring',
      count: recurring,
      most: MOST_EACH,
      years: YEARS_AFTER_FIRST,
      overridden,
    })
  if (notRead.length)
    notes.push({
      code: 'calendarOccurrencesLeft',
      events: notRead.slice(0, 3),
      more: Math.max(0, notRead.length - 3),
    })
  if (unsafe.length)
    notes.push({ code: 'calendarRulesNotExpanded', count: unsafe.length, rules: unsafe.slice(0, 3) })
  if (repeatedUids) notes.push({ code: 'calendarRepeatedUids', count: repeatedUids })
  if (cancelled) notes.push({ code: 'calendarCancelled', count: cancelled })
  const zones = counted(maker.counts.unknownZones, 40)
  if (zones.length) notes.push({ code: 'calendarUnknownZones', zones: zones.slice(0, 5) })
  if (maker.counts.longTitles) notes.push({ code: 'calendarLongTitles', count: maker.counts.longTitles })
  if (maker.counts.cutTexts) notes.push({ code: 'calendarCutTexts', count: maker.counts.cutTexts })
  const unread = counted(maker.unread(), 200)
  if (unread.length)
    notes.push({
      code: 'calendarUnreadProperties',
      properties: unread.slice(0, 12),
      more: Math.max(0, unread.length - 12),
    })
  const others = counted(counts.others, 30)
  if (others.length) notes.push({ code: 'calendarOtherComponents', components: others })
  if (strayLines.length)
    notes.push({ code: 'calendarStrayLines', count: strayLines.length, lines: firstLines(strayLines) })
  return notes
}
