import { formatCount } from '../../lib/format-count'
import type { FormatProblem } from '../format/format-problem'
import { formatProblemInEnglish } from '../format/format-problem'
import type { DatasetIssue } from '../validate/dataset-issue'
import { type FoundValue, foundInEnglish } from '../validate/found-value'
import { type IssuePlace, placeInEnglish } from '../validate/row-place'

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
    case 'slide':
      return 'a slide (an object)'
    case 'dateInParts':
      return 'a date in parts: a year, and a month and day if known'
    case 'headlineOrText':
      return 'a headline or some text'
    case 'gdeltFields':
      return 'a GDELT event: 57, 58 or 61 tab-separated fields'
    case 'yyyymmdd':
      return 'a date as YYYYMMDD'
    case 'binding':
      return 'a binding (an object of variables)'
    case 'bindingValue':
      return 'a binding with a value'
    case 'resultRow':
      return 'a row (an object of texts)'
    case 'geojsonFeature':
      return 'a GeoJSON Feature (an object with "type": "Feature")'
    case 'jsonObjectLine':
      return 'a JSON object on one line'
    case 'forensicTime':
      return 'a date and time such as 2015-07-24T19:01:01+00:00 (or a timestamp in microseconds)'
    case 'message':
      return 'a message'
    case 'headerRow':
      return 'a header row naming the columns'
    case 'columnNamed':
      return `a column named "${problem.column}"`
    case 'dateColumn':
      return 'a column of dates ("date", "event_date", or TimelineJS\'s "Year", "Month", "Day")'
    case 'titleColumn':
      return 'a column of titles ("title" or "headline", or ACLED\'s "event_type" and "location", or a "description", or a "place")'
    case 'sheetOfEvents':
      return 'a header row, and rows of events under it'
    case 'datasetOrEventsCsv':
      return 'a JSON dataset or an events CSV'
    case 'atLeastOneEvent':
      return 'at least one event'
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
    case 'jsType':
      return found.type
    case 'fieldCount':
      return `${formatCount(found.count)} ${found.count === 1 ? 'field' : 'fields'}`
    case 'noneReadable':
      return 'none that could be read'
    case 'brokenJson':
      return found.english === null ? 'broken JSON' : `broken JSON (${found.english})`
    case 'aList':
      return 'a list'
    case 'typed':
      return `a "${found.type}"`
    case 'emptyCell':
      return 'an empty cell'
    case 'columns': {
      if (found.names.length === 0) return 'no columns'
      const more = found.more > 0 ? ` and ${formatCount(found.more)} more` : ''
      return `columns ${found.names.map((name) => JSON.stringify(name)).join(', ')}${more}`
    }
    case 'noRows':
      return 'no rows'
    case 'files':
      return found.names.join(', ') || 'nothing'
    default:
      return foundInEnglish(found)
  }
}

/**
 * A row an importer left out, as codes with their English (the list of rows left out, logs, tests):
 * where, as a row's place (a code, its English the path) or a path in the file ("events[3]").
 */
export function readIssue(
  where: IssuePlace | string,
  expected: FormatProblem,
  found: FoundValue,
): DatasetIssue {
  return {
    path: typeof where === 'string' ? where : placeInEnglish(where),
    expected: problemInEnglish(expected),
    found: foundValueInEnglish(found),
    problem: { expected, found },
    ...(typeof where === 'string' ? {} : { at: where }),
  }
}
