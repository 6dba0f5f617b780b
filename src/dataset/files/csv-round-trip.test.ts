import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { noteText } from '../../testing/note-text'
import { csvToDataset } from '../import/formats/csv-events'
import type { NamedText } from '../import/named-text'
import { importFiles } from '../import/registry'
import { indexStory, type Story } from '../story-index'
import { formatIssue } from '../validate/dataset-issue'
import { validateDataset } from '../validate/validate-dataset'
import { eventsToCsv } from './csv-export'

const builtin = indexStory(
  (() => {
    const result = validateDataset(JSON.parse(readFileSync('public/data/kim-putin-letters.json', 'utf8')))
    if (!result.ok) throw new Error('built-in dataset invalid')
    return result.dataset
  })(),
)

// The story the files make, as the app would open it.
async function storyFromFiles(files: NamedText[]) {
  const result = await importFiles(files)
  return result.ok ? { ok: true as const, story: indexStory(result.dataset) } : result
}

// The built-in story's first event alone, with this title and summary (not run through validation).
function storyOfOneEvent(title: string, summary: string): Story {
  const [first] = builtin.dataset.events
  if (!first) throw new Error('the built-in story has no events')
  return indexStory({ ...builtin.dataset, events: [{ ...first, id: 'e', title, summary }], quotes: [] })
}

// What a reader sees of an event, independent of actor ids.
function seen(story: Story) {
  return story.events.map((event) => ({
    id: event.id,
    date: event.date,
    title: event.title,
    summary: event.summary,
    status: event.status,
    actors: event.actors.map((id) => story.actorsById.get(id)?.name).sort(),
    actorKinds: event.actors.map((id) => story.actorsById.get(id)?.kind).sort(),
    countries: [...event.countries].sort(),
  }))
}

test('the built-in story exported as CSV and read back gives the same events', async () => {
  const csv = eventsToCsv(builtin, builtin.events)
  const result = await storyFromFiles([{ name: 'export.csv', text: csv }])
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  expect(seen(result.story)).toEqual(seen(builtin))
})

test('a spreadsheet CSV becomes a dataset: statuses default, actors by name, countries by code or name', async () => {
  const csv = [
    'Date,Title,Summary,Status,Actors,Countries',
    '2023-08-15,Letter sent,Kim writes to Putin.,,Kim Jong Un; Russia,KP',
    '2023-08-18,Summit,"Leaders meet, at last.",scheduled,UN Security Council (organization),south korea; JP',
  ].join('\r\n')
  const result = csvToDataset(csv, 'my story.csv')
  if (!result.ok) throw new Error('not converted')
  expect(result.dataset.title).toBe('my story')
  expect(result.dataset.events).toEqual([
    expect.objectContaining({
      id: 'letter-sent',
      status: 'occurred',
      actors: ['kim-jong-un', 'russia'],
      countries: ['KP'],
    }),
    expect.objectContaining({ id: 'summit', summary: 'Leaders meet, at last.', countries: ['KR', 'JP'] }),
  ])
  expect(result.dataset.actors).toEqual([
    { id: 'kim-jong-un', name: 'Kim Jong Un', kind: 'person' },
    { id: 'russia', name: 'Russia', kind: 'country', country: 'RU' },
    { id: 'un-security-council', name: 'UN Security Council', kind: 'organization' },
  ])
  expect(validateDataset(result.dataset).ok).toBe(true)
})

test('quotes come from a second CSV and attach to events by id or title', async () => {
  const events =
    'id,date,title,summary,status,actors,countries\nletter,2023-08-15,Letter,Kim writes.,occurred,Kim Jong Un,KP\n'
  const quotes = 'event,speaker,text,paragraph\nLetter,Kim Jong Un,long-standing strategic relationship,2\n'
  const result = await storyFromFiles([
    { name: 'quotes.csv', text: quotes },
    { name: 'events.csv', text: events },
  ])
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  expect(result.story.quotesByEvent.get('letter')).toEqual([
    expect.objectContaining({
      text: 'long-standing strategic relationship',
      speaker: 'kim-jong-un',
      source: { paragraph: 2 },
    }),
  ])
})

test('problems in a CSV name the row and column a spreadsheet user can find (a file with no good row is refused)', async () => {
  const csv =
    'date,title,summary,status,actors,countries\n2023-02-30,A,Summary,occurred,,\n2023-13-15,B,Summary,rumoured,,XX\n'
  const result = await storyFromFiles([{ name: 'bad.csv', text: csv }])
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.issues.map(formatIssue)).toEqual([
    expect.stringMatching(/^row 2, column "date": expected a calendar date that exists/),
    expect.stringMatching(/^row 3, column "date": expected /),
    '(the file): expected at least one event, found none',
  ])
})

