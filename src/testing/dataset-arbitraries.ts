import fc from 'fast-check'
import {
  type Actor,
  actorKinds,
  type Dataset,
  eventStatuses,
  FORMAT_VERSIONS,
  type Narrative,
  placePrecisions,
  type Quote,
  type StoryEvent,
} from '../dataset/format/schema'
import { breaks, brokenReference, documentPlan, withDocuments } from './document-arbitraries'

const slug = fc.stringMatching(/^[a-z0-9]{1,8}(-[a-z0-9]{1,6}){0,2}$/)
// Text with markup, quotes, emoji, right-to-left and control-like characters: whatever people paste.
const hostileText = fc.oneof(
  fc.string({ minLength: 1, maxLength: 40 }),
  fc.constantFrom(
    '<img src=x onerror=alert(1)>',
    '<script>alert(1)</script>',
    '"><svg onload=alert(1)>',
    'javascript:alert(1)',
    '{{constructor.constructor("alert(1)")()}}',
    '‮reversed',
    'Kim’s “quote” …',
    '=HYPERLINK("http://x")',
  ),
)
const text = hostileText.filter((value) => value.trim().length > 0)
const day = fc
  .date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((date) => date.toISOString().slice(0, 10))
const edtf = fc.oneof(
  day,
  day.map((value) => value.slice(0, 7)),
  day.map((value) => value.slice(0, 4)),
  fc
    .tuple(fc.integer({ min: 1900, max: 2029 }), fc.integer({ min: 1, max: 100 }))
    .map(([start, length]) => `${start}/${start + length}`),
  day.map((value) => `[..${value}]`),
  day.map((value) => `${value}?`),
  day.map((value) => `${value.slice(0, 4)}~`),
)
const code = fc.constantFrom('KP', 'KR', 'RU', 'US', 'JP', 'CN', 'UA', 'FR')
const webAddress = fc.constantFrom('https://example.org/a', 'http://news.example/report?id=1')

// story-timeline/2's event fields, each present or not; categories and roles point at what exists.
const version2Extras = fc
  .record(
    {
      place: fc.oneof(
        fc.record({ name: text }),
        fc.record(
          {
            name: text,
            admin: fc.array(text, { minLength: 1, maxLength: 3 }),
            latitude: fc.double({ min: -90, max: 90, noNaN: true }),
            longitude: fc.double({ min: -180, max: 180, noNaN: true }),
            precision: fc.constantFrom(...placePrecisions),
          },
          { requiredKeys: ['latitude', 'longitude'] },
        ),
      ),
      sources: fc.array(
        fc.oneof(
          fc.record({ url: webAddress }),
          fc.record({ outlet: text }),
          fc.record({ url: webAddress, outlet: text }),
        ),
        { maxLength: 3 },
      ),
      media: fc.record({ url: webAddress, caption: text, credit: text }, { requiredKeys: ['url'] }),
      numbers: fc.uniqueArray(
        fc.record({ name: text, value: fc.double({ noNaN: true, noDefaultInfinity: true }) }),
        {
          maxLength: 3,
          selector: (number) => number.name.trim(),
        },
      ),
      role: text,
      originalId: text,
      inCategory: fc.boolean(),
    },
    { requiredKeys: [] },
  )
  // fast-check makes some records without a prototype; a dataset's objects come from JSON.parse.
  .map((extra): typeof extra => JSON.parse(JSON.stringify(extra)))

