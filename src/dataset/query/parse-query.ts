import { hasControlCharacters } from '../../lib/control-characters'
import { EARLIEST_INSTANT, LATEST_INSTANT } from '../dates/story-date'
import { z } from '../format/jitless-zod'
import { ALLOWED_EVERY, periodsIn } from './periods'
import { EVENT_FIELDS, PERIODS, type QueryDescription } from './query-description'
import { QUERY_FACETS } from './query-facets'
import { QUERY_LIMITS } from './query-limits'

// A description arriving from outside (a worker's message, an HTTP body) is checked here before any
// engine sees it: its shape, its sizes against QUERY_LIMITS, and its values (no control characters,
// instants within the years a date may have). What is wrong is said so that the sender can fix it:
// "filter.window: its start must be before its end", not a stack trace.

const text = (what: string, longest: number) =>
  z
    .string({ error: `${what}: a string` })
    .max(longest, { error: `${what}: at most ${longest} characters` })
    .refine((value) => !hasControlCharacters(value), { error: `${what}: no control characters` })

// Its name is in the problem's path ("limit: at most 10000").
const count = (most: number) =>
  z
    .number({ error: 'a number' })
    .int({ error: 'a whole number' })
    .min(0, { error: '0 or more' })
    .max(most, { error: `at most ${most}` })

const instant = z
  .number({ error: 'an instant: UTC milliseconds since 1970' })
  .int({ error: 'an instant: whole milliseconds' })
  .min(EARLIEST_INSTANT - 1, { error: 'an instant within the years -9999 to 9999' })
  .max(LATEST_INSTANT + 1, { error: 'an instant within the years -9999 to 9999' })

const timeSpan = z
  .strictObject({ start: instant, end: instant })
  .refine((span) => span.start < span.end, { error: 'its start must be before its end' })

const degrees = (most: number) =>
  z
    .number({ error: 'degrees: a number' })
    .min(-most, { error: `degrees from -${most} to ${most}` })
    .max(most, { error: `degrees from -${most} to ${most}` })

const geoBox = z
  .strictObject({ south: degrees(90), west: degrees(180), north: degrees(90), east: degrees(180) })
  .refine((box) => box.south < box.north && box.west < box.east, {
    error: 'its south below its north and its west before its east',
  })

const chosenValues = z
  .array(text('a chosen value', QUERY_LIMITS.valueLength), { error: 'a list of values' })
  .max(QUERY_LIMITS.chosenValues, { error: `at most ${QUERY_LIMITS.chosenValues} values` })

const facet = z.enum(QUERY_FACETS, { error: `a facet: one of ${QUERY_FACETS.join(', ')}` })

const filter = z.strictObject({
  chosen: z.strictObject({
    country: chosenValues,
    actor: chosenValues,
    category: chosenValues,
    status: chosenValues,
  }),
  search: text('the search', QUERY_LIMITS.searchLength),
  area: geoBox.nullable(),
  window: timeSpan.nullable(),
})

const bucketing = z
  .strictObject({
    period: z.enum(PERIODS, { error: `a period: one of ${PERIODS.join(', ')}` }),
    every: count(1000).min(1, { error: '1 or more' }),
  })
  .refine((given) => ALLOWED_EVERY[given.period](given.every), {
    error:
      'every: months in runs that fit a year (1, 2, 3, 4, 6, 12), hours that fit a day, weeks and days one',
  })

const queryDescription = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('story-summary') }),
    z.strictObject({
      kind: z.literal('facet-counts'),
      filter,
      facets: z.array(facet).max(QUERY_FACETS.length),
      adding: z.array(facet).max(QUERY_FACETS.length),
      limit: count(QUERY_LIMITS.facetValues),
    }),
    z
      .strictObject({
        kind: z.literal('period-counts'),
        filter: filter.extend({ window: timeSpan }),
        bucketing,
        lanes: facet.nullable().optional(),
      })
      .refine((query) => periodsIn(query.filter.window, query.bucketing) <= QUERY_LIMITS.periods, {
        error: `at most ${QUERY_LIMITS.periods} periods in the window: a longer period or a shorter window`,
      }),
    z.strictObject({
      kind: z.literal('events'),
      filter,
      fields: z.array(z.enum(EVENT_FIELDS, { error: `a field: one of ${EVENT_FIELDS.join(', ')}` })),
      limit: count(QUERY_LIMITS.events),
      offset: count(Number.MAX_SAFE_INTEGER),
      from: z
        .strictObject({
          event: text('the event', QUERY_LIMITS.idLength),
          direction: z.union([z.literal(1), z.literal(-1)], { error: 'direction: 1 or -1' }),
        })
        .optional(),
    }),
    z.strictObject({ kind: z.literal('map-countries'), filter }),
    z.strictObject({
      kind: z.literal('map-points'),
      filter,
      limit: count(QUERY_LIMITS.mapPoints),
      cellDegrees: z
        .number({ error: 'cellDegrees: a number' })
        .min(0.001, { error: 'cellDegrees: from 0.001' })
        .max(90, { error: 'cellDegrees: at most 90' }),
    }),
    z.strictObject({
      kind: z.literal('search'),
      filter,
      text: text('the search', QUERY_LIMITS.searchLength),
      limit: count(QUERY_LIMITS.events),
    }),
    z.strictObject({
      kind: z.literal('event-details'),
      id: text('the id', QUERY_LIMITS.idLength),
      filter: filter.optional(),
    }),
    z.strictObject({
      kind: z.literal('quotes'),
      filter,
      event: text('the event', QUERY_LIMITS.idLength).nullable(),
      limit: count(QUERY_LIMITS.quotes),
    }),
  ],
  {
    error:
      'a query: an object whose kind is story-summary, facet-counts, period-counts, events, map-countries, map-points, search, event-details or quotes',
  },
)

export type ParsedQuery = { ok: true; query: QueryDescription } | { ok: false; problems: string[] }

/** A description from outside, checked: the query, or each problem with where it is. */
export function parseQuery(input: unknown): ParsedQuery {
  const result = queryDescription.safeParse(input)
  if (result.success) return { ok: true, query: result.data }
  return {
    ok: false,
    problems: result.error.issues.map((issue) =>
      issue.path.length ? `${issue.path.join('.')}: ${issue.message}` : issue.message,
    ),
  }
}
