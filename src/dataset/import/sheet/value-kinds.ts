import { readCountry } from '../values/read-country'
import { readWebAddress } from '../values/web-address'
import type { ColumnReason, CountedKind, ShownKind, ValuesSeen } from './column-reason'
import { readClock } from './event-columns'
import { splitItems } from './list-cells'
import { readDateColumn } from './read-date-column'

/**
 * What a column's first values are, read from them alone (guess-roles.ts gives each kind a role): the
 * rules of docs/decisions/guessing-columns.md. Reads at most a sheet's head (HEAD_ROWS), each value
 * once, so guessing costs the same for 100 rows as for 100,000.
 */
export type ValueKind =
  | 'empty'
  | 'numbering'
  | 'id'
  | 'yes-no'
  | 'year'
  | 'date'
  | 'serial-date'
  | 'time'
  | 'latitude'
  | 'longitude'
  | 'number'
  | 'countries'
  | 'image'
  | 'address'
  | 'path'
  | 'people'
  | 'place'
  | 'row-type'
  | 'summary'
  | 'title'
  | 'category'
  | 'text'

/** A column's kind, and why, as a code the mapping step words ("its values are dates (18 of 20)"). */
export type KindOfColumn = { kind: ValueKind; reason: ColumnReason; share: number }

const NUMBER = /^[+-]?(?:\d+(?:[.,]\d+)?|[.,]\d+)$/
const INTEGER = /^\d+$/
const SHORT_NUMBER = /^\s*[+-]?\d{1,3}\s*$/
const IMAGE = /\.(?:jpe?g|png|gif|webp|svg|avif|tiff?|bmp|heic)(?:[?#]|$)/i
// A file's name or a path in a folder: images/x.jpg, ./media/clip.mp4, C:\photos\a.png, scan.pdf.
const PATH = /^(?:[a-z]:[\\/]|\.{0,2}[\\/]|[\w.-]+[\\/])?[\w .()\\/-]*\.[a-z0-9]{2,5}$/i
// Ids: letters then digits (CIV0001, UW0067, ISR1786, evt-12), letters and digits mixed in one word
// (USGS's b000ije3, nc71840166), UUIDs, hashes.
const ID =
  /^(?:[A-Za-z]{1,6}[-_]?\d{2,}|(?=[a-z]*\d)(?=\d*[a-z])[a-z0-9]{5,20}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{24,64})$/i
const YES_NO: ReadonlySet<string> = new Set(
  'true false yes no y n t f oui non si sí ja nein sim não x ✓ ✔ ✗ ✘'.split(' '),
)
const ROW_TYPES: ReadonlySet<string> = new Set(['title', 'era'])
// Words of events, of bodies of people and of the world's regions (GTD's "North America"): a value
// holding one is not a person's name.
const NOT_A_NAME =
  /\b(?:attacks?|strikes?|damage|presence|protests?|clash(?:es)?|battles?|explosions?|violence|riots?|shelling|airstrikes?|bombing|killings?|arrests?|elections?|meetings?|summit|visit|agreement|talks|war|crisis|conflict|movement|developments?|infrastructure|military|civilians?|police|government|forces?|army|ministry|council|party|news|reports?|events?|incidents?|update|group|union|committee|office|agency|court|university|city|province|region|district|street|square|road|station|airport|hospital|school|america|americas|europe|asia|africa|oceania|caribbean|pacific|atlantic|middle east)\b/i
// A word of a person's name: capitalised (Jane, O'Neil, Jean-Luc), an initial (J.), or a particle.
const NAME_WORD = /^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.|de|da|di|du|van|von|der|bin|ibn|al|el|la|le|ben)$/u
const PLACE_WORDS =
  /\b(?:city|town|village|province|oblast|region|district|county|state|street|square|road|river|island|port|camp|base|airport)\b/i

const share = (hits: number, of: number) => (of === 0 ? 0 : hits / of)

/** What most (four in five) of a column's first values are, and why. */
export function kindOfColumn(values: readonly string[]): KindOfColumn {
  const of = values.length
  if (of === 0) return { kind: 'empty', reason: { seen: { code: 'empty' } }, share: 0 }
  const most = (hits: number) => hits >= Math.ceil(of * 0.8)
  const count = (test: (value: string) => boolean) => values.filter(test).length
  // "its values are dates (18 of 20)"; a kind said with its own figures (examples) has no count.
  const verdict = (kind: ValueKind, hits: number, what: Said): KindOfColumn => ({
    kind,
    reason: { seen: typeof what === 'string' ? { code: 'counted', kind: what, hits, of } : what },
    share: share(hits, of),
  })

  const yesNo = count((value) => YES_NO.has(value.toLowerCase()))
  if (yesNo === of) return verdict('yes-no', yesNo, shown('yesNo', values))
  const types = count((value) => ROW_TYPES.has(value.toLowerCase()))
  if (types === of) return verdict('row-type', types, { code: 'rowTypes' })
  if (values.every((value) => NUMBER.test(value))) return kindOfNumbers(values, verdict)
  const times = count((value) => readClock(value) !== null)
  if (most(times)) return verdict('time', times, 'times')
  // A bare number of one to three digits (an age, a count: 16, 27, 52) is no date by itself, though
  // EDTF reads "16" as a century: only years and yyyymmdd are dates among numbers.
  const dates = readDateColumn(values).dates.filter(
    (date, at) => date.ok && !SHORT_NUMBER.test(values[at] ?? ''),
  ).length
  if (most(dates)) return verdict('date', dates, 'dates')
  const ids = count((value) => ID.test(value))
  if (ids === of && new Set(values).size === of) return verdict('id', ids, shown('ids', values))
  const addresses = count((value) => readWebAddress(value) !== null)
  if (most(addresses)) {
    const images = count((value) => IMAGE.test(value))
    return most(images) ? verdict('image', images, 'images') : verdict('address', addresses, 'addresses')
  }
  // Patterns over cells are tried on short ones only: a cell may be a megabyte of text.
  const paths = count(
    (value) =>
      value.length <= 300 && !value.includes('://') && PATH.test(value) && /[\\/]|\.\w{2,5}$/.test(value),
  )
  if (most(paths)) return verdict('path', paths, shown('paths', values))
  // A list of countries is short; one country's name may hold a comma ("Korea, Republic of").
  const countries = count((value) => {
    if (value.length > 300) return false
    const names = readCountry(value, false).code !== null ? [value] : splitItems(value)
    return (
      names.length > 0 && names.every((name) => /\p{L}/u.test(name) && readCountry(name, false).code !== null)
    )
  })
  if (most(countries)) return verdict('countries', countries, 'countries')
  return kindOfText(values, verdict)
}

/** What the values are: a kind counted, or a code with its own figures. */
type Said = CountedKind | ValuesSeen
type Verdict = (kind: ValueKind, hits: number, what: Said) => KindOfColumn

const shown = (kind: ShownKind, values: readonly string[]): ValuesSeen => ({
  code: 'shown',
  kind,
  examples: examples(values),
})

function kindOfNumbers(values: readonly string[], verdict: Verdict): KindOfColumn {
  const of = values.length
  const numbers = values.map((value) => Number(value.replace(',', '.')))
  const integers = values.every((value) => INTEGER.test(value))
  // 1, 2, 3…: a row's number in the sheet (a spreadsheet's index column), nothing of the event.
  if (integers && of >= 3 && numbers.every((number, at) => at === 0 || number === (numbers[at - 1] ?? 0) + 1))
    return verdict('numbering', of, shown('numbering', values))
  // Plain years and yyyymmdd are dates; other whole numbers, and decimals, are numbers or coordinates.
  if (values.every((value) => /^(?:1[5-9]|20)\d{2}$/.test(value))) return verdict('year', of, 'years')
  if (values.every((value) => /^(?:1[5-9]|20)\d{2}[01]\d[0-3]\d$/.test(value)))
    return verdict('date', of, 'yyyymmdd')
  // Excel's numbers of days (from 1954 to 2100): dates a spreadsheet stored as numbers.
  if (
    values.every(
      (value) => /^\d{5}(?:\.\d+)?$/.test(value) && Number(value) >= 20_000 && Number(value) < 73_051,
    )
  )
    return verdict('serial-date', of, shown('excelDates', values))
  // Large whole numbers, each once: ids (ACLED's data_id), not a quantity.
  if (integers && values.every((value) => value.length >= 5) && new Set(values).size === of)
    return verdict('id', of, shown('ids', values))
  const decimals = values.some((value) => /[.,]\d/.test(value))
  if (decimals && numbers.every((number) => Math.abs(number) <= 90))
    return verdict('latitude', of, { code: 'latitudes' })
  if (decimals && numbers.every((number) => Math.abs(number) <= 180))
    return verdict('longitude', of, { code: 'longitudes' })
  return verdict('number', of, 'numbers')
}

function kindOfText(values: readonly string[], verdict: Verdict): KindOfColumn {
  const of = values.length
  const most = (hits: number) => hits >= Math.ceil(of * 0.8)
  const average = values.reduce((sum, value) => sum + value.length, 0) / of
  const distinct = new Set(values).size
  // Long and in words: a long run without spaces (USGS's ",cap,dyfi,general-link,…", a hash) is no
  // summary anyone reads.
  const worded = values.filter((value) => /\S\s+\S/.test(value)).length
  if (average > 100 && most(worded))
    return verdict('summary', of, { code: 'longTexts', average: Math.round(average) })
  // Names of people, one or several to a cell: "Jane Doe", "Jane Doe, John Roe".
  const itemsOf = values.map(splitItems)
  const people = itemsOf.filter((items) => items.length > 0 && items.every(isPersonName)).length
  const lists = itemsOf.filter((items) => items.length > 1).length
  if (most(people)) return verdict('people', people, lists ? 'peopleLists' : 'people')
  // Places by their words ("Samarskaya oblast", "Kherson city"): a column of single capitalised words
  // is as likely a column of titles or categories ("Invasión", "Guerra"); named columns (city, town,
  // province, district) are read by their names.
  const places = values.filter(isPlaceName).length
  const placeWords = values.filter((value) => value.length <= 50 && PLACE_WORDS.test(value)).length
  if (most(places) && placeWords * 2 >= of) return verdict('place', places, 'places')
  // One text in every row ("mapa", "revisado") tells no event from another: no category.
  if (of >= 4 && distinct === 1)
    return {
      kind: 'text',
      reason: { seen: { code: 'repeated', distinct, of }, verdict: { code: 'noRole' } },
      share: 1,
    }
  if (of >= 4 && distinct <= Math.max(2, of / 2) && average <= 40)
    return verdict('category', of, { code: 'repeated', distinct, of })
  // A title is words, or one word of letters ("Invasion"); codes and lists without spaces
  // (",usb000ije3,pt13202001,") are not.
  const wordy = values.filter((value) => /\S\s+\S/.test(value) || /^[\p{L}'’-]+$/u.test(value)).length
  if (distinct >= of * 0.8 && average >= 8 && most(wordy))
    return verdict('title', of, { code: 'shortTexts', average: Math.round(average) })
  return { kind: 'text', reason: { seen: { code: 'texts' } }, share: 1 }
}

// Two to four words of a name, none a word of events or bodies of people, and not a country.
function isPersonName(item: string): boolean {
  if (item.length > 60 || /\d/.test(item) || NOT_A_NAME.test(item)) return false
  const words = item.split(/\s+/)
  if (words.length < 2 || words.length > 4) return false
  if (!words.every((word) => NAME_WORD.test(word))) return false
  return readCountry(item, false).code === null
}

// One to three words of a place's name (Kharkiv, Novaya Kakhovka, Samarskaya oblast), not a country.
function isPlaceName(value: string): boolean {
  if (value.length > 50 || /\d/.test(value) || NOT_A_NAME.test(value.replace(PLACE_WORDS, ''))) return false
  const words = value.split(/[\s/-]+/)
  const placeWord = (word: string) =>
    /^\p{Lu}[\p{Ll}'’]+$/u.test(word) || NAME_WORD.test(word) || PLACE_WORDS.test(word)
  if (words.length > 3 || !words.every(placeWord)) return false
  return readCountry(value, false).code === null
}

/** The first two different values, cut short, as a reason's examples. */
function examples(values: readonly string[]): string[] {
  return [...new Set(values)]
    .slice(0, 2)
    .map((value) => (value.length > 24 ? `${value.slice(0, 23)}…` : value))
}