/** Valid datasets: every reference resolves, ids are unique, text is anything people might type. */
export const validDataset: fc.Arbitrary<Dataset> = fc
  .record({
    title: text,
    actorIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 6 }),
    eventIds: fc.uniqueArray(slug, { minLength: 1, maxLength: 12 }),
    quoteCount: fc.nat({ max: 6 }),
    seed: fc.array(
      fc.tuple(text, text, edtf, fc.constantFrom(...eventStatuses), code, fc.constantFrom(...actorKinds)),
      {
        minLength: 12,
        maxLength: 12,
      },
    ),
    version: fc.constantFrom(...FORMAT_VERSIONS),
    categories: fc.uniqueArray(slug, { maxLength: 4 }),
    extras: fc.array(version2Extras, { minLength: 12, maxLength: 12 }),
    // Narratives: how many, and each step's event (by index) with or without its own text.
    narrativeSteps: fc.array(fc.array(fc.tuple(fc.nat(), fc.boolean()), { minLength: 1, maxLength: 5 }), {
      maxLength: 2,
    }),
    // story-timeline/3's documents and what cites them.
    documents: documentPlan,
  })
  .map(
    ({
      title,
      actorIds,
      eventIds,
      quoteCount,
      seed,
      version,
      categories,
      extras,
      narrativeSteps,
      documents,
    }) => {
      const rank = FORMAT_VERSIONS.indexOf(version)
      const version2 = rank >= FORMAT_VERSIONS.indexOf('story-timeline/2')
      const pick = (index: number) => seed[index % seed.length] ?? seed[0]
      const actors: Actor[] = actorIds.map((id, index) => {
        const [name, role, , , country, kind] = pick(index) ?? []
        return {
          id,
          name: name ?? 'Actor',
          kind: kind ?? 'person',
          country: country ?? 'KP',
          role: role ?? 'Role',
        }
      })
      const events: StoryEvent[] = eventIds.map((id, index) => {
        const [eventTitle, summary, date, status] = pick(index + 3) ?? []
        const actor = actorIds[index % actorIds.length] ?? actorIds[0] ?? 'a'
        const event: StoryEvent = {
          id,
          title: eventTitle ?? 'Event',
          summary: summary ?? 'Summary',
          date: date ?? '2023',
          status: status ?? 'occurred',
          actors: [actor],
        }
        const extra = extras[index % extras.length]
        if (!version2 || !extra) return event
        const { role, inCategory, ...fields } = extra
        const category = categories[index % Math.max(categories.length, 1)]
        return {
          ...event,
          ...fields,
          ...(role === undefined ? {} : { actorRoles: [{ actor, role }] }),
          ...(inCategory && category ? { categories: [category] } : {}),
        }
      })
      const quotes: Quote[] = Array.from({ length: quoteCount }, (_, index) => ({
        id: `quote-${index}`,
        text: pick(index)?.[0] ?? 'words',
        speaker: actorIds[index % actorIds.length] ?? '',
        event: eventIds[index % eventIds.length] ?? '',
        // Some anchored in their paragraph: a part, and context kept with its spaces.
        ...(index % 3 === 1
          ? {
              source: {
                paragraph: index,
                ...(index % 2 ? { part: 'heading' as const } : {}),
                prefix: ` ${(pick(index)?.[1] ?? 'before').slice(0, 100)} `,
                suffix: (pick(index + 1)?.[1] ?? 'after').slice(0, 100),
              },
            }
          : {}),
      }))
      const narratives: Narrative[] = narrativeSteps.map((steps, index) => ({
        id: `narrative-${index}`,
        title: pick(index)?.[1] ?? 'Narrative',
        steps: steps.map(([at, withText], stepIndex) => ({
          event: eventIds[at % eventIds.length] ?? '',
          ...(withText ? { text: pick(stepIndex)?.[0] ?? 'words' } : {}),
        })),
      }))
      const dataset: Dataset = {
        format: version,
        title,
        source: { title: 'Source' },
        actors,
        ...(version2 && categories.length
          ? { categories: categories.map((id, index) => ({ id, name: pick(index)?.[1] ?? 'Category' })) }
          : {}),
        events,
        quotes,
        ...(version2 && narratives.length ? { narratives } : {}),
      }
      return rank >= FORMAT_VERSIONS.indexOf('story-timeline/3') ? withDocuments(dataset, documents) : dataset
    },
  )

/** Valid datasets with a reference to a document broken, or /3's fields in a file said to be /2. */
export const brokenDocumentReference: fc.Arbitrary<unknown> = validDataset.chain((dataset) =>
  fc
    .record({ kind: fc.constantFrom(...breaks), pick: fc.nat() })
    .map(({ kind, pick }) => brokenReference(dataset, kind, pick) ?? dataset),
)

/** Anything JSON can hold, biased towards near-datasets: the shapes a broken file or an attack takes. */
export const anyJson: fc.Arbitrary<unknown> = fc.oneof(
  fc.jsonValue(),
  brokenDocumentReference,
  validDataset.chain((dataset) =>
    fc
      .record({
        path: fc.constantFrom('title', 'events', 'actors', 'quotes', 'format', 'source'),
        value: fc.jsonValue(),
      })
      .map(({ path, value }) => ({ ...dataset, [path]: value })),
  ),
  validDataset.chain((dataset) =>
    fc
      .record({
        index: fc.nat(),
        field: fc.constantFrom('id', 'date', 'status', 'actors', 'title'),
        value: fc.jsonValue(),
      })
      .map(({ index, field, value }) => ({
        ...dataset,
        events: dataset.events.map((event, position) =>
          position === index % dataset.events.length ? { ...event, [field]: value } : event,
        ),
      })),
  ),
)
