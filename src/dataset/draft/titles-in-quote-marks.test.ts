import { expect, test } from 'vitest'
import { extractDraft } from './extract-draft'

const draft = (text: string) => extractDraft({ text, published: '2025-02-24' })

test('titles of films, shows and books in quote marks are nobody’s words: no quote is proposed for them', () => {
  const result = draft(
    [
      'Keenen Ivory Wayans created the sketch comedy series "In Living Color" in 1990 and directed the 2000 slasher spoof "Scary Movie," written by Marlon Wayans.',
      'Damon Wayans Jr. has acted in two of the most critically acclaimed comedies in recent years: "Happy Endings" and "New Girl."',
      'She also won an Emmy for her hosting efforts on NBC\'s "Password." Shawn Wayans starred in "White Chicks" in 2004.',
      '"We wouldn\'t be here if it wasn\'t for our big brother," Marlon Wayans said.',
    ].join('\n\n'),
  )
  expect(result.quotes.map((quote) => quote.text)).toEqual([
    "We wouldn't be here if it wasn't for our big brother,",
  ])
})

test('short words in quote marks that are not a title stay quotes: a phrase, a word of the speaker’s', () => {
  const result = draft(
    [
      'The US said it was "deeply concerned" about the talks.',
      'The minister called the plan "A Disaster" on Monday, officials said.',
    ].join('\n\n'),
  )
  expect(result.quotes.map((quote) => quote.text)).toEqual(['deeply concerned', 'A Disaster'])
})
