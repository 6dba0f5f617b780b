import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { DatasetResult } from '../importer'
import { importFiles } from '../registry'

// Files of each new kind, made of the parts such files hold in any order and of any value: each opens
// with events, or is refused with a sentence and its problems; none throws.

const outcomeIsSaid = (result: DatasetResult) => {
  if (result.ok) expect(result.dataset.events.length).toBeGreaterThan(0)
  else expect(result.message.length).toBeGreaterThan(0)
}

const anyJson = fc.jsonValue({ maxDepth: 4 })

test('any calendar of iCalendar-like lines opens or is refused in a sentence', async () => {
  const line = fc.oneof(
    fc.constantFrom(
      'BEGIN:VEVENT',
      'END:VEVENT',
      'BEGIN:VALARM',
      'END:VALARM',
      'BEGIN:VTIMEZONE',
      'END:VTIMEZONE',
      'UID:same',
      'UID:other',
      'DTSTART:20230301T100000Z',
      'DTSTART;VALUE=DATE:20230301',
      'DTSTART;TZID=Europe/Paris:20230301T100000',
      'DTSTART:garbage',
      'DTEND;VALUE=DATE:20230305',
      'DURATION:PT1H',
      'RRULE:FREQ=DAILY;COUNT=3',
      'RRULE:FREQ=SECONDLY',
      'RRULE:FREQ=DAILY;BYMONTH=2;BYMONTHDAY=31',
      'RRULE:FREQ=NONSENSE',
      'RECURRENCE-ID:20230302T100000Z',
      'EXDATE:20230302T100000Z',
      'STATUS:CANCELLED',
      'SUMMARY:An event',
      'GEO:91;181',
      'URL:javascript:alert(1)',
      ' folded continuation',
    ),
    fc.string({ maxLength: 30 }).map((text) => `SUMMARY:${text}`),
    fc.string({ maxLength: 30 }),
  )
  await fc.assert(
    fc.asyncProperty(fc.array(line, { maxLength: 40 }), async (lines) => {
      const text = ['BEGIN:VCALENDAR', ...lines, 'END:VCALENDAR'].join('\r\n')
      outcomeIsSaid(await importFiles([{ name: 'any.ics', text }]))
    }),
    { numRuns: 150 },
  )
})

test('any FeatureCollection of any features opens or is refused in a sentence', async () => {
  const feature = fc.oneof(
    anyJson,
    fc.record({
      type: fc.constant('Feature'),
      geometry: fc.oneof(
        anyJson,
        fc.record({
          type: fc.constantFrom('Point', 'Polygon', 'LineString', 'GeometryCollection'),
          coordinates: anyJson,
        }),
      ),
      properties: fc.oneof(
        anyJson,
        fc.record({ date: fc.constantFrom('2020-01-01', 'x', ''), title: fc.string() }),
      ),
    }),
  )
  await fc.assert(
    fc.asyncProperty(fc.array(feature, { maxLength: 12 }), async (features) => {
      const text = JSON.stringify({ type: 'FeatureCollection', features })
      outcomeIsSaid(await importFiles([{ name: 'any.geojson', text }]))
    }),
    { numRuns: 150 },
  )
})

test('any timeline rows, as CSV and as JSON Lines, open or are refused in a sentence', async () => {
  const cell = fc.oneof(
    fc.constantFrom(
      '2015-07-24T19:01:01+00:00',
      '0000-00-00T00:00:00+00:00',
      '1331698658276340',
      '',
      '-',
      '"',
      '[]',
    ),
    fc.string({ maxLength: 12 }),
  )
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.array(cell, { minLength: 4, maxLength: 5 }), { maxLength: 12 }),
      async (rows) => {
        const csv = ['datetime,timestamp_desc,message,timestamp', ...rows.map((row) => row.join(','))].join(
          '\n',
        )
        outcomeIsSaid(await importFiles([{ name: 'any.csv', text: csv }]))
        const lines = rows.map(([datetime, kind, message, timestamp]) =>
          JSON.stringify({ datetime, timestamp_desc: kind, message, timestamp }),
        )
        const first = JSON.stringify({ datetime: 'x', timestamp_desc: 'x', message: 'x' })
        outcomeIsSaid(await importFiles([{ name: 'any.jsonl', text: [first, ...lines].join('\n') }]))
      },
    ),
    { numRuns: 100 },
  )
})

test('any bindings of any values open or are refused in a sentence', async () => {
  const cell = fc.oneof(
    anyJson,
    fc.record({
      type: fc.constantFrom('uri', 'literal', 'bnode'),
      value: fc.oneof(
        fc.constantFrom(
          'http://www.wikidata.org/entity/Q1',
          '1945-01-01T00:00:00Z',
          '-0499-05-01T00:00:00Z',
          'Point(1 2)',
          'Point(x y)',
          '9',
        ),
        fc.string({ maxLength: 12 }),
      ),
      datatype: fc.constantFrom(
        'http://www.w3.org/2001/XMLSchema#dateTime',
        'http://www.opengis.net/ont/geosparql#wktLiteral',
        'http://www.w3.org/2001/XMLSchema#integer',
      ),
    }),
  )
  const vars = ['item', 'itemLabel', 'date', 'datePrecision', 'coord', 'countryLabel']
  await fc.assert(
    fc.asyncProperty(
      fc.array(fc.dictionary(fc.constantFrom(...vars), cell), { maxLength: 10 }),
      async (bindings) => {
        const text = JSON.stringify({ head: { vars }, results: { bindings } })
        outcomeIsSaid(await importFiles([{ name: 'any.json', text }]))
      },
    ),
    { numRuns: 150 },
  )
})
