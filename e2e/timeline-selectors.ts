import type { Locator, Page } from '@playwright/test'

// vis-timeline's own DOM classes, kept in this one file so a vis upgrade is mended in one place.
const ITEM = '.vis-item:not(.vis-dot)'
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

/** The bars that count a large story's events in a stretch of time (choosing one zooms into it). */
export function timelineCountingBars(page: Page): Locator {
  return timelineCanvas(page).locator('.vis-item.aggregate')
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
