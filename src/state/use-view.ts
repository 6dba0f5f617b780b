import { useMemo, useRef } from 'react'
import { narrativeById } from '../dataset/narratives'
import type { IndexedEvent } from '../dataset/story-index'
import { sameRange } from '../lib/time-range'
import {
  byFacet,
  type ChosenValues,
  FACETS,
  type FacetKey,
  type LaneKey,
  NOTHING_CHOSEN,
} from './facets/facet-table'
import { formatAreaParam, formatMapParam, type GeoArea, type MapCentre } from './geo-area'
import { matchingEvents } from './matching-events'
import { reconcileView } from './reconcile-view'
import { type ShownStory, storyFrame } from './shown-story'
import {
  clampWindow,
  defaultWindow,
  firstInView,
  MIN_WINDOW_MS,
  shortestWindowFor,
  spanWindow,
  windowShowing,
  windowToRead,
} from './time-window'
import { type ParsedView, parseViewParams, serializeViewState } from './url-codec'
import { currentHistoryMark, type HistoryMark, navigate, useLocationSearch } from './url-store'
import type { TimeWindow, ViewState } from './view-state'

export type ViewActions = {
  /** Selects an event (or none) and brings it into view. A history step. */
  selectEvent: (id: string | null) => void
  /** Selects the previous or next event in time among those matching. A history step. */
  stepEvent: (direction: -1 | 1) => void
  /**
   * Selects an event the page does not hold (an engine's, found by its stepping) as a step does: its
   * span brought into view, a run of steps one history entry.
   */
  stepTo: (event: { id: string; span: TimeWindow }) => void
  /** Chooses a facet's value, or unchooses it (a country, an actor, a status...). A history step. */
  toggleFilter: (facet: FacetKey, value: string) => void
  /** Shows only the events of this value (an actor named in the details). A history step. */
  filterBy: (facet: FacetKey, value: string) => void
  /** Typing: rewrites the current history entry. */
  setSearch: (text: string) => void
  clearFilters: () => void
  /** Filters by an area drawn on the map, or clears it (null). A history step. */
  setArea: (area: GeoArea | null) => void
  /** The map's own pan and zoom: rewrites the current history entry, as the timeline's do. */
  setMapView: (centre: MapCentre | null) => void
  /** Divides the timeline into lanes (or none). A history step. */
  setLanes: (key: LaneKey | null) => void
  /** Panning and zooming: rewrites the current history entry. */
  setWindow: (requested: TimeWindow) => void
  /** Story mode: opens a narrative at its cover. A history step. */
  openStory: (narrative: string) => void
  /**
   * Story mode: shows a step (0: the cover), the timeline brought back to its event. Each step is a
   * history step, so that Back walks back through them.
   */
  goToStep: (step: number) => void
  /** Story mode: the previous or next step (the cover before the first). A history step. */
  stepStory: (direction: -1 | 1) => void
  /** Leaves story mode for the dashboard, with the step's event selected (Explore). A history step. */
  leaveStory: () => void
}

export type View = {
  state: ViewState
  /** What a link asked for that could not be shown, said for a person. */
  notices: string[]
  /** The window on screen: the link's, or the one showing its event, or the story's default. */
  visibleWindow: TimeWindow
  actions: ViewActions
}

// The last view read, per story (its index, or what an engine said of it). An action reads the URL the
// last render has just read (and the render after it reads the URL the action wrote): each address is
// parsed and checked once.
const lastRead = new WeakMap<object, { search: string; view: ParsedView }>()

function readView(search: string, shown: ShownStory): ParsedView {
  const key = shown.held === 'page' ? shown.story : shown.known
  const last = lastRead.get(key)
  if (last?.search === search) return last.view
  const view = reconcileView(parseViewParams(search), shown)
  lastRead.set(key, { search, view })
  return view
}

/**
 * The first window: a story held in the page, around its busiest stretch; of one an engine holds, its
 * whole span (the page has none of its events to find that stretch in).
 */
