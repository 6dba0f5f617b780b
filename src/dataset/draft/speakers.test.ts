import { expect, test } from 'vitest'
import type { Draft } from './draft-types'
import { extractDraft } from './extract-draft'

// Speakers the text names in the ways news names them beyond "X said": kinds of text, each in several
// phrasings (names the lexicon does not know among them).

function draft(paragraphs: readonly string[], published = '2023-08-17'): Draft {
  return extractDraft({ text: paragraphs.join('\n\n'), published })
}

function speakerOf(result: Draft, words: string): string | undefined {
  const quote = result.quotes.find((candidate) => candidate.text.includes(words))
  if (!quote) throw new Error(`no quote holds “${words}”`)
  return result.actors.find((actor) => actor.id === quote.speaker)?.name
}

function people(result: Draft): string[] {
  return result.actors.filter((actor) => actor.kind === 'person').map((actor) => actor.name)
}

test('"he said" after a sentence that names its person other than as its subject', () => {
  const result = draft([
    'Her stove was being hosed down by neighbour Philip Batteau, fairly optimistic it could be saved.',
    '"It still has meat in it," he said.',
    'The last car out was driven by Anna Kowalczyk, a local teacher.',
    '“We had no warning,” she said.',
    'A letter from Tomasz Nowak arrived on the desk. “I never sent it,” he said later.',
  ])
  expect(speakerOf(result, 'meat in it')).toBe('Philip Batteau')
  expect(speakerOf(result, 'no warning')).toBe('Anna Kowalczyk')
  expect(speakerOf(result, 'never sent it')).toBe('Tomasz Nowak')
  expect(result.actors.find((actor) => actor.name === 'Philip Batteau')?.role).toBe('neighbour')
})

test('a pronoun is not someone its own sentence names in an opening phrase, nor someone of the other gender', () => {
  const result = draft([
    'THE police constable in the witness box said his conversation with the young woman had been difficult, because she had been reluctant to talk.',
    'Asked by Toby Hedworth QC, for the prosecution, what she had said, he revealed all she would say at first was that they were “high-profile people”.',
    '“She was not telling me much,” he said.',
    'The young woman was concerned about publicity.',
    'Questioned by Maria Lopez, the defence lawyer, about the night, he admitted he had not checked.',
    '“I should have,” he said.',
  ])
  expect(speakerOf(result, 'high-profile people')).toBe('The young woman')
  expect(speakerOf(result, 'not telling me much')).toBe('The police constable')
  expect(speakerOf(result, 'I should have')).toBe('The police constable')
})

test('a person the text names only by what they are, and keeps naming so, is one speaker', () => {
  const result = draft([
    'THE police constable in the witness box said his conversation with the young woman had been difficult.',
    '“So I suspected that they might be rugby players,” the policeman told the court. “So I asked her.”',
    '“Was she prepared to go further?” the prosecutor asked.',
    '“Initially she didn’t want to name anyone,” replied the policeman.',
    '“But eventually she did,” the officer added.',
    'The young woman did not want her family to know.',
    'A nurse at the hospital described the night. The nurse said it was chaos. “We ran out of beds,” the nurse added.',
  ])
  for (const words of ['rugby players', 'So I asked her', 'name anyone', 'eventually she did'])
    expect(speakerOf(result, words)).toBe('The police constable')
  expect(speakerOf(result, 'ran out of beds')).toBe('The nurse')
  expect(people(result)).toEqual(
    expect.arrayContaining(['The police constable', 'The young woman', 'The nurse']),
  )
})

test('speech verbs before and after names the lexicon does not know', () => {
  const result = draft([
    'Toby Hedworth QC opened for the prosecution.',
    '“Having got that far with her, was she prepared to go further?” inquired Mr Hedworth.',
    '“Are you sure?” asked Ms Okonjo-Batt.',
    '“We will rebuild,” added Dlamini-Zuma.',
    'Mr Szczepański explained: “The bridge was old.”',
    'Batterbury told reporters the road was closed for “as long as it takes”.',
  ])
  expect(speakerOf(result, 'go further')).toBe('Toby Hedworth')
  expect(speakerOf(result, 'Are you sure')).toBe('Okonjo-Batt')
  expect(speakerOf(result, 'We will rebuild')).toBe('Dlamini-Zuma')
  expect(speakerOf(result, 'bridge was old')).toBe('Szczepański')
  expect(speakerOf(result, 'as long as it takes')).toBe('Batterbury')
  expect(result.actors.find((actor) => actor.name === 'Toby Hedworth')?.role).toBe('QC')
})

test('words named as someone’s by the sentence after them', () => {
  const result = draft([
    '“I lost everything!”',
    'This was the lament of Maureen Roberts-Weekes, matriarch of the settlement, speaking to reporters.',
    '“Nothing works.” Such was the verdict of Ewa Zielińska, a trader.',
    '“We stay.”',
    'So said Kofi Mensah, the village chief.',
  ])
  expect(speakerOf(result, 'I lost everything')).toBe('Maureen Roberts-Weekes')
  expect(speakerOf(result, 'Nothing works')).toBe('Ewa Zielińska')
  expect(speakerOf(result, 'We stay')).toBe('Kofi Mensah')
  expect(people(result)).toEqual(expect.arrayContaining(['Maureen Roberts-Weekes', 'Ewa Zielińska']))
})
