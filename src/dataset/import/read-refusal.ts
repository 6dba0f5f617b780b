import { formatCount } from '../../lib/format-count'
import type { DatasetIssue } from '../validate/dataset-issue'
import type { SheetReview } from './sheet/column-reason'
import { reviewInEnglish } from './sheet/column-reason-english'

/**
 * Why files could not be opened as a story, as a code with its values: made by the importers (and
 * the sheet reader when the reader is to choose the columns first), carried by the load worker,
 * worded by the page in the reader's language (components/dataset-errors/refusal-words.tsx) and in
 * English here, for the dataset checker, logs and tests (a test holds the two equal, code by code).
 * A file's name, a field's, an entry's of a zip, an address are the file's own, kept as they are.
 */
export type Refusal =
  /** An importer asked to read files it does not recognise (no importer is: the registry picks by content). */
  | { code: 'declined'; format: string }
  /** No importer recognised the files at all. */
  | { code: 'noEventsFile' }
  | { code: 'notJson'; file: string }
  | { code: 'invalidDataset'; file: string; problems: number }
  /** JSON that is neither a dataset nor a list of records: its first fields, and how many more. */
  | { code: 'jsonNeither'; file: string; fields: string[]; more: number }
  | { code: 'savedWebPage'; file: string | null }
  | { code: 'workbookAsText'; file: string | null }
  /** Sizes in bytes. */
  | { code: 'zipBomb'; file: string; unpacked: number; packed: number }
  /** A zip of other files: the first five of its files, and how many entries it holds (folders too). */
  | { code: 'zipNotWorkbook'; file: string; entries: string[]; count: number }
  /** SheetJS's own message (English) is the detail. */
  | { code: 'workbookUnreadable'; file: string; detail: string }
  | { code: 'noSheetWithRows'; file: string; sheets: number }
  | { code: 'noSheet'; file: string }
  | { code: 'notReadAs'; file: string; kind: SheetKind }
  | { code: 'invalidSheet'; file: string; kind: SheetKind; problems: number }
  | { code: 'noRecordList'; file: string }
  | { code: 'notFlatRecords'; what: FileWhat }
  | { code: 'fieldsNotEvents'; what: FileWhat }
  | { code: 'noneRecord'; what: FileWhat }
  | { code: 'noneRead'; what: FileWhat }
  | { code: 'noneFeature'; what: FileWhat }
  | { code: 'mapEmpty'; file: string; kind: 'KML' | 'GPX'; links: string[] }
  | { code: 'mapUntimed'; file: string; kind: 'KML' | 'GPX'; features: number }
  | { code: 'noneKept'; file: string; format: KeptFormat }
  /** A sheet whose columns the reader is to choose (the mapping step), what it is and why. */
  | { code: 'chooseColumns'; what: FileWhat; review: SheetReview | null }

/** What a sheet was read as, as the refusal names it. */
export type SheetKind = 'CSV' | 'workbook sheet' | 'JSON list' | 'TimeMap workbook' | 'sheet'
export type KeptFormat = 'iCalendar' | 'TimelineJS' | 'GDELT' | 'timeline'

/** What a file is, as a refusal or the mapping step's lead says it ("x.json is a JSON list of 3 records"). */
export type FileWhat =
  | { code: 'sheet'; file: string }
  | { code: 'workbook'; file: string; sheets: number }
  | { code: 'jsonList'; file: string; count: number; field: string | null }
  | { code: 'jsonLines'; file: string; lines: number }
  | { code: 'queryResults'; file: string; simple: boolean; rows: number }
  | { code: 'geojson'; file: string; single: boolean; features: number }

export const REFUSAL_CODES = [
  'declined',
  'noEventsFile',
  'notJson',
  'invalidDataset',
  'jsonNeither',
  'savedWebPage',
  'workbookAsText',
  'zipBomb',
  'zipNotWorkbook',
  'workbookUnreadable',
  'noSheetWithRows',
  'noSheet',
  'notReadAs',
  'invalidSheet',
  'noRecordList',
  'notFlatRecords',
  'fieldsNotEvents',
  'noneRecord',
  'noneRead',
  'noneFeature',
  'mapEmpty',
  'mapUntimed',
  'noneKept',
  'chooseColumns',
] as const satisfies ReadonlyArray<Refusal['code']>

