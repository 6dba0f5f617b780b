import { t } from '../i18n/i18n-store'
import { defineMessages } from '../i18n/messages'
import { showInvisible } from '../lib/visible-text'
import { byFacet, type ChosenValues, FACETS, isLaneKey, LANE_KEYS, type LaneKey } from './facets/facet-table'
import { formatAreaParam, formatMapParam, parseAreaParam, parseMapParam } from './geo-area'
import { VIEW_END, VIEW_START } from './time-window'
import type { TimeWindow, ViewState } from './view-state'

const messages = defineMessages({
  mapArea: {
    id: 'link.mapArea',
    defaultMessage: 'The map area in the link should be {problem}; no area is used.',
  },
  mapView: {
    id: 'link.mapView',
    defaultMessage: "The map's view in the link should be {problem}; the map shows the whole world.",
  },
  eventTooLong: {
    id: 'link.eventTooLong',
    defaultMessage: 'The event id in the link is too long to be one; no event is selected.',
  },
  quoteTooLong: {
    id: 'link.quoteTooLong',
    defaultMessage: 'The quote id in the link is too long to be one; no quote is marked.',
  },
  tooMany: {
    id: 'link.tooMany',
    defaultMessage: 'The link names {count, number} {key} filters; only the first {max, number} are used.',
  },
  searchCut: {
    id: 'link.searchCut',
    defaultMessage: 'The search in the link was cut to its first {max, number} characters.',
  },
  stepNoStory: {
    id: 'link.stepNoStory',
    defaultMessage: 'The link names a step but no story (story=…); showing the dashboard.',
  },
  storyTooLong: {
    id: 'link.storyTooLong',
    defaultMessage: 'The story id in the link is too long to be one; showing the dashboard.',
  },
  badStep: {
    id: 'link.badStep',
    defaultMessage:
      "A step in the link is a number from 1 (0 is the story's cover), not “{step}”; showing the cover.",
  },
  badLanes: {
    id: 'link.badLanes',
    defaultMessage: "The timeline's lanes can be by {keys}, not “{value}”; showing one lane.",
  },
  badWindow: {
    id: 'link.badWindow',
    defaultMessage:
      'The time window in the link is not a pair of dates the timeline can show (from=2023-07-01&to=2023-08-31, years -9999 to 9999); showing the default window.',
  },
  backwards: {
    id: 'link.backwards',
    defaultMessage: 'The time window in the link ends before it starts; showing the default window.',
  },
})

/**
 * The view's URL parameters (documented in the README):
 *   event=<event id>          the selected event
 *   quote=<quote id>          a quote marked in the quotes panel (its event is selected)
 *   country=KP,RU             country filter (ISO codes; repeated parameters work too)
 *   actor=kim-jong-un,...     actor filter (actor ids)
 *   category=battles,...      category filter (category ids, story-timeline/2)
 *   status=scheduled,alleged  status filter (occurred, scheduled, alleged)
 *   q=<text>                  full-text search
 *   from=<ISO date>&to=<ISO date>   the visible window, e.g. from=2023-07-01&to=2023-08-31
 *   group=country             the timeline's lanes (country, actor, actor-kind, category, status)
 *   area=30,-10,60,40         the area drawn on the map: south, west, north, east, in degrees
 *   map=38.5,127.2,4          where the map looks: latitude, longitude, zoom
 *   story=<narrative id>&step=3   story mode: a narrative, at its cover (no step, or 0) or a step
 *                             (from 1); the step's event is the selected one, so no event= is written
 */
export const VIEW_PARAMS: readonly string[] = [
  'event',
  'quote',
  // The facets' own (see facets/facet-table.ts): country, actor, category, status.
  ...FACETS.map((facet) => facet.param),
  'q',
  'from',
  'to',
  'group',
  'area',
  'map',
  'story',
  'step',
]

const MAX_LIST = 50
const MAX_SEARCH = 200
const MAX_ID = 120
// No narrative is longer than the story's events (a walk in time order of 10 million is plenty).
const MAX_STEP = 10_000_000

export type ParsedView = { state: ViewState; notices: string[] }

