import countries from 'i18n-iso-countries'

/** True for an assigned ISO 3166-1 alpha-2 code, upper case ("KP"). */
export function isIsoCountryCode(code: string): boolean {
  return /^[A-Z]{2}$/.test(code) && countries.isValid(code)
}

// The browser's own CLDR names read as a reader expects ("South Korea", not "Korea, Republic of"),
// and cost no bundle weight; i18n-iso-countries is used only for the list of assigned codes.
const regionNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' })

/** The short English name of a country code ("KP" -> "North Korea"), or the code itself. */
export function countryName(code: string): string {
  if (!isIsoCountryCode(code)) return code
  try {
    return regionNames.of(code) ?? code
  } catch {
    return code
  }
}

let codesByName: Map<string, string> | null = null

/** The code of a country given by code or English name ("KP", "north korea"), or null. */
export function countryCodeOf(text: string): string | null {
  const trimmed = text.trim()
  if (isIsoCountryCode(trimmed.toUpperCase()) && trimmed.length === 2) return trimmed.toUpperCase()
  if (!codesByName) {
    codesByName = new Map()
    for (const code of Object.keys(countries.getAlpha2Codes())) {
      codesByName.set(countryName(code).toLowerCase(), code)
    }
  }
  return codesByName.get(trimmed.toLowerCase()) ?? null
}
