import { readableQuery, VIEW_PARAMS } from './url-codec'

/**
 * `?embed=1`: the page is in an iframe on someone else's page (an article): a compact layout, links
 * out open the full app in a new tab. Not part of the view: it is kept through every change of view,
 * like `data=`, and read once when the page starts.
 */
export const EMBED_PARAM = 'embed'

/** Whether the address asks for the embedded layout. */
export function isEmbedded(search: string): boolean {
  const value = new URLSearchParams(search).get(EMBED_PARAM)
  return value !== null && value !== '0' && value !== 'false'
}

/** The same view in the full app: the address without `embed`. */
export function fullAppSearch(search: string): string {
  const params = new URLSearchParams(search)
  params.delete(EMBED_PARAM)
  return readableQuery(params)
}

/** What an embed shows: the timeline with the details (at the current view), or story mode (at a narrative's cover). */
export type EmbedKind = { kind: 'timeline' } | { kind: 'story'; narrative: string }

/**
 * The query string of an embed of the view `search` is at: the same view (for the timeline) or just
 * the narrative (for story mode), with the dataset it shows and `embed=1`.
 */
export function embedSearch(search: string, what: EmbedKind): string {
  const params = new URLSearchParams(search)
  params.delete(EMBED_PARAM)
  params.delete('story')
  params.delete('step')
  if (what.kind === 'story') {
    for (const key of VIEW_PARAMS) params.delete(key)
    params.set('story', what.narrative)
  }
  params.set(EMBED_PARAM, '1')
  return readableQuery(params)
}