test('a CSV without the needed columns says which are missing', async () => {
  const result = await storyFromFiles([{ name: 'list.csv', text: 'on,what\n2023,x\n' }])
  expect(result.ok).toBe(false)
  if (!result.ok) {
    expect(result.issues.map(formatIssue)).toEqual([
      'list.csv, header: expected a column of dates ("date", "event_date", or TimelineJS\'s "Year", "Month", "Day"), found columns "on", "what"',
      'list.csv, header: expected a column of titles ("title" or "headline", or ACLED\'s "event_type" and "location", or a "description", or a "place"), found columns "on", "what"',
    ])
  }
})

test('cells that a spreadsheet would run as formulas are escaped on export and restored on import', async () => {
  const hostile = storyOfOneEvent('=HYPERLINK("http://x","y")', '@SUM(1)')
  const csv = eventsToCsv(hostile, hostile.events)
  expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")"`)
  expect(csv).toContain("'@SUM(1)")
  const result = await storyFromFiles([{ name: 'x.csv', text: csv }])
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  expect(result.story.events[0]?.title).toBe('=HYPERLINK("http://x","y")')
})

test('a formula cell with a line break in it is defused on export too, and restored on import', async () => {
  const hostile = storyOfOneEvent('=HYPERLINK("http://x","y")\nclick me', '+1\r\n+2')
  const csv = eventsToCsv(hostile, hostile.events)
  expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")\nclick me"`)
  expect(csv).toContain(`"'+1\r\n+2"`)
  const result = await storyFromFiles([{ name: 'x.csv', text: csv }])
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  expect(result.story.events[0]?.title).toBe('=HYPERLINK("http://x","y")\nclick me')
})

test('an actor cell of any length is read at once: no pattern backtracks over it', async () => {
  // The pattern this replaced took 11 s on this cell (the test's own timeout would end it). The name
  // is longer than a name may be: it is refused, at once, saying so.
  const padded = `a${' '.repeat(100_000)}b`
  const csv = `date,title,summary,actors\n2023-08-15,Padded,S,"${padded}; UN Security Council (Organization) ; Japan"\n`
  const result = await storyFromFiles([{ name: 'x.csv', text: csv }])
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.issues.map(formatIssue)).toEqual([
    expect.stringMatching(/^actors\[0\]\.name: expected a text of at most 200 characters, found "a {50}/),
  ])
  const named = await storyFromFiles([{ name: 'y.csv', text: csv.replace(padded, 'Kim Jong Un') }])
  if (!named.ok) throw new Error(named.issues.map(formatIssue).join('\n'))
  expect(named.story.dataset.actors.map((actor) => [actor.name, actor.kind])).toEqual([
    ['Kim Jong Un', 'person'],
    ['UN Security Council', 'organization'],
    ['Japan', 'country'],
  ])
})

test('a web page is said to be one, not read as a CSV of markup', async () => {
  const result = await storyFromFiles([
    { name: 'story.html', text: '<!DOCTYPE html>\n<html><body>…</body></html>' },
  ])
  expect(result).toMatchObject({
    ok: false,
    message: 'story.html is a web page, not a dataset: save or link the .json or .csv file itself.',
  })
})

test('a header of a hundred thousand columns without the needed ones gets a short message', async () => {
  const header = Array.from({ length: 100_000 }, (_, index) => `c${index}`).join(',')
  const result = await storyFromFiles([{ name: 'wide.csv', text: `${header}\n${'1,'.repeat(99_999)}1\n` }])
  expect(result.ok).toBe(false)
  if (result.ok) return
  const text = result.issues.map(formatIssue).join('\n')
  expect(text).toContain('and 99,980 more')
  expect(text.length).toBeLessThan(1000)
})

test('a quote with a bad paragraph is left out, and the note names the paragraph column', async () => {
  const events = 'id,date,title,summary\nletter,2023-08-15,Letter,Kim writes.\n'
  const quotes = 'event,speaker,text,paragraph\nletter,Kim Jong Un,words,0\nletter,Kim Jong Un,more words,2\n'
  const result = await importFiles([
    { name: 'events.csv', text: events },
    { name: 'quotes.csv', text: quotes },
  ])
  if (!result.ok) throw new Error(result.issues.map(formatIssue).join('\n'))
  expect(result.dataset.quotes.map((quote) => quote.text)).toEqual(['more words'])
  expect(result.notes.map(noteText)).toEqual([
    expect.stringMatching(/^1 quote was left out: quotes file, row 2, column "paragraph": /),
  ])
})
