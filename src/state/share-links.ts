import { EMBED_PARAM } from './embed'
import { readableQuery, VIEW_PARAMS } from './url-codec'

/**
 * A link to one event, or to one quote of it, in the full app: that and nothing else of the view (no
 * filters that might hide it, no window it might lie outside), with the dataset the page shows.
 */
export function linkToEvent(href: string, event: string, quote?: string): string {
  const url = new URL(href)
  const params = new URLSearchParams(url.search)
  for (const key of [...VIEW_PARAMS, EMBED_PARAM]) params.delete(key)
  params.set('event', event)
  if (quote) params.set('quote', quote)
  return `${url.origin}${url.pathname}${readableQuery(params)}`
}
