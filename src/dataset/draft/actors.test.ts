import { expect, test } from 'vitest'
import type { Draft } from './draft-types'
import { extractDraft } from './extract-draft'

// Actors: what is named, and what only looks like a name (a dateline, a place, a venue, a credit).

function draft(paragraphs: readonly string[], published = '2023-08-17'): Draft {
  return extractDraft({ text: paragraphs.join('\n\n'), published })
}

function names(result: Draft, kind?: string): string[] {
  return result.actors.filter((actor) => !kind || actor.kind === kind).map((actor) => actor.name)
}

test('a dateline’s place and agency are no actors', () => {
  for (const line of [
    'PRAGUE (AP) — The death toll was rising in Central Europe on Sunday.',
    'LONDON — Prime Minister Boris Johnson resigned on Thursday.',
    'WASHINGTON, Sept 15 (Reuters) - Senator Ann Kelly said talks would resume.',
    'KYIV, Ukraine (AP) — Officials said the shelling went on overnight.',
  ]) {
    const found = names(draft([line]))
    for (const wrong of ['PRAGUE', 'AP', 'LONDON', 'WASHINGTON', 'Reuters', 'KYIV'])
      expect(found).not.toContain(wrong)
  }
})

test('places and venues named like people are no people', () => {
  const result = draft([
    'The matriarch of the settlement at St Ann’s said the St Ann’s River overspilled.',
    'Climbers left Mount Kenya on Monday, and the ferry reached Port Louis.',
    'His stepdaughter had been to Ollie’s nightclub that night, and then to Joe’s bar.',
  ])
  const found = names(result, 'person')
  for (const wrong of ['St Ann', 'Ann', 'Mount Kenya', 'Kenya', 'Ollie', 'Joe', 'Port Louis'])
    expect(found).not.toContain(wrong)
})

test('letters after a name make a person of it, not an organisation', () => {
  const result = draft([
    'Toby Hedworth QC, for the prosecution, spoke first.',
    'Jane Okafor MP and Sir Keith Wren KC were in court.',
  ])
  expect(names(result, 'person')).toEqual(
    expect.arrayContaining(['Toby Hedworth', 'Jane Okafor', 'Keith Wren']),
  )
  expect(names(result, 'organization')).toEqual([])
})

test('an organisation’s country is the country its name names whole', () => {
  const result = draft([
    'The officer is not named under the rules of the Police Service of Northern Ireland.',
    'The Bank of England raised rates, and the National University of Ireland reopened.',
  ])
  const police = result.actors.find((actor) => actor.name === 'Police Service of Northern Ireland')
  expect(police).toMatchObject({ kind: 'organization', country: 'GB' })
  expect(result.actors.find((actor) => actor.name === 'National University of Ireland')?.country).toBe('IE')
  expect(result.actors.find((actor) => actor.name === 'Bank of England')?.country).toBe('GB')
})

test('photo credits and the agency’s reporting line are page furniture: no actors, no events', () => {
  const result = draft([
    'British education minister Michelle Donelan resigned on Thursday.',
    'New British Education Secretary Michelle Donelan leaves 10 Downing Street, in London, Britain, July 5, 2022. REUTERS/Henry Nicholls',
    'Rescuers carry a man through floodwater in Opava, Czech Republic, on Sunday. (AP Photo/Petr David Josek)',
    'Reporting by Alistair Smout; Editing by Kate Holton',
  ])
  const found = names(result)
  for (const wrong of ['Henry Nicholls', 'Alistair Smout', 'Kate Holton', 'Petr David Josek', 'REUTERS'])
    expect(found).not.toContain(wrong)
  expect(result.events.map((event) => event.paragraphs)).toEqual([[1]])
  expect(result.paragraphs.map((paragraph) => paragraph.part)).toEqual([
    'body',
    'furniture',
    'furniture',
    'furniture',
  ])
})

test('names listed with people are people, known to the lexicon or not', () => {
  const result = draft([
    '“But eventually she named Paddy Jackson, Stuart Olding and Blane McIlroy,” he said.',
    'The team of Sarah Connolly, Aoife Ní Bhriain and Róisín Ó Dálaigh won.',
  ])
  expect(names(result, 'person')).toEqual(
    expect.arrayContaining(['Paddy Jackson', 'Stuart Olding', 'Blane McIlroy', 'Sarah Connolly']),
  )
})

test('a name with a particle is one person, and a capital in it names no country', () => {
  const result = draft([
    'The ruling gave Justice Secretary Leila de Lima ten days to explain.',
    'De Lima maintains the government’s actions were legal.',
    'The prize went to Ursula von der Leyen.',
  ])
  expect(names(result, 'person')).toEqual(['Leila de Lima', 'Ursula von der Leyen'])
  expect(names(result, 'country')).toEqual([])
})

test('places, buildings, reports, US states and plurals of people are no one', () => {
  const result = draft([
    'Tornadoes were spotted near New Orleans’ Louis Armstrong International Airport.',
    'Schools in Georgia, South Carolina, North Carolina and Florida cancelled classes.',
    'This is the VOA Special English Economics Report.',
    'Scientists say they have found a disk.',
    'And I’m Barbara Klein.',
  ])
  expect(names(result, 'person')).toEqual(['Barbara Klein'])
  expect(names(result, 'country')).toEqual([])
})
