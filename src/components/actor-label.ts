import type { Actor } from '../dataset/format/schema'
import { shownCountryName } from '../dataset/format/shown-country-name'

/** "Russian President, Russia": what a reader needs to place a speaker. */
export function actorDescription(actor: Actor): string {
  const parts: string[] = []
  if (actor.role) parts.push(actor.role)
  if (actor.country && actor.kind !== 'country') parts.push(shownCountryName(actor.country))
  return parts.join(', ')
}
