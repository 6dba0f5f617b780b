import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { notesText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles, pickImporter } from '../registry'

const FIXTURES = 'src/dataset/import/fixtures'
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8')

async function open(name: string, text: string) {
  const result = await importFiles([{ name, text }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

const calendar = (...lines: string[]) =>
  ['BEGIN:VCALENDAR', 'VERSION:2.0', ...lines, 'END:VCALENDAR', ''].join('\r\n')

test('a calendar is recognised by its first line, whatever its name', () => {
  expect(pickImporter([{ name: 'feed.txt', text: fixture('made-summit-week.ics') }])?.name).toBe('iCalendar')
  expect(pickImporter([{ name: 'x.csv', text: 'date,title\nBEGIN:VCALENDAR,x' }])?.name).not.toBe('iCalendar')
})

test('each field in its place: title, summary, place and coordinates, source, categories, actors; times in UTC from their zones', async () => {
  const { dataset, notes, leftOut } = await open('summit.ics', fixture('made-summit-week.ics'))
  expect(dataset.title).toBe('Summit week')
  expect(dataset.description).toBe("Meetings around the summit, made for the importer's tests")
  // The source is the calendar, by its own name: no app's word ("Calendar:") in the story's data.
  expect(dataset.source.title).toBe('Summit week')
  const byTitle = new Map(dataset.events.map((event) => [event.title, event]))
  const opening = byTitle.get('Opening session')
  // 10:00 in Berlin in August (CEST, +02:00), from the file's VTIMEZONE.
  expect(opening).toMatchObject({
    date: '2023-08-15T08:00:00Z/2023-08-15T09:30:00Z',
    summary: 'Welcome by the hosts.\nAgenda adopted.',
    place: { name: 'Kanzleramt, Berlin', latitude: 52.520008, longitude: 13.369 },
    sources: [{ url: 'https://example.org/summit/opening' }],
    originalId: 'opening@example.org',
    status: 'scheduled',
  })
  const name = (list: ReadonlyArray<{ id: string; name: string }> | undefined, id: string) =>
    list?.find((each) => each.id === id)?.name
  expect(opening?.categories?.map((id) => name(dataset.categories, id))).toEqual(['Plenary', 'Diplomacy'])
  expect(opening?.actors.map((id) => name(dataset.actors, id))).toEqual(['Jane Doe', 'UN Security Council'])
  expect(opening?.actorRoles?.map((role) => role.role)).toEqual(['organizer', 'attendee'])
  expect(dataset.actors.find((actor) => actor.name === 'UN Security Council')?.kind).toBe('organization')
  // A DATE is a day; an all-day event over three days an interval of days (DTEND is the day after).
  expect(byTitle.get('Press day')?.date).toBe('2023-08-14')
  expect(byTitle.get('Summit at Camp David')?.date).toBe('2023-08-18/2023-08-20')
  // A TZID with no VTIMEZONE that names a zone the browser knows; one it does not; no zone at all.
  expect(byTitle.get('Call with Washington')?.date).toBe('2023-08-16T13:00:00Z')
  expect(byTitle.get('Meeting sent from Outlook')?.date).toBe('2023-08-16T14:00:00')
  expect(byTitle.get('Dinner (local time)')?.date).toBe('2023-08-16T18:00:00')
  expect(notesText(notes)).toMatch(
    /kept as written, without a zone \(“W\. Europe Standard Time” 1, “floating” 1\)/,
  )
  // Two VEVENTs of one UID, neither an override: both read, their ids apart.
  const twice = dataset.events.filter((event) => event.originalId === 'twice@example.org')
  expect(twice.map((event) => event.title)).toEqual(['Arrival of delegations', 'Arrival of the press'])
  expect(new Set(dataset.events.map((event) => event.id)).size).toBe(dataset.events.length)
  expect(notesText(notes)).toMatch(/1 event has the UID of an earlier one/)
  // Cancelled and undated events are left out with their line and why; a VTODO is named, not read.
  expect(leftOut.map((issue) => [issue.path, issue.found])).toEqual([
    ['line 70, 2023-08-22T07:00:00Z', 'a cancelled one (STATUS:CANCELLED)'],
    ['line 95', 'a cancelled one (STATUS:CANCELLED)'],
    ['line 114', 'none'],
  ])
  // As codes the page words in the reader's language.
  expect(leftOut.map((issue) => issue.problem)).toEqual([
    { expected: { code: 'tookPlace' }, found: { code: 'cancelled' } },
    { expected: { code: 'tookPlace' }, found: { code: 'cancelled' } },
    { expected: { code: 'dtstart' }, found: { code: 'none' } },
  ])
  expect(notesText(notes)).toMatch(/Components that are not events were not read: VTODO \(1\)/)
  expect(notesText(notes)).toMatch(/Properties of its events not read .*: class \(1\)/)
})

test('a recurring event: its occurrences, EXDATE taken out, an override applied, a cancelled one left out', async () => {
  const { dataset } = await open('summit.ics', fixture('made-summit-week.ics'))
  const briefings = dataset.events.filter((event) => event.originalId?.startsWith('briefing@'))
  expect(briefings.map((event) => [event.date, event.title, event.originalId])).toEqual([
    [
      '2023-08-01T07:00:00Z/2023-08-01T07:30:00Z',
      'Weekly briefing',
      'briefing@example.org (2023-08-01T07:00:00Z)',
    ],
    [
      '2023-08-15T08:00:00Z/2023-08-15T08:30:00Z',
      'Weekly briefing (moved an hour)',
      'briefing@example.org (2023-08-15T07:00:00Z)',
    ],
    [
      '2023-08-29T07:00:00Z/2023-08-29T07:30:00Z',
      'Weekly briefing',
      'briefing@example.org (2023-08-29T07:00:00Z)',
    ],
  ])
  // Before its DTSTAMP it occurred; after, it was scheduled.
  expect(briefings.map((event) => event.status)).toEqual(['occurred', 'scheduled', 'scheduled'])
})

test('ical.js’s own sample: a monthly rule without end, RDATEs, EXDATEs and overrides, in Los Angeles time', async () => {
  const { dataset, notes } = await open('recur.ics', fixture('icaljs-recur-instances.ics'))
  // Ten years of first Tuesdays, with three RDATEs and three EXDATEs.
  expect(dataset.events).toHaveLength(120)
  const dates = dataset.events.map((event) => event.date)
  // The first occurrence, moved from 10:00 to 15:00 (PDT) by its override.
  expect(dataset.events[0]).toMatchObject({
    date: '2012-10-02T22:00:00Z/2012-10-02T22:30:00Z',
    summary: 'I HAZ CHANGED!',
  })
  // The first Tuesday of November, 10:00 PST; an RDATE moved by an override to 6 November, 20:00 PST.
  expect(dates).toContain('2012-11-06T18:00:00Z/2012-11-06T18:30:00Z')
  expect(dates).toContain('2012-11-07T04:00:00Z/2012-11-07T04:30:00Z')
  expect(dates).not.toContain('2012-12-04T18:00:00Z/2012-12-04T18:30:00Z')
  expect(notesText(notes)).toMatch(
    /it repeats without end: 120 read \(none later than 10 years after the first\)/,
  )
})

test('Google’s export: DATE events, and overrides of another UID read on their own, as RFC 5545 says', async () => {
  const { dataset } = await open('birthdays.ics', fixture('icaljs-google-birthday.ics'))
  expect(dataset.title).toBe("Contacts' birthdays and events")
  expect(dataset.events.map((event) => event.date)).toEqual([
    '2012-12-10',
    '2013-12-10',
    '2014-12-10',
    '2012-12-10',
    '2013-12-10',
    '2014-12-10',
  ])
})

test('a rule of every second without end stops at 500 occurrences, said', async () => {
  const text = calendar(
    'BEGIN:VEVENT',
    'UID:s',
    'DTSTART:20230301T100000Z',
    'RRULE:FREQ=SECONDLY',
    'SUMMARY:Tick',
    'END:VEVENT',
  )
  const started = performance.now()
  const { dataset, notes } = await open('ticks.ics', text)
  expect(dataset.events).toHaveLength(500)
  expect(dataset.events.at(-1)?.date).toBe('2023-03-01T10:08:19Z')
  expect(notesText(notes)).toMatch(/it repeats without end: 500 read \(at most 500\), the rest not/)
  expect(performance.now() - started).toBeLessThan(10_000)
})

test('rules ical.js cannot expand in bounded time are read as their first occurrence, said', async () => {
  const rules = [
    // No day of the calendar: ical.js's iterator would never return.
    'FREQ=DAILY;BYMONTH=2;BYMONTHDAY=30',
    // Twenty-eight million seconds to the next February.
    'FREQ=SECONDLY;BYMONTH=2',
    'FREQ=MINUTELY;BYSETPOS=3',
  ]
  const events = rules.flatMap((rule, index) => [
    'BEGIN:VEVENT',
    `UID:r${index}`,
    'DTSTART:20230301T100000Z',
    `RRULE:${rule}`,
    `SUMMARY:Rule ${index}`,
    'END:VEVENT',
  ])
  const started = performance.now()
  const { dataset, notes } = await open('rules.ics', calendar(...events))
  expect(dataset.events.map((event) => event.date)).toEqual([
    '2023-03-01T10:00:00Z',
    '2023-03-01T10:00:00Z',
    '2023-03-01T10:00:00Z',
  ])
  expect(notesText(notes)).toMatch(/3 events repeat by a rule that cannot be expanded in bounded time/)
  expect(performance.now() - started).toBeLessThan(10_000)
})

test('broken calendars: a bad line, a rule ical.js refuses, a cut-off event; the rest opens', async () => {
  const text = calendar(
    'BEGIN:VEVENT',
    'UID:a',
    'DTSTART;VALUE=DATE:20230301',
    'SUMMARY:Kept',
    'END:VEVENT',
    'this line is no property',
    'BEGIN:VEVENT',
    'UID:b',
    'DTSTART:20230302T100000Z',
    'RRULE:FREQ=DAILY;BYHOUR=25',
    'SUMMARY:A rule out of range',
    'END:VEVENT',
    'BEGIN:VEVENT',
    'UID:c',
    'DTSTART:20230303T100000Z',
    'SUMMARY:Cut off',
  ).replace(/END:VCALENDAR\r\n$/, '')
  const { dataset, leftOut, notes } = await open('broken.ics', text)
  expect(dataset.events.map((event) => event.title)).toEqual(['Kept'])
  expect(leftOut.map((issue) => issue.path)).toEqual(['line 9', 'line 15'])
  expect(leftOut[1]).toMatchObject({
    expected: 'a VEVENT ending with END:VEVENT',
    found: 'the file ends first',
    problem: { expected: { code: 'componentEnded', kind: 'VEVENT' }, found: { code: 'fileEndsFirst' } },
  })
  // The block ical.js could not read: its words kept as a marked English detail.
  expect(leftOut[0]?.problem?.expected).toEqual({ code: 'icalReadable', kind: 'VEVENT' })
  expect(leftOut[0]?.problem?.found.code).toBe('parserSaid')
  expect(notesText(notes)).toMatch(
    /1 line is no iCalendar property or outside the calendar, and was skipped \(line 8\)/,
  )
})

test('a calendar with no event that can be read is refused in a sentence', async () => {
  const result = await importFiles([
    { name: 'empty.ics', text: calendar('BEGIN:VTODO', 'UID:t', 'END:VTODO') },
  ])
  expect(result).toMatchObject({
    ok: false,
    message: 'empty.ics is an iCalendar file, but none of its events could be read.',
    refusal: { code: 'noneKept', file: 'empty.ics', format: 'iCalendar' },
  })
})
