/** A visible stretch of time, in UTC milliseconds; start < end. */
export type TimeWindow = { start: number; end: number }

/**
 * Everything a link reproduces. The URL holds it (see url-codec.ts); every view reads and writes it
 * through useView(). `window: null` means the story's default window.
 */
export type ViewState = {
  event: string | null
  countries: string[]
  actors: string[]
  search: string
  window: TimeWindow | null
}

export const EMPTY_VIEW: ViewState = { event: null, countries: [], actors: [], search: '', window: null }

/** The filters of a view, without its selection and window. */
export type ActiveFilters = Pick<ViewState, 'countries' | 'actors' | 'search'>

export function hasFilters(state: ActiveFilters): boolean {
  return state.countries.length > 0 || state.actors.length > 0 || state.search.trim() !== ''
}
