import type { FormatProblem } from '../format/format-problem'
import { formatProblemInEnglish } from '../format/format-problem'
import type { DatasetIssue } from '../validate/dataset-issue'
import { type FoundValue, foundInEnglish } from '../validate/found-value'

// The English of what importers say of the rows they leave out lives here, with the importers: the
// first view validates datasets with the checks' English only, and need not carry these words.

/** What was expected, in English, for any code: an importer's or the dataset's checks'. */
export function problemInEnglish(problem: FormatProblem): string {
  switch (problem.code) {
    case 'wellFormedCsvRow':
      return 'a well-formed CSV row'
    case 'componentEnded':
      return `a ${problem.kind} ending with END:${problem.kind}`
    case 'icalReadable':
      return `a ${problem.kind} ical.js can read`
    case 'icalFieldsReadable':
      return 'a VEVENT whose fields ical.js can read'
    case 'dtstart':
      return 'a DTSTART (when the event starts)'
    case 'summary':
      return 'a SUMMARY (the event’s title)'
    case 'tookPlace':
      return 'an event that took place'
    default:
      return formatProblemInEnglish(problem)
  }
}

/** What was found, in English, for any code: an importer's or the dataset's checks'. */
export function foundValueInEnglish(found: FoundValue): string {
  switch (found.code) {
    case 'cellCount':
      return `too ${found.cells > found.header ? 'many' : 'few'} cells (${found.cells}, where the header has ${found.header})`
    case 'brokenRow':
      return 'a broken row'
    case 'parserSaid':
      return found.english
    case 'none':
      return 'none'
    case 'fileEndsFirst':
      return 'the file ends first'
    case 'cancelled':
      return 'a cancelled one (STATUS:CANCELLED)'
    default:
      return foundInEnglish(found)
  }
}

/** A row an importer left out, as codes with their English (the list of rows left out, logs, tests). */
export function readIssue(path: string, expected: FormatProblem, found: FoundValue): DatasetIssue {
  return {
    path,
    expected: problemInEnglish(expected),
    found: foundValueInEnglish(found),
    problem: { expected, found },
  }
}
