import type { ReadNote, UnreadPart } from '../../notes/read-note'
import { EVENT_COLUMNS } from './column-role-names'
import { type ColumnRole, rolesByName } from './column-roles'
import type { Sheet } from './sheet-rows'

// The fields of a list are the first records' (a list of 100,000 records names its fields early).
const RECORDS_FOR_HEADER = 1000
/** Lists in lists deeper than this are not read as cells (a list nested 100,000 deep overflowed). */
const DEEPEST_LIST = 8
/** Objects in objects are read as "a.b.c" columns this deep; deeper ones are named in a note. */
const DEEPEST_OBJECT = 3
/** Columns made from nested objects' fields past these are named in a note, not made. */
const MOST_NESTED_COLUMNS = 200

type Json = Record<string, unknown>
type ListRole = 'actors' | 'categories' | 'sources'

/**
 * How one field of the records is read, decided from the first records' values: as a cell (a text, a
 * number, a list of them), as the names of named things (`category: {name}`, `entity: [{name}]`,
 * read as the event's actors or categories when the field's name says so), as links (`source:
 * [{url, sourceName}]`, a list of addresses), or not at all (objects with neither a name nor an
 * address).
 */
type Reading =
  | { kind: 'cell' }
  | { kind: 'names'; role: 'actors' | 'categories' | null }
  | { kind: 'links' }
  | { kind: 'unread' }

/**
 * A JSON list of records as the rows of a sheet: each record a row, its fields columns. A text,
 * number or true/false is a cell; a list of them (TimeMap's `associations`, `sources`) is one cell of
 * "; "-separated values, as the sheet reader reads lists. Nested records are flattened into what the
 * sheet reader reads: an object's fields become "field.key" columns; a named thing (`{name}`) or a
 * list of them becomes its names, the event's actors when the field reads like people or
 * organisations ("entity", "participants"), its categories when it reads like a topic ("category",
 * "tags", "belongsToStory"); a list of addresses or of objects with a url becomes the event's sources
 * (each with its outlet, from `sourceName` or `name`). Every part not read is named in a note.
 * `lineOf` says where each record is in its file (a JSON Lines file's line); by default, its place in
 * the list. Null when the list holds no records at all.
 */
export function recordsToSheet(
  list: readonly unknown[],
  lineOf: (index: number) => number = (index) => index + 1,
): { sheet: Sheet; notes: ReadNote[] } | null {
  const first: Array<Map<string, unknown>> = []
  let records = 0
  for (const item of list) {
    if (!isJson(item)) continue
    records++
    if (first.length < RECORDS_FOR_HEADER) first.push(flattened(item))
  }
  if (records === 0) return null
  const plan = planColumns(first)
  const rows: Sheet['rows'] = []
  const misfits = new Map<string, number[]>()
  list.forEach((item, index) => {
    if (!isJson(item)) return
    // Most records hold no object: read as they are, without a map of their fields (100,000 maps).
    const fields = Object.values(item).some(isJson) ? flattened(item) : null
    const cells = plan.columns.map((column) => {
      const parts: string[] = []
      for (const { field, reading } of column.sources) {
        const value = fields ? fields.get(field) : Object.hasOwn(item, field) ? item[field] : undefined
        const cell = cellFor(value, reading)
        if (cell === null) {
          const misfit = misfits.get(field)
          if (!misfit) misfits.set(field, [lineOf(index)])
          else if (misfit.length < 3) misfit.push(lineOf(index))
        } else if (cell !== '') parts.push(cell)
      }
      return parts.join('; ')
    })
    rows.push({ cells, line: lineOf(index) })
  })
  const notes: ReadNote[] = []
  const skipped = list.length - records
  if (skipped) notes.push({ code: 'recordsNotRecords', count: skipped })
  notes.push(...plan.notes)
  if (misfits.size)
    notes.push({
      code: 'recordsMisfits',
      fields: [...misfits].slice(0, 6).map(([field, lines]) => ({ name: cut(field), lines })),
    })
  return { sheet: { header: plan.columns.map((column) => column.name), rows, total: list.length }, notes }
}

