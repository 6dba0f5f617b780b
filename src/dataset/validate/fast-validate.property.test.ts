import fc from 'fast-check'
import { expect, test } from 'vitest'
import { anyJson, brokenDocumentReference, validDataset } from '../../testing/dataset-arbitraries'
import { generateDataset } from '../../testing/synthetic-dataset'
import { datasetSchema } from '../format/schema'
import { fastCheck, fastValidate } from './fast-validate'
import { validateDataset } from './validate-dataset'

// The fast path may only say yes where zod says yes, and must then give zod's output (texts trimmed;
// an object with nothing to trim is the input's own, keys in the input's order). Where it is unsure it
// says null and zod decides.
function agreesWithZod(data: unknown): void {
  const fast = fastValidate(data)
  if (fast === null) return
  // "Unchanged" promises that the input itself, parsed again elsewhere, is the validated dataset.
  const checked = fastCheck(data)
  if (checked?.unchanged) expect(data).toEqual(checked.dataset)
  else expect(data).not.toEqual(checked?.dataset)
  const slow = datasetSchema.safeParse(data)
  expect(slow.success).toBe(true)
  expect(fast).toStrictEqual(slow.data)
  // Each event is the input's own object exactly when none of its texts needed trimming.
  const input = data as { events: unknown[] }
  fast.events.forEach((event, index) => {
    const given = input.events[index]
    const untouched = JSON.stringify(event) === JSON.stringify(given)
    expect(event === given).toBe(untouched)
  })
}

type Path = Array<string | number>

// Every place in a dataset a value could be wrong, to replace with something else.
function pathsOf(value: unknown, path: Path = []): Path[] {
  if (typeof value !== 'object' || value === null) return [path]
  const entries: Array<[string | number, unknown]> = Array.isArray(value)
    ? value.map((item, index) => [index, item])
    : Object.entries(value)
  return [path, ...entries.flatMap(([key, item]) => pathsOf(item, [...path, key]))]
}

function replaceAt(value: unknown, path: Path, replacement: unknown): unknown {
  const [head, ...rest] = path
  if (head === undefined) return replacement
  if (Array.isArray(value))
    return value.map((item, index) => (index === head ? replaceAt(item, rest, replacement) : item))
  const record = value as Record<string, unknown>
  return { ...record, [head]: replaceAt(record[head], rest, replacement) }
}

// What a broken or hand-edited file holds where a valid value should be.
const oddValue = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(
    '',
    ' ',
    '  padded  ',
    'Has-Capitals',
    'a--b',
    'x'.repeat(121),
    '2023-02-30',
    '2023-13',
    '1910/1900',
  ),
  fc.constantFrom('[..2023-08-15]', '2023~', 'kp', 'XX', 'ZZ', 'KP', 0, -1, 1.5, 2 ** 60, null, [], {}),
)

const mutated = validDataset.chain((dataset) =>
  fc
    .record({ path: fc.constantFrom(...pathsOf(dataset)), value: oddValue })
    .map(({ path, value }) => replaceAt(dataset, path, value)),
)

// Sources with every optional field, valid or not: web addresses in the forms zod's URL check treats
// specially (spaces, tabs, no "//", other protocols, capitals).
const sourceField = fc.record(
  {
    title: fc.oneof(fc.string(), fc.constantFrom('The source', '  padded  ')),
    published: fc.constantFrom('2023-08-15', '2023-08', '[..2023-08-15]', '2023-02-30', '', 2023),
    url: fc.oneof(
      fc.webUrl({ withQueryParameters: true, withFragments: true }),
      fc.constantFrom(
        'https://example.org/a',
        'HTTPS://EXAMPLE.ORG/',
        ' https://example.org/a',
        'https://example.org/a\t',
        'https://exa mple.org/',
        'http:example.org',
        'https:/example.org',
        'ftp://example.org/',
        'javascript:alert(1)',
        'https://',
        'https://[::1]/',
        'https://a..b/',
        'https://[::1',
        'https://example.org:99999/',
        'http://exa%zzmple.org/',
        'https://例え.jp/パス',
      ),
    ),
    standfirst: fc.oneof(fc.string(), fc.constant(' padded ')),
    sha256: fc.oneof(fc.stringMatching(/^[0-9a-f]{64}$/), fc.constantFrom('ABC', 'a'.repeat(63))),
    paragraphs: fc.oneof(fc.integer({ min: -1, max: 40 }), fc.constantFrom(1.5, 2 ** 60)),
  },
  { requiredKeys: [] },
)
const withSource = fc
  .tuple(validDataset, sourceField)
  .map(([dataset, source]) => ({ ...dataset, source: { title: 'Source', ...source } }))

const withExtraField = validDataset.chain((dataset) =>
  fc
    .record({
      path: fc.constantFrom(...pathsOf(dataset).filter((path) => path.length > 0)),
      key: fc.string(),
    })
    .map(({ path, key }) => {
      const parent = path.slice(0, -1)
      const container = parent.reduce<unknown>(
        (value, key) => (value as Record<string, unknown>)[key],
        dataset,
      )
      if (typeof container !== 'object' || container === null || Array.isArray(container)) return dataset
      return replaceAt(dataset, parent, { ...container, [key]: 'extra' })
    }),
)

