import countries from 'i18n-iso-countries'
import english from 'i18n-iso-countries/langs/en.json'
import { COUNTRY_NAMES } from '../../format/country-names'
import { worldCountryCode } from './country-names-world'

/**
 * Countries as people write them in their files: ISO alpha-2 ("TR"), alpha-3 ("TUR") and numeric
 * ("792") codes, English names in their official, common and short news spellings ("Turkey",
 * "Türkiye", "Democratic Republic of Congo", "Myanmar", "Burma", "Palestine") and the short forms of
 * the news ("UK", "USA", "DPRK", "KSA"), and a country's name in any language CLDR names it in
 * ("Arabie saoudite", "Irak", "Deutschland", "Rusia", "Соединённые Штаты": country-names-world.ts).
 * English names come from two well-kept sources: i18n-iso-countries' English names with their
 * aliases, and CLDR's short names (country-names.ts); compared without case, accents, punctuation or
 * the word "the". A handful of former and short names that neither carries are added below.
 */

countries.registerLocale(english)

// Former, informal and short names in news use that neither package lists.
const FORMER_NAMES: Readonly<Record<string, string>> = {
  drc: 'CD',
  dprk: 'KP',
  rok: 'KR',
  prc: 'CN',
  ksa: 'SA',
  uae: 'AE',
  britain: 'GB',
  'great britain': 'GB',
  'u k': 'GB',
  'u s a': 'US',
  holland: 'NL',
  gaza: 'PS',
  'gaza strip': 'PS',
  'west bank': 'PS',
  'soviet russia': 'RU',
  macedonia: 'MK',
  swaziland: 'SZ',
  'east timor': 'TL',
  vatican: 'VA',
  'holy see': 'VA',
  'cape verde': 'CV',
  zaire: 'CD',
  'dr congo': 'CD',
  'd r congo': 'CD',
  trinidad: 'TT',
  't and t': 'TT',
  // The United Kingdom's four countries: a file's country column naming one means the kingdom.
  england: 'GB',
  scotland: 'GB',
  wales: 'GB',
  'northern ireland': 'GB',
  persia: 'IR',
  america: 'US',
  bosnia: 'BA',
  'st vincent': 'VC',
  antigua: 'AG',
  macau: 'MO',
  'lao pdr': 'LA',
  'slovak republic': 'SK',
  'kyrgyz republic': 'KG',
  'occupied palestinian territory': 'PS',
  'occupied palestinian territories': 'PS',
  'palestinian territory': 'PS',
  'democratic people s republic of korea': 'KP',
  'former yugoslav republic of macedonia': 'MK',
}

// The abbreviations of the World Bank's and the UN's inverted names ("Congo, Dem. Rep.", "Venezuela, RB").
const FORM_ABBREVIATIONS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\bdem\b\.?/gi, 'Democratic'],
  [/\brep\b\.?/gi, 'Republic'],
  [/\bfed\b\.?/gi, 'Federated'],
  [/\bsts\b\.?/gi, 'States'],
  [/\brb\b/gi, 'Bolivarian Republic'],
]

// Words that name a state's form, not the state: "Iran (Islamic Republic of)" is Iran.
const FORM_WORDS = new Set(
  'arab bolivarian democratic federal federated federative islamic kingdom of people peoples plurinational republic s socialist state states the united'.split(
    ' ',
  ),
)

/**
 * "The Democratic Republic of the Congo" and "democratic republic of congo" compare equal, as do
 * "Соединённые Штаты" and "Соединенные Штаты". Only the accents of the Latin, Greek and Cyrillic
 * scripts are dropped (the combining marks U+0300–U+036F): the vowel signs of Devanagari or Khmer are
 * letters of their words, and dropping them made Togo and Tonga one name in Hindi.
 */
