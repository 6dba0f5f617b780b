import { Fragment, type ReactNode } from 'react'
import type { ColumnReason, SheetReview, ValuesSeen } from '../../dataset/import/column-choice'
import { separators } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { roleInSentence } from './role-in-sentence'

// The mapping step's reasons in the reader's language: why a column was read as it was, or left
// unread, and why the reader is asked to look first. Loaded with the step (and the notes), not with
// the first view. Data (a column's name, its values) is given as <bdi>, isolated from the sentence.

const seen = defineMessages({
  empty: { id: 'reasons.column.empty', defaultMessage: 'it is empty in the first rows' },
  counted: {
    id: 'reasons.column.counted',
    defaultMessage:
      '{kind, select, dates {its values are dates} times {its values are times of day} years {its values are years} yyyymmdd {its values are dates written as yyyymmdd} countries {its values are countries} images {its values are addresses of images} addresses {its values are web addresses} people {its values are people’s names} peopleLists {its values are lists of people’s names} places {its values are places’ names} other {its values are numbers}} ({hits, number} of {of, number})',
  },
  shown: {
    id: 'reasons.column.shown',
    defaultMessage:
      '{kind, select, yesNo {its values are yes or no ({examples})} ids {its values are ids ({examples})} paths {its values are files’ names or paths, not web addresses ({examples})} excelDates {its values are Excel’s date numbers ({examples})} other {its values are the rows’ numbers ({examples}…)}}',
  },
  rowTypes: {
    id: 'reasons.column.rowTypes',
    defaultMessage: 'its values are TimelineJS’s row types (title, era)',
  },
  latitudes: {
    id: 'reasons.column.latitudes',
    defaultMessage: 'its values are numbers between −90 and 90 (latitudes?)',
  },
  longitudes: {
    id: 'reasons.column.longitudes',
    defaultMessage: 'its values are numbers between −180 and 180 (longitudes?)',
  },
  longTexts: {
    id: 'reasons.column.longTexts',
    defaultMessage: 'its values are long texts ({average, number} characters on average)',
  },
  repeated: {
    id: 'reasons.column.repeated',
    defaultMessage:
      'its values are a few short texts, repeated ({distinct, number} different in {of, number})',
  },
  shortTexts: {
    id: 'reasons.column.shortTexts',
    defaultMessage:
      'its values are short texts, nearly all different ({average, number} characters on average)',
  },
  texts: { id: 'reasons.column.texts', defaultMessage: 'its values are texts' },
  fewNumbers: {
    id: 'reasons.column.fewNumbers',
    defaultMessage: 'only {hits, number} of its first {of, number} rows hold a number',
  },
  fewTexts: {
    id: 'reasons.column.fewTexts',
    defaultMessage:
      'only {hits, number} of its first {of, number} rows hold a text: too few for titles, a summary',
  },
  nationalities: {
    id: 'reasons.column.nationalities',
    defaultMessage:
      'its values are countries, but its name says a nationality ({hits, number} of {of, number}), not where the event happened',
  },
  laterCalendar: {
    id: 'reasons.column.laterCalendar',
    defaultMessage:
      'its dates lie years after today (such as “{example}”), another calendar’s beside the other column of dates',
  },
  notStatuses: {
    id: 'reasons.column.notStatuses',
    defaultMessage: 'its values are not occurred, scheduled or alleged (such as “{example}”)',
  },
  knownUnread: {
    id: 'reasons.column.knownUnread',
    defaultMessage: 'a column of its format this app has no place for',
  },
})

const after = defineMessages({
  beside: {
    id: 'reasons.column.beside',
    defaultMessage:
      '{beside, select, latitudes {, beside a column of latitudes} other {, beside a column of longitudes}}',
  },
  noRole: { id: 'reasons.column.noRole', defaultMessage: ': no role fits' },
  couldBe: { id: 'reasons.column.couldBe', defaultMessage: ': could be {role}' },
  couldBeFrom: {
    id: 'reasons.column.couldBeFrom',
    defaultMessage: ': could be {role}, which is read from “{column}”',
  },
})

const review = defineMessages({
  noColumns: { id: 'reasons.review.noColumns', defaultMessage: 'It has no columns.' },
  noDates: {
    id: 'reasons.review.noDates',
    defaultMessage:
      'No column holds dates this app can read: choose the column of dates (When › Date), or check that the header is the first row.',
  },
  noTitles: {
    id: 'reasons.review.noTitles',
    defaultMessage:
      'No column holds titles: choose one, or a summary (each event is then titled by its first words).',
  },
  namesSayNeither: {
    id: 'reasons.review.namesSayNeither',
    defaultMessage: 'Its columns’ names do not say which holds the dates and which the titles.',
  },
  datesByValues: {
    id: 'reasons.review.datesByValues',
    defaultMessage: 'Its dates (column “{column}”) were recognised by what they hold: {reason}.',
  },
  untoldOrder: {
    id: 'reasons.review.untoldOrder',
    defaultMessage:
      'Its dates (column “{column}”) could be day first or month first: no day in them is over 12. Say which.',
  },
})

const data = (text: string) => <bdi>{text}</bdi>

/** Values of the data, each isolated, joined by the language's comma. */
function examples(values: readonly string[]): ReactNode {
  return values.map((value, index) => (
    // The examples are fixed for a reason: their place is their key.
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list
    <Fragment key={index}>
      {index > 0 && separators().comma}
      <bdi>{value}</bdi>
    </Fragment>
  ))
}

function seenWords(what: ValuesSeen): ReactNode {
  switch (what.code) {
    case 'counted':
      return richText(seen.counted, { kind: what.kind, hits: what.hits, of: what.of })
    case 'shown':
      return richText(seen.shown, { kind: what.kind, examples: examples(what.examples) })
    case 'longTexts':
    case 'shortTexts':
      return richText(seen[what.code], { average: what.average })
    case 'repeated':
      return richText(seen.repeated, { distinct: what.distinct, of: what.of })
    case 'fewNumbers':
    case 'fewTexts':
    case 'nationalities':
      return richText(seen[what.code], { hits: what.hits, of: what.of })
    case 'laterCalendar':
    case 'notStatuses':
      return richText(seen[what.code], { example: data(what.example) })
    default:
      return richText(seen[what.code], {})
  }
}

/** A column's reason as words of the reader's language ("its values are dates (18 of 20)"). */
export function ColumnReasonWords({ reason }: { reason: ColumnReason }) {
  const { verdict } = reason
  return (
    <>
      {seenWords(reason.seen)}
      {reason.beside && richText(after.beside, { beside: reason.beside })}
      {verdict?.code === 'noRole' && richText(after.noRole, {})}
      {verdict?.code === 'couldBe' &&
        (verdict.readFrom === undefined
          ? richText(after.couldBe, { role: roleInSentence(verdict.role) })
          : richText(after.couldBeFrom, {
              role: roleInSentence(verdict.role),
              column: data(verdict.readFrom),
            }))}
    </>
  )
}

/** Why the reader is asked to look at the columns before the file opens. */
export function SheetReviewWords({ review: said }: { review: SheetReview }) {
  switch (said.code) {
    case 'datesByValues':
      return richText(review.datesByValues, {
        column: data(said.column),
        reason: <ColumnReasonWords reason={said.reason} />,
      })
    case 'untoldOrder':
      return richText(review.untoldOrder, { column: data(said.column) })
    default:
      return richText(review[said.code], {})
  }
}
