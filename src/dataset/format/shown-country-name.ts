import { regionName } from '../../i18n/i18n-store'
import { countryName } from './country-codes'

/**
 * A country's name as the page shows it, in the page's language: English's from the app's own table
 * (no Intl on the first view), another language's from Intl.DisplayNames. Not for reading files:
 * importers match names with countryName's English and the CLDR table.
 */
export function shownCountryName(code: string): string {
  return regionName(code) ?? countryName(code)
}
