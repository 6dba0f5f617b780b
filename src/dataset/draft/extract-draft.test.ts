import fc from 'fast-check'
import { expect, test } from 'vitest'
import type { Draft } from './draft-types'
import { extractDraft } from './extract-draft'

function draft(text: string, published = '2023-08-17'): Draft {
  return extractDraft({ text, published })
}

function speakerOf(result: Draft, words: string): string | undefined {
  const quote = result.quotes.find((candidate) => candidate.text.includes(words))
  return result.actors.find((actor) => actor.id === quote?.speaker)?.name
}

test('each form of attribution names the speaker', () => {
  const text = [
    'Russian President Vladimir Putin spoke in Moscow on Monday.',
    '“We will strengthen ties,” Putin said.',
    '“The talks went well,” said Foreign Minister Sergei Lavrov.',
    'US State Department spokesperson Matthew Miller told reporters: “We are watching closely.”',
    'North Korea leader Kim Jong Un wrote in a letter that the friendship was “invincible”.',
    'The plan would “never work”, according to Japanese Prime Minister Fumio Kishida.',
    '“I was there,” Kishida was quoted as saying.',
  ].join('\n\n')
  const result = draft(text)
  expect(speakerOf(result, 'strengthen ties')).toBe('Vladimir Putin')
  expect(speakerOf(result, 'talks went well')).toBe('Sergei Lavrov')
  expect(speakerOf(result, 'watching closely')).toBe('Matthew Miller')
  expect(speakerOf(result, 'invincible')).toBe('Kim Jong Un')
  expect(speakerOf(result, 'never work')).toBe('Fumio Kishida')
  expect(speakerOf(result, 'I was there')).toBe('Fumio Kishida')
})

test('pronouns and titles are the person last named with them', () => {
  const text = [
    'Mark Lambert is U.S. deputy assistant secretary of state for Japan and Korea.',
    'He said Wednesday the United States will "go anywhere" with North Korea.',
    'Pyongyang’s vice foreign minister, Kim Son Gyong, criticised the meeting.',
    'The vice minister said it showed “the ugly face of the US”.',
  ].join('\n\n')
  const result = draft(text)
  expect(speakerOf(result, 'go anywhere')).toBe('Mark Lambert')
  expect(speakerOf(result, 'ugly face')).toBe('Kim Son Gyong')
  const lambert = result.actors.find((actor) => actor.name === 'Mark Lambert')
  expect(lambert?.country).toBe('US')
  const kim = result.actors.find((actor) => actor.name === 'Kim Son Gyong')
  expect(kim).toMatchObject({ role: 'vice foreign minister', country: 'KP' })
})

test('the one quoted, not the one quoting; a clause that goes on; the next sentence that goes on', () => {
  const text = [
    'Iranian Foreign Minister Mohammad Javad Zarif met Japanese officials in Tokyo.',
    '“I don’t know why he is confident,” NHK quoted Zarif as saying.',
    'Zarif earlier accused Washington of an “unacceptable” escalation, and said Tehran was showing “maximum restraint.”',
    'New Zealand Prime Minister Jacinda Ardern said she would resign. "My time has come," she told members of her party. "I just don\'t have enough in the tank."',
  ].join('\n\n')
  const result = draft(text)
  expect(speakerOf(result, 'why he is confident')).toBe('Mohammad Javad Zarif')
  expect(speakerOf(result, 'unacceptable')).toBe('Mohammad Javad Zarif')
  expect(speakerOf(result, 'maximum restraint')).toBe('Mohammad Javad Zarif')
  expect(speakerOf(result, 'My time has come')).toBe('Jacinda Ardern')
  expect(speakerOf(result, 'enough in the tank')).toBe('Jacinda Ardern')
  expect(result.actors.find((actor) => actor.name === 'Jacinda Ardern')).toMatchObject({
    role: 'New Zealand Prime Minister',
    country: 'NZ',
  })
})

test('a split quote and a quote running over paragraphs keep one speaker', () => {
  const text = [
    '“I am sure,” Putin said, “that we will win.”',
    '“The first part of a long answer, which went on.',
    '“And the second part,” Lavrov said.',
  ].join('\n\n')
  const result = draft(text)
  expect(speakerOf(result, 'that we will win')).toBe('Putin')
  expect(speakerOf(result, 'I am sure')).toBe('Putin')
  expect(speakerOf(result, 'And the second part')).toBe('Lavrov')
  expect(speakerOf(result, 'The first part')).toBe('Lavrov')
})

test('a quote whose speaker the text does not give has none', () => {
  const result = draft('The word ‘invincible’ appears in many letters. Critics were many.')
  expect(result.quotes).toHaveLength(1)
  expect(result.quotes[0]?.speaker).toBeUndefined()
})

test('countries from names, demonyms and capitals; organisations from their names', () => {
  const result = draft(
    'Washington believes Moscow is seeking closer ties with Pyongyang, a North Korean official told KCNA and the UN Security Council.',
  )
  const codes = result.actors.filter((actor) => actor.kind === 'country').map((actor) => actor.country)
  expect(codes.sort()).toEqual(['KP', 'RU', 'US'])
  const organisations = result.actors
    .filter((actor) => actor.kind === 'organization')
    .map((actor) => actor.name)
  expect(organisations).toEqual(expect.arrayContaining(['KCNA', 'UN Security Council']))
})

test('a date inside quoted words makes no event of its own', () => {
  const result = draft('“The issues will remain our focus this year,” she said.')
  expect(result.events.map((event) => event.date)).toEqual(['[..2023-08-17]'])
})

test('events: scheduled, alleged and undated reports', () => {
  const result = draft(
    [
      'The leaders are set to discuss security at a summit on Friday.',
      'The United States has accused North Korea of supplying weapons.',
      'Last month, the defence minister visited Pyongyang.',
    ].join('\n\n'),
  )
  const byParagraph = (number: number) => result.events.find((event) => event.paragraphs.includes(number))
  expect(byParagraph(1)).toMatchObject({ date: '2023-08-18', status: 'scheduled' })
  expect(byParagraph(2)).toMatchObject({ date: '[..2023-08-17]', status: 'alleged' })
  expect(byParagraph(3)).toMatchObject({ date: '2023-07', status: 'occurred' })
})

test('a wire story’s dateline is no part of its first event’s title; floods that claimed lives are no allegation', () => {
  const result = draft(
    [
      'PRAGUE (AP) — The death toll was rising in Central European countries on Sunday after days of heavy rains.',
      'The floods have claimed six lives in Romania, police said on Saturday.',
    ].join('\n\n'),
    '2024-09-15',
  )
  const byParagraph = (number: number) => result.events.find((event) => event.paragraphs.includes(number))
  expect(byParagraph(1)?.title).toMatch(/^The death toll was rising/)
  expect(byParagraph(1)).toMatchObject({ date: '2024-09-15', status: 'occurred' })
  expect(byParagraph(2)).toMatchObject({ date: '2024-09-14', status: 'occurred' })
})

test('every quote is the article’s own words at its span, whatever the text', () => {
  const piece = fc.constantFrom(
    '“We will win,” he said.',
    '‘deeply concerned’',
    "the minister's",
    '"a farce"',
    'Putin said',
    '“open',
    '’',
    '\n\n',
    ' ',
    'Korea’s',
    'On Tuesday,',
    'Kim Jong Un',
  )
  fc.assert(
    fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
      const text = pieces.join('')
      for (const quote of draft(text).quotes) {
        expect(quote.text).toBe(text.slice(quote.span.start, quote.span.end))
        expect(quote.text.trim()).toBe(quote.text)
      }
    }),
    { numRuns: 200 },
  )
})
