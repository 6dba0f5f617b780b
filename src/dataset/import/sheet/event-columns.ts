import { isMissingMarker } from '../values/missing-values'
import { monthOfName } from '../values/written-dates'
import { EVENT_COLUMNS, type EventColumn } from './column-role-names'
import { normalName } from './header-key'
import { LIST_ROLES, type ListRole } from './known-columns'

/**
 * The columns of an events sheet, recognised by name in the conventions people's files use: this
 * app's own (date, title, summary…), TimelineJS's sheet (Headline, Text, Year, Month, Day, Time, End
 * Year…, Type), and exports such as ACLED's (event_date, notes). Names are compared without case, spaces,
 * underscores or hyphens ("Event Date", "event_date" and "eventDate" are one name).
 */
export type { EventColumn }

const NAMES: Record<EventColumn, readonly string[]> = {
  id: ['id', 'uniqueid', 'eventid', 'eventidcnty'],
  // Names in Spanish, French and German too (fecha, datum; año, mois, Tag…): files from statistics
  // offices and seismological services name their columns in their language.
  date: ['date', 'eventdate', 'startdate', 'when', 'datetime', 'startdatetime', 'fecha', 'datum'],
  title: ['title', 'headline', 'eventtitle', 'titulo', 'título', 'titre', 'titel'],
  summary: [
    'summary',
    'text',
    'description',
    'notes',
    'details',
    'body',
    'briefdescription',
    'content',
    'descripcion',
    'descripción',
    'detalle',
    'beschreibung',
  ],
  status: ['status'],
  // Who: this app's column, and the names people give a column of people (a speaker, the persons
  // named, who).
  actors: [
    'actors',
    'actor',
    'speaker',
    'speakers',
    'person',
    'persons',
    'people',
    'who',
    'participants',
    'entity',
    'entities',
    'perpetrator',
    'perpetrators',
  ],
  countries: ['countries', 'country', 'pais', 'país', 'pays'],
  // GTD's iyear, imonth, iday; German Tag is also English "tag" (see recogniseColumns).
  year: ['year', 'startyear', 'iyear', 'año', 'ano', 'anio', 'annee', 'année', 'jahr'],
  month: ['month', 'startmonth', 'imonth', 'mes', 'mois', 'monat'],
  day: ['day', 'startday', 'iday', 'dia', 'día', 'jour'],
  time: ['time', 'starttime', 'hora', 'heure', 'uhrzeit'],
  endYear: ['endyear'],
  endMonth: ['endmonth'],
  endDay: ['endday'],
  endTime: ['endtime'],
  // TimelineJS's Type: "title" (the story's title slide) or "era"; empty for an event.
  type: ['type'],
  // ACLED's: two sides, each with associated actors; an event type; a place; how precise the date is.
  actor1: ['actor1'],
  // ACLED's older exports call the associated actors allies.
  assocActor1: ['assocactor1', 'allyactor1'],
  actor2: ['actor2'],
  assocActor2: ['assocactor2', 'allyactor2'],
  eventType: ['eventtype'],
  subEventType: ['subeventtype'],
  location: [
    'location',
    'place',
    'city',
    'town',
    'town/city',
    'village',
    'locality',
    'placename',
    'settlement',
    'localidad',
    'lugar',
    'ciudad',
    'lieu',
    'ville',
    'ort',
  ],
  timePrecision: ['timeprecision'],
  // story-timeline/2's fields, in this app's export and others' (TimelineJS's Group and Media
  // columns, ACLED's admin areas, coordinates, geo_precision and source).
  categories: [
    'categories',
    'category',
    'group',
    'tags',
    'tag',
    'theme',
    'associations',
    'filters',
    'subject',
    'subjects',
    'topic',
    'topics',
    'keywords',
    'eventgroup',
  ],
  // GTD's provstate, a US file's state, Germany's Länder, Spanish and French names of provinces.
  admin1: [
    'admin1',
    'province',
    'oblast',
    'governorate',
    'provstate',
    'state',
    'bundesland',
    'provincia',
    'estado',
    'région',
  ],
  admin2: ['admin2', 'district', 'county', 'raion', 'municipio', 'landkreis', 'kreis'],
  admin3: ['admin3'],
  latitude: ['latitude', 'lat'],
  longitude: ['longitude', 'lon', 'lng', 'long'],
  geoPrecision: ['geoprecision', 'placeprecision', 'locationprecision'],
  sources: ['sources', 'source', 'sourceurl', 'sourceurls', 'url', 'urls', 'link', 'links', 'sourcelink'],
  media: ['media', 'mediaurl', 'image', 'imageurl'],
  mediaCaption: ['mediacaption', 'caption'],
  mediaCredit: ['mediacredit', 'credit'],
  originalId: ['originalid'],
  actorRoles: ['actorroles'],
  endDate: ['enddate', 'end', 'until', 'dateend', 'todate'],
}

