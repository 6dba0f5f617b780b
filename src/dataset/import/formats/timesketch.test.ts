import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles, pickImporter } from '../registry'
import { readDatetime, readTimestamp } from './forensic-time'

const FIXTURES = 'src/dataset/import/fixtures'
const fixture = (name: string) => readFileSync(`${FIXTURES}/${name}`, 'utf8')

async function open(name: string, text: string) {
  const result = await importFiles([{ name, text }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('times as the tools write them, to the second in UTC with the microseconds kept apart', () => {
  expect(readDatetime('2012-03-14 04:17:43.354562+00:00')).toEqual({
    edtf: '2012-03-14T04:17:43Z',
    seconds: 1331698663,
    micros: 354562,
    zoneless: false,
  })
  expect(readDatetime('2012-01-22T08:52:33+01:00')?.edtf).toBe('2012-01-22T07:52:33Z')
  expect(readDatetime('2024-07-24T10:57:02.877297Z')).toMatchObject({ micros: 877297 })
  expect(readDatetime('2020-01-01 10:00:00')).toMatchObject({ edtf: '2020-01-01T10:00:00Z', zoneless: true })
  // plaso's "not a time", a day that does not exist, and words.
  expect(readDatetime('0000-00-00T00:00:00+00:00')).toBeNull()
  expect(readDatetime('2023-02-30T00:00:00Z')).toBeNull()
  expect(readDatetime('yesterday')).toBeNull()
  // Timesketch's timestamp: microseconds; smaller numbers milliseconds or seconds, as Timesketch reads them.
  expect(readTimestamp('1331698658276340')?.edtf).toBe('2012-03-14T04:17:38Z')
  expect(readTimestamp('1658689261123')?.edtf).toBe('2022-07-24T19:01:01Z')
  expect(readTimestamp('1658689261')?.edtf).toBe('2022-07-24T19:01:01Z')
  expect(readTimestamp('0')).toBeNull()
})

test('plaso’s dynamic output is recognised by its header over the generic CSV, and opens as it comes', async () => {
  const text = fixture('plaso-dynamic.csv')
  expect(pickImporter([{ name: 'timeline.log', text }])?.name).toBe('Timesketch timeline')
  const { dataset, notes } = await open('plaso-dynamic.csv', text)
  expect(dataset.events).toHaveLength(20)
  const first = dataset.events[0]
  expect(first).toMatchObject({
    title: '[client  pid: 30840] INFO No change in [/etc/netgroup]. Done',
    date: '2012-01-22T07:52:33Z',
  })
  expect(first?.summary).toBe(
    'source: LOG\nsource_long: Log File\nparser: text/syslog_traditional\ndisplay_name: OS:/tmp/test/test_data/syslog/syslog',
  )
  const category = (id: string) => dataset.categories?.find((each) => each.id === id)?.name
  expect(first?.categories?.map(category)).toEqual(['Content Modification Time'])
  expect(dataset.events.map((event) => event.title)).toContain(
    '[client  pid: 30840] INFO No new content in ímynd.dd.',
  )
  expect(noteText(notes[0])).toMatch(/^plaso-dynamic\.csv was read as a forensic timeline/)
})

test('events of one second keep the order of their microseconds, whatever the file’s order', async () => {
  const text = fixture('timesketch-evtx.csv')
  const { dataset, notes } = await open('evtx.csv', text)
  expect(dataset.events).toHaveLength(13)
  const inSecond = dataset.events.filter((event) => event.date === '2012-03-14T04:17:43Z')
  const micros = inSecond.map((event) => /datetime: \S+ \d\d:\d\d:\d\d\.(\d+)/.exec(event.summary ?? '')?.[1])
  expect(micros.length).toBeGreaterThan(1)
  expect([...micros].sort()).toEqual(micros)
  // The same rows backwards open in the same order.
  const [header, ...rows] = splitCsvRecords(text)
  const reversed = await open('evtx.csv', [header, ...rows.reverse()].join('\n'))
  const times = (events: typeof dataset.events) =>
    events.map((event) => /datetime: (.+)/.exec(event.summary ?? '')?.[1] ?? event.date)
  expect(times(reversed.dataset.events)).toEqual(times(dataset.events))
  expect(dataset.events[0]?.numbers).toEqual(
    expect.arrayContaining([{ name: 'event_identifier', value: 7036 }]),
  )
  expect(notesText(notes)).toMatch(/events of one second keep their order/)
  expect(notes).toContainEqual({ code: 'timelineFractions', count: 13 })
  // A message longer than a title: its first words, the whole of it in the summary.
  const long = dataset.events.find((event) => event.title.endsWith('…'))
  expect(long?.summary).toMatch(/^\[7036 \/ 0x1b7c\] Source Name: Service Control Manager Message string:/)
})

// The CSV's records, each with its quoted line breaks (its XML), for reordering them.
function splitCsvRecords(text: string): string[] {
  const records: string[] = []
  let current = ''
  let quoted = false
  for (const line of text.replace(/\n$/, '').split('\n')) {
    current = current ? `${current}\n${line}` : line
    quoted = (line.split('"').length - 1) % 2 === 1 ? !quoted : quoted
    if (!quoted) {
      records.push(current)
      current = ''
    }
  }
  return records
}

test('Timesketch’s JSONL opens, its tags and kinds of time as categories', async () => {
  const text = fixture('timesketch-events.jsonl')
  expect(pickImporter([{ name: 'events.jsonl', text }])?.name).toBe('Timesketch timeline')
  const { dataset } = await open('events.jsonl', text)
  expect(dataset.events.map((event) => event.date)).toEqual([
    '2015-07-24T19:01:01Z',
    '2015-07-24T19:01:02Z',
    '2015-07-24T19:01:03Z',
    '2015-07-24T19:01:03Z',
    '2022-01-22T23:07:43Z',
  ])
  expect(dataset.categories?.map((category) => category.name)).toEqual(['Write time', 'foo', 'Creation Time'])
})

test('a JSONL timeline with broken lines opens with the rest; each broken line is left out with its place', async () => {
  const lines = fixture('timesketch-events.jsonl').trimEnd().split('\n')
  const text = [
    lines[0],
    '{"message": "cut off here", "datetime": "2015-07-2',
    '',
    'not JSON at all',
    '["a", "list"]',
    '{"message": "", "datetime": "2015-07-24T19:01:09+00:00", "timestamp_desc": "x"}',
    '{"message": "Not a time", "datetime": "0000-00-00T00:00:00+00:00", "timestamp_desc": "x"}',
    lines[1],
  ].join('\n')
  const { dataset, leftOut, notes } = await open('broken.jsonl', text)
  expect(dataset.events.map((event) => event.title)).toEqual(['A message', 'Another message'])
  expect(leftOut.map((issue) => issue.path)).toEqual([
    'line 2',
    'line 4',
    'line 5',
    'line 6, message',
    'line 7, datetime',
  ])
  // As codes: each line's place, what was expected and what was found, JSON's own words a detail.
  expect(leftOut.map((issue) => issue.at)).toEqual([
    { kind: 'line', number: 2 },
    { kind: 'line', number: 4 },
    { kind: 'line', number: 5 },
    { kind: 'line', number: 6, part: 'message' },
    { kind: 'line', number: 7, part: 'datetime' },
  ])
  expect(leftOut.map((issue) => [issue.problem?.expected.code, issue.problem?.found.code])).toEqual([
    ['jsonObjectLine', 'brokenJson'],
    ['jsonObjectLine', 'brokenJson'],
    ['jsonObjectLine', 'aList'],
    ['message', 'emptyCell'],
    ['forensicTime', 'value'],
  ])
  expect(notesText(notes)).toMatch(/5 of 7 rows were left out/)
})

test('a CSV timeline’s rows not well-formed are left out as codes: a count of cells, or Papa Parse’s words', async () => {
  const text = [
    'datetime,timestamp_desc,message',
    '2015-07-24T19:01:01+00:00,x,Kept',
    '2015-07-24T19:01:02+00:00,x,One,too many',
    '2015-07-24T19:01:03+00:00,x,"cut off',
  ].join('\n')
  const { dataset, leftOut } = await open('t.csv', text)
  expect(dataset.events.map((event) => event.title)).toEqual(['Kept'])
  expect(leftOut.map((issue) => issue.problem)).toEqual([
    { expected: { code: 'wellFormedCsvRow' }, found: { code: 'cellCount', cells: 4, header: 3 } },
    {
      expected: { code: 'wellFormedCsvRow' },
      found: { code: 'parserSaid', english: 'Quoted field unterminated' },
    },
  ])
  expect(formatIssue(leftOut[0] ?? { path: '', expected: '', found: '' })).toBe(
    'row 3: expected a well-formed CSV row, found too many cells (4, where the header has 3)',
  )
})

test('a CSV timeline with no readable row is refused in a sentence', async () => {
  const result = await importFiles([
    { name: 't.csv', text: 'datetime,timestamp_desc,message\nnever,x,y\n0000-00-00T00:00:00+00:00,x,z\n' },
  ])
  expect(result).toMatchObject({
    ok: false,
    message: 't.csv looks like a forensic timeline, but none of its rows could be read as an event.',
    refusal: { code: 'noneKept', file: 't.csv', format: 'timeline' },
  })
})

test('100,000 rows of a Timesketch CSV open in linear time', async () => {
  const rows = Array.from({ length: 100_000 }, (_, index) => {
    const second = String(index % 60).padStart(2, '0')
    return `"Event ${index}",${1_600_000_000_000_000 + index},2020-09-13T12:26:${second}.${String(index % 1_000_000).padStart(6, '0')}+00:00,Content Modification Time,${index % 7}`
  })
  const text = ['message,timestamp,datetime,timestamp_desc,event_level', ...rows].join('\n')
  const started = performance.now()
  const { dataset } = await open('large.csv', text)
  expect(dataset.events).toHaveLength(100_000)
  expect(performance.now() - started).toBeLessThan(60_000)
}, 120_000)

test('generic JSON Lines records open as a JSON list of them would, broken lines left out', async () => {
  const text = [
    '{"date": "2021-01-01", "title": "One", "topics": ["a", "b"]}',
    '{"date": "2021-01-02", "title": "Two"',
    '{"date": "2021-01-03", "title": "Three", "topics": []}',
  ].join('\n')
  expect(pickImporter([{ name: 'x.jsonl', text }])?.name).toBe('JSON Lines records')
  const { dataset, leftOut } = await open('x.jsonl', text)
  expect(dataset.events.map((event) => event.title)).toEqual(['One', 'Three'])
  expect(dataset.events[0]?.categories).toEqual(['a', 'b'])
  expect(leftOut.map((issue) => issue.path)).toEqual(['row 2'])
})
