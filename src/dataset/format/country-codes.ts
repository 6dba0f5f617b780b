import { COUNTRY_NAMES } from './country-names'

/**
 * True for an assigned ISO 3166-1 alpha-2 code, upper case ("KP"): one the table of names has, which is
 * made from i18n-iso-countries' codes (a test holds the two equal). The library itself, with its name
 * matching and diacritics, is not the first view's (numeric-country-codes.ts).
 */
export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && Object.hasOwn(COUNTRY_NAMES, code)
}

/**
 * The short English name of a country code ("KP" -> "North Korea"), or the code itself. CLDR's names
 * read as a reader expects ("South Korea", not "Korea, Republic of"); they are kept in a table made
 * from Intl.DisplayNames (scripts/generate-country-names.ts) rather than asked of the browser while
 * the first view is drawn (see docs/decisions/no-intl-on-first-view.md).
 */
export function countryName(code: string): string {
  return Object.hasOwn(COUNTRY_NAMES, code) ? (COUNTRY_NAMES[code] as string) : code
}

let codesByName: Map<string, string> | null = null

/** The code of a country given by code or English name ("KP", "north korea"), or null. */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim()
  if (isIsoCountryCode(trimmed.toUpperCase()) && trimmed.length === 2) return trimmed.toUpperCase()
  if (!codesByName) {
    codesByName = new Map()
    for (const [code, name] of Object.entries(COUNTRY_NAMES)) codesByName.set(name.toLowerCase(), code)
  }
  return codesByName.get(trimmed.toLowerCase()) ?? null
}
