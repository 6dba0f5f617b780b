import { expect, test } from 'vitest'
import { spanYears } from './density-chart'

test('the overview names its years once when the story lies within one', () => {
  expect(spanYears({ start: Date.UTC(1910, 0, 1), end: Date.UTC(2023, 7, 15) })).toBe('1910 – 2023')
  expect(spanYears({ start: Date.UTC(2022, 1, 24), end: Date.UTC(2022, 2, 5) })).toBe('2022')
})
