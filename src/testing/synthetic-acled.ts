import { MONTHS } from '../dataset/dates/date-labels'
import { seededRandom } from './synthetic-dataset'

/**
 * An ACLED-shaped export, seeded: ACLED's columns as its codebook lists them, with skewed countries,
 * thousands of actors, its event and sub-event types, places with coordinates, notes, sources and
 * fatalities, and the date written as ACLED writes it ("24 February 2022"). For the benchmark of
 * opening a real-world file (`npm run bench -- --sizes acled-100000`); not real data.
 */
const HEADER =
  'event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type,actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting,iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision,source,source_scale,notes,fatalities,tags,timestamp'

const COUNTRIES: ReadonlyArray<[string, string, string]> = [
  ['Ukraine', 'UKR', '804'],
  ['Syria', 'SYR', '760'],
  ['Yemen', 'YEM', '887'],
  ['Myanmar', 'MMR', '104'],
  ['Democratic Republic of Congo', 'COD', '180'],
  ['Nigeria', 'NGA', '566'],
  ['Mexico', 'MEX', '484'],
  ['Brazil', 'BRA', '076'],
  ['India', 'IND', '356'],
  ['Pakistan', 'PAK', '586'],
  ['Sudan', 'SDN', '729'],
  ['Somalia', 'SOM', '706'],
  ['Iraq', 'IRQ', '368'],
  ['Afghanistan', 'AFG', '004'],
  ['Turkey', 'TUR', '792'],
  ['Palestine', 'PSE', '275'],
  ['Colombia', 'COL', '170'],
  ['Philippines', 'PHL', '608'],
  ['Ethiopia', 'ETH', '231'],
  ['Mali', 'MLI', '466'],
]
const TYPES: ReadonlyArray<[string, string, string[]]> = [
  [
    'Political violence',
    'Battles',
    ['Armed clash', 'Government regains territory', 'Non-state actor overtakes territory'],
  ],
  [
    'Political violence',
    'Explosions/Remote violence',
    ['Shelling/artillery/missile attack', 'Air/drone strike', 'Remote explosive/landmine/IED'],
  ],
  ['Political violence', 'Violence against civilians', ['Attack', 'Abduction/forced disappearance']],
  ['Demonstrations', 'Protests', ['Peaceful protest', 'Protest with intervention']],
  ['Demonstrations', 'Riots', ['Violent demonstration', 'Mob violence']],
  [
    'Strategic developments',
    'Strategic developments',
    ['Agreement', 'Arrests', 'Looting/property destruction'],
  ],
]
const GROUPS = [
  'Military Forces of',
  'Police Forces of',
  'Protesters',
  'Rioters',
  'Civilians',
  'Unidentified Armed Group',
  'Militia',
]
const SOURCES = [
  'Local media',
  'Reuters',
  'AFP',
  'Kyiv Independent',
  'Ukrainska Pravda',
  'Al Jazeera',
  'BBC',
  'Twitter',
]

const quoted = (text: string) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)

export function generateAcledCsv(rows: number, seed = 1): string {
  const random = seededRandom(seed)
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
  // Skewed: the first countries hold most events, as in a real export.
  const skewed = <T>(list: readonly T[]): T => list[Math.floor(random() ** 2.5 * list.length)] as T
  const lines = [HEADER]
  const start = Date.UTC(2018, 0, 1)
  for (let row = 0; row < rows; row++) {
    const [country, iso3, iso] = skewed(COUNTRIES)
    const [disorder, type, subTypes] = pick(TYPES)
    const subType = pick(subTypes)
    const day = new Date(start + Math.floor(random() * 6 * 365) * 86_400_000)
    const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`
    const side = () =>
      `${pick(GROUPS)} ${random() < 0.5 ? `(${country})` : `${country} (${2000 + Math.floor(random() * 20)}-)`} ${Math.floor(random() ** 3 * 60)}`
    const location = `Town ${Math.floor(random() ** 2 * 400)} of ${country}`
    const fields = [
      `${iso3}${row + 1}`,
      date,
      String(day.getUTCFullYear()),
      String(random() < 0.85 ? 1 : random() < 0.7 ? 2 : 3),
      disorder,
      type,
      subType,
      side(),
      random() < 0.3 ? side() : '',
      '1',
      random() < 0.6 ? side() : '',
      '',
      '2',
      '12',
      random() < 0.2 ? 'Civilian targeting' : '',
      iso,
      'Region',
      country,
      `Province ${Math.floor(random() * 20)}`,
      `District ${Math.floor(random() * 80)}`,
      '',
      location,
      (random() * 140 - 70).toFixed(4),
      (random() * 340 - 170).toFixed(4),
      String(1 + Math.floor(random() * 3)),
      `${pick(SOURCES)}; ${pick(SOURCES)}`,
      'National',
      `On ${date}, ${subType.toLowerCase()} was reported in ${location}. ${random() < 0.5 ? 'Casualties unknown.' : 'Several people were injured, according to local sources.'}`,
      String(Math.floor(random() ** 4 * 30)),
      random() < 0.1 ? 'crowd size=no report' : '',
      '1700000000',
    ]
    lines.push(fields.map(quoted).join(','))
  }
  return `${lines.join('\n')}\n`
}
