import { DataSet } from 'vis-data/esnext'
import { Timeline } from 'vis-timeline/esnext'

type TestItem = { id: string; content: string; start: number }

/**
 * For the patches' guard tests: the real vis-timeline (not a mock), whose internals the patches lean
 * on, in the test's DOM (jsdom lays nothing out, so it never draws), and how to take it down.
 */
export function realTimeline(first: TestItem[] = []) {
  const container = document.createElement('div')
  document.body.append(container)
  const items = new DataSet<TestItem, 'id'>(first)
  const timeline = new Timeline(container, items, { start: 0, end: 10_000 })
  const remove = () => {
    timeline.destroy()
    container.remove()
  }
  return { timeline, items, remove }
}
