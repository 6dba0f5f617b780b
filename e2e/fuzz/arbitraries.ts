import { createHash } from 'node:crypto'
import { utils, write } from '@e965/xlsx'
import fc from 'fast-check'
import { DATE_FORMS } from '../data/date-forms'

// What the fuzz suite feeds the built app: datasets (valid, and valid ones with a part broken), CSV
// files and addresses, made of what has broken the page before or might: names of Object.prototype's
// members as ids, dates at the calendar's edges and in every EDTF form, words as long as the format
// allows, direction overrides and invisible characters, markup, formulas, and plain oddities.

const RLO = '\u202E'
/** Names of Object.prototype's members (and one capitalised): as column, sheet, field and header names. */
const keyOfObject = fc.constantFrom(
  '__proto__',
  'constructor',
  'toString',
  'valueOf',
  'hasOwnProperty',
  'Constructor',
)
/** Markup that never closes, which a careless pattern reads in quadratic time. */
const degenerateMarkup = fc.constantFrom(
  '<a'.repeat(20_000),
  '<div'.repeat(10_000),
  `${'<b>'.repeat(5_000)}x`,
  '&#'.repeat(20_000),
)
const slug = fc.oneof(
  { arbitrary: fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/), weight: 6 },
  fc.constantFrom('constructor', 'prototype', 'proto', 'tostring', 'valueof', 'length', 'name', '0', '00'),
  fc.constant('a'.repeat(120)),
)
const hostile = fc.constantFrom(
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  '{{constructor.constructor("alert(1)")()}}',
  `${RLO}reversed, never closed`,
  'zero\u200Bwidth\u2060joined',
  '=HYPERLINK("http://x","y")\nsecond line',
  'كيم جونغ أون',
  '金正恩 と プーチン',
  'Kim’s “quote” … — done',
  '\u0000\u0007 control',
)
/** A text of at most `max` characters: words, hostile strings, and one long word at the limit. */
const text = (max: number) =>
  fc
    .oneof(
      { arbitrary: fc.string({ minLength: 1, maxLength: 40 }), weight: 4 },
      { arbitrary: hostile, weight: 3 },
      fc.constant('w'.repeat(max)),
      fc.constant(`${RLO}${'x'.repeat(Math.max(1, max - 1))}`),
    )
    .filter((value) => value.trim().length > 0 && value.trim().length <= max)
const date = fc.oneof(
  { arbitrary: fc.constantFrom(...DATE_FORMS), weight: 5 },
  fc.constantFrom(
    '-9999',
    '9999-12-31',
    '0000',
    '[..9999-12-31]',
    '-9999/9999',
    '9999-12-31T23:59:59Z',
    '0001-01-01',
  ),
)
const code = fc.constantFrom('KP', 'KR', 'RU', 'US', 'JP', 'CN', 'UA', 'FR', 'IL', 'PS')

/** A valid dataset of the format (every reference resolves, every date one the format accepts). */
export const fuzzDataset = fc
  .record({
    title: text(300),
    actorIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 5 }),
    eventIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 10 }),
    names: fc.array(text(200), { minLength: 5, maxLength: 5 }),
    titles: fc.array(text(300), { minLength: 10, maxLength: 10 }),
    summaries: fc.array(text(20_000), { minLength: 10, maxLength: 10 }),
    dates: fc.array(date, { minLength: 10, maxLength: 10 }),
    statuses: fc.array(fc.constantFrom('occurred', 'scheduled', 'alleged'), { minLength: 10, maxLength: 10 }),
    codes: fc.array(code, { minLength: 5, maxLength: 5 }),
    kinds: fc.array(fc.constantFrom('person', 'country', 'organization'), { minLength: 5, maxLength: 5 }),
    quotes: fc.array(text(5_000), { maxLength: 4 }),
  })
  .map(({ title, actorIds, eventIds, names, titles, summaries, dates, statuses, codes, kinds, quotes }) => ({
    format: 'story-timeline/1',
    title,
    source: { title: 'Fuzz', published: '2023-08-15' },
    actors: actorIds.map((id, index) => ({
      id,
      name: names[index % 5] ?? 'Actor',
      kind: kinds[index % 5] ?? 'person',
      country: codes[index % 5] ?? 'KP',
    })),
    events: eventIds.map((id, index) => ({
      id,
      title: titles[index % 10] ?? 'Event',
      summary: summaries[index % 10] ?? 'Summary',
      date: dates[index % 10] ?? '2023',
      status: statuses[index % 10] ?? 'occurred',
      actors: [actorIds[index % actorIds.length] ?? 'a'],
    })),
    quotes: quotes.map((words, index) => ({
      id: `q-${index}`,
      text: words,
      speaker: actorIds[index % actorIds.length] ?? 'a',
      event: eventIds[index % eventIds.length] ?? 'a',
    })),
  }))

