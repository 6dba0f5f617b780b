import { expect, test } from 'vitest'
import { buildStory } from '../../testing/build-story'
import { densityBins } from './density-bins'

test('each bin counts its events, split into matching and filtered out', () => {
  const story = buildStory()
  const span = { start: Date.UTC(1900, 0, 1), end: Date.UTC(2030, 0, 1) }
  const matching = story.events.filter((event) => event.countries.includes('KP'))
  const { bins } = densityBins(span, story.events, matching)
  const sum = (pick: (bin: (typeof bins)[number]) => number) =>
    bins.reduce((total, bin) => total + pick(bin), 0)
  expect(sum((bin) => bin.matching)).toBe(matching.length)
  expect(sum((bin) => bin.matching + bin.others)).toBe(story.events.length)
  for (const bin of bins) {
    const inBin = (event: (typeof story.events)[number]) =>
      event.when.anchor >= bin.start && event.when.anchor < bin.end
    expect(bin.matching).toBe(matching.filter(inBin).length)
    expect(bin.others).toBe(story.events.filter(inBin).length - bin.matching)
  }
})
