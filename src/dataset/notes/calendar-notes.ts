/**
 * The values of an iCalendar file's notes (read-note.ts): why a recurring event's rule was not expanded,
 * and what of its occurrences was not read. Made by the importer (import/formats/icalendar-*.ts),
 * worded by components/notes/calendar-note-words.tsx.
 */

/** Why a rule was not expanded in bounded time (its first occurrence alone read). */
export type UnsafeRule =
  /** A secondly to daily rule with BYSETPOS. */
  | { why: 'bySetPos'; line: number; freq: string }
  /** No day of 28 years passes the rule's day parts (`parts`: their names). */
  | { why: 'noDay'; line: number; parts: string[] }
  /** Its occurrences lie up to `days` apart: `steps` steps of its frequency. */
  | { why: 'farApart'; line: number; freq: string; days: number; steps: number }

/** The bound that stopped a recurring event's expansion. */
export const OCCURRENCE_BOUNDS = ['years', 'each', 'calendar'] as const
export type OccurrenceBound = (typeof OCCURRENCE_BOUNDS)[number]

/** What of a recurring event's occurrences was not read. */
export type OccurrencesLeft =
  /** ical.js failed while expanding it (`error`: its message, cut to 80 characters). */
  | { stop: 'failed'; line: number; read: number; error: string }
  /** A rule without COUNT or UNTIL: it repeats without end; `read` were, up to `bound`. */
  | { stop: 'endless'; line: number; read: number; bound: OccurrenceBound; limit: number }
  /** `left` later ones not read (`moreThan`: counting stopped there); `limit`: the bound's number. */
  | {
      stop: 'bound'
      line: number
      read: number
      bound: OccurrenceBound
      limit: number
      left: number
      moreThan: boolean
    }
