import type { ReactNode } from 'react'
import {
  COLUMNS_OF,
  type FileWhat,
  type Refusal,
  type SheetKind,
  zipSize,
} from '../../dataset/import/read-refusal'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { listed } from '../notes/note-parts'
import { SheetReviewWords } from '../reasons/column-reason-words'

// Why a file was refused, in the reader's language. A file's name, a field's, a zip's entry, a link
// are the file's own, in <bdi>; a library's own message (SheetJS's) is English, marked so.
const m = defineMessages({
  declined: { id: 'refusal.declined', defaultMessage: 'No file of this format ({format}) was given.' },
  noEventsFile: { id: 'refusal.noEventsFile', defaultMessage: 'No events file was given.' },
  notJson: { id: 'refusal.notJson', defaultMessage: '{file} is not valid JSON.' },
  invalidDataset: {
    id: 'refusal.invalidDataset',
    defaultMessage:
      '{file} is not a valid Story Timeline dataset: {problems, plural, one {# problem} other {# problems}}.',
  },
  jsonNeither: {
    id: 'refusal.jsonNeither',
    defaultMessage:
      '{file} is JSON, but neither a Story Timeline dataset (it has no "format" field) nor a list of records that could be events.',
  },
  jsonNeitherFields: {
    id: 'refusal.jsonNeitherFields',
    defaultMessage:
      '{file} is JSON, but neither a Story Timeline dataset (it has no "format" field) nor a list of records that could be events: its fields are {fields}.',
  },
  andMore: { id: 'refusal.andMore', defaultMessage: '{list} and {more, number} more' },
  quoted: { id: 'refusal.quoted', defaultMessage: '"{text}"' },
  entry: { id: 'refusal.entry', defaultMessage: '“{name}”' },
  theFile: { id: 'refusal.theFile', defaultMessage: 'The file' },
  savedWebPage: {
    id: 'refusal.savedWebPage',
    defaultMessage: '{file} is a web page, not a dataset: save or link the .json or .csv file itself.',
  },
  workbookAsText: {
    id: 'refusal.workbookAsText',
    defaultMessage:
      '{file} is an Excel workbook (or another zip file) that came as text, which loses its bytes: open the file itself with Open dataset…, or save the sheet of events as CSV and open that.',
  },
  size: {
    id: 'refusal.size',
    defaultMessage: '{value, number} {unit, select, GB {GB} MB {MB} other {kB}}',
  },
  zipBomb: {
    id: 'refusal.zipBomb',
    defaultMessage:
      '{file} is a zip file that would unpack to {unpacked} from {packed} (a “zip bomb”, made to exhaust the memory of whatever opens it): it was not opened. If you expected a workbook, ask for the file again or save it anew from your spreadsheet app.',
  },
  zipEmpty: {
    id: 'refusal.zipEmpty',
    defaultMessage:
      '{file} is a zip file, not a workbook: it holds nothing. Unzip it and open the file of events inside.',
  },
  zipNotWorkbook: {
    id: 'refusal.zipNotWorkbook',
    defaultMessage:
      '{file} is a zip file, not a workbook: it holds {count, plural, one {# file} other {# files}} ({entries}). Unzip it and open the file of events inside.',
  },
  workbookUnreadable: {
    id: 'refusal.workbookUnreadable',
    defaultMessage:
      '{file} looks like a workbook (or another zip file) but could not be read as one: {detail}. Save the sheet of events as CSV and open that.',
  },
  noSheetWithRows: {
    id: 'refusal.noSheetWithRows',
    defaultMessage:
      '{file} is a workbook of {sheets, plural, one {# sheet} other {# sheets}}, none with rows under its header: save the sheet of events with a header row naming its columns, and open it again.',
  },
  noSheet: { id: 'refusal.noSheet', defaultMessage: '{file} has no sheet to read.' },
  kind: {
    id: 'refusal.kind',
    defaultMessage:
      '{kind, select, csv {CSV} workbookSheet {workbook sheet} jsonList {JSON list} timeMap {TimeMap workbook} other {sheet}}',
  },
  notReadAs: { id: 'refusal.notReadAs', defaultMessage: '{file} could not be read as {kind}.' },
  invalidSheet: {
    id: 'refusal.invalidSheet',
    defaultMessage:
      '{file} is not a valid events {kind}: {problems, plural, one {# problem} other {# problems}}.',
  },
  noRecordList: { id: 'refusal.noRecordList', defaultMessage: '{file} holds no list of records.' },
  notFlatRecords: {
    id: 'refusal.notFlatRecords',
    defaultMessage: '{what}, but not of flat records (objects of texts and numbers) that could be events.',
  },
  fieldsNotEvents: {
    id: 'refusal.fieldsNotEvents',
    defaultMessage: '{what}, and its fields could not be read as events.',
  },
  noneRecord: { id: 'refusal.noneRecord', defaultMessage: '{what}, and none of them is a record.' },
  noneRead: { id: 'refusal.noneRead', defaultMessage: '{what}, and none of them could be read.' },
  noneFeature: {
    id: 'refusal.noneFeature',
    defaultMessage: '{what}, and none of them is a feature that could be an event.',
  },
  mapEmpty: {
    id: 'refusal.mapEmpty',
    defaultMessage: '{file} is {kind} with no {kind, select, KML {placemarks} other {waypoints or tracks}}.',
  },
  mapLinksOnly: {
    id: 'refusal.mapLinksOnly',
    defaultMessage:
      '{file} is {kind} with no {kind, select, KML {placemarks} other {waypoints or tracks}}: it only links to another map ({links}); open that map’s own KML export.',
  },
  mapUntimed: {
    id: 'refusal.mapUntimed',
    defaultMessage:
      '{file} is {kind} with {kind, select, KML {{features, plural, one {# placemark} other {# placemarks}}} other {{features, plural, one {# point or track} other {# points or tracks}}}}, none with a time ({kind, select, KML {TimeStamp or TimeSpan} other {time}}): a timeline needs a date for each event.',
  },
  noneKept: {
    id: 'refusal.noneKept',
    defaultMessage:
      '{format, select, iCalendar {{file} is an iCalendar file, but none of its events could be read.} TimelineJS {{file} is a TimelineJS story, but none of its slides could be read as an event.} GDELT {{file} looks like GDELT events, but none of its rows could be read as an event.} other {{file} looks like a forensic timeline, but none of its rows could be read as an event.}}',
  },
  chooseSheetColumns: {
    id: 'refusal.chooseSheetColumns',
    defaultMessage: 'Choose what the columns of {file} hold.',
  },
  chooseWorkbookColumns: {
    id: 'refusal.chooseWorkbookColumns',
    defaultMessage: '{what}: choose the sheet of events and what its columns hold.',
  },
  chooseColumns: {
    id: 'refusal.chooseColumns',
    defaultMessage:
      '{what}: choose what its {of, select, fields {fields} properties {properties} other {columns}} hold.',
  },
  withReview: { id: 'refusal.withReview', defaultMessage: '{lead} {review}' },
})

