/**
 * The caps every query is held to, whoever asks: an answer is never larger than a view can draw, and a
 * description from outside (a worker message, an HTTP body) cannot ask an engine for more.
 */
export const QUERY_LIMITS = {
  /** Events listed in one answer (the timeline draws at most a few hundred; the list windows its rows). */
  events: 10_000,
  /** Quotes listed in one answer. */
  quotes: 10_000,
  /** Values counted per facet (ACLED names ~56,000 actors; the panel shows the busiest first). */
  facetValues: 5_000,
  /** Points or grid cells drawn on the map. */
  mapPoints: 20_000,
  /** Periods counted over one window (the density chart draws ≤ 320 bars, the timeline ≤ 300). */
  periods: 5_000,
  /** Rows of counts per period and lane (a lane per actor could be thousands). */
  periodRows: 50_000,
  /** Values chosen in one facet, and the length of each, and of the search. */
  chosenValues: 500,
  valueLength: 200,
  searchLength: 500,
  /** An event's id asked for. */
  idLength: 200,
} as const
