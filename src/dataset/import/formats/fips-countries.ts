import { countries } from 'country-code-lookup'
import { isIsoCountryCode } from '../../format/country-codes'

// FIPS 10-4 codes as ISO 3166-1 alpha-2, from country-code-lookup's table (MIT; it carries each
// country's FIPS, ISO and numeric codes). FIPS is not ISO: read as ISO, RS would be Serbia for Russia,
// AS American Samoa for Australia, CH Switzerland for China, GM Gambia for Germany.
let byFips: Map<string, string> | undefined

// FIPS gives the Gaza Strip (GZ) a code of its own beside the West Bank (WE); ISO has one for both,
// PS, which the table gives the West Bank only.
const ALSO = new Map([['GZ', 'PS']])

/** A FIPS 10-4 country code (GDELT's geography) as ISO alpha-2, or null when it has none the format knows. */
export function fipsToIso(code: string): string | null {
  byFips ??= new Map(
    countries
      .filter((country) => country.fips !== '' && isIsoCountryCode(country.iso2))
      .map((country) => [country.fips, country.iso2]),
  )
  const upper = code.trim().toUpperCase()
  return byFips.get(upper) ?? ALSO.get(upper) ?? null
}
