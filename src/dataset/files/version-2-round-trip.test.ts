import { expect, test } from 'vitest'
import { buildActor, buildDataset, buildEvent } from '../../testing/builders'
import { FORMAT_VERSION } from '../format/format-constants'
import type { Dataset } from '../format/schema'
import { importFiles } from '../import/registry'
import { indexStory } from '../story-index'
import { formatIssue } from '../validate/dataset-issue'
import { validateDataset } from '../validate/validate-dataset'
import { eventsToCsv } from './csv-export'
import { jsonForExport } from './json-export'

// An event with every field story-timeline/2 added.
const richDataset = (): Dataset =>
  buildDataset({
    actors: [
      buildActor(),
      buildActor({
        id: 'protesters',
        name: 'Protesters (Georgia)',
        kind: 'organization',
        country: undefined,
      }),
    ],
    categories: [
      { id: 'protests', name: 'Protests' },
      { id: 'peaceful-protest', name: 'Peaceful protest' },
    ],
    events: [
      buildEvent({
        actors: ['north-korea', 'protesters'],
        categories: ['protests', 'peaceful-protest'],
        place: {
          name: 'Tbilisi',
          admin: ['Tbilisi', 'Mtatsminda'],
          latitude: 41.6938,
          longitude: -44.8015,
          precision: 'near',
        },
        sources: [
          { outlet: 'Interpressnews', url: 'https://www.interpressnews.ge/en/article/1?a=1;b=2' },
          { outlet: 'Civil.ge' },
          { url: 'https://civil.ge/archives/2' },
        ],
        media: {
          url: 'https://example.org/photo.jpg',
          caption: 'Outside parliament',
          credit: 'A. Photographer',
        },
        numbers: [
          { name: 'fatalities', value: 0 },
          { name: 'tone', value: -3.25 },
        ],
        actorRoles: [{ actor: 'protesters', role: 'first side' }],
        originalId: 'GEO1002',
      }),
    ],
    quotes: [],
  })

test('story-timeline/2 fields survive an export to CSV and back', async () => {
  const story = indexStory(richDataset())
  const csv = eventsToCsv(story, story.dataset.events)
  expect(csv.split('\n')[0]).toBe(
    'id,date,title,summary,status,actors,countries,actor_roles,categories,location,admin1,admin2,latitude,longitude,geo_precision,sources,media,media_caption,media_credit,original_id,number: fatalities,number: tone',
  )
  const read = await importFiles([{ name: 'export.csv', text: csv }])
  if (!read.ok) throw new Error(read.issues.map(formatIssue).join('\n'))
  const [before] = story.dataset.events
  const [after] = read.dataset.events
  const categoryNames = (dataset: Dataset, ids: string[] | undefined) =>
    (ids ?? []).map((id) => dataset.categories?.find((category) => category.id === id)?.name)
  expect(categoryNames(read.dataset, after?.categories)).toEqual(['Protests', 'Peaceful protest'])
  expect(after?.place).toEqual(before?.place)
  // The ";" in the address was written as %3B, the same address.
  expect(after?.sources).toEqual([
    { outlet: 'Interpressnews', url: 'https://www.interpressnews.ge/en/article/1?a=1%3Bb=2' },
    { outlet: 'Civil.ge' },
    { url: 'https://civil.ge/archives/2' },
  ])
  expect(after?.media).toEqual(before?.media)
  expect(after?.numbers).toEqual(before?.numbers)
  expect(after?.originalId).toBe('GEO1002')
  const nameOf = (id: string) => read.dataset.actors.find((actor) => actor.id === id)?.name
  expect(after?.actorRoles?.map((role) => [nameOf(role.actor), role.role])).toEqual([
    ['Protesters (Georgia)', 'first side'],
  ])
})

test('the JSON export is the current format and reads back as the same dataset', async () => {
  const story = indexStory(richDataset())
  const exported = JSON.parse(jsonForExport(story, story.events))
  expect(exported.format).toBe(FORMAT_VERSION)
  const read = validateDataset(exported)
  expect(read.ok && read.dataset).toEqual(story.dataset)
})

test('a JSON export of some events keeps the narratives’ steps through them, and stays valid', async () => {
  const base = buildDataset({
    events: [buildEvent({ id: 'one', title: 'One' }), buildEvent({ id: 'two', title: 'Two' })],
    quotes: [],
  })
  const story = indexStory({
    ...base,
    narratives: [
      { id: 'both', title: 'Both', steps: [{ event: 'two', text: 'Then' }, { event: 'one' }] },
      { id: 'only-two', title: 'Only two', steps: [{ event: 'two' }] },
    ],
  })
  const one = story.events.filter((event) => event.id === 'one')
  const exported = JSON.parse(jsonForExport(story, one))
  expect(validateDataset(exported).ok).toBe(true)
  expect(exported.narratives).toEqual([{ id: 'both', title: 'Both', steps: [{ event: 'one' }] }])
  // All of them: every narrative, whole.
  expect(JSON.parse(jsonForExport(story, story.events)).narratives).toEqual(story.dataset.narratives)
})

test('a story-timeline/1 file is read as it is and exported as /3; a /2 field in a /1 file is named', async () => {
  const version1 = { ...buildDataset(), format: 'story-timeline/1' }
  const read = validateDataset(version1)
  if (!read.ok) throw new Error('a /1 dataset was refused')
  const story = indexStory(read.dataset)
  expect(JSON.parse(jsonForExport(story, story.events)).format).toBe('story-timeline/3')

  const mixed = { ...version1, events: [{ ...buildEvent(), categories: [] }] }
  const refused = validateDataset(mixed)
  expect(refused.ok).toBe(false)
  if (!refused.ok)
    expect(refused.issues.map(formatIssue), JSON.stringify(refused.issues)).toContain(
      'events[0].categories: expected a field of story-timeline/2 only: set "format" to "story-timeline/2", found a list of 0',
    )
})

// The rich event with references that do not resolve (and any other changes), as validation says it.
function issuesWithBadReferences(changes: Record<string, unknown> = {}): string[] {
  const dataset = richDataset()
  const [event] = dataset.events
  if (!event) throw new Error('no event')
  const badReferences = {
    categories: ['riots'],
    actorRoles: [{ actor: 'someone-else', role: 'first side' }],
    numbers: [
      { name: 'fatalities', value: 1 },
      { name: 'fatalities', value: 2 },
    ],
  }
  const result = validateDataset({ ...dataset, events: [{ ...event, ...badReferences, ...changes }] })
  expect(result.ok).toBe(false)
  return result.ok ? [] : result.issues.map(formatIssue)
}

test('a place with a latitude and no longitude is named for what it lacks', async () => {
  const messages = issuesWithBadReferences({ place: { latitude: 10 } }).join('\n')
  expect(messages).toMatch(/events\[0\]\.place\.longitude: expected a latitude and a longitude together/)
  expect(messages).not.toMatch(/Unrecognized/)
})

test('references of /2 are checked once the shapes are right', async () => {
  expect(issuesWithBadReferences()).toEqual([
    'events[0].categories[0]: expected the id of a category in "categories", found "riots"',
    'events[0].actorRoles[0].actor: expected the id of one of the event’s own actors, found "someone-else"',
    'events[0].numbers: expected each number’s name once (a name given twice), found "fatalities"',
  ])
})
