import { expect, test } from 'vitest'
import { parseEdtf } from '../dates/parse-edtf'
import { parseDay } from './calendar'
import { findTimeExpressions } from './time-expressions'
import { directionAt } from './verb-tense'

// Thursday 17 August 2023, the example.
const thursday = parseDay('2023-08-17')

function datesIn(text: string, published = thursday): string[] {
  if (!published) throw new Error('bad test date')
  return findTimeExpressions(text, [{ start: 0, end: text.length }], published).map((found) => {
    const sentence = { start: 0, end: text.length }
    return directionAt(text, sentence, found.span) === 'future' && found.directional
      ? found.future
      : found.past
  })
}

test('a weekday is the one before publication for a past verb, after it for a future one', () => {
  expect(datesIn('Kim wrote to Putin on Tuesday.')).toEqual(['2023-08-15'])
  expect(datesIn('The leaders will meet on Friday.')).toEqual(['2023-08-18'])
  expect(datesIn('The meeting, set for Monday, is the first since 2017.')).toEqual(['2023-08-21', '2017'])
  expect(datesIn('On Tuesday, Kim said the friendship was strong.')).toEqual(['2023-08-15'])
})

test('relative months and years keep the precision the words give', () => {
  expect(datesIn('Last month, the minister visited.')).toEqual(['2023-07'])
  expect(datesIn('Troops were deployed last year.')).toEqual(['2022'])
  expect(datesIn('It flared two years ago.')).toEqual(['2021'])
  expect(datesIn('It flared nearly three years ago.')).toEqual(['2020~'])
  // The part of the month before publication, as "earlier in the week" is (it was the whole month).
  expect(datesIn('Prices rose earlier this month.')).toEqual(['2023-08-01/2023-08-17'])
  expect(datesIn('Facebook announced its offering earlier this year.')).toEqual(['2023-01-01/2023-08-17'])
  expect(datesIn('Talks resume later this year.')).toEqual(['2023-08-17/2023-12-31'])
  expect(datesIn('Talks resume next year.')).toEqual(['2024'])
})

test('decades, centuries and ranges of years', () => {
  expect(datesIn('It was built in the 1990s.')).toEqual(['199X'])
  expect(datesIn('Japan ruled Korea from 1910 to 1945.')).toEqual(['1910/1945'])
  expect(datesIn('Japan’s 1910-45 colonial rule ended.')).toEqual(['1910/1945'])
  expect(datesIn('A 19th-century fort stands there.')).toEqual(['18XX'])
})

test('days and months named without a year point the way their verb does', () => {
  expect(datesIn('The round recessed August 7.')).toEqual(['2023-08-07'])
  expect(datesIn('He would like the talks to resume on September 2.')).toEqual(['2023-09-02'])
  expect(datesIn('The violence erupted in May.')).toEqual(['2023-05'])
  expect(datesIn('They will meet again in March.')).toEqual(['2024-03'])
  expect(datesIn('Six-way talks began in August of 2003.')).toEqual(['2003-08'])
})

test('weeks are the days they span', () => {
  expect(datesIn('They met this week.')).toEqual(['2023-08-14/2023-08-17'])
  expect(datesIn('All sides would meet again on the week of August 29.')).toEqual(['2023-08-29/2023-09-04'])
  expect(datesIn('He resigned earlier in the week.')).toEqual(['2023-08-11/2023-08-17'])
  expect(datesIn('She left yesterday.')).toEqual(['2023-08-16'])
})

test('a weekend is its Saturday and Sunday, before publication or, looking ahead, after it', () => {
  expect(datesIn('Tornadoes tore through six states over the weekend.')).toEqual(['2023-08-12/2023-08-13'])
  expect(datesIn('Protesters will rally this weekend.')).toEqual(['2023-08-19/2023-08-20'])
  // A forecast looks ahead ("forecasted" is no past event).
  expect(datesIn('Severe weather is forecasted from Washington to Florida this week.')).toEqual([
    '2023-08-17/2023-08-20',
  ])
  expect(datesIn('It rained last weekend.', parseDay('2023-08-19'))).toEqual(['2023-08-12/2023-08-13'])
})

test('"now", durations and counts from another event are no dates', () => {
  expect(
    datesIn('It is now stronger than ever, after 13 days of talks, and one month later it ended.'),
  ).toEqual([])
  expect(datesIn('About 1500 people marched.')).toEqual([])
  expect(datesIn('A light year is the distance light travels in a year.')).toEqual([])
})

test('every date read is valid EDTF', () => {
  const text =
    'On Tuesday, last month, last year, in the 1990s, from 1910 to 1945, two years ago, around 2007, this summer, the week of August 29, earlier this week, in May of 2008, yesterday, over the weekend, earlier this year, later this month.'
  for (const date of datesIn(text)) expect(parseEdtf(date).ok, date).toBe(true)
})

test('a present verb of doing looks ahead; one of saying or being says nothing of when', () => {
  expect(datesIn('But on August 18th, Facebook becomes a publicly traded company.')).toEqual(['2023-08-18'])
  expect(datesIn('The summit opens on Monday.')).toEqual(['2023-08-21'])
  expect(datesIn('On Monday, Wu says, the talks stalled.')).toEqual(['2023-08-14'])
  expect(datesIn('The meeting on Tuesday is the first since 2017.')).toEqual(['2023-08-15', '2017'])
})

test('a weekday takes the tense of its own clause’s verb, not of a relative clause’s', () => {
  expect(datesIn('On Thursday, reporters saw trucks hosing down mud which would dry out into dust.')).toEqual(
    ['2023-08-17'],
  )
  expect(datesIn('On Monday, the council approved a plan which will cut taxes.')).toEqual(['2023-08-14'])
  expect(datesIn('On Tuesday the minister met families who would be rehoused by winter.')).toEqual([
    '2023-08-15',
  ])
  expect(datesIn('The trucks, which will return next week, left the village on Wednesday.')).toEqual([
    '2023-08-21/2023-08-27',
    '2023-08-16',
  ])
  expect(datesIn('On Friday they went to the camp, where families will stay.')).toEqual(['2023-08-11'])
  expect(datesIn('Officials who took part said the road would reopen on Friday.')).toEqual(['2023-08-18'])
})

test('"earlier in the day" and "in the morning" are no date of their own (chrono read "in the day" as tomorrow)', () => {
  expect(datesIn('Earlier in the day, she entered the Oval Office for the last time.')).toEqual([])
  expect(datesIn('In the morning, the minister spoke to reporters.')).toEqual([])
  expect(datesIn('On Saturday night, she received the prize.')).toEqual(['2023-08-12'])
})

test('a year naming a work or an occasion is its date: "the 1995 comedy", "the 2022 election"', () => {
  expect(datesIn('He starred in the 1995 comedy Major Payne.')).toEqual(['1995'])
  expect(datesIn('She lost the 2022 election to her rival.')).toEqual(['2022'])
  expect(datesIn('The 2000 people who came were counted.')).toEqual([])
})