export function normalCountryName(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .replace(/\bthe\b/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

let byName: Map<string, string> | null = null

function namesTable(): Map<string, string> {
  if (byName) return byName
  const table = new Map<string, string>()
  const add = (name: string, code: string) => {
    const key = normalCountryName(name)
    if (key && !table.has(key)) table.set(key, code)
  }
  for (const [code, names] of Object.entries(english.countries)) {
    for (const name of Array.isArray(names) ? names : [names]) add(name, code)
  }
  for (const [code, name] of Object.entries(COUNTRY_NAMES)) {
    add(name, code)
    // "Myanmar (Burma)", "Congo - Kinshasa": each part is a name people write; not "Islands" of
    // "Cocos (Keeling) Islands", whose bracket is inside the name.
    const parts = /^(.+) \((.+)\)$/.exec(name)?.slice(1) ?? name.split(/\s+-\s+/)
    for (const part of parts) if (part.trim().length > 3) add(part, code)
  }
  for (const [name, code] of Object.entries(FORMER_NAMES)) add(name, code)
  byName = table
  return table
}

// Other languages' names are looked for past two characters ("中国"), and in the Latin alphabet past
// three: Norwegian calls the Isle of Man "Man", which in an English file is a word.
const inAnyLanguage = (key: string) => key.length > 3 || (key.length > 1 && !/^[a-z ]+$/.test(key))

// Every region i18n-iso-countries knows, for naming in other languages.
const regionCodes = () => Object.keys(english.countries)

export type CountryReading = { code: string; suggestion?: undefined } | { code: null; suggestion?: string }

/**
 * The ISO alpha-2 code a written country stands for, or null with the nearest name when one is close
 * (looked for only when `suggest`: it compares the text with every name, and guessing whether an
 * actor's name is a country needs no suggestion).
 */
export function readCountry(text: string, suggest = true): CountryReading {
  const trimmed = text.trim()
  const upper = trimmed.toUpperCase()
  if (/^[A-Z]{2}$/.test(upper) && countries.isValid(upper)) return { code: upper }
  if (/^[A-Z]{3}$/.test(upper)) {
    const code = countries.alpha3ToAlpha2(upper)
    if (code) return { code }
  }
  if (/^\d{1,3}$/.test(trimmed)) {
    const code = countries.numericToAlpha2(trimmed.padStart(3, '0'))
    if (code) return { code }
  }
  const key = normalCountryName(trimmed)
  const code = byAnyName(key) ?? byInvertedName(trimmed)
  if (code) return { code }
  return suggest ? { code: null, ...nearest(key) } : { code: null }
}

function byAnyName(key: string): string | undefined {
  return (
    namesTable().get(key) ??
    (inAnyLanguage(key) ? worldCountryCode(key, regionCodes, normalCountryName) : undefined)
  )
}

/**
 * The inverted names of the World Bank's and the UN's lists: "Korea, South" and "Korea (Republic of)"
 * are read as "South Korea" and "Republic of Korea"; "Iran, Islamic Rep." and "Bolivia (Plurinational
 * State of)", whose second part only names the state's form, as Iran and Bolivia. "Protesters
 * (Pakistan)" stays a body of people: its second part is not a form.
 */
function byInvertedName(text: string): string | undefined {
  const parts = /^([^,()]+?)\s*(?:,\s*([^,()]+)|\(([^()]+)\))$/.exec(text)
  const name = parts?.[1]
  const form = parts?.[2] ?? parts?.[3]
  if (!name || !form) return undefined
  let written = form
  for (const [abbreviation, word] of FORM_ABBREVIATIONS) written = written.replace(abbreviation, word)
  const formKey = normalCountryName(written).replace(/ of$/, '')
  const nameKey = normalCountryName(name)
  const whole = namesTable().get(`${formKey} of ${nameKey}`) ?? namesTable().get(`${formKey} ${nameKey}`)
  if (whole) return whole
  const onlyForm = formKey.split(' ').every((word) => FORM_WORDS.has(word))
  return onlyForm ? byAnyName(nameKey) : undefined
}

/** The closest known name, when it is at most two edits away (and the text is not tiny). */
function nearest(key: string): { suggestion?: string } {
  if (key.length < 4) return {}
  let best: { name: string; distance: number } | null = null
  for (const name of namesTable().keys()) {
    if (Math.abs(name.length - key.length) > 2) continue
    const distance = editDistance(key, name, 2)
    if (distance <= 2 && (!best || distance < best.distance)) best = { name, distance }
  }
  if (!best) return {}
  const code = namesTable().get(best.name)
  return code ? { suggestion: COUNTRY_NAMES[code] ?? best.name } : {}
}

// Levenshtein distance, given up past `limit`.
function editDistance(a: string, b: string, limit: number): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index)
  for (let i = 1; i <= a.length; i++) {
    const current = [i]
    let rowBest = i
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      const value = Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost)
      current.push(value)
      rowBest = Math.min(rowBest, value)
    }
    if (rowBest > limit) return limit + 1
    previous = current
  }
  return previous[b.length] ?? limit + 1
}
