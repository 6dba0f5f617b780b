import { describe, expect, it } from 'vitest'
import { embedSearch, fullAppSearch, isEmbedded } from './embed'

describe('the embedded layout', () => {
  it('is asked for by embed=1 (or any value but 0 and false)', () => {
    expect(isEmbedded('?embed=1')).toBe(true)
    expect(isEmbedded('?event=a&embed=true')).toBe(true)
    expect(isEmbedded('?embed')).toBe(true)
    expect(isEmbedded('?embed=0')).toBe(false)
    expect(isEmbedded('?embed=false')).toBe(false)
    expect(isEmbedded('?event=a')).toBe(false)
    expect(isEmbedded('')).toBe(false)
  })

  it('links out to the same view without embed', () => {
    expect(fullAppSearch('?embed=1&event=camp-david-summit&country=KP,RU')).toBe(
      '?event=camp-david-summit&country=KP,RU',
    )
    expect(fullAppSearch('?embed=1')).toBe('')
    expect(fullAppSearch('?data=/data/x.csv&embed=1&story=walk&step=2')).toBe(
      '?data=/data/x.csv&story=walk&step=2',
    )
  })
})

describe('an embed of the view', () => {
  it('of the timeline keeps the view and the dataset', () => {
    expect(embedSearch('?data=/data/x.csv&event=a&from=2023-07-01&to=2023-08-31', { kind: 'timeline' })).toBe(
      '?data=/data/x.csv&event=a&from=2023-07-01&to=2023-08-31&embed=1',
    )
  })

  it('of the timeline leaves story mode out', () => {
    expect(embedSearch('?story=walk&step=3', { kind: 'timeline' })).toBe('?embed=1')
  })

  it('of story mode opens at the narrative’s cover, with the dataset but not the dashboard’s view', () => {
    expect(
      embedSearch('?data=/data/x.csv&event=a&country=KP&q=missiles&embed=1', {
        kind: 'story',
        narrative: 'as-the-article-tells-it',
      }),
    ).toBe('?data=/data/x.csv&story=as-the-article-tells-it&embed=1')
  })

  it('writes a narrative id of any characters so that it reads back', () => {
    const search = embedSearch('', { kind: 'story', narrative: 'a&b=c d/é' })
    expect(new URLSearchParams(search).get('story')).toBe('a&b=c d/é')
  })
})