function firstWindow(shown: ShownStory): TimeWindow {
  if (shown.held === 'page') return defaultWindow(shown.story)
  return spanWindow(storyFrame(shown).extent ?? { start: 0, end: 0 })
}

/** The one shared view state of the page, read from and written to the URL. */
export function useView(shown: ShownStory): View {
  const search = useLocationSearch()
  const previous = useRef<ViewState | null>(null)
  const { state, notices } = useMemo(() => {
    const view = readView(search, shown)
    return { ...view, state: keepUnchanged(previous.current, view.state) }
  }, [search, shown])
  previous.current = state
  const fallbackWindow = useMemo(() => firstWindow(shown), [shown])
  // The page's own events, where it holds them: an engine's are not here to move the window to.
  const story = shown.held === 'page' ? shown.story : null
  const eventOf = useMemo(
    () =>
      (id: string | null): IndexedEvent | undefined =>
        id && story ? story.eventsById.get(id) : undefined,
    [story],
  )

  const actions = useMemo((): ViewActions => {
    // Read the URL at the moment of the act, so an action never works from a stale render.
    const current = () => readView(window.location.search, shown).state
    const write = (next: ViewState, mode: 'push' | 'replace', mark: HistoryMark = null) => {
      const normalized =
        next.requestedWindow && sameRange(next.requestedWindow, fallbackWindow)
          ? { ...next, requestedWindow: null }
          : next
      navigate(serializeViewState(normalized, new URLSearchParams(window.location.search)), mode, mark)
    }
    // The window on screen for a view: the one the link asks for, or the one showing its event.
    const shownFor = (view: ViewState) => {
      const selected = eventOf(view.event)
      return view.requestedWindow ?? (selected ? windowShowing(selected, fallbackWindow) : fallbackWindow)
    }
    const reveal = (view: ViewState, id: string | null): ViewState => {
      // An engine's event is chosen from a view that shows it: selected where it is.
      if (!story) return { ...view, event: id, quote: id === view.event ? view.quote : null }
      const event = eventOf(id)
      // A marked quote stays marked while its event is the one selected.
      const quote = event?.id === view.event ? view.quote : null
      if (!event) return { ...view, event: null, quote }
      const shown = shownFor(view)
      const next = windowToRead(event, shown)
      return {
        ...view,
        event: event.id,
        quote,
        requestedWindow: next === shown ? view.requestedWindow : next,
      }
    }
    const goToStep = (view: ViewState, step: number) => {
      if (!view.storyMode || !story) return
      const last = narrativeById(story, view.storyMode.narrative)?.steps.length ?? 0
      const to = Math.max(0, Math.min(last, step))
      if (to === view.storyMode.step) return
      write({ ...view, storyMode: { ...view.storyMode, step: to }, requestedWindow: null }, 'push')
    }
    const toggle = (list: readonly string[], value: string) =>
      list.includes(value) ? list.filter((item) => item !== value) : [...list, value]
    const choose = (view: ViewState, facet: FacetKey, values: readonly string[]): ViewState => ({
      ...view,
      chosen: { ...view.chosen, [facet]: values },
    })

    return {
      selectEvent: (id) => write(reveal(current(), id), 'push'),
      stepEvent: (direction) => {
        const view = current()
        // Stepping through an engine's story needs its matching rows in order (the list's answer): the
        // page holds none here, so the keys do nothing there yet.
        if (!story) return
        const matching = matchingEvents(story, view)
        if (matching.length === 0) return
        const index = matching.findIndex((event) => event.id === view.event)
        const next =
          index === -1
            ? firstInView(matching, shownFor(view), direction)
            : matching[Math.min(Math.max(index + direction, 0), matching.length - 1)]
        // A run of steps is one history entry: Back returns to where the stepping began.
        const mode = currentHistoryMark()?.step ? 'replace' : 'push'
        if (next && next.id !== view.event) write(reveal(view, next.id), mode, { step: true })
      },
      stepTo: ({ id, span }) => {
        const view = current()
        if (id === view.event) return
        const shown = shownFor(view)
        const next = windowToRead({ span }, shown)
        const mode = currentHistoryMark()?.step ? 'replace' : 'push'
        const requestedWindow = next === shown ? view.requestedWindow : next
        write({ ...view, event: id, quote: null, requestedWindow }, mode, { step: true })
      },
      toggleFilter: (facet, value) => {
        const view = current()
        write(choose(view, facet, toggle(view.chosen[facet], value)), 'push')
      },
      filterBy: (facet, value) => write(choose(current(), facet, [value]), 'push'),
      setSearch: (text) => write({ ...current(), search: text }, 'replace'),
      clearFilters: () => write({ ...current(), chosen: NOTHING_CHOSEN, search: '', area: null }, 'push'),
      setArea: (area) => write({ ...current(), area }, 'push'),
      setMapView: (mapView) => write({ ...current(), mapView }, 'replace'),
      setLanes: (key) => write({ ...current(), lanes: key }, 'push'),
      setWindow: (next) =>
        write(
          {
            ...current(),
            requestedWindow: clampWindow(next, story ? shortestWindowFor(story) : MIN_WINDOW_MS),
          },
          'replace',
        ),
      openStory: (narrative) =>
        write({ ...current(), storyMode: { narrative, step: 0 }, requestedWindow: null }, 'push'),
      goToStep: (step) => goToStep(current(), step),
      stepStory: (direction) => {
        const view = current()
        if (view.storyMode) goToStep(view, view.storyMode.step + direction)
      },
      leaveStory: () => write({ ...current(), storyMode: null, requestedWindow: null }, 'push'),
    }
  }, [shown, story, eventOf, fallbackWindow])

  // A link that names an event but no window opens with the event in view.
  const visibleWindow = useMemo(() => {
    if (state.requestedWindow) return state.requestedWindow
    const selected = eventOf(state.event)
    return selected ? windowShowing(selected, fallbackWindow) : fallbackWindow
  }, [state.requestedWindow, state.event, eventOf, fallbackWindow])

  return { state, notices, visibleWindow, actions }
}

