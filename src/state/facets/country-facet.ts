import { countryName } from '../../dataset/format/country-codes'
import { defineFacet } from './define-facet'
import { quoted } from './quoted'

/** The countries an event involves (its own and its actors'), by ISO code. */
export const COUNTRY_FACET = defineFacet({
  key: 'country',
  param: 'country',
  normalize: (code) => code.toUpperCase(),
  valuesOf: (event) => event.countries,
  has: (story, code) => story.countryCodes.includes(code),
  unknown: (codes) =>
    `No event in this story involves ${codes
      .map((code) => `${quoted(code)}${countryName(code) !== code ? ` (${countryName(code)})` : ''}`)
      .join(', ')}; that country filter was left out.`,
  values: (story) => story.countryCodes.map((code) => ({ id: code, name: countryName(code) })),
  nameOf: (code) => countryName(code),
  panel: { legend: 'Countries', rank: 0, none: 'This story names no countries.', order: 'as-given' },
  chart: { noun: 'country', plural: 'countries', order: 'as-given' },
  lanes: [{ key: 'country', choice: 'By country', none: 'No country', other: 'Other countries' }],
})