/** Why files could not be read into a dataset: the reason as a code, its English, and each problem by place. */
export type ReadRefusal = { refusal: Refusal; message: string; issues: DatasetIssue[] }

/** A refusal with its English (the message logs and the checker show). */
export function refused(refusal: Refusal, issues: DatasetIssue[] = []): { ok: false } & ReadRefusal {
  return { ok: false, refusal, message: refusalInEnglish(refusal), issues }
}

const plural = (count: number, one: string, other = `${one}s`) =>
  `${formatCount(count)} ${count === 1 ? one : other}`

/** A zip's size as the refusal gives it: 12.5 (MB), to a tenth of a GB or MB, in whole kB. */
export function zipSize(bytes: number): { value: number; unit: 'GB' | 'MB' | 'kB' } {
  if (bytes >= 1024 ** 3) return { value: Math.round((bytes / 1024 ** 3) * 10) / 10, unit: 'GB' }
  if (bytes >= 1024 ** 2) return { value: Math.round((bytes / 1024 ** 2) * 10) / 10, unit: 'MB' }
  return { value: Math.max(1, Math.round(bytes / 1024)), unit: 'kB' }
}
const sizeInEnglish = (bytes: number) => {
  const { value, unit } = zipSize(bytes)
  return `${unit === 'kB' ? formatCount(value) : value} ${unit}`
}

/** What the file is, in English ("x.json is a JSON list of 3 records"). */
export function fileWhatInEnglish(what: FileWhat): string {
  switch (what.code) {
    case 'sheet':
      return what.file
    case 'workbook':
      return `${what.file} is a workbook of ${plural(what.sheets, 'sheet')}`
    case 'jsonList':
      return what.field === null
        ? `${what.file} is a JSON list of ${plural(what.count, 'record')}`
        : `${what.file} holds a list of ${plural(what.count, 'record')} in its "${what.field}" field`
    case 'jsonLines':
      return `${what.file} is a JSON Lines file of ${plural(what.lines, 'line')}`
    case 'queryResults':
      return `${what.file} holds a query’s results (${what.simple ? 'the Query Service’s simple JSON' : 'SPARQL JSON'}) of ${plural(what.rows, 'row')}`
    case 'geojson':
      return what.single
        ? `${what.file} is a GeoJSON Feature`
        : `${what.file} is a GeoJSON FeatureCollection of ${plural(what.features, 'feature')}`
  }
}

/** What a file of each kind calls its columns (the English here, the key of the catalogs' select in the page's words). */
export const COLUMNS_OF: Record<FileWhat['code'], 'columns' | 'fields' | 'properties'> = {
  sheet: 'columns',
  workbook: 'columns',
  jsonList: 'fields',
  jsonLines: 'fields',
  queryResults: 'columns',
  geojson: 'properties',
}

const KEPT: Record<KeptFormat, string> = {
  iCalendar: 'is an iCalendar file, but none of its events could be read.',
  TimelineJS: 'is a TimelineJS story, but none of its slides could be read as an event.',
  GDELT: 'looks like GDELT events, but none of its rows could be read as an event.',
  timeline: 'looks like a forensic timeline, but none of its rows could be read as an event.',
}

