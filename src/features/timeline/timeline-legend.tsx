/** How to read the timeline: status and date precision. */
export function TimelineLegend() {
  return (
    <ul className="timeline-legend" aria-label="Legend">
      <li>
        <span className="legend-swatch legend-occurred" aria-hidden="true" /> Occurred
      </li>
      <li>
        <span className="legend-swatch legend-scheduled" aria-hidden="true" /> Scheduled
      </li>
      <li>
        <span className="legend-swatch legend-alleged" aria-hidden="true" /> Alleged
      </li>
      <li>
        <span className="legend-swatch legend-range" aria-hidden="true" /> Month, year or period: drawn over
        the whole span
      </li>
      <li>
        <span className="legend-swatch legend-uncertain" aria-hidden="true" /> Uncertain or “on or before”
      </li>
    </ul>
  )
}
