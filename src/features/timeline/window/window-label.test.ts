import fc from 'fast-check'
import { expect, test } from 'vitest'
import { formatWindow } from './window-label'

const at = (year: number, month: number, day: number, hour = 0, minute = 0) =>
  Date.UTC(year, month - 1, day, hour, minute)
const label = (start: number, end: number) => formatWindow({ start, end })

test('the window is said at a precision that suits its length', () => {
  expect(label(at(1903, 1, 1), at(2030, 6, 1))).toBe('Showing 1903 – 2030')
  expect(label(at(1760, 1, 1), at(1950, 1, 1))).toBe('Showing 1760 – 1950')
  expect(label(at(2019, 1, 1), at(2023, 8, 1))).toBe('Showing Jan 2019 – Aug 2023')
  expect(label(at(2020, 1, 1), at(2023, 8, 1))).toBe('Showing Jan 2020 – Aug 2023')
  expect(label(at(2023, 6, 27), at(2023, 9, 10))).toBe('Showing 27 Jun – 10 Sept 2023')
  expect(label(at(2023, 8, 1), at(2023, 8, 31))).toBe('Showing 1 – 31 Aug 2023')
  expect(label(at(2022, 12, 20), at(2023, 1, 5))).toBe('Showing 20 Dec 2022 – 5 Jan 2023')
  expect(label(at(2023, 8, 1, 9, 5), at(2023, 8, 1, 17, 30))).toBe('Showing 1 Aug 2023, 09:05–17:30')
  expect(label(at(2023, 8, 1, 22), at(2023, 8, 2, 3))).toBe('Showing 1 Aug 2023, 22:00 – 2 Aug 2023, 03:00')
  expect(label(at(-500, 1, 1), at(2000, 1, 1))).toBe('Showing 501 BC – 2000 AD')
})

// The label is written out by hand to spare the page a date formatter; it must read exactly as the
// platform's British English range format does.
const DAY = 86_400_000
const YEAR = 365.25 * DAY
test('the same text as the British English range format, for any window', () => {
  const lengths = fc.oneof(
    fc.integer({ min: 60_000, max: 2 * DAY }),
    fc.integer({ min: 2 * DAY + 1, max: 2 * YEAR }),
    fc.integer({ min: 2 * YEAR + 1, max: 20 * YEAR }),
    fc.integer({ min: 20 * YEAR + 1, max: 500 * YEAR }),
  )
  fc.assert(
    fc.property(fc.integer({ min: at(1000, 1, 1), max: at(2999, 1, 1) }), lengths, (start, length) => {
      const end = start + length
      const options: Intl.DateTimeFormatOptions =
        length > 20 * YEAR
          ? { year: 'numeric' }
          : length > 2 * YEAR
            ? { month: 'short', year: 'numeric' }
            : length > 2 * DAY
              ? { day: 'numeric', month: 'short', year: 'numeric' }
              : { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit' }
      const platform = new Intl.DateTimeFormat('en-GB', { ...options, timeZone: 'UTC' })
      // Newer CLDR data puts thin spaces around the dash where Chromium writes plain ones.
      const text = platform.formatRange(start, end).replace(/\u2009/g, ' ')
      expect(formatWindow({ start, end })).toBe(`Showing ${text}`)
    }),
    { numRuns: 500 },
  )
})
