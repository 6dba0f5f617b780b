import { actorKinds } from '../../format/format-constants'
import type { Actor } from '../../format/schema'
import { slugify } from '../../format/slug'
import type { EventColumn } from './event-columns'
import { guessActorKind } from './guess-actor-kind'
import { splitList } from './list-cells'
import type { CellOf } from './row-dates'
import type { SheetLists } from './sheet-lists'

const KINDS: ReadonlySet<string> = new Set(actorKinds)

/**
 * The actors a sheet names, each made once: a large sheet names the same actors over and over, so each
 * text is read once. A name past an actor's 200 characters is kept as it is, and the dataset's check
 * refuses it by its place (csv-round-trip.test.ts holds that: a name is an actor's identity, and two
 * long names shortened alike would become one actor).
 */
export class SheetActors {
  private readonly actors = new Map<string, Actor>()
  private readonly idOfText = new Map<string, string>()

  idOf(text: string): string {
    const known = this.idOfText.get(text)
    if (known !== undefined) return known
    const actor = parseActor(text)
    this.idOfText.set(text, actor.id)
    if (!this.actors.has(actor.id)) this.actors.set(actor.id, actor)
    return actor.id
  }

  list(): Actor[] {
    return [...this.actors.values()]
  }
}

/**
 * "UN Security Council (organization)": a name, then maybe its kind in brackets. Read with string
 * operations, not a pattern: the pattern this replaced, /^(.*?)\s*\((person|…)\)$/, backtracked for
 * 11 s over a cell of "a", 100,000 spaces and "b".
 */
export function parseActor(cell: string): Actor {
  const text = cell.trim()
  const open = text.endsWith(')') ? text.lastIndexOf('(') : -1
  const kindText = open === -1 ? '' : text.slice(open + 1, -1).toLowerCase()
  const kind = KINDS.has(kindText) ? (kindText as Actor['kind']) : undefined
  const name = kind ? text.slice(0, open).trim() : text
  const guessed = guessActorKind(name)
  const actor: Actor = { id: slugify(name, 'actor'), name, kind: kind ?? guessed.kind }
  // A country's code is the one its name reads as; another actor's name says nothing of its country.
  if (actor.kind === 'country' && guessed.country) actor.country = guessed.country
  return actor
}

// ACLED's two sides and those associated with each: the part each actor plays in its event.
const SIDES: ReadonlyArray<[EventColumn, string]> = [
  ['actor1', 'first side'],
  ['assocActor1', 'with the first side'],
  ['actor2', 'second side'],
  ['assocActor2', 'with the second side'],
]

/**
 * The actors columns (with the actor_roles column, one role for each of the first column's actors, in
 * order), then ACLED's two sides with their associated actors ("; "-separated), each with its part in
 * the event ('' for none).
 */
export function actorNames(
  cells: readonly string[],
  cell: CellOf,
  lists: SheetLists,
): Array<{ name: string; role: string }> {
  const named: Array<{ name: string; role: string }> = []
  const listed = lists.of(cells, 'actors')
  if (listed.length) {
    const roles = cell(cells, 'actorRoles').split(';')
    listed.forEach((name, index) => {
      named.push({ name, role: roles[index]?.trim() ?? '' })
    })
  }
  for (const [column, role] of SIDES)
    for (const name of splitList(cell(cells, column))) named.push({ name, role })
  return named
}
