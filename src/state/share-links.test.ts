import { expect, test } from 'vitest'
import { linkToEvent } from './share-links'
import { parseViewParams } from './url-codec'

test('a link to an event names it alone, keeping the dataset but not the filters, window or embed', () => {
  expect(
    linkToEvent(
      'https://stories.example/app/?data=/data/x.csv&country=KP&q=letter&from=2023-01-01&to=2023-12-31&event=b&embed=1#top',
      'letter',
    ),
  ).toBe('https://stories.example/app/?data=/data/x.csv&event=letter')
})

test('a link to a quote names its event and the quote', () => {
  expect(linkToEvent('https://stories.example/?story=walk&step=2', 'letter', 'q-1')).toBe(
    'https://stories.example/?event=letter&quote=q-1',
  )
})

test('ids of any characters read back from the link as they were', () => {
  const link = linkToEvent('https://stories.example/', 'a&b c/é', 'q=1?#')
  const { state } = parseViewParams(new URL(link).search)
  expect(state).toMatchObject({ event: 'a&b c/é', quote: 'q=1?#' })
})