// The fast validation path.
test('accepts every valid dataset, with the output zod gives', () => {
  fc.assert(
    fc.property(validDataset, (dataset) => {
      expect(fastValidate(dataset)).not.toBeNull()
      agreesWithZod(dataset)
    }),
    { numRuns: 200 },
  )
})

test('never accepts what zod refuses, and never throws, for broken and hostile data', () => {
  fc.assert(
    fc.property(
      fc.oneof(anyJson, mutated, withExtraField, withSource, brokenDocumentReference),
      agreesWithZod,
    ),
    {
      numRuns: 2000,
    },
  )
  // About a second alone; five on a machine busy with other work (the default limit): not a bound.
}, 30_000)

test('generates /3 stories of several documents, cited by id, with quotes of no speaker, and accepts them', () => {
  const seen = { documents: 0, cited: 0, unattributed: 0, headings: 0 }
  fc.assert(
    fc.property(validDataset, (dataset) => {
      if (dataset.format !== 'story-timeline/3') return
      expect(fastValidate(dataset)).not.toBeNull()
      agreesWithZod(dataset)
      if (dataset.documents?.length) seen.documents += 1
      if (
        dataset.quotes.some((quote) => quote.source?.document) ||
        dataset.events.some((e) => e.source?.document)
      )
        seen.cited += 1
      if (dataset.quotes.some((quote) => quote.speaker === undefined)) seen.unattributed += 1
      if (dataset.source.headings) seen.headings += 1
    }),
    { numRuns: 300 },
  )
  // Not a test of nothing: each kind is generated (how often depends on the seed).
  for (const count of Object.values(seen)) expect(count).toBeGreaterThan(0)
})

test('a broken reference to a document, or /3 in a /2 file, is refused by both, saying where', () => {
  let refused = 0
  fc.assert(
    fc.property(brokenDocumentReference, (data) => {
      agreesWithZod(data)
      const result = validateDataset(data)
      expect(result.ok).toBe(datasetSchema.safeParse(data).success)
      if (result.ok) return
      refused += 1
      expect(fastValidate(data)).toBeNull()
      for (const issue of result.issues)
        expect(issue.path).toMatch(/^(documents|source|events|quotes|narratives)\b/)
    }),
    { numRuns: 500 },
  )
  expect(refused).toBeGreaterThan(100)
})

test('accepts a source with every field, with the output zod gives, when zod accepts it', () => {
  let accepted = 0
  fc.assert(
    fc.property(withSource, (dataset) => {
      if (fastValidate(dataset)) accepted += 1
      agreesWithZod(dataset)
    }),
    { numRuns: 500 },
  )
  // Not a test of nothing: some generated sources are valid and take the fast path (how many
  // depends on the random seed, so only that there are some).
  expect(accepted).toBeGreaterThan(0)
})

test('accepts a source with every field valid, exactly as zod outputs it', () => {
  const [dataset] = fc.sample(validDataset, { numRuns: 1, seed: 1 })
  const withFullSource = {
    ...dataset,
    source: {
      title: 'The source',
      published: '2023-08-15',
      url: 'https://example.org/news/a?b=c#d',
      standfirst: 'What the story says.',
      sha256: 'a'.repeat(64),
      paragraphs: 19,
    },
  }
  expect(fastValidate(withFullSource)).not.toBeNull()
  agreesWithZod(withFullSource)
})

test('accepts a generated story with every kind of date, actor and quote, as zod does', () => {
  const dataset = JSON.parse(JSON.stringify(generateDataset(2000, 7))) as unknown
  expect(fastCheck(dataset)?.unchanged).toBe(true)
  agreesWithZod(dataset)
})

test('leaves texts with spaces around them trimmed, as zod does', () => {
  const dataset = JSON.parse(JSON.stringify(generateDataset(5, 1))) as { title: string }
  dataset.title = `  ${dataset.title}\n`
  expect(fastValidate(dataset)?.title).toBe(dataset.title.trim())
  expect(fastCheck(dataset)?.unchanged).toBe(false)
  agreesWithZod(dataset)
})

test('takes fields in any order, and copies only the objects it trims', () => {
  const dataset = JSON.parse(JSON.stringify(generateDataset(20, 3))) as {
    events: Array<Record<string, unknown>>
    quotes: Array<Record<string, unknown>>
  }
  // The same fields, written in the reverse order.
  dataset.events = dataset.events.map((event) => Object.fromEntries(Object.entries(event).reverse()))
  const padded = dataset.events[4] as { title: string }
  padded.title = ` ${padded.title} `
  agreesWithZod(dataset)
  const fast = fastValidate(dataset)
  expect(fast?.events[3]).toBe(dataset.events[3])
  expect(fast?.events[4]).not.toBe(padded)
  expect(fast?.events[4]?.title).toBe(padded.title.trim())
  expect(fast?.quotes[0]).toBe(dataset.quotes[0])
})
