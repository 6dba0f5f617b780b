import type { Locator, Page } from '@playwright/test'

// The third-party widgets' own DOM (vis-timeline's classes, recharts' SVG), kept in this one file so
// that an upgrade of either is mended in one place. Chart bars are read by the state they carry as
// data attributes (see density-chart.tsx and breakdown-chart.tsx), never by their colours.
// Background items (era bands) are left out: they are drawn behind the events, not as one.
const ITEM = '.vis-item:not(.vis-dot):not(.vis-background)'
// A point item is drawn as two elements (label and dot); the dot is left out.
const SELECTED_ITEM = '.vis-item.vis-selected:not(.vis-dot)'

/** The labels of the timeline's finer axis scale ("08:00", "15", "Aug"). */
export function timelineAxisLabels(page: Page): Locator {
  return timelineCanvas(page).locator('.vis-time-axis .vis-text.vis-minor')
}

export function timelineCanvas(page: Page): Locator {
  return page.getByRole('group', { name: 'Timeline canvas' })
}

/** Timeline items drawn now (vis renders only those near the visible window). */
export function timelineItems(page: Page): Locator {
  return timelineCanvas(page).locator(ITEM)
}

export function timelineItem(page: Page, title: string): Locator {
  return timelineItems(page).filter({ hasText: title })
}

/** The lanes' labels, top to bottom (vis-timeline's groups). */
export function timelineLaneLabels(page: Page): Locator {
  return timelineCanvas(page).locator('.vis-labelset .timeline-lane-label')
}

/** The bands drawn behind the events over a long interval (an era). */
export function timelineEraBands(page: Page): Locator {
  return timelineCanvas(page).locator('.vis-item.vis-background.era-band')
}

/** The bars that count a large story's events in a stretch of time (choosing one zooms into it). */
export function timelineCountingBars(page: Page): Locator {
  return timelineCanvas(page).locator('.vis-item.aggregate')
}

/** The dot of a point item (vis-timeline draws it inside the item, beside the label). */
export function timelineDot(item: Locator): Locator {
  return item.locator('.vis-dot')
}

export function selectedTimelineItem(page: Page): Locator {
  return timelineCanvas(page).locator(SELECTED_ITEM)
}

/** True when the element's box lies (at least partly) inside the timeline's visible area. */
export async function isInTimelineView(page: Page, item: Locator): Promise<boolean> {
  const frame = await timelineCanvas(page).boundingBox()
  const box = await item.boundingBox()
  if (!frame || !box) return false
  return box.x + box.width > frame.x && box.x < frame.x + frame.width
}

/** The drawing area of each chart recharts has drawn. */
export function chartSurfaces(page: Page): Locator {
  return page.locator('.charts-panel .recharts-surface')
}

/** The overview chart's plot, to drag across. */
export function densityPlot(page: Page): Locator {
  return page.locator('.density-chart .recharts-surface')
}

/** The overview chart's bars with matching events in them (all or some of theirs). */
export function densityBarsWithMatches(page: Page): Locator {
  return page.locator(
    '.density-chart [data-matching-share="all"], .density-chart [data-matching-share="some"]',
  )
}

/** The overview chart's bars with events that the filters leave out (some or all of theirs). */
export function densityBarsWithFilteredOut(page: Page): Locator {
  return page.locator(
    '.density-chart [data-matching-share="some"], .density-chart [data-matching-share="none"]',
  )
}

/** The breakdown chart's bars, one per country or actor, in the chart's order. */
export function breakdownBars(page: Page): Locator {
  return page.locator('.breakdown-chart [data-bar]')
}

/** The breakdown chart's bars whose filter is on. */
export function chosenBreakdownBars(page: Page): Locator {
  return page.locator('.breakdown-chart [data-bar][data-chosen="true"]')
}

/** The overview chart's x-axis labels (recharts' ticks). */
export function densityAxisLabels(page: Page): Locator {
  return page.locator('.density-chart .recharts-xAxis-tick-labels .recharts-cartesian-axis-tick-value')
}

/** The handles of the overview's brush: the window's start and end. */
export function brushHandle(page: Page, end: 'start' | 'end'): Locator {
  return page.locator(`.density-chart .brush-${end}`)
}

/** Recharts' tooltip box, in whichever chart. */
export function chartTooltips(page: Page): Locator {
  return page.locator('.charts-panel .recharts-tooltip-wrapper')
}

/** The y-axis names of the breakdown chart (each with its whole name as a tooltip). */
export function breakdownNames(page: Page): Locator {
  return page.locator('.breakdown-chart .recharts-yAxis-tick-labels text')
}

/** The label of each timeline item drawn now (an event's title, a counting bar's count). */
export function timelineLabels(page: Page): Locator {
  return timelineCanvas(page).locator('.vis-item .timeline-item-label')
}

/** The part of the timeline that shows items (below the axis): what is in it is in view. */
export function timelineItemArea(page: Page): Locator {
  return timelineCanvas(page).locator('.vis-panel.vis-center')
}

/** The events drawn on the timeline: its items but the bars counting events. */
export function timelineEventItems(page: Page): Locator {
  return timelineCanvas(page).locator(`${ITEM}:not(.aggregate)`)
}
