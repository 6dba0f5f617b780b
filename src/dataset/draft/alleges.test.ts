import { expect, test } from 'vitest'
import { alleges } from './find-events'

test('accusations, claims made, "allegedly" and "reportedly" make an allegation', () => {
  for (const words of [
    'The United States has accused North Korea of providing weapons to Russia.',
    'The group claimed responsibility for the attack on Tuesday.',
    'Officials claim that the strike hit a school.',
    'The alleged attack happened on Monday.',
    'Troops allegedly opened fire on the crowd.',
    'The minister reportedly resigned last week.',
  ])
    expect(alleges(words), words).toBe(true)
})

test('a claim that took something, and "the alleged" late in a sentence about something else, do not', () => {
  for (const words of [
    'The floods have claimed six lives in Romania and one each in Austria and Poland.',
    'She claimed the title in Paris on Sunday.',
    'The storm claimed at least 12 victims.',
    'Police arrested four men on Friday after a long search for the alleged perpetrators.',
    'The council met on Tuesday to discuss the budget.',
  ])
    expect(alleges(words), words).toBe(false)
})