/**
 * A valid story-timeline/3 dataset: further documents (ids named like Object's members too, outlets
 * and headings), every event and quote citing one by id, by "source" or by nothing, at a paragraph
 * within its count, and some quotes of no speaker.
 */
export const fuzzDocumentsDataset = fc
  .record({
    dataset: fuzzDataset,
    ids: fc.uniqueArray(
      slug.filter((id) => id !== 'source'),
      { minLength: 1, maxLength: 3 },
    ),
    counts: fc.array(fc.integer({ min: 1, max: 30 }), { minLength: 4, maxLength: 4 }),
    outlet: text(200),
    picks: fc.array(fc.nat({ max: 4 }), { minLength: 10, maxLength: 10 }),
    unattributed: fc.array(fc.boolean(), { minLength: 4, maxLength: 4 }),
  })
  .map(({ dataset, ids, counts, outlet, picks, unattributed }) => {
    const count = (index: number) => counts[index % counts.length] ?? 1
    // The k-th citation: a document (the one past the last is "source" by name) and a paragraph in it.
    const cite = (k: number) => {
      const at = (picks[k % picks.length] ?? 0) % (ids.length + 2)
      const paragraph = 1 + (k % count(at > ids.length ? 0 : at))
      if (at === 0) return { paragraph }
      return { document: at > ids.length ? 'source' : (ids[at - 1] ?? 'source'), paragraph }
    }
    return {
      ...dataset,
      format: 'story-timeline/3',
      source: { ...dataset.source, outlet, paragraphs: count(0), headings: [1] },
      documents: ids.map((id, index) => ({
        id,
        title: `Document ${index + 1}`,
        outlet,
        paragraphs: count(index + 1),
      })),
      events: dataset.events.map((event, k) => {
        const { paragraph, ...reference } = cite(k)
        return { ...event, source: { ...reference, paragraphs: [paragraph] } }
      }),
      quotes: dataset.quotes.map(({ speaker, ...quote }, k) => ({
        ...quote,
        ...(unattributed[k % unattributed.length] ? {} : { speaker }),
        source: cite(k + 5),
      })),
    }
  })

/**
 * A /3 dataset with a reference broken as a hand-edited file breaks it: a document it does not have,
 * a paragraph past its document's count, or its /3 fields in a file said to be /2.
 */
export const fuzzBrokenDocuments = fc
  .record({
    dataset: fuzzDocumentsDataset,
    kind: fc.constantFrom('unknown document', 'past its count', 'as /2'),
    at: fc.nat(),
  })
  .map(({ dataset, kind, at }): typeof dataset => {
    if (kind === 'as /2') return { ...dataset, format: 'story-timeline/2' }
    const index = at % dataset.events.length
    return {
      ...dataset,
      events: dataset.events.map((event, position) => {
        if (position !== index) return event
        const document = kind === 'unknown document' ? 'no-such-document' : event.source.document
        const paragraphs = kind === 'past its count' ? [100_000] : event.source.paragraphs
        return { ...event, source: { ...(document ? { document } : {}), paragraphs } }
      }),
    }
  })

