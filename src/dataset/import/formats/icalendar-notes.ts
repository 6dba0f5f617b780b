import { formatCount } from '../../../lib/format-count'
import type { EventMaker } from './icalendar-event'

/** What expanding a calendar's events noticed, for its notes. */
export type Expansion = {
  recurring: number
  /** Events whose rule was not expanded, each with its line and why. */
  unsafe: string[]
  /** Events with occurrences past the bound, each with its line and how many. */
  notRead: string[]
  overridden: number
  repeatedUids: number
  cancelled: number
}

const many = (count: number, one: string, more: string) => `${formatCount(count)} ${count === 1 ? one : more}`
const firstOf = (items: readonly string[]) =>
  `${items.slice(0, 3).join('; ')}${items.length > 3 ? '; …' : ''}`

/** What a reader should know of how a calendar was read, once each. */
export function calendarNotes(
  name: string,
  counts: { blocks: number; events: number; others: ReadonlyMap<string, number> },
  expansion: Expansion,
  maker: EventMaker,
  strayLines: readonly number[],
): string[] {
  const notes = [
    `${name} is an iCalendar file of ${many(counts.blocks, 'event', 'events')} (VEVENT), read as ${many(counts.events, 'event', 'events')}: SUMMARY as the title, DESCRIPTION as the summary, LOCATION and GEO as the place, URL as a source, CATEGORIES as categories, the organizer and attendees as actors, times converted to UTC from their time zones. An event after the moment its calendar entry was written (DTSTAMP) is scheduled.`,
  ]
  if (expansion.recurring)
    notes.push(
      `${many(expansion.recurring, 'recurring event was', 'recurring events were')} expanded to its occurrences (at most 500 each, none later than 10 years after the first)${expansion.overridden ? `, ${many(expansion.overridden, 'occurrence', 'occurrences')} as changed by a later VEVENT (RECURRENCE-ID)` : ''}.`,
    )
  if (expansion.notRead.length) notes.push(`Occurrences not read: ${firstOf(expansion.notRead)}.`)
  if (expansion.unsafe.length)
    notes.push(
      `${many(expansion.unsafe.length, 'event repeats', 'events repeat')} by a rule that cannot be expanded in bounded time: only the first occurrence was read (${firstOf(expansion.unsafe)}).`,
    )
  if (expansion.repeatedUids)
    notes.push(
      `${many(expansion.repeatedUids, 'event has', 'events have')} the UID of an earlier one, with no RECURRENCE-ID: each was read as an event of its own.`,
    )
  if (expansion.cancelled)
    notes.push(
      `${many(expansion.cancelled, 'event or occurrence is', 'events or occurrences are')} cancelled (STATUS:CANCELLED): left out, as they did not take place (listed with the rows left out).`,
    )
  const zones = [...maker.counts.unknownZones]
  if (zones.length)
    notes.push(
      `Times in a time zone the file does not define and this browser does not know, or in none: kept as written, without a zone (${zones
        .slice(0, 5)
        .map(([zone, count]) => `“${zone.slice(0, 40)}” ${formatCount(count)}`)
        .join(', ')}).`,
    )
  if (maker.counts.longTitles)
    notes.push(
      `${many(maker.counts.longTitles, 'SUMMARY is', 'SUMMARYs are')} longer than a title may be: titled by the first words, the whole of it opening the summary.`,
    )
  if (maker.counts.cutTexts)
    notes.push(
      `${many(maker.counts.cutTexts, 'text is', 'texts are')} longer than the format allows: cut there.`,
    )
  const unread = [...maker.unread()]
  if (unread.length)
    notes.push(
      `Properties of its events not read (this format has no place for them): ${unread
        .slice(0, 12)
        .map(([property, count]) => `${property} (${formatCount(count)})`)
        .join(', ')}${unread.length > 12 ? ` and ${formatCount(unread.length - 12)} more` : ''}.`,
    )
  const others = [...counts.others]
  if (others.length)
    notes.push(
      `Components that are not events were not read: ${others.map(([component, count]) => `${component.slice(0, 30)} (${formatCount(count)})`).join(', ')}.`,
    )
  if (strayLines.length)
    notes.push(
      `${many(strayLines.length, 'line is', 'lines are')} no iCalendar property or outside the calendar, and ${strayLines.length === 1 ? 'was' : 'were'} skipped (line${strayLines.length === 1 ? '' : 's'} ${strayLines.slice(0, 3).join(', ')}${strayLines.length > 3 ? ', …' : ''}).`,
    )
  return notes
}
