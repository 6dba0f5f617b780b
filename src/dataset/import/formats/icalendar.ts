import type { Importer } from '../importer'
import type { NamedText } from '../named-text'
import { refused } from '../read-refusal'

/**
 * An iCalendar file (.ics: a calendar's export, a conference's schedule), recognised by its first
 * line, BEGIN:VCALENDAR. Its reader loads ical.js, which nothing else needs, only for a calendar.
 */
export const iCalendar: Importer = {
  name: 'iCalendar',
  recognise: (input) => (input.files.some(isCalendar) ? 0.95 : 0),
  read: async (input) => {
    const file = input.files.find(isCalendar)
    if (!file) return refused({ code: 'declined', format: 'iCalendar' })
    const { datasetFromCalendar } = await import('./icalendar-reader')
    return datasetFromCalendar(file)
  },
}

const isCalendar = (file: NamedText) =>
  file.bytes === undefined && /^\uFEFF?\s*BEGIN:VCALENDAR\b/i.test(file.text.slice(0, 100))
