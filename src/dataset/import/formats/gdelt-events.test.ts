import { readFileSync } from 'node:fs'
import { expect, test } from 'vitest'
import { notesText, noteText } from '../../../testing/note-text'
import { formatIssue } from '../../validate/dataset-issue'
import { importFiles } from '../registry'
import { fipsToIso } from './fips-countries'

const FIXTURE = 'src/dataset/import/fixtures/gdelt-events-mixed.tsv'

async function open(name: string, text: string) {
  const result = await importFiles([{ name, text }])
  if (!result.ok) throw new Error(`${result.message}\n${result.issues.map(formatIssue).join('\n')}`)
  return result
}

test('FIPS 10-4 codes are read as FIPS, not as the ISO codes they look like', async () => {
  expect(
    ['RS', 'AS', 'CH', 'GM', 'IS', 'UK', 'UV', 'RP', 'SP', 'CD', 'KN', 'KS', 'UP', 'GZ', 'WE'].map(fipsToIso),
  ).toEqual(['RU', 'AU', 'CN', 'DE', 'IL', 'GB', 'BF', 'PH', 'ES', 'TD', 'KP', 'KR', 'UA', 'PS', 'PS'])
  expect(fipsToIso('QQ')).toBeNull()
})

test('a GDELT file of 1.0 and 2.0 rows opens as it comes: dates, CAMEO categories, places by FIPS, actors, sources, numbers', async () => {
  const { dataset, notes } = await open('gdelt-events-mixed.tsv', readFileSync(FIXTURE, 'utf8'))
  expect(dataset.events).toHaveLength(9)
  expect(noteText(notes[0])).toBe(
    "gdelt-events-mixed.tsv was read as GDELT events (2 in GDELT 1.0's columns, 7 in 2.0's); its places' country codes as FIPS 10-4, its actors' as CAMEO's, and its upper-case names written in title case.",
  )
  const byId = new Map(dataset.events.map((event) => [event.id, event]))
  const category = (id: string) => dataset.categories?.find((each) => each.id === id)?.name
  const actor = (id: string) => dataset.actors.find((each) => each.id === id)

  // 1.0's 58 columns: a fight in Jasper County, Missouri; the source's address; the Goldstein scale.
  const missouri = byId.get('632634259')
  expect(missouri).toMatchObject({ date: '2017-03-02', countries: ['US'], status: 'occurred' })
  expect(missouri?.title).toBe('Fight: United States → Deputy in Jasper County')
  expect(missouri?.categories?.map(category)).toEqual(['Fight'])
  expect(missouri?.place).toEqual({
    name: 'Jasper County',
    admin: ['Missouri'],
    latitude: 37.2001,
    longitude: -94.3502,
    precision: 'exact',
  })
  expect(missouri?.sources).toEqual([
    { url: 'http://breaking911.com/standoff-sheriffs-deputy-shot-seriously-wounded-missouri-hotel/' },
  ])
  expect(missouri?.numbers?.find((number) => number.name === 'Goldstein scale')?.value).toBe(-10)
  expect(actor(missouri?.actors[0] ?? '')).toMatchObject({
    name: 'United States',
    kind: 'country',
    country: 'US',
  })
  expect(missouri?.actorRoles?.map((role) => role.role)).toEqual(['acts', 'is acted upon'])

  // FIPS, not ISO: SP is Spain (ISO has no SP), UV Burkina Faso, RP the Philippines, UK Britain.
  expect(byId.get('1199516024')?.countries).toEqual(['ES'])
  expect(byId.get('669666371')?.countries).toEqual(['PH'])
  expect(byId.get('669666360')?.countries).toEqual(['HK'])
  expect(byId.get('669666378')).toMatchObject({ countries: ['ML'], date: '2017-06-01' })
  expect(byId.get('669666378')?.title).toBe('Demand: Burkina Faso → Security Council in Kidal')
  // A place that is only a country is precise to the country.
  expect(byId.get('669666363')?.place).toEqual({
    name: 'Syria',
    latitude: 35,
    longitude: 38,
    precision: 'country',
  })
  // A group or role is an organisation, with the country CAMEO gives it.
  expect(actor('egypt')).toMatchObject({ kind: 'country', country: 'EG' })
  expect(actor('security-council')).toMatchObject({ kind: 'organization' })
})

test('rows that are not GDELT events are left out and said; the rest opens', async () => {
  const rows = readFileSync(FIXTURE, 'utf8').trimEnd().split('\n')
  const text = [
    ...rows.slice(0, 3),
    'a\tcut\toff row',
    rows[3]?.replace('\t20160701\t', '\t20161301\t') ?? '',
  ].join('\n')
  const { dataset, notes, leftOut } = await open('gdelt.tsv', text)
  expect(dataset.events).toHaveLength(3)
  expect(leftOut.map((issue) => [issue.at, issue.problem?.expected, issue.problem?.found])).toEqual([
    [{ kind: 'row', number: 4 }, { code: 'gdeltFields' }, { code: 'fieldCount', count: 3 }],
    [
      { kind: 'row', number: 5, part: 'SQLDATE' },
      { code: 'yyyymmdd' },
      { code: 'value', shown: '"20161301"' },
    ],
  ])
  expect(notesText(notes)).toMatch(
    /2 of 5 rows were left out: row 4: expected a GDELT event: 57, 58 or 61 tab-separated fields, found 3 fields/,
  )
  expect(notesText(notes)).toMatch(/row 5, SQLDATE: expected a date as YYYYMMDD/)
})