/** A valid dataset, or one with a part replaced by anything JSON can hold: a broken file. */
export const fuzzJson = fc.oneof(
  { arbitrary: fuzzDataset, weight: 3 },
  { arbitrary: fuzzDocumentsDataset, weight: 2 },
  fuzzBrokenDocuments,
  fuzzDataset.chain((dataset) =>
    fc
      .record({
        index: fc.nat(),
        field: fc.constantFrom('id', 'date', 'status', 'actors', 'title', 'summary'),
        value: fc.oneof(fc.jsonValue(), date, slug, fc.constant('Y275760'), fc.constant('x'.repeat(30_000))),
      })
      .map(({ index, field, value }) => ({
        ...dataset,
        events: dataset.events.map((event, position) =>
          position === index % dataset.events.length ? { ...event, [field]: value } : event,
        ),
      })),
  ),
)

const cell = fc.oneof(
  { arbitrary: fc.string({ maxLength: 20 }), weight: 3 },
  hostile,
  keyOfObject,
  degenerateMarkup,
  date,
  fc.constant('a'.concat(' '.repeat(5_000), 'b')),
  fc.constant('"quoted, with a comma"'),
  fc.constant('=1+1'),
)

/** A CSV file: a header with the needed columns or not, rows of any cells, sometimes cut off. */
export const fuzzCsv = fc
  .record({
    header: fc.oneof(
      fc.constant<string[]>(['date', 'title', 'summary', 'status', 'actors', 'countries']),
      fc.constant<string[]>(['Date', 'Title']),
      fc.array(fc.string({ maxLength: 10 }), { minLength: 1, maxLength: 6 }),
      fc.array<string>(fc.oneof(keyOfObject, fc.constantFrom('date', 'title')), {
        minLength: 1,
        maxLength: 4,
      }),
    ),
    rows: fc.array(fc.array(cell, { minLength: 0, maxLength: 7 }), { maxLength: 12 }),
    cut: fc.boolean(),
  })
  .map(({ header, rows, cut }) => {
    const quote = (value: string) => (/[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value)
    const csv = [header, ...rows].map((row) => row.map(quote).join(',')).join('\n')
    return cut ? csv.slice(0, Math.max(1, Math.floor(csv.length * 0.7))) : csv
  })

/** An address's query: view parameters with any values, repeated, encoded or not. */
export const fuzzQuery = fc
  .array(
    fc.tuple(
      fc.constantFrom('event', 'country', 'actor', 'q', 'from', 'to', 'data', 'file', 'x'),
      fc.oneof(
        fc.string({ maxLength: 30 }),
        slug,
        date,
        fc.constantFrom('+275760-09-12', '-271821-04-20', '2023-02-30', 'KP,RU', '%E0%A4%A', '%00', RLO),
        // Addresses that look like paths on this site and name another host.
        fc.constantFrom(
          '/.//127.0.0.1:9/story.json',
          '/%2e//127.0.0.1:9/story.json',
          '//127.0.0.1:9/story.json',
          '/\\/127.0.0.1:9/x.json',
          'http://127.0.0.1:9/x.json',
        ),
        fc.constant('x'.repeat(3_000)),
      ),
    ),
    { maxLength: 6 },
  )
  .map((pairs) => pairs.map(([key, value]) => `${key}=${encodeURIComponent(value)}`).join('&'))

/**
 * A workbook (.xlsx bytes) shaped as people's are: blank rows above the header and between events, a
 * numbering column, sheets named like Object's members, columns too.
 */
export const fuzzWorkbook = fc
  .record({
    blankAbove: fc.nat({ max: 3 }),
    numbered: fc.boolean(),
    header: fc.oneof(
      fc.constant<string[]>(['Date', 'Title']),
      fc.array<string>(fc.oneof(keyOfObject, fc.constantFrom('Date', 'Title', 'Notes')), {
        minLength: 1,
        maxLength: 4,
      }),
    ),
    // A spreadsheet cell holds at most 32,767 characters.
    rows: fc.array(
      fc.array(
        cell.filter((value) => value.length <= 32_767),
        { maxLength: 4 },
      ),
      { maxLength: 8 },
    ),
    blankEvery: fc.integer({ min: 0, max: 3 }),
    sheet: fc.oneof(keyOfObject, fc.constantFrom('Events', 'Sheet1')),
    second: fc.option(keyOfObject, { nil: undefined }),
  })
  .map(({ blankAbove, numbered, header, rows, blankEvery, sheet, second }) => {
    const table: unknown[][] = Array.from({ length: blankAbove }, () => [])
    table.push(numbered ? ['', ...header] : header)
    rows.forEach((row, index) => {
      if (blankEvery && index % blankEvery === 0) table.push([])
      table.push(numbered ? [index + 1, ...row] : row)
    })
    const book = utils.book_new()
    utils.book_append_sheet(book, utils.aoa_to_sheet(table), sheet)
    if (second && second !== sheet) utils.book_append_sheet(book, utils.aoa_to_sheet([[second]]), second)
    return Buffer.from(write(book, { type: 'buffer', bookType: 'xlsx' }) as Uint8Array)
  })

/** A value nested `depth` deep, as lists or as objects, built without recursion. */
function nested(depth: number, asLists: boolean): string {
  return asLists
    ? `${'['.repeat(depth)}1${']'.repeat(depth)}`
    : `${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`
}

/** A JSON list of records, fields named like Object's members, some holding values nested deep. */
export const fuzzRecords = fc
  .record({
    depth: fc.constantFrom(1, 2, 50, 5_000, 100_000),
    asLists: fc.boolean(),
    key: keyOfObject,
    count: fc.integer({ min: 1, max: 5 }),
  })
  .map(({ depth, asLists, key, count }) => {
    const records = Array.from(
      { length: count },
      (_, index) =>
        `{"date":"2023-01-0${index + 1}","title":"Event ${index}",${JSON.stringify(key)}:"x","deep":${nested(depth, asLists)}}`,
    )
    return `[${records.join(',')}]`
  })

/**
 * The shape of a dataset carrying its source text, made to be slow to show (see sourceStory): kept as
 * its two numbers, so that a failing case is printed as them, not as megabytes of text.
 */
export const fuzzSourceStory = fc.record({
  paragraphs: fc.constantFrom(3, 6_000, 30_000),
  repeats: fc.constantFrom(1, 1_000, 2_000_000),
})

/** The dataset of fuzzSourceStory: `paragraphs` paragraphs, the quote's words `repeats` times in its own. */
export function sourceStory(paragraphs: number, repeats: number) {
  const at = Math.ceil(paragraphs / 2)
  const lines = Array.from({ length: paragraphs }, (_, index) =>
    index + 1 === at
      ? `${'ab'.repeat(repeats)}XabY${'ab'.repeat(3)}`
      : `Paragraph ${index + 1} of the report.`,
  )
  const text = lines.join('\n')
  return {
    format: 'story-timeline/2',
    title: `A report of ${paragraphs} paragraphs`,
    source: {
      title: 'Report',
      published: '2023-08-15',
      text,
      sha256: createHash('sha256').update(text, 'utf8').digest('hex'),
      paragraphs,
    },
    actors: [{ id: 'author', name: 'Author', kind: 'person', country: 'FR' }],
    events: [{ id: 'report', title: 'Report', date: '2023-08-15', status: 'occurred', actors: ['author'] }],
    quotes: [
      {
        id: 'q',
        text: 'ab',
        speaker: 'author',
        event: 'report',
        // Context no longer whole around the words (an edited text): every place is scored.
        source: { paragraph: at, prefix: 'edited abX', suffix: 'Yab, edited' },
      },
    ],
  }
}
