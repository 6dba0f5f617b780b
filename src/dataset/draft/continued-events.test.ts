import { expect, test } from 'vitest'
import { extractDraft } from './extract-draft'

function events(text: string, published: string) {
  return extractDraft({ text, published }).events.map((event) => ({
    date: event.date,
    paragraphs: event.paragraphs,
  }))
}

test('a past-tense report that goes on telling a dated event is that event, not one on or before publication', () => {
  const text = [
    'Tornadoes hit southern Louisiana on Tuesday, killing three people.',
    'The weather service said that seven tornadoes were confirmed.',
    'In Mississippi, one person died when a tornado destroyed a mobile home.',
  ].join('\n\n')
  expect(events(text, '2016-02-24')).toEqual([{ date: '2016-02-23', paragraphs: [1, 2, 3] }])
})

test('a sentence goes on telling an event by the words of the sentences that already did', () => {
  const text = [
    'Tornadoes tore through six states over the weekend, killing at least 90 people.',
    'One struck Mayfield, Kentucky, and killed at least eight people.',
    'The eight people confirmed dead in Mayfield worked in a candle factory.',
  ].join('\n\n')
  // The third shares no word with the first, but "Mayfield" and "eight" with the second, which goes on
  // telling it.
  expect(events(text, '2021-12-14')).toEqual([{ date: '2021-12-11/2021-12-12', paragraphs: [1, 2, 3] }])
})

test('a report in the present, or sharing only a word of time, is its own', () => {
  const launch = 'North Korea launched two missiles on Thursday, the military said.'
  // "says" reports now, not the launch.
  expect(events([launch, 'She says the missiles are a warning.'].join('\n\n'), '2023-08-18')).toEqual([
    { date: '2023-08-17', paragraphs: [1] },
    { date: '[..2023-08-18]', paragraphs: [2] },
  ])
  // "no date has been set": a date is no occasion.
  const talks = 'Wu told reporters on Thursday the date of the talks is still under discussion.'
  expect(
    events([talks, 'Japanese officials also said no date has been set.'].join('\n\n'), '2023-08-18'),
  ).toEqual([
    { date: '2023-08-17', paragraphs: [1] },
    { date: '[..2023-08-18]', paragraphs: [2] },
  ])
})