/**
 * Columns of numbers kept as the event's named numbers: this app's "number: name" columns, and the
 * counts and scores other tools' files carry (ACLED's fatalities, GDELT's tone and Goldstein scale).
 */
const NUMBER_PREFIX = /^(?:number|n)\s*:\s*/i
const NUMBER_NAMES = new Set([
  'fatalities',
  'deaths',
  'killed',
  'injured',
  'wounded',
  'casualties',
  'arrests',
  'tone',
  'avgtone',
  'goldsteinscale',
  'nummentions',
  'numsources',
  'numarticles',
])

/** The header's columns of numbers, each with the name its numbers are kept under. */
export function numberColumns(header: readonly string[]): Array<{ column: string; name: string }> {
  return header.flatMap((column) => {
    const prefixed = NUMBER_PREFIX.exec(column)
    if (prefixed) {
      const name = column.slice(prefixed[0].length).trim()
      return name ? [{ column, name }] : []
    }
    return NUMBER_NAMES.has(normalName(column)) ? [{ column, name: column.trim() }] : []
  })
}

/** A column name as names are compared: no case, spaces, underscores or hyphens. */

/**
 * Which header names each role is read from (the first that matches), the further columns of the roles
 * several columns may share (a "speaker" and a "people" column are both actors), and which are not read.
 */
export function recogniseColumns(header: readonly string[]): {
  columns: Partial<Record<EventColumn, string>>
  /** The further columns of a list role, after `columns`' own, in the header's order. */
  more: Partial<Record<ListRole, string[]>>
  numbers: Array<{ column: string; name: string }>
  unread: string[]
} {
  const columns: Partial<Record<EventColumn, string>> = {}
  const more: Partial<Record<ListRole, string[]>> = {}
  const used = new Set<string>()
  // Each normal name's columns in order, made once: a header may have 100,000 columns.
  const byName = new Map<string, string[]>()
  const position = new Map<string, number>()
  for (const [at, column] of header.entries()) {
    if (!position.has(column)) position.set(column, at)
    const name = normalName(column)
    const named = byName.get(name)
    if (named) named.push(column)
    else byName.set(name, [column])
  }
  // German Tag is the day beside Monat or Jahr, and elsewhere English "tag" (a category).
  const german = byName.has('monat') || byName.has('jahr')
  for (const [role, listed] of Object.entries(NAMES) as Array<[EventColumn, readonly string[]]>) {
    const names = german && role === 'day' ? [...listed, 'tag'] : listed
    const shared = isListRole(role)
    const found: string[] = []
    for (const name of names) {
      for (const column of byName.get(name) ?? []) {
        if (used.has(column)) continue
        found.push(column)
        used.add(column)
        if (!shared) break
      }
      if (found.length && !shared) break
    }
    if (found.length === 0) continue
    // In the header's order: the first column named is the role's own, the rest follow it.
    found.sort((a, b) => (position.get(a) ?? 0) - (position.get(b) ?? 0))
    const [first, ...rest] = found
    if (first !== undefined) columns[role] = first
    if (rest.length && shared) more[role] = rest
  }
  const numbers = numberColumns(header).filter(({ column }) => !used.has(column))
  for (const { column } of numbers) used.add(column)
  return { columns, more, numbers, unread: header.filter((column) => column !== '' && !used.has(column)) }
}

const isListRole = (role: EventColumn): role is ListRole => (LIST_ROLES as readonly string[]).includes(role)

