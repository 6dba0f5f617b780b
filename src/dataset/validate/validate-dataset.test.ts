import { expect, test } from 'vitest'
import { buildActor, buildDataset, buildEvent, buildQuote } from '../../testing/builders'
import { TEXT_LIMITS } from '../format/format-constants'
import { formatIssue } from './dataset-issue'
import { fastValidate } from './fast-validate'
import { validateDataset } from './validate-dataset'

function issuesOf(data: unknown): string[] {
  const result = validateDataset(data)
  if (result.ok) return []
  return result.issues.map(formatIssue)
}

test('a valid dataset passes and keeps its data', () => {
  const dataset = buildDataset()
  const result = validateDataset(dataset)
  expect(result.ok).toBe(true)
  if (result.ok) expect(result.dataset.events[0]?.id).toBe('letter-exchange')
})

test('something that is not a dataset names what was expected', () => {
  expect(issuesOf(null)).toEqual(['(the file): expected an object, found null'])
  expect(issuesOf({ ...buildDataset(), format: 'story-timeline/9' })).toEqual([
    'format: expected one of "story-timeline/1", "story-timeline/2", "story-timeline/3", found "story-timeline/9"',
  ])
})

test('shape errors name the path, what was expected and what was found', () => {
  const dataset = buildDataset()
  const broken = {
    ...dataset,
    events: [{ ...dataset.events[0], date: '2023-13-01', status: 'rumoured', title: 42 }],
    actors: [{ ...dataset.actors[0], country: 'XX', nickname: 'x' }],
  }
  expect(issuesOf(broken)).toEqual(
    expect.arrayContaining([
      'events[0].title: expected a text, found 42',
      expect.stringMatching(/^events\[0\]\.date: expected .*, found "2023-13-01"$/),
      'events[0].status: expected one of "occurred", "scheduled", "alleged", found "rumoured"',
      'actors[0].country: expected an ISO 3166-1 alpha-2 country code in capitals, such as "KP", found "XX"',
      'actors[0].nickname: expected only the fields the format defines, found an unknown field',
    ]),
  )
})

test('an interval must run forwards', () => {
  const dataset = buildDataset()
  expect(issuesOf({ ...dataset, events: [buildEvent({ date: '1945/1910' })] })).toEqual([
    'events[0].date: expected an interval whose end comes after its start, found "1945/1910"',
  ])
})

test('a country needs its code; people and organisations may have none', () => {
  const dataset = buildDataset()
  const actors = [
    buildActor({ id: 'someone', kind: 'person', country: undefined }),
    buildActor({ id: 'un', kind: 'organization', country: undefined }),
    buildActor({ id: 'atlantis', kind: 'country', country: undefined }),
    buildActor(),
  ]
  expect(issuesOf({ ...dataset, actors })).toEqual([
    'actors[2].country: expected a country code for a country, found nothing (the field is missing)',
  ])
})

test('a source link must be a web address, never javascript: or data:', () => {
  const dataset = buildDataset()
  expect(issuesOf({ ...dataset, source: { ...dataset.source, url: 'javascript:alert(1)' } })).toEqual([
    'source.url: expected a web address starting with http:// or https://, found "javascript:alert(1)"',
  ])
})

test('ids are unique and every reference resolves', () => {
  const dataset = buildDataset({ source: { title: 'T', published: '2023-08-15', paragraphs: 2 } })
  const broken = {
    ...dataset,
    actors: [buildActor(), buildActor()],
    events: [buildEvent({ actors: ['north-korea', 'atlantis'], source: { paragraphs: [1, 3] } })],
    quotes: [buildQuote({ speaker: 'nobody', event: 'no-such-event', source: { paragraph: 7 } })],
  }
  expect(issuesOf(broken)).toEqual([
    'actors[1].id: expected an id not used before in "actors" (already used by actors[0]), found "north-korea"',
    'events[0].actors[1]: expected the id of an actor in "actors", found "atlantis"',
    'events[0].source.paragraphs[1]: expected a paragraph number from 1 to 2, found 3',
    'quotes[0].speaker: expected the id of an actor in "actors", found "nobody"',
    'quotes[0].event: expected the id of an event in "events", found "no-such-event"',
    'quotes[0].source.paragraph: expected a paragraph number from 1 to 2, found 7',
  ])
})

