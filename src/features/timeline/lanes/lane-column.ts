import type { LabelLayout } from '../items/label-placement'
import type { Lane } from './lanes'

/** The room a lane label takes beyond its text (padding and the column's border). */
const LANE_LABEL_EXTRA_PX = 20
/** Lane labels are bold: wider than the regular text the layout measures. */
const BOLD_WIDTH_FACTOR = 1.1
const NARROWEST_LANE_COLUMN_PX = 64
const WIDEST_LANE_COLUMN_PX = 180
/** The lane labels never take more than this share of the timeline's width (a phone keeps room for events). */
const MOST_LANE_COLUMN_SHARE = 0.3

/**
 * How wide the lane labels' column is drawn (timeline.css holds the labels to it, cut with an
 * ellipsis; each label's tooltip has it whole): as wide as the longest label, within bounds.
 */
export function laneColumnPx(lanes: readonly Lane[], layout: LabelLayout): number {
  const longest = Math.max(0, ...lanes.map((lane) => layout.textWidth(lane.label))) * BOLD_WIDTH_FACTOR
  const widest = Math.max(
    NARROWEST_LANE_COLUMN_PX,
    Math.min(WIDEST_LANE_COLUMN_PX, layout.widthPx * MOST_LANE_COLUMN_SHARE),
  )
  return Math.round(Math.min(Math.max(longest + LANE_LABEL_EXTRA_PX, NARROWEST_LANE_COLUMN_PX), widest))
}
