import type { ReactNode } from 'react'
import type { Actor } from '../dataset/format/schema'
import { shownCountryName } from '../dataset/format/shown-country-name'
import { defineMessages } from '../i18n/messages'
import { richText } from '../i18n/rich-text'

const messages = defineMessages({
  roleAndCountry: { id: 'actors.roleAndCountry', defaultMessage: '<r>{role}</r>, {country}' },
})

/**
 * "Russian President, Russia": what a reader needs to place a speaker. The role is the data's words,
 * isolated in their own direction; the country is in the reader's language, after its comma (Arabic's
 * "،"). Null when there is nothing to say.
 */
export function actorDescription(actor: Actor): ReactNode {
  const role = actor.role || null
  const country = actor.country && actor.kind !== 'country' ? shownCountryName(actor.country) : null
  if (role && country)
    return richText(messages.roleAndCountry, { role, country, r: (chunks) => <bdi>{chunks}</bdi> })
  if (role) return <bdi>{role}</bdi>
  return country
}
