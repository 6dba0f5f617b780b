import type { EdtfProblem } from './story-date'

// Why a text is no EDTF date, in English: for the dataset's checks (their messages are English, as
// the format's schema is, see validate/) and for logs. The editor's date field words the same codes
// in the reader's language; a test holds its English to these.
const ENGLISH: Record<EdtfProblem, string> = {
  spaces: 'an EDTF date without surrounding spaces, such as 2023-08-15',
  noSuchDay: 'a calendar date that exists (month 01–12, a day that the month has)',
  endBeforeStart: 'an interval whose end comes after its start',
  noKnownEnd: 'a date with at least one known end',
  outsideYears: 'a date within the years -9999 to 9999 (year 0 is 1 BCE)',
  notEdtf: 'an EDTF date such as 2023-08-15, 2023-07, 2022, 1910/1945, 1945~ or [..2023-08-15]',
}

export function edtfProblemInEnglish(problem: EdtfProblem): string {
  return ENGLISH[problem]
}
