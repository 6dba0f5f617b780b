import type { EventStatus } from '../../format/schema'

// What a sheet's status column may say, in the words files use, for the format's three statuses.
// Lower case, without accents' marks kept apart (the cell is lower-cased before it is looked up).
const WORDS = new Map<string, EventStatus>([
  ['occurred', 'occurred'],
  ['happened', 'occurred'],
  ['confirmed', 'occurred'],
  ['reported', 'occurred'],
  ['done', 'occurred'],
  ['past', 'occurred'],
  ['fact', 'occurred'],
  ['scheduled', 'scheduled'],
  ['planned', 'scheduled'],
  ['upcoming', 'scheduled'],
  ['expected', 'scheduled'],
  ['announced', 'scheduled'],
  ['future', 'scheduled'],
  ['alleged', 'alleged'],
  ['claimed', 'alleged'],
  ['accused', 'alleged'],
  ['unconfirmed', 'alleged'],
  ['unverified', 'alleged'],
  ['disputed', 'alleged'],
  ['rumoured', 'alleged'],
  ['rumored', 'alleged'],
])

/**
 * An event's status from a status cell: the format's words and the common ones for them ("planned",
 * "unconfirmed"); an empty cell is "occurred"; null for a word that says none of the three ("reviewed",
 * a feed's own workflow state), which the caller reads as "occurred" and says.
 */
export function readStatus(cell: string): EventStatus | null {
  const word = cell.trim().toLowerCase()
  if (word === '') return 'occurred'
  return WORDS.get(word) ?? null
}