test('a narrative names real events, has steps, its own id, and a text for the paragraph it cites', () => {
  const dataset = buildDataset({ source: { title: 'T', published: '2023-08-15', paragraphs: 2 } })
  const [event] = dataset.events
  const walk = (id: string, steps: unknown[]) => ({ id, title: 'A walk', steps })
  expect(
    issuesOf({
      ...dataset,
      narratives: [
        walk('walk', [
          { event: event?.id },
          { event: 'no-such-event' },
          { event: event?.id, source: { paragraph: 3 } },
        ]),
        walk('walk', [{ event: event?.id, text: 'Words' }]),
        walk('empty', []),
      ],
    }),
  ).toContain('narratives[2].steps: expected at least one step, found a list of 0')
  expect(
    issuesOf({
      ...dataset,
      narratives: [
        walk('walk', [
          { event: event?.id },
          { event: 'no-such-event' },
          { event: event?.id, source: { paragraph: 3 } },
        ]),
        walk('walk', [{ event: event?.id, text: 'Words' }]),
      ],
    }),
  ).toEqual([
    'narratives[1].id: expected an id not used before in "narratives" (already used by narratives[0]), found "walk"',
    'narratives[0].steps[1].event: expected the id of an event in "events", found "no-such-event"',
    'narratives[0].steps[2].source.paragraph: expected a paragraph number from 1 to 2, found 3',
    'narratives[0].steps[2].text: expected the excerpt of the paragraph the step names (a "source" needs a "text"), found nothing (the field is missing)',
  ])
  const valid = validateDataset({
    ...dataset,
    narratives: [walk('walk', [{ event: event?.id, text: ' Words ' }])],
  })
  expect(valid.ok && valid.dataset.narratives?.[0]?.steps[0]?.text).toBe('Words')
  // A field of /2: a /1 file with narratives is told to say so.
  expect(
    issuesOf({ ...dataset, format: 'story-timeline/1', narratives: [walk('walk', [{ event: event?.id }])] }),
  ).toEqual([
    'narratives: expected a field of story-timeline/2 only: set "format" to "story-timeline/2", found a list of 1',
  ])
})

test('an event names each actor once, however many it names', () => {
  const many = Array.from({ length: 20 }, (_, index) => buildActor({ id: `actor-${index}`, kind: 'person' }))
  const dataset = buildDataset({ actors: many, events: [buildEvent({ actors: ['actor-0'] })], quotes: [] })
  const withActors = (...lists: string[][]) => ({
    ...dataset,
    events: lists.map((actors, index) => buildEvent({ id: `event-${index}`, actors })),
  })
  const ids = many.map((actor) => actor.id)
  expect(issuesOf(withActors(['actor-1', 'actor-2'], ids))).toEqual([])
  expect(
    issuesOf(withActors(['actor-1', 'actor-2', 'actor-1'], [...ids, 'actor-19'], ['actor-3', 'actor-3'])),
  ).toEqual([
    'events[0].actors: expected each actor once, found a list of 3',
    'events[1].actors: expected each actor once, found a list of 21',
    'events[2].actors: expected each actor once, found a list of 2',
  ])
})

test('long or hostile values are quoted and shortened, never echoed raw', () => {
  const dataset = buildDataset()
  const hostile = `<img src=x onerror=alert(1)>${'x'.repeat(100)}`
  const [issue] = issuesOf({ ...dataset, events: [buildEvent({ id: hostile })] })
  expect(issue).toMatch(
    /^events\[0\]\.id: expected a lower-case slug .*, found "<img src=x onerror=alert\(1\)>x+…" \(128 characters\)$/,
  )
  expect(issue?.length).toBeLessThan(200)
})

test('a text longer than the format allows is refused, saying the limit and how long it is', () => {
  const word = 'x'.repeat(100_000)
  const result = validateDataset({ ...buildDataset(), title: word })
  expect(result.ok).toBe(false)
  if (result.ok) return
  expect(result.issues.map(formatIssue)).toEqual([
    `title: expected a text of at most 300 characters, found "${'x'.repeat(57)}…" (100,000 characters)`,
  ])
})

test('texts at their limits are valid, through the fast path and zod alike', () => {
  const atLimits = buildDataset({
    title: 't'.repeat(TEXT_LIMITS.storyTitle),
    events: [
      buildEvent({ title: 'e'.repeat(TEXT_LIMITS.eventTitle), summary: 's'.repeat(TEXT_LIMITS.summary) }),
    ],
    quotes: [buildQuote({ text: 'q'.repeat(TEXT_LIMITS.quote) })],
  })
  expect(fastValidate(atLimits)).not.toBeNull()
  const over = {
    ...atLimits,
    events: [{ ...atLimits.events[0], summary: 's'.repeat(TEXT_LIMITS.summary + 1) }],
  }
  expect(fastValidate(over)).toBeNull()
  expect(validateDataset(over).ok).toBe(false)
})

test('broken references are said beside shape problems, not only once the shape is mended', () => {
  const dataset = buildDataset()
  const issues = issuesOf({
    ...dataset,
    events: [buildEvent({ date: '2023-02-30', actors: ['ghost'] }), { id: 42 }],
    quotes: [buildQuote({ event: 'nowhere' })],
  })
  expect(issues).toEqual(
    expect.arrayContaining([
      expect.stringMatching(/^events\[0\]\.date: expected a calendar date that exists/),
      'events[0].actors[0]: expected the id of an actor in "actors", found "ghost"',
      'quotes[0].event: expected the id of an event in "events", found "nowhere"',
    ]),
  )
  // The event without a text id is a shape problem only.
  expect(issues.filter((issue) => issue.startsWith('events[1]') && issue.includes('the id of'))).toEqual([])
})
