import ICAL from 'ical.js'
import { FORMAT_VERSION, TEXT_LIMITS } from '../../format/format-constants'
import type { Dataset, StoryEvent } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'
import type { RowPlace } from '../../validate/row-place'
import type { DatasetResult } from '../importer'
import { keptItems } from '../kept-items'
import type { NamedText } from '../named-text'
import { readIssue } from '../read-issue'
import type { SkippedRow } from '../sheet/keep-good-rows'
import { type Block, calendarBlocks } from './icalendar-blocks'
import { EventMaker, type Made, type Occurrence } from './icalendar-event'
import { calendarNotes, type Expansion } from './icalendar-notes'
import { type Expanded, expand, MOST_OCCURRENCES } from './icalendar-occurrences'

type Component = InstanceType<typeof ICAL.Component>

/**
 * An iCalendar file (RFC 5545, read with ical.js) as a story: each VEVENT an event, a recurring one
 * expanded to its occurrences within a bound (see icalendar-occurrences.ts) with its overrides
 * (RECURRENCE-ID) applied, each field read as icalendar-event.ts says. A VEVENT that cannot be read,
 * or that is cancelled (STATUS:CANCELLED: it did not take place, so it is no event of the story), is
 * left out with its line and why; two VEVENTs with one UID are read apart.
 */
export function datasetFromCalendar(file: NamedText): DatasetResult {
  const cut = calendarBlocks(file.text)
  const skipped: SkippedRow[] = []
  const zones = cut.blocks.filter((block) => block.kind === 'VTIMEZONE' && readable(block, skipped))
  const blocks = cut.blocks.filter((block) => block.kind === 'VEVENT' && readable(block, skipped))
  const calendar = parsed([...zones, ...blocks])
  const components = calendar?.getAllSubcomponents('vevent') ?? []
  const entries = components.map((component, index) => ({ component, line: blocks[index]?.line ?? 0 }))
  const zoneName = cut.properties.get('X-WR-TIMEZONE')?.trim() || null
  const maker = new EventMaker(zoneName)
  const events: StoryEvent[] = []
  const placeOf: RowPlace[] = []
  const expansion: Expansion = {
    recurring: 0,
    unsafe: [],
    notRead: [],
    overridden: 0,
    repeatedUids: 0,
    cancelled: 0,
  }
  const budget = { left: MOST_OCCURRENCES }
  for (const group of grouped(entries, expansion)) {
    let expanded: Expanded
    try {
      expanded = expand(group.master, group.exceptions, budget, group.line)
    } catch (error) {
      skipped.push(
        readIssue(
          { kind: 'line', number: group.line },
          { code: 'icalReadable', kind: 'VEVENT' },
          { code: 'parserSaid', english: messageOf(error) },
        ),
      )
      continue
    }
    if (expanded.recurring) expansion.recurring++
    if (expanded.unsafe) expansion.unsafe.push(expanded.unsafe)
    if (expanded.notRead) expansion.notRead.push(expanded.notRead)
    expansion.overridden += expanded.overridden
    for (const occurrence of expanded.occurrences) {
      // A recurring event's occurrence is said by its start, as ical.js writes it.
      const place: RowPlace = expanded.recurring
        ? { kind: 'line', number: group.line, part: occurrence.start.toString() }
        : { kind: 'line', number: group.line }
      const made = makeEvent(maker, occurrence, expansion)
      if (!made.ok) {
        skipped.push(readIssue(place, made.expected, made.found))
        continue
      }
      const uid = occurrence.component.getFirstPropertyValue('uid')
      if (typeof uid === 'string' && uid)
        made.event.originalId = (occurrence.recurrenceId ? `${uid} (${occurrence.recurrenceId})` : uid).slice(
          0,
          TEXT_LIMITS.originalId,
        )
      events.push(made.event)
      placeOf.push(place)
    }
  }
  for (const { component } of entries) maker.countUnread(component)
  const eventId = uniqueIds()
  for (const event of events) event.id = eventId(slugify(event.title, 'event'))
  const dataset = storyOf(file.name, cut.properties, events, maker)
  const read = { dataset, skipped, placeOf }
  const kept = keptItems(read, skipped.length + events.length, {
    code: 'noneKept',
    file: file.name,
    format: 'iCalendar',
  })
  if (!kept.ok) return kept
  const notes = calendarNotes(
    file.name,
    { blocks: blocks.length, events: events.length, others: cut.others },
    expansion,
    maker,
    cut.strayLines,
  )
  return { ...kept, notes: [...notes, ...kept.notes] }
}