/** The refusal in English. */
export function refusalInEnglish(refusal: Refusal): string {
  switch (refusal.code) {
    case 'declined':
      return `No file of this format (${refusal.format}) was given.`
    case 'noEventsFile':
      return 'No events file was given.'
    case 'notJson':
      return `${refusal.file} is not valid JSON.`
    case 'invalidDataset':
      return `${refusal.file} is not a valid Story Timeline dataset: ${plural(refusal.problems, 'problem')}.`
    case 'jsonNeither': {
      const named = refusal.fields.map((field) => `"${field}"`).join(', ')
      const fields = refusal.fields.length
        ? `: its fields are ${named}${refusal.more ? ` and ${formatCount(refusal.more)} more` : ''}`
        : ''
      return `${refusal.file} is JSON, but neither a Story Timeline dataset (it has no "format" field) nor a list of records that could be events${fields}.`
    }
    case 'savedWebPage':
      return `${refusal.file ?? 'The file'} is a web page, not a dataset: save or link the .json or .csv file itself.`
    case 'workbookAsText':
      return `${refusal.file ?? 'The file'} is an Excel workbook (or another zip file) that came as text, which loses its bytes: open the file itself with Open dataset…, or save the sheet of events as CSV and open that.`
    case 'zipBomb':
      return `${refusal.file} is a zip file that would unpack to ${sizeInEnglish(refusal.unpacked)} from ${sizeInEnglish(refusal.packed)} (a “zip bomb”, made to exhaust the memory of whatever opens it): it was not opened. If you expected a workbook, ask for the file again or save it anew from your spreadsheet app.`
    case 'zipNotWorkbook': {
      const listed = refusal.entries.map((entry) => `“${entry}”`).join(', ')
      const holds =
        refusal.count === 0
          ? 'nothing'
          : `${plural(refusal.count, 'file')} (${listed}${refusal.count > 5 ? ', …' : ''})`
      return `${refusal.file} is a zip file, not a workbook: it holds ${holds}. Unzip it and open the file of events inside.`
    }
    case 'workbookUnreadable':
      return `${refusal.file} looks like a workbook (or another zip file) but could not be read as one: ${refusal.detail}. Save the sheet of events as CSV and open that.`
    case 'noSheetWithRows':
      return `${refusal.file} is a workbook of ${plural(refusal.sheets, 'sheet')}, none with rows under its header: save the sheet of events with a header row naming its columns, and open it again.`
    case 'noSheet':
      return `${refusal.file} has no sheet to read.`
    case 'notReadAs':
      return `${refusal.file} could not be read as ${refusal.kind}.`
    case 'invalidSheet':
      return `${refusal.file} is not a valid events ${refusal.kind}: ${plural(refusal.problems, 'problem')}.`
    case 'noRecordList':
      return `${refusal.file} holds no list of records.`
    case 'notFlatRecords':
      return `${fileWhatInEnglish(refusal.what)}, but not of flat records (objects of texts and numbers) that could be events.`
    case 'fieldsNotEvents':
      return `${fileWhatInEnglish(refusal.what)}, and its fields could not be read as events.`
    case 'noneRecord':
      return `${fileWhatInEnglish(refusal.what)}, and none of them is a record.`
    case 'noneRead':
      return `${fileWhatInEnglish(refusal.what)}, and none of them could be read.`
    case 'noneFeature':
      return `${fileWhatInEnglish(refusal.what)}, and none of them is a feature that could be an event.`
    case 'mapEmpty': {
      const links = refusal.links.length
        ? `: it only links to another map (${refusal.links.join(', ')}); open that map’s own KML export`
        : ''
      return `${refusal.file} is ${refusal.kind} with no ${refusal.kind === 'KML' ? 'placemarks' : 'waypoints or tracks'}${links}.`
    }
    case 'mapUntimed':
      return `${refusal.file} is ${refusal.kind} with ${refusal.kind === 'KML' ? plural(refusal.features, 'placemark') : plural(refusal.features, 'point or track', 'points or tracks')}, none with a time (${refusal.kind === 'KML' ? 'TimeStamp or TimeSpan' : 'time'}): a timeline needs a date for each event.`
    case 'noneKept':
      return `${refusal.file} ${KEPT[refusal.format]}`
    case 'chooseColumns': {
      const { what, review } = refusal
      const lead =
        what.code === 'sheet'
          ? `Choose what the columns of ${what.file} hold.`
          : what.code === 'workbook'
            ? `${fileWhatInEnglish(what)}: choose the sheet of events and what its columns hold.`
            : `${fileWhatInEnglish(what)}: choose what its ${COLUMNS_OF[what.code]} hold.`
      return review ? `${lead} ${reviewInEnglish(review)}` : lead
    }
  }
}