const isJson = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

type Column = { name: string; sources: Array<{ field: string; reading: Reading }> }

/** The sheet's columns, from the first records' fields, and what the reading of nested fields noticed. */
function planColumns(first: ReadonlyArray<Map<string, unknown>>): { columns: Column[]; notes: ReadNote[] } {
  const fields: string[] = []
  const values = new Map<string, unknown[]>()
  for (const record of first) {
    for (const [field, value] of record) {
      let seen = values.get(field)
      if (!seen) {
        seen = []
        values.set(field, seen)
        fields.push(field)
      }
      if (value !== null && value !== undefined) seen.push(value)
    }
  }
  const readings = new Map(fields.map((field) => [field, readingOf(field, values.get(field) ?? [])]))
  const cellFields = fields.filter((field) => readings.get(field)?.kind === 'cell')
  // A column that its name already makes the event's actors, categories or sources takes the nested
  // fields of that role too.
  const byName = rolesByName(cellFields)
  const columns: Column[] = []
  const ofRole = new Map<ListRole, Column>()
  for (const field of cellFields) {
    const named = byName[field]
    if (isListRole(named) && !ofRole.has(named)) ofRole.set(named, { name: field, sources: [] })
  }
  const hosts = new Map([...ofRole.values()].map((column) => [column.name, column]))
  const read = new Map<ListRole | 'names', string[]>()
  const unreadFields: string[] = []
  for (const field of fields) {
    const reading = readings.get(field) ?? { kind: 'unread' }
    const source = { field, reading }
    const role: ListRole | null =
      reading.kind === 'links' ? 'sources' : reading.kind === 'names' ? reading.role : null
    if (reading.kind === 'unread') unreadFields.push(field)
    else if (role === null) {
      const host = reading.kind === 'cell' ? hosts.get(field) : undefined
      // A column that nested fields join keeps its own values first.
      if (host) host.sources.unshift(source)
      columns.push(host ?? { name: field, sources: [source] })
      if (reading.kind === 'names') read.set('names', [...(read.get('names') ?? []), field])
    } else {
      read.set(role, [...(read.get(role) ?? []), field])
      const column = ofRole.get(role)
      if (column) column.sources.push(source)
      else {
        const made: Column = { name: field, sources: [source] }
        ofRole.set(role, made)
        columns.push(made)
      }
    }
  }
  nameRoleColumns(columns, ofRole, read)
  return { columns, notes: nestedNotes(read, unreadFields, unreadParts(fields, values, readings)) }
}

const isListRole = (role: ColumnRole | undefined): role is ListRole =>
  role === 'actors' || role === 'categories' || role === 'sources'

const ROLE_COLUMN: Record<ListRole, string> = {
  actors: 'actors',
  categories: 'categories',
  sources: 'sources',
}

/**
 * A column made of nested fields keeps its field's name where the sheet reader reads that name as the
 * role ("category", "source"); else it is named for its role ("entity" becomes "actors"), so that the
 * sheet reader reads it as such, and the note says which fields it holds.
 */
function nameRoleColumns(
  columns: Column[],
  ofRole: ReadonlyMap<ListRole, Column>,
  read: ReadonlyMap<ListRole | 'names', string[]>,
): void {
  const taken = new Set(columns.map((column) => column.name))
  for (const [role, column] of ofRole) {
    if (!read.get(role)?.length) continue
    const [only, ...more] = column.sources
    const keeps = only && more.length === 0 && rolesByName([only.field])[only.field] === role
    if (keeps || column.sources.some((source) => source.reading.kind === 'cell')) continue
    let name = ROLE_COLUMN[role]
    for (let suffix = 2; taken.has(name); suffix++) name = `${ROLE_COLUMN[role]}_${suffix}`
    taken.delete(column.name)
    taken.add(name)
    column.name = name
  }
}

