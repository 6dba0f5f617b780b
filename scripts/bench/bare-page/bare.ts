// The benchmark's baseline: a bare vis-timeline page (no React, no app) fed the same events, with
// default options, as a hand-made timeline page would be. run-bench.ts drives it through window.bench.
import { DataSet, DataView as VisDataView } from 'vis-data/peer'
import { Timeline } from 'vis-timeline/peer'
import 'vis-timeline/styles/vis-timeline-graph2d.min.css'

type RawEvent = { id: string; title: string; date: string; actors: string[] }
type RawActor = { id: string; country?: string }
type Item = {
  id: string
  content: string
  start: Date
  end?: Date
  type: 'point' | 'range'
  countries: string[]
}

function toItem(event: RawEvent, countryOf: Map<string, string | undefined>): Item | null {
  // Only what a hand-made page would parse: plain dates and simple intervals.
  const [from, to] = event.date.replace(/[[\]?~%]|\.\./g, '').split('/')
  const start = new Date(from ?? '')
  if (Number.isNaN(start.valueOf())) return null
  const end = to ? new Date(to) : undefined
  const countries = event.actors
    .map((id) => countryOf.get(id))
    .filter((code): code is string => Boolean(code))
  const item: Item = { id: event.id, content: event.title, start, type: end ? 'range' : 'point', countries }
  if (end && end > start) item.end = end
  return item
}

async function setUp() {
  const url = new URLSearchParams(location.search).get('data') ?? '/data/kim-putin-letters.json'
  const dataset = (await (await fetch(url)).json()) as { events: RawEvent[]; actors: RawActor[] }
  const countryOf = new Map(dataset.actors.map((actor) => [actor.id, actor.country]))
  const items = new DataSet<Item, 'id'>(dataset.events.flatMap((event) => toItem(event, countryOf) ?? []))
  let hidden = ''
  const view = new VisDataView(items, { filter: (item) => !hidden || !item.countries.includes(hidden) })
  const container = document.getElementById('timeline') as HTMLElement
  // Set from script: the page's Content-Security-Policy allows no inline style element.
  container.style.height = '600px'
  const started = performance.now()
  const timeline = new Timeline(container, view, {})
  const painted = () =>
    new Promise<number>((resolve) =>
      requestAnimationFrame(() => requestAnimationFrame(() => resolve(performance.now()))),
    )
  const loadedAt = await painted()
  const firstPaint = loadedAt - started
  const measure = async (act: () => void) => {
    const start = performance.now()
    act()
    return (await painted()) - start
  }
  const countries = [...new Set([...items.get()].flatMap((item) => item.countries))]
  const top =
    countries.sort(
      (a, b) =>
        [...items.get()].filter((i) => i.countries.includes(b)).length -
        [...items.get()].filter((i) => i.countries.includes(a)).length,
    )[0] ?? ''
  return {
    /** From navigation start (fetch and parse included) to the first painted timeline. */
    loadedAt,
    firstPaint,
    filter: () =>
      measure(() => {
        hidden = hidden ? '' : top
        view.refresh()
      }),
    zoom: () => measure(() => timeline.zoomIn(0.5, { animation: false })),
    pan: () =>
      measure(() => {
        const { start, end } = timeline.getWindow()
        const shift = (end.valueOf() - start.valueOf()) / 2
        timeline.setWindow(start.valueOf() + shift, end.valueOf() + shift, { animation: false })
      }),
  }
}

declare global {
  interface Window {
    bench: Promise<Awaited<ReturnType<typeof setUp>>>
  }
}
window.bench = setUp()
