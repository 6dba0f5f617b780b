import countries from 'i18n-iso-countries'

/** The alpha-2 code of an ISO 3166-1 numeric code ("408" -> "KP"), or null (the map's outlines). */
export function countryCodeOfNumeric(numeric: string): string | null {
  return countries.numericToAlpha2(numeric.padStart(3, '0')) ?? null
}