/** Reads the view from a query string. Never throws: what makes no sense is dropped, with a notice. */
export function parseViewParams(search: string): ParsedView {
  const params = new URLSearchParams(search)
  const notices: string[] = []
  const event = params.get('event')?.trim() || null
  const quote = params.get('quote')?.trim() || null
  const state: ViewState = {
    event: event && event.length <= MAX_ID ? event : null,
    quote: quote && quote.length <= MAX_ID ? quote : null,
    chosen: byFacet((facet) => readList(params, facet.param, notices, facet.normalize)),
    search: readSearch(params, notices),
    requestedWindow: readWindow(params, notices),
    lanes: readLanes(params, notices),
    area: readParsed(params, 'area', parseAreaParam, notices, (problem) => t(messages.mapArea, { problem })),
    mapView: readParsed(params, 'map', parseMapParam, notices, (problem) => t(messages.mapView, { problem })),
    storyMode: readStoryMode(params, notices),
  }
  if (event && !state.event) notices.push(t(messages.eventTooLong))
  if (quote && !state.quote) notices.push(t(messages.quoteTooLong))
  return { state, notices }
}

/** Writes the view as a query string ("" for the default view), keeping parameters it does not own. */
export function serializeViewState(state: ViewState, keep: URLSearchParams = new URLSearchParams()): string {
  const params = new URLSearchParams()
  for (const [key, value] of keep) {
    if (!VIEW_PARAMS.includes(key)) params.append(key, value)
  }
  // At a step of story mode, the step names the event.
  if (state.storyMode) {
    params.set('story', state.storyMode.narrative)
    if (state.storyMode.step > 0) params.set('step', String(state.storyMode.step))
  }
  if (state.event && !(state.storyMode && state.storyMode.step > 0)) params.set('event', state.event)
  if (state.quote) params.set('quote', state.quote)
  writeChosen(params, state.chosen)
  if (state.search.trim()) params.set('q', state.search)
  if (state.lanes) params.set('group', state.lanes)
  if (state.area) params.set('area', formatAreaParam(state.area))
  if (state.mapView) params.set('map', formatMapParam(state.mapView))
  if (state.requestedWindow) {
    params.set('from', formatInstant(state.requestedWindow.start))
    params.set('to', formatInstant(state.requestedWindow.end))
  }
  return readableQuery(params)
}

/** A query string ("" when empty) with the commas, colons and slashes it may hold unescaped: readable links. */
export function readableQuery(params: URLSearchParams): string {
  const text = params.toString().replaceAll('%2C', ',').replaceAll('%3A', ':').replaceAll('%2F', '/')
  return text ? `?${text}` : ''
}

function writeChosen(params: URLSearchParams, chosen: ChosenValues): void {
  for (const facet of FACETS) {
    const values = chosen[facet.key]
    if (values.length) params.set(facet.param, values.join(','))
  }
}

function readList(
  params: URLSearchParams,
  key: string,
  notices: string[],
  normalize: (value: string) => string,
): string[] {
  const values = params
    .getAll(key)
    .flatMap((value) => value.split(','))
    .map((value) => normalize(value.trim()))
    .filter((value) => value !== '' && value.length <= MAX_ID)
  const unique = [...new Set(values)]
  if (unique.length > MAX_LIST) {
    notices.push(t(messages.tooMany, { count: unique.length, key, max: MAX_LIST }))
    return unique.slice(0, MAX_LIST)
  }
  return unique
}

function readSearch(params: URLSearchParams, notices: string[]): string {
  const value = params.getAll('q').join(' ')
  if (value.length > MAX_SEARCH) {
    notices.push(t(messages.searchCut, { max: MAX_SEARCH }))
    return value.slice(0, MAX_SEARCH)
  }
  return value
}

// A parameter read by its own parser (the map's area and view): null when absent, or with a notice
// saying what it should be when it cannot be read.
function readParsed<T extends object>(
  params: URLSearchParams,
  key: string,
  parse: (text: string) => T | { problem: string },
  notices: string[],
  /** The notice for a value that cannot be read, given what it should be. */
  notice: (problem: string) => string,
): T | null {
  const value = params.get(key)
  if (value === null || value.trim() === '') return null
  const parsed = parse(value.slice(0, MAX_ID))
  if ('problem' in parsed) {
    notices.push(notice(parsed.problem))
    return null
  }
  return parsed
}

