// How ACLED's export is made up, for rows that look like it: shares counted from a real export (the
// 5,071 rows of 27 April – 11 May 2020 in shared/real-data/acled-2020-may.csv, ACLED's terms apply,
// so only counts are taken, not rows), column names as ACLED's codebook and its export tool give them.

/** The export's columns, in its order (ACLED's Data Export Tool, 2023 on). */
export const ACLED_COLUMNS = [
  'event_id_cnty',
  'event_date',
  'year',
  'time_precision',
  'disorder_type',
  'event_type',
  'sub_event_type',
  'actor1',
  'assoc_actor_1',
  'inter1',
  'actor2',
  'assoc_actor_2',
  'inter2',
  'interaction',
  'civilian_targeting',
  'iso',
  'region',
  'country',
  'admin1',
  'admin2',
  'admin3',
  'location',
  'latitude',
  'longitude',
  'geo_precision',
  'source',
  'source_scale',
  'notes',
  'fatalities',
  'tags',
  'timestamp',
] as const

/**
 * Countries with their share of events (per mille, the 2020 export's busiest first, the rest of its
 * 107 countries as a long tail), ISO numeric and alpha-3 codes, ACLED's region, and a box of
 * latitudes and longitudes inside the country to place events in.
 */
export type AcledCountry = {
  name: string
  share: number
  iso: number
  iso3: string
  region: string
  box: [south: number, west: number, north: number, east: number]
}

export const COUNTRIES: readonly AcledCountry[] = [
  { name: 'Ukraine', share: 111, iso: 804, iso3: 'UKR', region: 'Europe', box: [46.5, 30, 51, 39.5] },
  { name: 'Mexico', share: 87, iso: 484, iso3: 'MEX', region: 'Central America', box: [17, -106, 30, -96] },
  { name: 'Yemen', share: 75, iso: 887, iso3: 'YEM', region: 'Middle East', box: [13, 43.5, 17.5, 51] },
  { name: 'India', share: 74, iso: 356, iso3: 'IND', region: 'Southern Asia', box: [10, 73, 30, 88] },
  { name: 'Syria', share: 62, iso: 760, iso3: 'SYR', region: 'Middle East', box: [32.5, 36, 37, 41.5] },
  { name: 'Brazil', share: 58, iso: 76, iso3: 'BRA', region: 'South America', box: [-30, -55, -3, -36] },
  { name: 'Pakistan', share: 47, iso: 586, iso3: 'PAK', region: 'Southern Asia', box: [25, 64, 35.5, 74] },
  { name: 'Afghanistan', share: 35, iso: 4, iso3: 'AFG', region: 'Southern Asia', box: [31, 61.5, 37, 70.5] },
  { name: 'Lebanon', share: 35, iso: 422, iso3: 'LBN', region: 'Middle East', box: [33.1, 35.2, 34.6, 36.4] },
  { name: 'Libya', share: 24, iso: 434, iso3: 'LBY', region: 'Northern Africa', box: [26, 10, 32.5, 24] },
  {
    name: 'Azerbaijan',
    share: 22,
    iso: 31,
    iso3: 'AZE',
    region: 'Caucasus and Central Asia',
    box: [39, 45.5, 41.5, 50],
  },
  { name: 'Nigeria', share: 19, iso: 566, iso3: 'NGA', region: 'Western Africa', box: [5, 3.5, 13, 13.5] },
  { name: 'Iraq', share: 18, iso: 368, iso3: 'IRQ', region: 'Middle East', box: [30, 39.5, 37, 47.5] },
  { name: 'Somalia', share: 17, iso: 706, iso3: 'SOM', region: 'Eastern Africa', box: [-1, 41.5, 11, 50] },
  {
    name: 'Democratic Republic of Congo',
    share: 17,
    iso: 180,
    iso3: 'COD',
    region: 'Middle Africa',
    box: [-10, 18, 4, 30],
  },
  { name: 'Colombia', share: 16, iso: 170, iso3: 'COL', region: 'South America', box: [1, -77, 10.5, -71] },
  {
    name: 'Myanmar',
    share: 15,
    iso: 104,
    iso3: 'MMR',
    region: 'South-Eastern Asia',
    box: [16, 94, 26, 98.5],
  },
  {
    name: 'Philippines',
    share: 14,
    iso: 608,
    iso3: 'PHL',
    region: 'South-Eastern Asia',
    box: [6, 120, 18, 126],
  },
  { name: 'Burkina Faso', share: 13, iso: 854, iso3: 'BFA', region: 'Western Africa', box: [10, -5, 15, 2] },
  { name: 'Mali', share: 12, iso: 466, iso3: 'MLI', region: 'Western Africa', box: [12, -11, 20, 4] },
  { name: 'Sudan', share: 12, iso: 729, iso3: 'SDN', region: 'Northern Africa', box: [10, 23, 20, 36] },
  { name: 'Ethiopia', share: 11, iso: 231, iso3: 'ETH', region: 'Eastern Africa', box: [4, 35, 14, 44] },
  { name: 'Venezuela', share: 11, iso: 862, iso3: 'VEN', region: 'South America', box: [5, -72, 11, -61] },
  { name: 'Turkey', share: 10, iso: 792, iso3: 'TUR', region: 'Middle East', box: [36.5, 27, 41.5, 44] },
  {
    name: 'Palestine',
    share: 10,
    iso: 275,
    iso3: 'PSE',
    region: 'Middle East',
    box: [31.3, 34.3, 32.5, 35.5],
  },
  { name: 'Israel', share: 9, iso: 376, iso3: 'ISR', region: 'Middle East', box: [29.6, 34.3, 33.2, 35.8] },
  { name: 'Serbia', share: 9, iso: 688, iso3: 'SRB', region: 'Europe', box: [42.3, 19, 46, 22.9] },
  { name: 'Cameroon', share: 9, iso: 120, iso3: 'CMR', region: 'Middle Africa', box: [3, 9.5, 12.5, 15.5] },
  { name: 'South Sudan', share: 8, iso: 728, iso3: 'SSD', region: 'Eastern Africa', box: [4, 25, 12, 34] },
  { name: 'Bangladesh', share: 8, iso: 50, iso3: 'BGD', region: 'Southern Asia', box: [21, 88.5, 26, 92] },
  { name: 'Chile', share: 7, iso: 152, iso3: 'CHL', region: 'South America', box: [-45, -73.5, -18.5, -69] },
  { name: 'France', share: 6, iso: 250, iso3: 'FRA', region: 'Europe', box: [43, -1.5, 50.5, 7.5] },
  {
    name: 'United States',
    share: 6,
    iso: 840,
    iso3: 'USA',
    region: 'North America',
    box: [30, -120, 47, -75],
  },
  { name: 'Kenya', share: 5, iso: 404, iso3: 'KEN', region: 'Eastern Africa', box: [-4, 34.5, 4.5, 41] },
  {
    name: 'Mozambique',
    share: 5,
    iso: 508,
    iso3: 'MOZ',
    region: 'Eastern Africa',
    box: [-25, 32.5, -11, 40.5],
  },
  {
    name: 'Indonesia',
    share: 5,
    iso: 360,
    iso3: 'IDN',
    region: 'South-Eastern Asia',
    box: [-8, 100, 4, 120],
  },
  { name: 'Russia', share: 5, iso: 643, iso3: 'RUS', region: 'Europe', box: [45, 30, 60, 60] },
  {
    name: 'Georgia',
    share: 4,
    iso: 268,
    iso3: 'GEO',
    region: 'Caucasus and Central Asia',
    box: [41.2, 40.5, 43.4, 46.5],
  },
  { name: 'Niger', share: 4, iso: 562, iso3: 'NER', region: 'Western Africa', box: [12, 1, 20, 13] },
  {
    name: 'Central African Republic',
    share: 4,
    iso: 140,
    iso3: 'CAF',
    region: 'Middle Africa',
    box: [3, 15, 10, 26],
  },
]