// A block ical.js cannot parse is left out with its line; so is one the file cuts off.
function readable(block: Block, skipped: SkippedRow[]): boolean {
  const what = block.kind
  if (!block.closed) {
    skipped.push(
      readIssue(
        { kind: 'line', number: block.line },
        { code: 'componentEnded', kind: what },
        { code: 'fileEndsFirst' },
      ),
    )
    return false
  }
  try {
    ICAL.parse(block.lines.join('\r\n'))
    return true
  } catch (error) {
    skipped.push(
      readIssue(
        { kind: 'line', number: block.line },
        { code: 'icalReadable', kind: what },
        { code: 'parserSaid', english: messageOf(error) },
      ),
    )
    return false
  }
}

// The blocks that parsed, as one calendar again, so that each event finds its time zones in it.
function parsed(blocks: readonly Block[]): Component | null {
  try {
    const text = [
      'BEGIN:VCALENDAR',
      'VERSION:2.0',
      ...blocks.flatMap((block) => block.lines),
      'END:VCALENDAR',
    ]
    return new ICAL.Component(ICAL.parse(text.join('\r\n')))
  } catch {
    return null
  }
}

type Group = { master: Component; exceptions: Component[]; line: number }

/**
 * The calendar's events with their overrides: a VEVENT with a RECURRENCE-ID changes one occurrence of
 * the VEVENT of its UID; one whose UID has no such VEVENT is read on its own. Two VEVENTs of one UID
 * and no RECURRENCE-ID (a calendar merged from two) are both read; the overrides go with the first.
 */
function* grouped(
  entries: ReadonlyArray<{ component: Component; line: number }>,
  expansion: Expansion,
): Generator<Group> {
  const uidOf = (component: Component) => {
    const uid = component.getFirstPropertyValue('uid')
    return typeof uid === 'string' ? uid : ''
  }
  const overrides = new Map<string, Array<{ component: Component; line: number }>>()
  const masters = new Set<string>()
  for (const entry of entries) {
    const uid = uidOf(entry.component)
    if (entry.component.hasProperty('recurrence-id')) {
      const list = overrides.get(uid) ?? []
      list.push(entry)
      overrides.set(uid, list)
    } else if (uid && masters.has(uid)) expansion.repeatedUids++
    else if (uid) masters.add(uid)
  }
  const related = new Set<string>()
  for (const entry of entries) {
    const uid = uidOf(entry.component)
    if (entry.component.hasProperty('recurrence-id')) {
      if (!masters.has(uid)) yield { master: entry.component, exceptions: [], line: entry.line }
      continue
    }
    const first = uid !== '' && !related.has(uid)
    if (first) related.add(uid)
    const exceptions = first ? (overrides.get(uid) ?? []).map((override) => override.component) : []
    yield { master: entry.component, exceptions, line: entry.line }
  }
}

function makeEvent(maker: EventMaker, occurrence: Occurrence, expansion: Expansion): Made {
  const status = occurrence.component.getFirstPropertyValue('status')
  if (typeof status === 'string' && status.toUpperCase() === 'CANCELLED') {
    expansion.cancelled++
    return { ok: false, expected: { code: 'tookPlace' }, found: { code: 'cancelled' } }
  }
  try {
    return maker.make(occurrence)
  } catch (error) {
    return {
      ok: false,
      expected: { code: 'icalFieldsReadable' },
      found: { code: 'parserSaid', english: messageOf(error) },
    }
  }
}

function storyOf(
  name: string,
  properties: ReadonlyMap<string, string>,
  events: StoryEvent[],
  maker: EventMaker,
): Dataset {
  const own = (key: string) => unescapeText(properties.get(key) ?? '').trim()
  const title = (
    own('X-WR-CALNAME') ||
    own('NAME') ||
    name.replace(/\.(ics|ical|ifb|icalendar)$/i, '') ||
    'Calendar'
  ).slice(0, TEXT_LIMITS.storyTitle)
  const about = own('X-WR-CALDESC') || own('DESCRIPTION')
  const { categories, actors } = maker.made()
  return {
    format: FORMAT_VERSION,
    title,
    ...(about ? { description: about.slice(0, TEXT_LIMITS.description) } : {}),
    // The calendar's own name, as the file gives it: data, whatever the reader's language (no app's
    // word such as "Calendar:" is written into the story).
    source: { title: title.slice(0, TEXT_LIMITS.sourceTitle) },
    actors,
    ...(categories.length ? { categories } : {}),
    events,
    quotes: [],
  }
}

// RFC 5545's escapes in a TEXT value: \\, \; \, \n.
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, character: string) =>
    character.toLowerCase() === 'n' ? '\n' : character,
  )
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message.slice(0, 120) : 'an error'
}