function nestedNotes(
  read: ReadonlyMap<ListRole | 'names', string[]>,
  unreadFields: readonly string[],
  unreadParts: readonly string[],
): ReadNote[] {
  const nested = (['categories', 'actors', 'sources', 'names'] as const).flatMap((as) => {
    const fields = read.get(as)
    return fields?.length ? [{ as, fields: fields.slice(0, 6).map(cut) }] : []
  })
  const notes: ReadNote[] = []
  if (nested.length) notes.push({ code: 'recordsNested', read: nested })
  if (unreadParts.length)
    notes.push({
      code: 'recordsUnreadParts',
      parts: unreadParts.slice(0, 12).map((part) => ({ name: cut(part), holds: kindOfPart(part) })),
      more: Math.max(0, unreadParts.length - 12),
    })
  if (unreadFields.length)
    notes.push({
      code: 'recordsUnreadFields',
      fields: unreadFields.slice(0, 10).map(cut),
      more: Math.max(0, unreadFields.length - 10),
      deepest: DEEPEST_LIST,
    })
  return notes
}

const cut = (field: string) => field.slice(0, 40)

// What an unread part holds, by its key: the app keeps an event's links (as sources) and its own id,
// not a named thing's page ("entity[].wikiURL") or id ("category.id").
function kindOfPart(part: string): UnreadPart['holds'] {
  const key = part.slice(part.lastIndexOf('.') + 1)
  if (/url|uri|link|href/i.test(key)) return 'link'
  if (/^id$|Id$|_id$/.test(key)) return 'id'
  return 'other'
}

// ----- Flattening a record's objects -------------------------------------------------------------

/**
 * A record's fields with its plain objects (objects that are no named thing and no link) opened into
 * "field.key" fields, a few levels deep. A key of an object whose name the sheet reader reads as a
 * role ("date", "country", "lat") keeps its own name, where the record has no field of that name:
 * from a plain object any such key but an id (a category's "id" is no event's), from a named place
 * the parts of a place. Most records hold no object: they are read as they are.
 */
function flattened(record: Json): Map<string, unknown> {
  const fields = new Map<string, unknown>()
  const free = (key: string, roles: ReadonlySet<ColumnRole>) =>
    roles.has(roleOfKey(key)) && !Object.hasOwn(record, key) && !fields.has(key)
  const open = (key: string, value: unknown, depth: number): void => {
    if (!isJson(value) || depth >= DEEPEST_OBJECT || (depth > 0 && fields.size > MOST_NESTED_COLUMNS)) {
      fields.set(key, value)
      return
    }
    if (nameOf(value) !== null || urlOf(value) !== null) {
      fields.set(key, value)
      for (const sub of Object.keys(value)) if (free(sub, PLACE_ROLES)) fields.set(sub, value[sub])
      return
    }
    for (const sub of Object.keys(value))
      open(free(sub, CARRIED_ROLES) ? sub : `${key}.${sub}`, value[sub], depth + 1)
  }
  for (const key of Object.keys(record)) open(key, record[key], 0)
  return fields
}

const PLACE_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>([
  'latitude',
  'longitude',
  'countries',
  'admin1',
  'admin2',
  'admin3',
  'geoPrecision',
])
const CARRIED_ROLES: ReadonlySet<ColumnRole> = new Set<ColumnRole>(
  EVENT_COLUMNS.filter((role) => role !== 'id' && role !== 'originalId' && role !== 'type'),
)

// Each key's role by its name, found once: 100,000 records repeat a few keys.
const keyRoles = new Map<string, ColumnRole>()
function roleOfKey(key: string): ColumnRole {
  let role = keyRoles.get(key)
  if (role === undefined) {
    role = rolesByName([key])[key] ?? 'none'
    if (keyRoles.size < 10_000) keyRoles.set(key, role)
  }
  return role
}

