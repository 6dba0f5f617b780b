import { Blob as NodeBlob } from 'node:buffer'
import { readFileSync } from 'node:fs'
import { afterEach, expect, test, vi } from 'vitest'
import { DatasetLoadError } from '../dataset-load-error'
import { answerLoadRequest } from './answer-load-request'
import { AS_UNCHECKED, type LoadMessage, SAME_AS_SOURCE } from './protocol'

const BUILTIN = readFileSync('public/data/kim-putin-letters.json', 'utf8')

/** Runs one request as the worker would, and returns what it said (with what it moved, not copied). */
async function answersTo(request: Parameters<typeof answerLoadRequest>[0], response?: Promise<Response>) {
  const said: Array<{ message: LoadMessage; transfer: Transferable[] }> = []
  await answerLoadRequest(request, (message, transfer = []) => said.push({ message, transfer }), response)
  return said
}

const lastOf = (said: Awaited<ReturnType<typeof answersTo>>) => said.at(-1)?.message

// The load worker’s answer to a download.
afterEach(() => vi.unstubAllGlobals())

test('sends the page the downloaded bytes, moved, then says the dataset is those bytes as they are', async () => {
  const fetch = vi.fn(async () => new Response(BUILTIN))
  vi.stubGlobal('fetch', fetch)
  const said = await answersTo({ download: '/data/story.json' })
  expect(fetch.mock.calls.map((call) => (call as unknown[])[0])).toEqual(['/data/story.json'])
  const [first] = said
  expect(first?.message.type).toBe('downloaded')
  if (first?.message.type !== 'downloaded') return
  expect(first.transfer).toEqual([first.message.bytes])
  expect(new TextDecoder().decode(first.message.bytes)).toBe(BUILTIN)
  const done = lastOf(said)
  expect(done?.type === 'done' && done.dataset).toBe(SAME_AS_SOURCE)
  // The page has indexed its own parse of the bytes meanwhile: no dates to send.
  expect(done?.type === 'done' && done.dates).toBeNull()
})

test('gives each event of a file its parsed date by position, each date once, and moves the positions', async () => {
  const said = await answersTo({
    sources: [{ name: 'story.json', content: BUILTIN }],
    reportProgress: false,
  })
  const last = said.at(-1)
  if (last?.message.type !== 'done') throw new Error('the worker did not accept the built-in story')
  expect(last.message.dataset).toBe(SAME_AS_SOURCE)
  const { dates } = last.message
  if (!dates) throw new Error('the worker sent no dates')
  const dataset = JSON.parse(BUILTIN) as { source: { published: string }; events: Array<{ date: string }> }
  expect(dates.ofEvent).toHaveLength(dataset.events.length)
  dataset.events.forEach((event, position) => {
    expect(dates.distinct[dates.ofEvent[position] ?? -1]?.edtf).toBe(event.date)
  })
  expect(new Set(dates.distinct.map((date) => date.edtf)).size).toBe(dates.distinct.length)
  expect(dates.published?.edtf).toBe(dataset.source.published)
  expect(last.transfer).toEqual([dates.ofEvent.buffer])
})

test('reads a download the worker started before its checking code had loaded, without asking again', async () => {
  const fetch = vi.fn(async () => new Response('not this one'))
  vi.stubGlobal('fetch', fetch)
  const said = await answersTo({ download: '/data/story.json' }, Promise.resolve(new Response(BUILTIN)))
  expect(fetch).not.toHaveBeenCalled()
  const done = lastOf(said)
  expect(done?.type === 'done' && done.dataset).toBe(SAME_AS_SOURCE)
})

test('says the server refused a download started early, as the page would', async () => {
  const problem = { code: 'serverRefused', url: '/gone.json', status: 404 } as const
  const refused = Promise.reject(DatasetLoadError.of('http', problem))
  refused.catch(() => {})
  expect(lastOf(await answersTo({ download: '/gone.json' }, refused))).toEqual({
    type: 'failed',
    kind: 'http',
    message: 'Could not load /gone.json: the server answered 404.',
    issues: [],
    problem,
  })
})

