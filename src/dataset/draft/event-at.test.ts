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
