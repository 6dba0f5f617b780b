import type { ReactNode } from 'react'
import { countryCodeOf } from '../../dataset/format/country-codes'
import { shownCountryName } from '../../dataset/format/shown-country-name'
import type { CouldBe, ReadNote } from '../../dataset/notes/read-note'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { ColumnReasonWords } from '../reasons/column-reason-words'
import { roleInSentence } from '../reasons/role-in-sentence'
import { CalendarNoteWords } from './calendar-note-words'
import { GdeltNoteWords } from './gdelt-note-words'
import { GeojsonNoteWords } from './geojson-note-words'
import { JsonNoteWords } from './json-note-words'
import { KmlGpxNoteWords } from './kml-gpx-note-words'
import { data, leftOutWords, listed, listedBy, rowsWords } from './note-parts'
import { QueryNoteWords } from './query-note-words'
import { RecordsNoteWords } from './records-note-words'
import { sheetMessages } from './sheet-note-messages'
import { TimelineNoteWords } from './timeline-note-words'
import { TimelineJsNoteWords } from './timelinejs-note-words'
import { TimemapNoteWords } from './timemap-note-words'
import { WorkbookNoteWords } from './workbook-note-words'

// What the reader should know of how a file was read, in the reader's language: one message per code
// (sheet-note-messages.ts), its values filled in, the file's own words (a column's name, a cell's
// text) isolated as <bdi>. Loaded only when a story has notes (notice-list.tsx), not with the first view.

const parts = defineMessages({
  word: { id: 'notes.statusWord', defaultMessage: '“{text}” ({count, plural, one {# row} other {# rows}})' },
  unknown: {
    id: 'notes.unknownValue',
    defaultMessage: '“{text}” ({count, plural, one {row {lines}} other {# rows: {lines}}})',
  },
  suggestion: {
    id: 'notes.unknownValueSuggestion',
    defaultMessage:
      '“{text}” ({count, plural, one {row {lines}} other {# rows: {lines}}}; did you mean {suggestion}?)',
  },
  quoted: { id: 'notes.quoted', defaultMessage: '“{text}”' },
  unread: { id: 'notes.unreadColumn', defaultMessage: '"{name}" ({could})' },
  could: {
    id: 'notes.couldBe',
    defaultMessage:
      '{code, select, empty {empty} numbering {the rows’ numbers} yesNo {yes or no: no role fits} paths {files’ names, not web addresses} role {could be {role}} other {no role fits}}',
  },
  guessed: { id: 'notes.guessedColumn', defaultMessage: '"{name}" as {role}' },
  guessedWhy: { id: 'notes.guessedColumnWhy', defaultMessage: '"{name}" as {role} ({why})' },
  form: {
    id: 'notes.dateForm',
    defaultMessage:
      '{count, number} written as {form, select, edtf {EDTF / ISO 8601 (2022-02-24)} dateTime {a date and time (2022-02-24 10:30)} dayFirst {day/month/year (24/02/2022)} monthFirst {month/day/year (02/24/2022)} yearFirst {year/month/day (2022/2/24)} compact {year, month and day run together (20220224)} dayMonthName {day, month name, year (24 February 2022, 9 mars 2021, 24-Feb-22)} monthNameDay {month name, day, year (Feb 24, 2022)} monthNameYear {month name and year (February 2022, marzo de 2023)} excelSerial {an Excel date number (44616)} range {a range (March–April 2003 as 2003-03/2003-04)} approximate {an approximate date (c. 1850 as 1850~)} decade {a decade or century (1990s as 199X, some year of the 1990s)} partOfYear {a part of a year or month (early 2020, fin 2024: one of its months or days)} era {a year BC or AD (67 BC as -0066)} other {a Hijri date beside its Gregorian (11 H/632 M: the Gregorian was read)}}',
  },
})

// ICU's select keys are words: the forms' hyphenated codes as such.
const camel = (code: string) => code.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase())
const FORM_KEYS: Record<string, string> = {
  'numeric-day-first': 'dayFirst',
  'numeric-month-first': 'monthFirst',
  'numeric-year-first': 'yearFirst',
  'double-calendar': 'other',
}

function couldWords(could: CouldBe): ReactNode {
  return richText(parts.could, {
    code: could.code,
    role: could.code === 'role' ? roleInSentence(could.role) : '',
  })
}

