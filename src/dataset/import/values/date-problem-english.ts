import type { DateProblem } from '../../dates/date-problem'
import { edtfProblemInEnglish } from '../../dates/edtf-problem-english'

/**
 * Why a cell is no date, in English, as "expected …" says it: for the list of rows left out (a file
 * others read, in the format's words) and logs. The page words the same codes in the reader's
 * language (components/reasons/); a test holds its English to these.
 */
export function dateProblemInEnglish(problem: DateProblem): string {
  switch (problem.code) {
    case 'edtf':
      return edtfProblemInEnglish(problem.problem)
    case 'noSuchDay':
      return 'a calendar date that exists (month 1–12, a day that the month has)'
    case 'tooLong':
      return 'a date of a few characters'
    case 'emptyCell':
      return 'a date (the cell is empty)'
    case 'noSuchTime':
      return 'a time of day that exists (hours 0–23, minutes and seconds 0–59)'
    case 'excelNumber':
      return 'an Excel date number (1 to 2958465)'
    case 'monthName':
      return `a month’s name (found “${problem.found}”)`
    case 'hijriAlone':
      return 'a Gregorian date (a Hijri date alone is not read: write the Gregorian beside it)'
    case 'noYearZero':
      return 'a year from 1 BC or AD on (there is no year 0 in either)'
    case 'rangeEnd':
      return `a range whose end comes after its start (found ${problem.found})`
    case 'notADate':
      return 'a date such as 2022-02-24, 24/02/2022, 02/24/2022, 24 February 2022, Feb 24, 2022, February 2022, c. 1850 or March–April 2003'
  }
}
