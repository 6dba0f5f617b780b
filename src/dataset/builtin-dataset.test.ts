import { createHash } from 'node:crypto'
import { existsSync, readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { indexStory } from './story-index'
import { validateDataset } from './validate/validate-dataset'
import { verifyAgainstSource } from './validate/verify-against-source'

// The built-in story and the article it is derived from (beside the project, as in CI).
const DATASET_PATH = 'public/data/kim-putin-letters.json'
const ARTICLE_PATH = '../shared/seeds/000_7006243c123d49bb.txt'

function loadBuiltin() {
  const result = validateDataset(JSON.parse(readFileSync(DATASET_PATH, 'utf8')))
  if (!result.ok) throw new Error(`built-in dataset invalid: ${JSON.stringify(result.issues, null, 2)}`)
  return result.dataset
}

const dataset = loadBuiltin()
const story = indexStory(dataset)
const published = story.published ?? { latest: Number.NaN }
const event = (id: string) => {
  const found = story.eventsById.get(id)
  if (!found) throw new Error(`no event ${id}`)
  return found
}
const weekday = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en-GB', { weekday: 'long', timeZone: 'UTC' })

test('every event is dated as precisely as the article allows, in time order', () => {
  expect(story.events.map((e) => [e.id, e.date, e.when.label])).toEqual([
    ['japanese-colonial-rule', '1910/1945', '1910–1945'],
    ['victory-over-japan', '1945', '1945'],
    ['korea-liberation', '1945-08-15', '15 August 1945'],
    ['unsc-2017-meeting', '2017', '2017'],
    ['russia-invades-ukraine', '2022', '2022'],
    ['moscow-pyongyang-draw-closer', '2022/2023-08-15', '2022 – 15 August 2023'],
    ['alleged-arms-supply', '2022/2023-08-15', '2022 – 15 August 2023'],
    ['pyongyang-military-parade', '2023-07', 'July 2023'],
    ['us-deeply-concerned', '[..2023-08-15]', 'on or before 15 August 2023'],
    ['unsc-meeting-requested', '[..2023-08-15]', 'on or before 15 August 2023'],
    ['kim-son-gyong-criticises-us', '[..2023-08-15]', 'on or before 15 August 2023'],
    ['liberation-anniversary', '2023-08-15', '15 August 2023'],
    ['kim-letter-to-putin', '2023-08-15', '15 August 2023'],
    ['putin-message-to-kim', '2023-08-15?', '15 August 2023 (uncertain)'],
    ['unsc-human-rights-meeting', '2023-08-17', '17 August 2023'],
    ['camp-david-summit', '2023-08-18', '18 August 2023'],
  ])
})

// Relative dates are resolved against publication on Tuesday 15 August 2023.
test('the publication date is a Tuesday, the day of Kim’s letter', () => {
  expect(dataset.source.published).toBe('2023-08-15')
  expect(weekday('2023-08-15')).toBe('Tuesday')
  expect(event('kim-letter-to-putin').date).toBe(dataset.source.published)
})
test('“set for Thursday” and “on Friday” are the next Thursday and Friday, and scheduled', () => {
  expect(weekday(event('unsc-human-rights-meeting').date)).toBe('Thursday')
  expect(weekday(event('camp-david-summit').date)).toBe('Friday')
  for (const e of story.events.filter((e) => e.status === 'scheduled')) {
    expect(e.when.earliest).toBeGreaterThan(published.latest)
  }
})
test('“last month” is July 2023, “last year” 2022, the 78th anniversary falls in 1945', () => {
  expect(event('pyongyang-military-parade').date).toBe('2023-07')
  expect(event('russia-invades-ukraine').date).toBe('2022')
  expect(2023 - Number(event('korea-liberation').date.slice(0, 4))).toBe(78)
})
test('nothing that occurred is dated after publication', () => {
  for (const e of story.events.filter((e) => e.status !== 'scheduled')) {
    expect(e.when.anchor).toBeLessThanOrEqual(published.latest)
  }
})

test('the accusation is alleged, and its summary carries the denial', () => {
  const alleged = story.events.filter((e) => e.status === 'alleged')
  expect(alleged.map((e) => e.id)).toEqual(['alleged-arms-supply'])
  expect(alleged[0]?.summary).toMatch(/deny/)
})

test('actors carry the article’s roles and real country codes', () => {
  const actor = (id: string) => story.actorsById.get(id)
  expect(actor('kim-jong-un')).toMatchObject({ kind: 'person', country: 'KP', role: 'North Korea leader' })
  expect(actor('vladimir-putin')).toMatchObject({ kind: 'person', country: 'RU', role: 'Russian President' })
  expect(actor('vedant-patel')).toMatchObject({ kind: 'person', country: 'US' })
  expect(actor('kim-son-gyong')).toMatchObject({ kind: 'person', country: 'KP' })
  expect(actor('kcna')).toMatchObject({ kind: 'organization', country: 'KP' })
  expect(actor('un-security-council')?.country).toBeUndefined()
  const countries = dataset.actors.filter((a) => a.kind === 'country').map((a) => a.country)
  expect(countries.sort()).toEqual(['AL', 'CN', 'JP', 'KP', 'KR', 'RU', 'UA', 'US'])
})

test('every actor takes part in an event or speaks a quote', () => {
  const used = new Set([...dataset.events.flatMap((e) => e.actors), ...dataset.quotes.map((q) => q.speaker)])
  expect(dataset.actors.filter((a) => !used.has(a.id)).map((a) => a.id)).toEqual([])
})

test.skipIf(!existsSync(ARTICLE_PATH) && !process.env.CI)(
  'every quote is verbatim in its paragraph and every quoted span of the article is a quote',
  () => {
    const article = readFileSync(ARTICLE_PATH)
    const sha256 = createHash('sha256').update(article).digest('hex')
    expect(verifyAgainstSource(dataset, article.toString('utf8'), sha256)).toEqual({
      errors: [],
      warnings: [],
    })
  },
)

test('each event is filed under at least one of the story’s categories, and each category is used', () => {
  const used = new Set(dataset.events.flatMap((event) => event.categories ?? []))
  for (const event of dataset.events) expect(event.categories?.length, event.id).toBeGreaterThan(0)
  expect([...used].sort()).toEqual((dataset.categories ?? []).map((category) => category.id).sort())
})

test('the built-in narrative walks through the article in its order, each step from a paragraph its event cites', () => {
  const [narrative, ...others] = dataset.narratives ?? []
  expect(others).toEqual([])
  const steps = narrative?.steps ?? []
  expect(steps.length).toBe(12)
  const paragraphs = steps.map((step) => step.source?.paragraph ?? 0)
  expect(paragraphs).toEqual([...paragraphs].sort((a, b) => a - b))
  for (const step of steps) {
    const event = dataset.events.find((candidate) => candidate.id === step.event)
    expect(event?.source?.paragraphs, step.event).toContain(step.source?.paragraph)
  }
  // No event twice: each step moves the story on.
  expect(new Set(steps.map((step) => step.event)).size).toBe(steps.length)
})