/** A note in the reader's language. */
export function ReadNoteWords({ note }: { note: ReadNote }): ReactNode {
  const m = sheetMessages
  switch (note.code) {
    case 'rowsLeftOut':
    case 'slidesLeftOut':
      return richText(m[note.code], { rows: note.rows, of: note.of, kinds: leftOutWords(note.kinds) })
    case 'quotesLeftOut':
      return richText(m.quotesLeftOut, { rows: note.rows, kinds: leftOutWords(note.kinds) })
    case 'timesNotRead':
    case 'timesWithoutDay':
    case 'endsNotRead':
      return richText(m[note.code], {
        count: note.count,
        column: data(note.column),
        rows: rowsWords(note.count, note.lines),
      })
    case 'zonelessTimes':
      return richText(m.zonelessTimes, { count: note.count, column: data(note.column) })
    case 'otherStatuses':
      return richText(m.otherStatuses, {
        column: data(note.column),
        words: listed(
          note.words.map((word) => richText(parts.word, { text: data(word.text), count: word.count })),
          note.more > 0,
        ),
      })
    case 'longTitles':
      return richText(m.longTitles, {
        count: note.count,
        limit: note.limit,
        rows: rowsWords(note.count, note.lines),
      })
    case 'longTexts':
      return richText(m.longTexts, {
        count: note.count,
        field: note.field,
        limit: note.limit,
        rows: rowsWords(note.count, note.lines),
      })
    case 'controlCells':
    case 'markupCells':
    case 'twoDigitYears':
      return richText(m[note.code], { count: note.count })
    case 'titledBy':
      return richText(m.titledBy, { by: note.by, column: data(note.column) })
    case 'standInTitles':
      return richText(m.standInTitles, {
        count: note.count,
        column: data(note.column),
        role: note.role,
        from: data(note.from),
        rows: rowsWords(note.count, note.lines),
      })
    case 'unknownCountries':
      return richText(m.unknownCountries, {
        column: data(note.column),
        values: listed(
          note.values.map(({ text, count, lines, suggestion }) =>
            richText(suggestion === null ? parts.unknown : parts.suggestion, {
              text: data(text),
              count,
              lines: listed(lines.map(String), count > lines.length),
              suggestion: suggestion === null ? '' : data(countryInReadersLanguage(suggestion)),
            }),
          ),
        ),
        more: note.more,
      })
    case 'longNumberName':
      return richText(m.longNumberName, { limit: note.limit, name: data(note.name), short: data(note.short) })
    case 'rowProblem':
      return richText(m.rowProblem, {
        count: note.count,
        problem: note.problem,
        detail: data(note.detail),
        rows: rowsWords(note.count, note.lines),
      })
    case 'longStoryTitle':
    case 'longDescription':
      return richText(m[note.code], { limit: note.limit })
    case 'datesConverted':
      return richText(m.datesConverted, {
        column: data(note.column),
        forms: listedBy(
          note.forms.map(({ form, count }) =>
            richText(parts.form, { count, form: FORM_KEYS[form] ?? camel(form) }),
          ),
        ),
      })
    case 'dayMonthOrder':
      return richText(m.dayMonthOrder, {
        column: data(note.column),
        order: note.order === 'day-first' ? 'dayFirst' : 'monthFirst',
      })
    case 'unreadColumns':
      return richText(m.unreadColumns, {
        columns: listed(
          note.columns.map((column) =>
            richText(parts.unread, { name: data(column.name), could: couldWords(column.could) }),
          ),
        ),
        more: note.more,
      })
    case 'headerRow':
      return note.above.length
        ? richText(m.headerRowBelow, {
            line: String(note.line),
            above: listed(
              note.above.slice(0, 2).map((text) => richText(parts.quoted, { text: data(text) })),
              note.above.length > 2,
            ),
          })
        : richText(m.headerRow, { line: String(note.line) })
    case 'windows1252':
    case 'columnsRemembered':
    case 'columnsChosen':
      return richText(m[note.code], { file: data(note.file) })
    case 'columnsByValues':
      return richText(m.columnsByValues, {
        columns: listedBy(
          note.columns.map(({ name, role, why }) =>
            why === null
              ? richText(parts.guessed, { name: data(name), role: roleInSentence(role) })
              : richText(parts.guessedWhy, {
                  name: data(name),
                  role: roleInSentence(role),
                  why: <ColumnReasonWords reason={why} />,
                }),
          ),
        ),
        more: note.more,
      })
    case 'calendarRead':
    case 'calendarRecurring':
    case 'calendarOccurrencesLeft':
    case 'calendarRulesNotExpanded':
    case 'calendarRepeatedUids':
    case 'calendarCancelled':
    case 'calendarUnknownZones':
    case 'calendarLongTitles':
    case 'calendarCutTexts':
    case 'calendarUnreadProperties':
    case 'calendarOtherComponents':
    case 'calendarStrayLines':
      return <CalendarNoteWords note={note} />
    case 'timelineRead':
    case 'timelineFields':
    case 'timelineFractions':
    case 'timelineFromTimestamp':
    case 'timelineZoneless':
    case 'timelineLongTitles':
    case 'timelineCutSummaries':
      return <TimelineNoteWords note={note} />
    case 'queryResults':
    case 'queryItems':
    case 'queryRenamed':
    case 'queryLinks':
    case 'queryYears':
    case 'querySeveralValues':
      return <QueryNoteWords note={note} />
    case 'recordsList':
    case 'recordsLines':
    case 'recordsEpochTimes':
    case 'recordsNotRecords':
    case 'recordsNested':
    case 'recordsUnreadParts':
    case 'recordsUnreadFields':
    case 'recordsMisfits':
      return <RecordsNoteWords note={note} />
    case 'geojsonRead':
    case 'geojsonPlaces':
    case 'geojsonUnreadGeometry':
      return <GeojsonNoteWords note={note} />
    case 'gdeltRead':
    case 'gdeltUnknownCountries':
      return <GdeltNoteWords note={note} />
    case 'jsonKeysTwice':
    case 'jsonNonFinite':
      return <JsonNoteWords note={note} />
    case 'kmlGpxRead':
      return <KmlGpxNoteWords note={note} />
    case 'timelineJsRead':
    case 'timelineJsMarkup':
    case 'timelineJsMedia':
      return <TimelineJsNoteWords note={note} />
    case 'workbookRepaired':
    case 'workbookSheetsUnread':
    case 'workbookFormulas':
    case 'workbookSheet':
      return <WorkbookNoteWords note={note} />
    case 'timemapRead':
    case 'timemapNarratives':
    case 'timemapUnknownIds':
      return <TimemapNoteWords note={note} />
    default: {
      // Every code has its words above: a code added to ReadNote and left out here fails to compile.
      const unworded: never = note
      return unworded
    }
  }
}

/** A suggested country, named in the page's language (the importer suggests it by its English name). */
function countryInReadersLanguage(englishName: string): string {
  const code = countryCodeOf(englishName)
  return code ? shownCountryName(code) : englishName
}
