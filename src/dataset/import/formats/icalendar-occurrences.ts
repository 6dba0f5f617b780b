import ICAL from 'ical.js'
import type { OccurrenceBound, OccurrencesLeft, UnsafeRule } from '../../notes/calendar-notes'
import type { Occurrence } from './icalendar-event'
import { type RuleParts, unsafeRule } from './icalendar-recurrence'

type Component = InstanceType<typeof ICAL.Component>

/** Occurrences of one recurring event past these are not read (and said). */
export const MOST_EACH = 500
export const YEARS_AFTER_FIRST = 10
/** Occurrences past these, over the whole calendar, are not read (and said): each is an event. */
export const MOST_OCCURRENCES = 20_000
const YEAR_SECONDS = 365.25 * 86_400
/** Counting what is left after the bound stops here ("more than 100,000"). */
const MOST_COUNTED = 100_000

export type Expanded = {
  recurring: boolean
  occurrences: Occurrence[]
  /** Occurrences an override (RECURRENCE-ID) changed. */
  overridden: number
  /** Why the rule was not expanded (its first occurrence alone read), or null. */
  unsafe: UnsafeRule | null
  /** What of the occurrences was not read, past the bound, or null. */
  notRead: OccurrencesLeft | null
}

/**
 * A VEVENT's occurrences: itself; or, for a recurring one (RRULE, RDATE), each occurrence ical.js's
 * expansion gives (EXDATE taken out), as changed by its overrides, at most 500 and none later than
 * 10 years after the first, and none past the calendar's `budget`. A rule ical.js cannot expand in
 * bounded time is not expanded (see icalendar-recurrence.ts).
 */
export function expand(
  master: Component,
  overrides: readonly Component[],
  budget: { left: number },
  line: number,
): Expanded {
  // Only the overrides of its own UID, as RFC 5545 says: left to itself, ical.js takes every VEVENT
  // with a RECURRENCE-ID in the calendar as an override of this one, whatever its UID.
  const event = new ICAL.Event(master, { strictExceptions: true, exceptions: [...overrides] })
  if (!master.hasProperty('dtstart'))
    return {
      recurring: false,
      occurrences: [{ component: master, start: ICAL.Time.epochTime, end: null, recurrenceId: null }],
      overridden: 0,
      unsafe: null,
      notRead: null,
    }
  const first: Occurrence = {
    component: master,
    start: event.startDate,
    end: event.endDate,
    recurrenceId: null,
  }
  const none = { overridden: 0, unsafe: null, notRead: null }
  if (!event.isRecurring()) return { recurring: false, occurrences: [first], ...none }
  const unsafe = rulesOf(master)
    .map((rule) => unsafeRule(rule, event.startDate.year, line))
    .find((reason) => reason !== null)
  if (unsafe) return { recurring: false, occurrences: [first], ...none, unsafe }
  const iterator = event.iterator()
  const occurrences: Occurrence[] = []
  let overridden = 0
  const latest = event.startDate.toUnixTime() + YEARS_AFTER_FIRST * YEAR_SECONDS
  let stopped: OccurrenceBound | null = null
  try {
    for (let next = iterator.next(); next; next = iterator.next()) {
      if (next.toUnixTime() > latest) stopped = 'years'
      else if (occurrences.length >= MOST_EACH) stopped = 'each'
      else if (budget.left <= 0) stopped = 'calendar'
      if (stopped) break
      const details = event.getOccurrenceDetails(next)
      if (details.item !== event) overridden++
      occurrences.push({
        component: details.item.component,
        start: details.startDate,
        end: details.endDate,
        recurrenceId: details.recurrenceId.toString(),
      })
      budget.left--
    }
  } catch (error) {
    const why = error instanceof Error ? error.message.slice(0, 80) : 'an error'
    return {
      recurring: true,
      occurrences,
      overridden,
      unsafe: null,
      notRead: { stop: 'failed', line, read: occurrences.length, error: why },
    }
  }
  if (!stopped) return { recurring: true, occurrences, overridden, unsafe: null, notRead: null }
  return {
    recurring: true,
    occurrences,
    overridden,
    unsafe: null,
    notRead: leftOver(master, iterator, stopped, { line, read: occurrences.length }),
  }
}

function rulesOf(component: Component): RuleParts[] {
  return component.getAllProperties('rrule').flatMap((property) => {
    const rule = property.getFirstValue()
    return rule instanceof ICAL.Recur
      ? [{ freq: rule.freq, interval: rule.interval, parts: rule.parts as RuleParts['parts'] }]
      : []
  })
}

// How many occurrences the bound left: a rule without COUNT or UNTIL repeats without end.
function leftOver(
  master: Component,
  iterator: ReturnType<InstanceType<typeof ICAL.Event>['iterator']>,
  bound: OccurrenceBound,
  at: { line: number; read: number },
): OccurrencesLeft {
  const endless = master.getAllProperties('rrule').some((property) => {
    const rule = property.getFirstValue()
    return rule instanceof ICAL.Recur && rule.count === null && rule.until === null
  })
  const limit = { years: YEARS_AFTER_FIRST, each: MOST_EACH, calendar: MOST_OCCURRENCES }[bound]
  if (endless) return { stop: 'endless', ...at, bound, limit }
  // The occurrence that met the bound is the first left.
  let left = 1
  while (left < MOST_COUNTED && iterator.next()) left++
  return { stop: 'bound', ...at, bound, limit, left, moreThan: left >= MOST_COUNTED }
}