// What a file is ("x.json is a JSON list of 3 records").
const what = defineMessages({
  workbook: {
    id: 'refusal.what.workbook',
    defaultMessage: '{file} is a workbook of {sheets, plural, one {# sheet} other {# sheets}}',
  },
  jsonList: {
    id: 'refusal.what.jsonList',
    defaultMessage: '{file} is a JSON list of {count, plural, one {# record} other {# records}}',
  },
  jsonField: {
    id: 'refusal.what.jsonField',
    defaultMessage:
      '{file} holds a list of {count, plural, one {# record} other {# records}} in its "{field}" field',
  },
  jsonLines: {
    id: 'refusal.what.jsonLines',
    defaultMessage: '{file} is a JSON Lines file of {lines, plural, one {# line} other {# lines}}',
  },
  queryResults: {
    id: 'refusal.what.queryResults',
    defaultMessage:
      '{file} holds a query’s results ({simple, select, true {the Query Service’s simple JSON} other {SPARQL JSON}}) of {rows, plural, one {# row} other {# rows}}',
  },
  geojsonFeature: { id: 'refusal.what.geojsonFeature', defaultMessage: '{file} is a GeoJSON Feature' },
  geojson: {
    id: 'refusal.what.geojson',
    defaultMessage:
      '{file} is a GeoJSON FeatureCollection of {features, plural, one {# feature} other {# features}}',
  },
})

const data = (text: string) => <bdi>{text}</bdi>

const KIND: Record<SheetKind, string> = {
  CSV: 'csv',
  'workbook sheet': 'workbookSheet',
  'JSON list': 'jsonList',
  'TimeMap workbook': 'timeMap',
  sheet: 'sheet',
}
const kindWords = (kind: SheetKind) => richText(m.kind, { kind: KIND[kind] })

const sizeWords = (bytes: number) => richText(m.size, zipSize(bytes))

