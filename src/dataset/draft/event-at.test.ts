import { expect, test } from 'vitest'
import { eventAt } from './event-at'

const ARTICLE = [
  'Leaders meet as tensions rise',
  'In his letter to Putin on Tuesday, Kim said the two countries’ friendship was forged in war.',
  'The United States has accused North Korea of providing weapons to Russia.',
  'The leaders will meet at Camp David on Friday, officials said.',
].join('\n\n')
const at = (words: string) => {
  const start = ARTICLE.indexOf(words)
  return { start, end: start + words.length }
}

test('the date the selection holds, read against a Thursday’s publication, with its sentence', () => {
  expect(eventAt(ARTICLE, at('on Tuesday'), '2023-08-17')).toMatchObject({
    date: '2023-08-15',
    status: 'occurred',
    paragraph: 2,
    summary: 'In his letter to Putin on Tuesday, Kim said the two countries’ friendship was forged in war.',
  })
})

test('a future verb sends a weekday forward and schedules the event', () => {
  expect(eventAt(ARTICLE, at('Camp David'), '2023-08-17')).toMatchObject({
    date: '2023-08-18',
    status: 'scheduled',
  })
})

test('an undated accusation is alleged, on or before publication; no publication, no date', () => {
  expect(eventAt(ARTICLE, at('accused North Korea'), '2023-08-17')).toMatchObject({
    date: '[..2023-08-17]',
    status: 'alleged',
  })
  expect(eventAt(ARTICLE, at('accused North Korea'), '')).toMatchObject({ date: '', status: 'occurred' })
})

test('in hard-wrapped text, a selection’s sentence runs over its lines', () => {
  const text = [
    'The death toll was rising in Central European countries on',
    'Sunday after days of heavy rains caused widespread flooding.',
    'The Prime Minister said his government was set to meet on',
    'Monday to assess the damages, and rescuers used boats in the',
    'city.',
    'Several Central European nations have already been hit by',
    'severe flooding, including Austria, Poland and Romania.',
  ].join('\n')
  const found = eventAt(
    text,
    { start: text.indexOf('Monday'), end: text.indexOf('Monday') + 6 },
    '2024-09-15',
  )
  expect(found).toMatchObject({ date: '2024-09-16', status: 'scheduled', paragraph: 3 })
  expect(found?.summary.startsWith('The Prime Minister said')).toBe(true)
})