/** Which column each role is read from, the columns of numbers kept, and the columns not read. */
export type RecognisedColumns = ReturnType<typeof recogniseColumns>

export { EVENT_COLUMNS }

export type DateParts = { year: string; month?: string; day?: string; time?: string }

/**
 * A date given in parts (TimelineJS's Year, Month, Day, Time) as EDTF at the precision the parts
 * give: a year, a month, a day, a time. The month may be a number or an English name. Null when the
 * parts are not a date.
 */
export function datePartsToEdtf({ year, month, day, time }: DateParts): string | null {
  const yearText = year.trim()
  if (!/^-?\d{1,4}$/.test(yearText)) return null
  const yearNumber = Number(yearText)
  const yearEdtf =
    yearNumber < 0 ? `-${String(-yearNumber).padStart(4, '0')}` : String(yearNumber).padStart(4, '0')
  // A month or day of 0 (GTD's) or a missing mark (NA) is unknown: the date is the year, or the month.
  const monthText = month?.trim() ?? ''
  if (unknownPart(monthText)) return yearEdtf
  const monthNumber = /^\d{1,2}$/.test(monthText) ? Number(monthText) : monthOfName(monthText)
  if (!monthNumber || monthNumber > 12) return null
  const monthEdtf = `${yearEdtf}-${String(monthNumber).padStart(2, '0')}`
  const dayText = day?.trim() ?? ''
  if (unknownPart(dayText)) return monthEdtf
  if (!/^\d{1,2}$/.test(dayText)) return null
  const dayEdtf = `${monthEdtf}-${dayText.padStart(2, '0')}`
  const timeText = time?.trim() ?? ''
  if (timeText === '') return dayEdtf
  const clock = readClock(timeText)
  return clock ? `${dayEdtf}T${clock}Z` : null
}

const unknownPart = (text: string) => text === '' || /^0{1,2}$/.test(text) || isMissingMarker(text)

/**
 * "10:30", "10:30:15", "10:30 PM", "9 am", and "13.45" as many write a time (and a spreadsheet keeps
 * it, as a number), as hh:mm:ss; and a fraction of a day (0.964131944, a spreadsheet's time cell saved
 * as its number: 23:08:21) to the second. Null when not a time of day.
 */
export function readClock(text: string): string | null {
  const fraction = /^0?\.\d{3,}$/.exec(text.trim())
  if (fraction) {
    const seconds = Math.round(Number(fraction[0]) * 86_400)
    if (seconds >= 86_400) return null
    const part = (value: number) => String(value).padStart(2, '0')
    return `${part(Math.floor(seconds / 3600))}:${part(Math.floor(seconds / 60) % 60)}:${part(seconds % 60)}`
  }
  const match = /^(\d{1,2})(?:[:.](\d{2}))?(?::(\d{2}))?\s*([ap]\.?m\.?)?$/i.exec(text.trim())
  if (!match) return null
  const [, hourText = '', minute = '00', second = '00', meridiem] = match
  let hour = Number(hourText)
  if (meridiem) {
    if (hour < 1 || hour > 12) return null
    const pm = meridiem.toLowerCase().startsWith('p')
    hour = (hour % 12) + (pm ? 12 : 0)
  } else if (match[2] === undefined) return null
  if (hour > 23 || Number(minute) > 59 || Number(second) > 59) return null
  return `${String(hour).padStart(2, '0')}:${minute}:${second}`
}

/**
 * A title for an event from a file that has none (ACLED's): what happened and where, "Armed clash in
 * Kharkiv", from its event type and place. Empty when the file has neither.
 */
export function titleFromParts(eventType: string, location: string): string {
  const what = eventType.trim()
  const where = location.trim()
  if (what && where) return `${what} in ${where}`
  return what || where
}

/**
 * ACLED's time_precision: 1, the day is known; 2, only the week (the day written is within it: read
 * as approximate); 3, only the month. The date as EDTF at that precision.
 */
export function withTimePrecision(edtf: string, precision: string): string {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(edtf)) return edtf
  if (precision.trim() === '2') return `${edtf}~`
  if (precision.trim() === '3') return edtf.slice(0, 7)
  return edtf
}