function readStoryMode(params: URLSearchParams, notices: string[]): ViewState['storyMode'] {
  const narrative = params.get('story')?.trim()
  const stepText = params.get('step')?.trim()
  if (!narrative) {
    if (stepText) notices.push(t(messages.stepNoStory))
    return null
  }
  if (narrative.length > MAX_ID) {
    notices.push(t(messages.storyTooLong))
    return null
  }
  if (!stepText) return { narrative, step: 0 }
  const step = /^\d{1,8}$/.test(stepText) ? Number(stepText) : Number.NaN
  if (!(step <= MAX_STEP)) {
    notices.push(t(messages.badStep, { step: showInvisible(stepText.slice(0, MAX_ID)) }))
    return { narrative, step: 0 }
  }
  return { narrative, step }
}

function readLanes(params: URLSearchParams, notices: string[]): LaneKey | null {
  const value = params.get('group')?.trim().toLowerCase()
  if (!value) return null
  if (isLaneKey(value)) return value
  notices.push(
    t(messages.badLanes, { keys: LANE_KEYS.join(', '), value: showInvisible(value.slice(0, MAX_ID)) }),
  )
  return null
}

function readWindow(params: URLSearchParams, notices: string[]): TimeWindow | null {
  const from = params.get('from')
  const to = params.get('to')
  if (from === null && to === null) return null
  const start = from === null ? Number.NaN : parseInstant(from)
  const end = to === null ? Number.NaN : parseInstant(to)
  // A day's grace at the edges: a window written there is rounded to the minute.
  const shown = (instant: number) => instant >= VIEW_START - DAY_MS && instant <= VIEW_END + DAY_MS
  if (Number.isNaN(start) || Number.isNaN(end) || !shown(start) || !shown(end)) {
    notices.push(t(messages.badWindow))
    return null
  }
  if (end <= start) {
    notices.push(t(messages.backwards))
    return null
  }
  // Held to the timeline's limits when the story is known (reconcile-view.ts), which says so. (No
  // window between VIEW_START and VIEW_END is longer than the timeline's longest.)
  return { start, end }
}

const DAY_MS = 86_400_000

// An ISO 8601 date, or a date-time in UTC: a sign and up to six digits for the year, as
// Date.prototype.toISOString writes years outside 0–9999.
const ISO_INSTANT = /^([+-]?)(\d{4,6})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?)?$/

/**
 * An ISO 8601 date or UTC date-time as milliseconds, or NaN. Read field by field rather than by
 * Date.parse, which some engines roll over ("2023-02-30" as 2 March) and which reads 0–99 as 19xx in
 * some forms: a day, hour or minute that does not exist is refused.
 */
export function parseInstant(text: string): number {
  const match = ISO_INSTANT.exec(text)
  if (!match) return Number.NaN
  const [, sign, yearText = '', monthText = '', dayText = '', hourText, minuteText, secondText, fraction] =
    match
  const year = (sign === '-' ? -1 : 1) * Number(yearText)
  const [month, day] = [Number(monthText), Number(dayText)]
  const [hour, minute, second] = [hourText, minuteText, secondText].map((part) => Number(part ?? 0))
  const date = new Date(0)
  date.setUTCFullYear(year, month - 1, day)
  date.setUTCHours(hour ?? 0, minute ?? 0, second ?? 0, Number((fraction ?? '0').padEnd(3, '0')))
  const value = date.getTime()
  const exists =
    date.getUTCFullYear() === year &&
    date.getUTCMonth() === month - 1 &&
    date.getUTCDate() === day &&
    date.getUTCHours() === hour &&
    date.getUTCMinutes() === minute &&
    date.getUTCSeconds() === second
  return exists ? value : Number.NaN
}

/** Milliseconds as the shortest ISO form that keeps them to the minute: "2023-07-01" or "2023-07-01T12:30Z". */
export function formatInstant(value: number): string {
  const iso = new Date(Math.round(value / 60_000) * 60_000).toISOString()
  const time = iso.indexOf('T')
  if (iso.endsWith('T00:00:00.000Z')) return iso.slice(0, time)
  return `${iso.slice(0, time + 6)}Z`
}