test('sends the dataset itself when its text needed trimming', async () => {
  const untrimmed = JSON.parse(BUILTIN) as { title: string }
  untrimmed.title = `  ${untrimmed.title} `
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response(JSON.stringify(untrimmed))),
  )
  const done = lastOf(await answersTo({ download: '/data/story.json' }))
  expect(done?.type).toBe('done')
  if (done?.type !== 'done' || typeof done.dataset === 'string') throw new Error('expected the dataset')
  // Written as JSON for the page (see DatasetText): the trimmed dataset.
  expect((JSON.parse(done.dataset.json) as { title: string }).title).toBe(untrimmed.title.trim())
})

test.each([
  [404, 'http'],
  [503, 'network'],
] as const)('says the server answered %i, as the page would', async (status, kind) => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('no', { status })),
  )
  expect(await answersTo({ download: '/gone.json' })).toEqual([
    {
      message: {
        type: 'failed',
        kind,
        message: `Could not load /gone.json: the server answered ${status}.`,
        issues: [],
        problem: { code: 'serverRefused', url: '/gone.json', status },
      },
      transfer: [],
    },
  ])
})

test('says the site could not be reached when the request fails', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => {
      throw new TypeError('Failed to fetch')
    }),
  )
  expect(lastOf(await answersTo({ download: '/far.json' }))).toEqual({
    type: 'failed',
    kind: 'network',
    message: 'Could not reach /far.json.',
    issues: [],
    problem: { code: 'unreachable', url: '/far.json' },
  })
})

test('reports a download that is not a dataset with the full reader’s words', async () => {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () => new Response('{"format": "story-timeline/1", "title": ')),
  )
  const failed = lastOf(await answersTo({ download: '/broken.json' }))
  expect(failed?.type === 'failed' && failed.message).toBe('/broken.json is not valid JSON.')
  expect(failed?.type === 'failed' && failed.issues.map((issue) => issue.path)).toEqual(['line 1, column 41'])
})

// The load worker’s answer to files.
test('reads a file and answers with its dataset, sending no bytes back', async () => {
  const said = await answersTo({
    // Node's Blob: jsdom's cannot be read as a stream, as the worker reads a file to count its bytes.
    sources: [{ name: 'story.json', content: new NodeBlob([BUILTIN]) as unknown as Blob }],
    reportProgress: true,
  })
  expect(said.some(({ message }) => message.type === 'downloaded')).toBe(false)
  expect(said.some(({ message }) => message.type === 'progress' && message.stage === 'reading')).toBe(true)
  expect(lastOf(said)?.type).toBe('done')
})

// A large sheet of unknown columns: 300,000 rows' worth of bytes, most of which are never read.
function largeSheet(header: string): NodeBlob {
  const rows = Array.from(
    { length: 60_000 },
    (_, index) => `24/02/2022,Invasión número ${index},Las tropas cruzan la frontera,Ukraine\n`,
  )
  return new NodeBlob([`${header}\n`, ...rows])
}

test('a large sheet whose columns are to be chosen is answered from its head, its rows whole', async () => {
  const content = largeSheet('Cuándo,Qué,Relato,Nación') as unknown as Blob
  const said = await answersTo({ sources: [{ name: 'grande.csv', content }], reportProgress: true })
  const answer = lastOf(said)
  expect(answer).toMatchObject({ type: 'choose-columns' })
  if (answer?.type !== 'choose-columns') throw new Error('no head')
  const [sample] = answer.head.sheets
  expect(sample?.total).toBeNull()
  expect(sample?.rows).toHaveLength(20)
  expect(sample?.rows.every((row) => row.Nación === 'Ukraine')).toBe(true)
  expect(answer.head.roles).toMatchObject({ Cuándo: 'date', Qué: 'title', Nación: 'countries' })
  // Nothing was read in full: no progress of reading was said.
  expect(said.some(({ message }) => message.type === 'progress')).toBe(false)
})

test('with the reader’s choice, the same large sheet is read in full', async () => {
  const content = largeSheet('Cuándo,Qué,Relato,Nación') as unknown as Blob
  const roles = { Cuándo: 'date', Qué: 'title', Relato: 'summary', Nación: 'countries' } as const
  const said = await answersTo({
    sources: [{ name: 'grande.csv', content }],
    reportProgress: false,
    options: { choice: { roles } },
  })
  const answer = lastOf(said)
  if (answer?.type !== 'done' || typeof answer.dataset === 'string') throw new Error('expected the dataset')
  // How far through the rows, as the reader goes: from none, rising, never past all of them.
  const checked = said.flatMap(({ message }) =>
    message.type === 'progress' && message.stage === 'checking' ? [message.fraction] : [],
  )
  expect(checked.length).toBeGreaterThan(5)
  expect(checked[0]).toBe(0)
  expect(
    checked.every((fraction, at) => fraction <= 1 && (at === 0 || fraction >= (checked[at - 1] ?? 0))),
  ).toBe(true)
  expect(checked.at(-1)).toBeGreaterThan(0.8)
  expect((JSON.parse(answer.dataset.json) as { events: unknown[] }).events).toHaveLength(60_000)
  expect(answer?.type === 'done' && answer.head?.by.Cuándo).toBe('chosen')
})

