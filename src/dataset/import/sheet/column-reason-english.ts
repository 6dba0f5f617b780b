import { formatCount } from '../../../lib/format-count'
import type { ColumnReason, CountedKind, SheetReview, ShownKind, ValuesSeen } from './column-reason'
import { roleWords } from './role-words'

// A column's reason and a sheet's review in English, for what is still written in English: the notes
// (see open-sheet.ts), the message of a linked file that cannot be shown the mapping step, logs and
// tests. The page words the same codes through its catalogs (components/reasons/), whose English
// a test holds to these.

const COUNTED_WORDS: Record<CountedKind, string> = {
  dates: 'dates',
  times: 'times of day',
  years: 'years',
  yyyymmdd: 'dates written as yyyymmdd',
  countries: 'countries',
  images: 'addresses of images',
  addresses: 'web addresses',
  numbers: 'numbers',
  people: 'people’s names',
  peopleLists: 'lists of people’s names',
  places: 'places’ names',
}

const SHOWN_WORDS: Record<ShownKind, string> = {
  yesNo: 'yes or no',
  ids: 'ids',
  paths: 'files’ names or paths, not web addresses',
  excelDates: 'Excel’s date numbers',
  numbering: 'the rows’ numbers',
}

function seenInEnglish(seen: ValuesSeen): string {
  switch (seen.code) {
    case 'empty':
      return 'it is empty in the first rows'
    case 'counted':
      return `its values are ${COUNTED_WORDS[seen.kind]} (${formatCount(seen.hits)} of ${formatCount(seen.of)})`
    case 'shown':
      return `its values are ${SHOWN_WORDS[seen.kind]} (${seen.examples.join(', ')}${seen.kind === 'numbering' ? '…' : ''})`
    case 'rowTypes':
      return 'its values are TimelineJS’s row types (title, era)'
    case 'latitudes':
      return 'its values are numbers between −90 and 90 (latitudes?)'
    case 'longitudes':
      return 'its values are numbers between −180 and 180 (longitudes?)'
    case 'longTexts':
      return `its values are long texts (${formatCount(seen.average)} characters on average)`
    case 'repeated':
      return `its values are a few short texts, repeated (${formatCount(seen.distinct)} different in ${formatCount(seen.of)})`
    case 'shortTexts':
      return `its values are short texts, nearly all different (${formatCount(seen.average)} characters on average)`
    case 'texts':
      return 'its values are texts'
    case 'fewNumbers':
      return `only ${formatCount(seen.hits)} of its first ${formatCount(seen.of)} rows hold a number`
    case 'fewTexts':
      return `only ${formatCount(seen.hits)} of its first ${formatCount(seen.of)} rows hold a text: too few for titles, a summary`
    case 'nationalities':
      return `its values are countries, but its name says a nationality (${formatCount(seen.hits)} of ${formatCount(seen.of)}), not where the event happened`
    case 'laterCalendar':
      return `its dates lie years after today (such as “${seen.example}”), another calendar’s beside the other column of dates`
    case 'notStatuses':
      return `its values are not occurred, scheduled or alleged (such as “${seen.example}”)`
    case 'knownUnread':
      return 'a column of its format this app has no place for'
  }
}

/** The reason in English, as the notes and logs write it ("its values are dates (18 of 20)"). */
export function columnReasonInEnglish(reason: ColumnReason): string {
  const beside = reason.beside ? `, beside a column of ${reason.beside}` : ''
  const { verdict } = reason
  const after =
    verdict === undefined
      ? ''
      : verdict.code === 'noRole'
        ? ': no role fits'
        : `: could be ${roleWords(verdict.role)}${verdict.readFrom === undefined ? '' : `, which is read from “${verdict.readFrom}”`}`
  return `${seenInEnglish(reason.seen)}${beside}${after}`
}

/** The review in English, for the message of a linked file that cannot be shown the mapping step. */
export function reviewInEnglish(review: SheetReview): string {
  switch (review.code) {
    case 'noColumns':
      return 'It has no columns.'
    case 'noDates':
      return 'No column holds dates this app can read: choose the column of dates (When › Date), or check that the header is the first row.'
    case 'noTitles':
      return 'No column holds titles: choose one, or a summary (each event is then titled by its first words).'
    case 'namesSayNeither':
      return 'Its columns’ names do not say which holds the dates and which the titles.'
    case 'datesByValues':
      return `Its dates (column “${review.column}”) were recognised by what they hold: ${columnReasonInEnglish(review.reason)}.`
    case 'untoldOrder':
      return `Its dates (column “${review.column}”) could be day first or month first: no day in them is over 12. Say which.`
  }
}