/** What the file is, in the reader's language. */
export function fileWhatWords(said: FileWhat): ReactNode {
  const file = data(said.file)
  switch (said.code) {
    case 'sheet':
      return file
    case 'workbook':
      return richText(what.workbook, { file, sheets: said.sheets })
    case 'jsonList':
      return said.field === null
        ? richText(what.jsonList, { file, count: said.count })
        : richText(what.jsonField, { file, count: said.count, field: data(said.field) })
    case 'jsonLines':
      return richText(what.jsonLines, { file, lines: said.lines })
    case 'queryResults':
      return richText(what.queryResults, { file, simple: String(said.simple), rows: said.rows })
    case 'geojson':
      return said.single
        ? richText(what.geojsonFeature, { file })
        : richText(what.geojson, { file, features: said.features })
  }
}

function chooseColumnsWords({ what: said, review }: Extract<Refusal, { code: 'chooseColumns' }>): ReactNode {
  const lead =
    said.code === 'sheet'
      ? richText(m.chooseSheetColumns, { file: data(said.file) })
      : said.code === 'workbook'
        ? richText(m.chooseWorkbookColumns, { what: fileWhatWords(said) })
        : richText(m.chooseColumns, { what: fileWhatWords(said), of: COLUMNS_OF[said.code] })
  return review ? richText(m.withReview, { lead, review: <SheetReviewWords review={review} /> }) : lead
}

/** The refusal in the reader's language. */
export function refusalWords(refusal: Refusal): ReactNode {
  switch (refusal.code) {
    case 'declined':
      return richText(m.declined, { format: data(refusal.format) })
    case 'noEventsFile':
      return richText(m.noEventsFile, {})
    case 'notJson':
    case 'noSheet':
    case 'noRecordList':
      return richText(m[refusal.code], { file: data(refusal.file) })
    case 'invalidDataset':
      return richText(m.invalidDataset, { file: data(refusal.file), problems: refusal.problems })
    case 'jsonNeither': {
      const file = data(refusal.file)
      if (refusal.fields.length === 0) return richText(m.jsonNeither, { file })
      const named = listed(refusal.fields.map((field) => richText(m.quoted, { text: data(field) })))
      const fields = refusal.more ? richText(m.andMore, { list: named, more: refusal.more }) : named
      return richText(m.jsonNeitherFields, { file, fields })
    }
    case 'savedWebPage':
    case 'workbookAsText':
      return richText(m[refusal.code], {
        file: refusal.file === null ? richText(m.theFile, {}) : data(refusal.file),
      })
    case 'zipBomb':
      return richText(m.zipBomb, {
        file: data(refusal.file),
        unpacked: sizeWords(refusal.unpacked),
        packed: sizeWords(refusal.packed),
      })
    case 'zipNotWorkbook': {
      const file = data(refusal.file)
      if (refusal.count === 0) return richText(m.zipEmpty, { file })
      const entries = listed(
        refusal.entries.map((name) => richText(m.entry, { name: data(name) })),
        refusal.count > 5,
      )
      return richText(m.zipNotWorkbook, { file, count: refusal.count, entries })
    }
    case 'workbookUnreadable':
      return richText(m.workbookUnreadable, {
        file: data(refusal.file),
        detail: (
          <bdi lang="en" dir="ltr">
            {refusal.detail}
          </bdi>
        ),
      })
    case 'noSheetWithRows':
      return richText(m.noSheetWithRows, { file: data(refusal.file), sheets: refusal.sheets })
    case 'notReadAs':
      return richText(m.notReadAs, { file: data(refusal.file), kind: kindWords(refusal.kind) })
    case 'invalidSheet':
      return richText(m.invalidSheet, {
        file: data(refusal.file),
        kind: kindWords(refusal.kind),
        problems: refusal.problems,
      })
    case 'notFlatRecords':
    case 'fieldsNotEvents':
    case 'noneRecord':
    case 'noneRead':
    case 'noneFeature':
      return richText(m[refusal.code], { what: fileWhatWords(refusal.what) })
    case 'mapEmpty': {
      const file = data(refusal.file)
      if (refusal.links.length === 0) return richText(m.mapEmpty, { file, kind: refusal.kind })
      const links = listed(refusal.links.map(data))
      return richText(m.mapLinksOnly, { file, kind: refusal.kind, links })
    }
    case 'mapUntimed':
      return richText(m.mapUntimed, {
        file: data(refusal.file),
        kind: refusal.kind,
        features: refusal.features,
      })
    case 'noneKept':
      return richText(m.noneKept, { file: data(refusal.file), format: refusal.format })
    case 'chooseColumns':
      return chooseColumnsWords(refusal)
  }
}