// ----- Reading a field ---------------------------------------------------------------------------

/**
 * How a field is read, from its values in the first records (see Reading): the kind most of them
 * (four in five) are; the others are left out of their events and said (see recordsToSheet).
 */
function readingOf(field: string, values: readonly unknown[]): Reading {
  const role = roleOfName(field)
  const most = (read: (value: unknown) => unknown) =>
    values.filter((value) => read(value) !== null).length >= Math.ceil(values.length * 0.8)
  const names = (value: unknown) => namesOf(value, 0)
  if (!values.some((value) => holdsObject(value, 0))) {
    // A plain list of names in a field that reads like people or topics is that role's list.
    if (role && values.some(Array.isArray) && most(names)) return { kind: 'names', role }
    return most((value) => cellOf(value, 0)) ? { kind: 'cell' } : { kind: 'unread' }
  }
  const named = most(names)
  if (role && named) return { kind: 'names', role }
  if (most((value) => linksOf(value, 0))) return { kind: 'links' }
  if (named) return { kind: 'names', role: null }
  return { kind: 'unread' }
}

function holdsObject(value: unknown, depth: number): boolean {
  if (isJson(value)) return true
  if (!Array.isArray(value) || depth >= DEEPEST_LIST) return false
  return value.some((item) => isJson(item) || (Array.isArray(item) && holdsObject(item, depth + 1)))
}

// The words of a field's name ("belongsToStory": belongs, to, story), each compared by its start.
const ACTOR_WORDS = [
  'entit',
  'people',
  'person',
  'actor',
  'organi',
  'participant',
  'speaker',
  'perpetrator',
  'victim',
  'party',
  'parties',
  'who',
]
const CATEGORY_WORDS = ['categor', 'topic', 'tag', 'story', 'stories', 'theme', 'subject', 'keyword', 'genre']

function roleOfName(field: string): 'actors' | 'categories' | null {
  const words = field
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/)
    .filter(Boolean)
  const has = (stems: readonly string[]) =>
    words.some((word) => stems.some((stem) => word.startsWith(stem) && (stem !== 'who' || word === 'who')))
  if (has(ACTOR_WORDS)) return 'actors'
  if (has(CATEGORY_WORDS)) return 'categories'
  return null
}

/** A value as its reading makes it a cell; null where this value cannot be read so. */
function cellFor(value: unknown, reading: Reading): string | null {
  if (value === undefined || value === null) return ''
  switch (reading.kind) {
    case 'cell':
      return cellOf(value, 0)
    case 'names': {
      const names = namesOf(value, 0)
      return names === null ? null : [...new Set(names.map((name) => name.replaceAll(';', ',')))].join('; ')
    }
    case 'links': {
      const links = linksOf(value, 0)
      return links === null ? null : links.map(linkCell).join('; ')
    }
    default:
      return null
  }
}

function cellOf(value: unknown, depth: number): string | null {
  if (value === undefined || value === null) return ''
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  if (Array.isArray(value)) {
    if (depth >= DEEPEST_LIST) return null
    const cells: string[] = []
    for (const item of value) {
      const cell = cellOf(item, depth + 1)
      if (cell === null) return null
      if (cell) cells.push(cell.replaceAll(';', ','))
    }
    return cells.join('; ')
  }
  return null
}

const NAME_KEYS = ['name', 'label', 'title', 'displayname', 'fullname', 'value', 'text']
const URL_KEYS = ['url', 'uri', 'href', 'link']
const OUTLET_KEYS = ['sourcename', 'outlet', 'publisher', 'sitename', 'site', 'source', 'name', 'title']

