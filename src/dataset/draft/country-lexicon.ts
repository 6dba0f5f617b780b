import { countries as capitals } from 'country-code-lookup'
import english from 'i18n-iso-countries/langs/en.json'
import { COUNTRY_NAMES } from '../format/country-names'
import { DEMONYMS } from './demonyms'

/** How a country is named: its name, a demonym ("Russian") or its capital standing for its government. */
export type CountryWordKind = 'name' | 'demonym' | 'capital'
export type CountryWord = { code: string; kind: CountryWordKind }

// News spellings neither CLDR nor i18n-iso-countries lists.
const NEWS_NAMES: Readonly<Record<string, string>> = {
  America: 'US',
  Britain: 'GB',
  DPRK: 'KP',
  PRC: 'CN',
  Burma: 'MM',
  Holland: 'NL',
  'Ivory Coast': 'CI',
  'East Timor': 'TL',
  'Czech Republic': 'CZ',
  Turkey: 'TR',
  Macedonia: 'MK',
  Swaziland: 'SZ',
  Palestine: 'PS',
  Gaza: 'PS',
  'West Bank': 'PS',
  Vatican: 'VA',
  'Hong Kong': 'HK',
  // The United Kingdom's nations: "Police Service of Northern Ireland" is a British police's name.
  'Northern Ireland': 'GB',
  England: 'GB',
  Scotland: 'GB',
  Wales: 'GB',
  Macau: 'MO',
  Macao: 'MO',
}

// Capitals as news spells them, where country-code-lookup spells them otherwise (P'yongyang).
const NEWS_CAPITALS: Readonly<Record<string, string>> = {
  Pyongyang: 'KP',
  Washington: 'US',
  Kyiv: 'UA',
  Kiev: 'UA',
  'New Delhi': 'IN',
  Brasilia: 'BR',
  Naypyidaw: 'MM',
  Taipei: 'TW',
}

// Capitals that are also common words or names ("Male", "Victoria", "Douglas"), and names that are
// something else in news text ("Jersey" in New Jersey): never read as a country.
const NOT_COUNTRIES = new Set([
  'Male',
  'Victoria',
  'Kingston',
  'Hamilton',
  'Georgetown',
  'Jamestown',
  'Douglas',
  'Stanley',
  'Plymouth',
  'Jersey',
  'Korea',
  'Avarua',
  'Alofi',
  'Adamstown',
  'Saint John’s',
])

let table: Map<string, CountryWord> | null = null
let pattern: RegExp | null = null

/** Every way of writing a country this module knows, each with its code and kind. */
export function countryWords(): Map<string, CountryWord> {
  if (table) return table
  const words = new Map<string, CountryWord>()
  const add = (word: string, code: string, kind: CountryWordKind) => {
    const clean = word.trim()
    if (clean.length < 3 && clean !== 'US' && clean !== 'UK') return
    if (clean.includes(',') || NOT_COUNTRIES.has(clean) || words.has(clean)) return
    words.set(clean, { code, kind })
  }
  for (const [code, name] of Object.entries(COUNTRY_NAMES)) {
    add(name, code, 'name')
    add(name.replace(/&/g, 'and'), code, 'name')
    add(name.replace(/^St\. /, 'Saint '), code, 'name')
    for (const part of name.split(/\s+-\s+|[()]/)) if (part.trim().length > 3) add(part, code, 'name')
  }
  for (const [code, names] of Object.entries(english.countries)) {
    for (const name of Array.isArray(names) ? names : [names]) add(name, code, 'name')
  }
  for (const [name, code] of Object.entries(NEWS_NAMES)) add(name, code, 'name')
  for (const [demonym, code] of Object.entries(DEMONYMS)) add(demonym, code, 'demonym')
  for (const [capital, code] of Object.entries(NEWS_CAPITALS)) add(capital, code, 'capital')
  for (const { capital, iso2 } of capitals) {
    if (capital && iso2 && capital.length >= 4 && !capital.includes("'")) add(capital, iso2, 'capital')
  }
  table = words
  return words
}

/**
 * A pattern finding every country word in a text, the longest first ("North Korea" before "Korea",
 * "Guinea-Bissau" before "Guinea"), only as whole words and as written (capitalised): "turkey" is not a
 * country.
 */
export function countryPattern(): RegExp {
  if (pattern) return pattern
  const names = [...countryWords().keys()].sort((a, b) => b.length - a.length)
  const escaped = names.map((name) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
  pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${escaped.join('|')})(?![\\p{L}\\p{N}]|-\\p{L})`, 'gu')
  return pattern
}

/** The country a word names, or undefined. */
export function countryOfWord(word: string): CountryWord | undefined {
  return countryWords().get(word.replace(/\s+/g, ' '))
}
