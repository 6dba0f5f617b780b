import { shownCountryName } from '../../dataset/format/shown-country-name'
import { separators, t } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { defineFacet } from './define-facet'
import { quoted } from './quoted'

const messages = defineMessages({
  unknown: {
    id: 'facets.country.unknown',
    defaultMessage: 'No event in this story involves {codes}; that country filter was left out.',
  },
  legend: { id: 'facets.country.legend', defaultMessage: 'Countries' },
  none: { id: 'facets.country.none', defaultMessage: 'This story names no countries.' },
  chartChoice: { id: 'facets.country.chartChoice', defaultMessage: 'country' },
  chartNone: { id: 'facets.country.chartNone', defaultMessage: 'This story names no countries to count by.' },
  chartCaption: { id: 'facets.country.chartCaption', defaultMessage: 'Matching events by country' },
  byCountry: { id: 'facets.country.lanes', defaultMessage: 'By country' },
  noCountry: { id: 'facets.country.noneLane', defaultMessage: 'No country' },
  other: { id: 'facets.country.otherLane', defaultMessage: 'Other countries' },
})

/** The countries an event involves (its own and its actors'), by ISO code. */
export const COUNTRY_FACET = defineFacet({
  key: 'country',
  param: 'country',
  normalize: (code) => code.toUpperCase(),
  valuesOf: (event) => event.countries,
  has: (story, code) => story.countryCodes.includes(code),
  unknown: (codes) =>
    t(messages.unknown, {
      codes: codes
        .map(
          (code) => `${quoted(code)}${shownCountryName(code) !== code ? ` (${shownCountryName(code)})` : ''}`,
        )
        .join(separators().comma),
    }),
  values: (story) => story.countryCodes.map((code) => ({ id: code, name: shownCountryName(code) })),
  nameOf: (code) => shownCountryName(code),
  panel: {
    get legend() {
      return t(messages.legend)
    },
    rank: 0,
    get none() {
      return t(messages.none)
    },
    order: 'as-given',
  },
  chart: {
    get choice() {
      return t(messages.chartChoice)
    },
    get none() {
      return t(messages.chartNone)
    },
    get caption() {
      return t(messages.chartCaption)
    },
    order: 'as-given',
  },
  lanes: [
    {
      key: 'country',
      get choice() {
        return t(messages.byCountry)
      },
      get none() {
        return t(messages.noCountry)
      },
      get other() {
        return t(messages.other)
      },
    },
  ],
})