/** The text of the first of an object's keys (compared without case) that holds a text or number. */
function textAt(object: Json, keys: readonly string[]): string | null {
  for (const wanted of keys) {
    for (const key of Object.keys(object)) {
      if (key.toLowerCase() !== wanted) continue
      const value = object[key]
      if (typeof value === 'string' && value.trim()) return value.trim()
      if (typeof value === 'number') return String(value)
    }
  }
  return null
}

const nameOf = (object: Json) => textAt(object, NAME_KEYS)
const urlOf = (object: Json) => textAt(object, URL_KEYS)

/** The names a value holds: texts, named things, lists of them; null when some part has no name. */
function namesOf(value: unknown, depth: number): string[] | null {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') return value.trim() ? [value.trim()] : []
  if (typeof value === 'number' || typeof value === 'boolean') return [String(value)]
  if (isJson(value)) {
    const name = nameOf(value)
    return name === null ? null : [name]
  }
  if (!Array.isArray(value) || depth >= DEEPEST_LIST) return null
  const names: string[] = []
  for (const item of value) {
    const found = namesOf(item, depth + 1)
    if (found === null) return null
    names.push(...found)
  }
  return names
}

type Link = { url: string; outlet: string | null }

/** The links a value holds: addresses, objects with a url, lists of them; null when some part is neither. */
function linksOf(value: unknown, depth: number): Link[] | null {
  if (value === undefined || value === null) return []
  if (typeof value === 'string') {
    if (!value.trim()) return []
    return /^https?:\/\//i.test(value.trim()) ? [{ url: value.trim(), outlet: null }] : null
  }
  if (isJson(value)) {
    const url = urlOf(value)
    return url === null ? null : [{ url, outlet: textAt(value, OUTLET_KEYS) }]
  }
  if (!Array.isArray(value) || depth >= DEEPEST_LIST) return null
  const links: Link[] = []
  for (const item of value) {
    const found = linksOf(item, depth + 1)
    if (found === null) return null
    links.push(...found)
  }
  return links
}

/**
 * A link as the sheet reader reads a sources cell's item: "outlet address" (see event-extras.ts), the
 * list's separator and the space before the address kept out of both.
 */
function linkCell({ url, outlet }: Link): string {
  const address = url.replaceAll(' ', '%20').replaceAll(';', '%3B')
  return outlet ? `${outlet.replaceAll(';', ',')} ${address}` : address
}

/**
 * The keys of nested fields' objects that were not read (the ids and links beside a named thing's
 * name: "entity[].wikiURL"), from the first records, for the note.
 */
function unreadParts(
  fields: readonly string[],
  values: ReadonlyMap<string, unknown[]>,
  readings: ReadonlyMap<string, Reading>,
): string[] {
  const parts = new Set<string>()
  for (const field of fields) {
    const reading = readings.get(field)
    if (reading?.kind !== 'names' && reading?.kind !== 'links') continue
    for (const value of values.get(field) ?? []) {
      const [objects, path] = Array.isArray(value)
        ? [value.filter(isJson), `${field}[]`]
        : [isJson(value) ? [value] : [], field]
      for (const object of objects) {
        // Only the key read is used: "name" beside "title" is read, "title" is not.
        const read =
          reading.kind === 'names'
            ? firstKey(object, NAME_KEYS)
            : [firstKey(object, URL_KEYS), firstKey(object, OUTLET_KEYS)]
        for (const key of Object.keys(object)) {
          const isRead = Array.isArray(read) ? read.includes(key) : read === key
          if (!isRead && !PLACE_ROLES.has(roleOfKey(key)) && parts.size < 100) parts.add(`${path}.${key}`)
        }
      }
    }
  }
  return [...parts]
}

/** The key textAt reads (see there), or null. */
function firstKey(object: Json, keys: readonly string[]): string | null {
  for (const wanted of keys) {
    for (const key of Object.keys(object)) {
      if (key.toLowerCase() !== wanted) continue
      const value = object[key]
      if ((typeof value === 'string' && value.trim()) || typeof value === 'number') return key
    }
  }
  return null
}