/** The dataset a worker sent before validating it, put together as the page does. */
function sentEarly(said: Awaited<ReturnType<typeof answersTo>>): unknown {
  const events: unknown[] = []
  let rest: Record<string, unknown> = {}
  for (const { message } of said) {
    if (message.type === 'unchecked-events') events.push(...(JSON.parse(message.json) as unknown[]))
    if (message.type === 'unchecked') rest = JSON.parse(message.rest.json) as Record<string, unknown>
  }
  return { ...rest, events }
}

const SHEET = [
  'date,title,countries',
  '2023-08-15,Kim writes to Putin,North Korea',
  '2023-08-16,Putin answers,Russia',
  '2023-08-18,Camp David summit,United States; Japan; South Korea',
].join('\n')

test('a sheet asked for so is sent before it is validated; then "as sent" when validation changed nothing', async () => {
  const request = { sources: [{ name: 'events.csv', content: SHEET }], reportProgress: false }
  const said = await answersTo({ ...request, sendUnchecked: true })
  const unchecked = said.find(({ message }) => message.type === 'unchecked')
  if (unchecked?.message.type !== 'unchecked') throw new Error('expected the dataset before validation')
  expect(unchecked.transfer).toEqual([unchecked.message.dates.ofEvent.buffer])
  const done = lastOf(said)
  expect(done?.type === 'done' && done.dataset).toBe(AS_UNCHECKED)
  // What was sent early is what the worker would have sent validated, key order apart.
  const usual = lastOf(await answersTo(request))
  if (usual?.type !== 'done' || typeof usual.dataset === 'string') throw new Error('expected the dataset')
  expect(sentEarly(said)).toEqual(JSON.parse(usual.dataset.json))
})

test('a large sheet sent before validation comes in parts of events, in order, then the rest', async () => {
  const rows = Array.from({ length: 25_000 }, (_, index) => {
    const day = new Date(Date.UTC(2000, 0, 1 + index)).toISOString().slice(0, 10)
    return `${day},Meeting ${index + 1},Japan`
  })
  const said = await answersTo({
    sources: [{ name: 'events.csv', content: ['date,title,countries', ...rows].join('\n') }],
    reportProgress: false,
    sendUnchecked: true,
  })
  const kinds = said.map(({ message }) => message.type).filter((type) => type.startsWith('unchecked'))
  expect(kinds).toEqual(['unchecked-events', 'unchecked-events', 'unchecked-events', 'unchecked'])
  const events = (sentEarly(said) as { events: Array<{ title: string }> }).events
  expect(events.map((event) => event.title)).toEqual(rows.map((_, index) => `Meeting ${index + 1}`))
})

test('a sheet whose validation leaves a row out is sent again, validated, after the early one', async () => {
  const sheet = `${SHEET}\n2023-08-19,${'A title far too long '.repeat(1000)},Japan`
  const said = await answersTo({
    sources: [{ name: 'events.csv', content: sheet }],
    reportProgress: false,
    sendUnchecked: true,
  })
  const unchecked = said.find(({ message }) => message.type === 'unchecked')
  expect(unchecked).toBeDefined()
  const done = lastOf(said)
  if (done?.type !== 'done' || typeof done.dataset === 'string') throw new Error('expected the dataset')
  expect((JSON.parse(done.dataset.json) as { events: unknown[] }).events).toHaveLength(3)
  expect(done.leftOut).toEqual([expect.objectContaining({ path: expect.stringMatching(/^row 5/) })])
})

test('a JSON dataset is never sent before validation', async () => {
  const said = await answersTo({
    sources: [{ name: 'story.json', content: BUILTIN }],
    reportProgress: false,
    sendUnchecked: true,
  })
  expect(said.some(({ message }) => message.type === 'unchecked')).toBe(false)
})