/**
 * The new state, holding the previous one's lists and window where they did not change. A pan rewrites
 * the URL, which is read afresh: without this, the filters would look new and every view would
 * recompute what matches (a pass over 100,000 events) on every step of a pan.
 */
export function keepUnchanged(previous: ViewState | null, next: ViewState): ViewState {
  if (!previous) return next
  return {
    ...next,
    chosen: keepUnchangedChoice(previous.chosen, next.chosen),
    requestedWindow:
      previous.requestedWindow &&
      next.requestedWindow &&
      previous.requestedWindow.start === next.requestedWindow.start &&
      previous.requestedWindow.end === next.requestedWindow.end
        ? previous.requestedWindow
        : next.requestedWindow,
    area:
      previous.area && next.area && formatAreaParam(previous.area) === formatAreaParam(next.area)
        ? previous.area
        : next.area,
    mapView:
      previous.mapView && next.mapView && formatMapParam(previous.mapView) === formatMapParam(next.mapView)
        ? previous.mapView
        : next.mapView,
    storyMode:
      previous.storyMode &&
      next.storyMode &&
      previous.storyMode.narrative === next.storyMode.narrative &&
      previous.storyMode.step === next.storyMode.step
        ? previous.storyMode
        : next.storyMode,
  }
}

/** Each facet's previous list where it did not change, and the previous choice itself where none did. */
function keepUnchangedChoice(previous: ChosenValues, next: ChosenValues): ChosenValues {
  const sameList = (a: readonly string[], b: readonly string[]) =>
    a.length === b.length && a.every((item, index) => item === b[index])
  if (FACETS.every((facet) => sameList(previous[facet.key], next[facet.key]))) return previous
  return byFacet((facet) =>
    sameList(previous[facet.key], next[facet.key]) ? previous[facet.key] : next[facet.key],
  )
}
