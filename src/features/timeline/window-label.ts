import type { TimeWindow } from '../../state/view-state'

const DAY = 86_400_000
const YEAR = 365.25 * DAY

/** The visible window in words, at a precision that suits its length: "20 Jun – 28 Aug 2023", "1903–2030". */
export function formatWindow({ start, end }: TimeWindow): string {
  const length = end - start
  const options: Intl.DateTimeFormatOptions =
    length > 20 * YEAR
      ? { year: 'numeric', timeZone: 'UTC' }
      : length > 2 * YEAR
        ? { month: 'short', year: 'numeric', timeZone: 'UTC' }
        : length > 2 * DAY
          ? { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' }
          : {
              day: 'numeric',
              month: 'short',
              year: 'numeric',
              hour: '2-digit',
              minute: '2-digit',
              timeZone: 'UTC',
            }
  const format = new Intl.DateTimeFormat('en-GB', options)
  return `Showing ${format.formatRange(new Date(start), new Date(end))}`
}
