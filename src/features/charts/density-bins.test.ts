import fc from 'fast-check'
import { expect, test } from 'vitest'
import { periodStart } from '../../dataset/query/periods'
import { NO_FILTER } from '../../dataset/query/query-description'
import { memoryAnswerer } from '../../state/query/memory-answerer'
import { buildStory } from '../../testing/build-story'
import { densityFrame, frameBucketing, matchingPerBin, roundTicks } from './density-bins'

const NONE = { ...NO_FILTER.chosen }

test('each bin counts its events, split into matching and filtered out', async () => {
  const story = buildStory()
  const span = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) }
  const matching = story.events.filter((event) => event.countries.includes('KP'))
  const engine = memoryAnswerer(story)
  const perPeriod = async (country: string[]) =>
    (
      await engine.answer({
        kind: 'period-counts',
        filter: { ...NO_FILTER, chosen: { ...NONE, country }, window: span },
        bucketing: frameBucketing(span),
      })
    ).rows
  const frame = densityFrame(span, await perPeriod([]))
  const matched = matchingPerBin(frame, await perPeriod(['KP']))
  expect(frame.unit).toBe('year')
  expect(matched).toHaveLength(frame.bins.length)
  expect(matched.reduce((total, count) => total + count, 0)).toBe(matching.length)
  expect(frame.bins.reduce((total, bin) => total + bin.total, 0)).toBe(story.events.length)
  for (const bin of frame.bins) {
    const inBin = (event: (typeof story.events)[number]) =>
      event.when.anchor >= bin.start && event.when.anchor < bin.end
    expect(frame.bins[bin.position]).toBe(bin)
    expect(matched[bin.position]).toBe(matching.filter(inBin).length)
    expect(bin.total).toBe(story.events.filter(inBin).length)
  }
})

test('each bin takes the count of the period that starts where it does, at every unit', () => {
  const instant = fc.integer({ min: Date.UTC(-3000, 0, 1), max: Date.UTC(3000, 0, 1) })
  fc.assert(
    fc.property(fc.array(instant, { minLength: 1, maxLength: 300 }), (instants) => {
      const span = { start: Math.min(...instants), end: Math.max(...instants) + 1 }
      const bucketing = frameBucketing(span)
      const counts = new Map<number, number>()
      for (const at of instants) {
        const start = periodStart(at, bucketing)
        counts.set(start, (counts.get(start) ?? 0) + 1)
      }
      const rows = [...counts].map(([start, count]) => ({ start, count }))
      const frame = densityFrame(span, rows)
      const matched = matchingPerBin(frame, rows.slice(0, 1))
      expect(frame.bins.reduce((total, bin) => total + bin.total, 0)).toBe(instants.length)
      for (const bin of frame.bins) {
        const inBin = (at: number) => at >= bin.start && at < bin.end
        expect(bin.total).toBe(instants.filter(inBin).length)
      }
      expect(matched.reduce((total, count) => total + count, 0)).toBe(rows[0]?.count)
    }),
  )
})

test('the x axis is labelled at round years, decades or months, never every 17th bar', () => {
  const labels = (start: number, end: number) =>
    roundTicks(densityFrame({ start, end }, [])).map((tick) => tick.label)
  // The built-in story's own span: 1910–2023 in years.
  expect(labels(Date.UTC(1910, 0, 1), Date.UTC(2023, 7, 19))).toEqual([
    '1920',
    '1940',
    '1960',
    '1980',
    '2000',
    '2020',
  ])
  expect(labels(Date.UTC(1990, 0, 1), Date.UTC(2001, 0, 1))).toEqual([
    '1990',
    '1992',
    '1994',
    '1996',
    '1998',
    '2000',
  ])
  expect(labels(Date.UTC(2022, 0, 1), Date.UTC(2023, 8, 1))).toEqual([
    'Jan 2022',
    'Apr',
    'Jul',
    'Oct',
    'Jan 2023',
    'Apr',
    'Jul',
  ])
  // Days: at most five, the year on the first and where it changes (seven overlapped in the panel).
  expect(labels(Date.UTC(2020, 3, 1), Date.UTC(2020, 4, 31))).toEqual([
    '1 Apr 2020',
    '13 Apr',
    '25 Apr',
    '7 May',
    '19 May',
  ])
  expect(labels(Date.UTC(2022, 11, 20), Date.UTC(2023, 0, 20))).toEqual([
    '20 Dec 2022',
    '27 Dec',
    '3 Jan 2023',
    '10 Jan',
    '17 Jan',
  ])
  fc.assert(
    fc.property(fc.integer({ min: -9000, max: 9000 }), fc.integer({ min: 1, max: 8000 }), (year, years) => {
      const ticks = roundTicks(
        densityFrame(
          {
            start: Date.UTC(2000, 0, 1) + (year - 2000) * 3.15576e10,
            end: Date.UTC(2000, 0, 1) + (year - 2000 + years) * 3.15576e10,
          },
          [],
        ),
      )
      return ticks.length >= 1 && ticks.length <= 7
    }),
  )
})