/** Event types under ACLED's disorder types, with sub-event types and their shares (per mille of all). */
export type AcledEventType = {
  disorder: string
  type: string
  subTypes: ReadonlyArray<[name: string, share: number]>
}

export const EVENT_TYPES: readonly AcledEventType[] = [
  {
    disorder: 'Demonstrations',
    type: 'Protests',
    subTypes: [
      ['Peaceful protest', 304],
      ['Protest with intervention', 25],
      ['Excessive force against protesters', 1],
    ],
  },
  {
    disorder: 'Political violence',
    type: 'Battles',
    subTypes: [
      ['Armed clash', 225],
      ['Government regains territory', 3],
      ['Non-state actor overtakes territory', 1],
    ],
  },
  {
    disorder: 'Political violence',
    type: 'Explosions/Remote violence',
    subTypes: [
      ['Shelling/artillery/missile attack', 107],
      ['Air/drone strike', 29],
      ['Remote explosive/landmine/IED', 20],
      ['Grenade', 3],
      ['Suicide bomb', 1],
    ],
  },
  {
    disorder: 'Political violence',
    type: 'Violence against civilians',
    subTypes: [
      ['Attack', 123],
      ['Abduction/forced disappearance', 11],
      ['Sexual violence', 2],
    ],
  },
  {
    disorder: 'Political violence; Demonstrations',
    type: 'Riots',
    subTypes: [
      ['Violent demonstration', 42],
      ['Mob violence', 38],
    ],
  },
  {
    disorder: 'Strategic developments',
    type: 'Strategic developments',
    subTypes: [
      ['Looting/property destruction', 24],
      ['Change to group/activity', 22],
      ['Other', 9],
      ['Disrupted weapons use', 6],
      ['Arrests', 4],
      ['Headquarters or base established', 1],
      ['Agreement', 1],
    ],
  },
]

/** How a report reached ACLED (per mille). */
export const SOURCE_SCALES: ReadonlyArray<[string, number]> = [
  ['National', 446],
  ['Other', 172],
  ['Subnational', 125],
  ['Local partner-National', 57],
  ['New media', 36],
  ['Local partner-New media', 33],
  ['Regional', 25],
  ['Local partner-Other', 23],
  ['Subnational-National', 19],
  ['International', 18],
  ['National-International', 11],
  ['Other-National', 9],
]

export const SOURCES = [
  'Local media',
  'Reuters',
  'AFP',
  'Associated Press',
  'Al Jazeera',
  'BBC News',
  'Twitter',
  'Facebook',
  'OSCE',
  'Mareb Press',
  'Yemen Data Project',
  'Dawn',
  'The Hindu',
  'Milenio',
  'Ukrainska Pravda',
  'Syrian Observatory for Human Rights',
]
