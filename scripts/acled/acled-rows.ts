import { MONTHS } from '../../src/dataset/dates/date-labels'
import { seededRandom } from '../../src/testing/synthetic-dataset'
import {
  ACLED_COLUMNS,
  type AcledCountry,
  COUNTRIES,
  EVENT_TYPES,
  SOURCE_SCALES,
  SOURCES,
} from './acled-shares'

// ACLED-shaped rows, one at a time, seeded: the same seed gives the same rows on every machine, and
// no row depends on holding the others (a run of ten million writes as it goes). Shares are
// acled-shares.ts's; who acts in an event follows its type as ACLED's codebook pairs them
// (protesters alone or met by police, state forces against rebels or militias, armed groups
// against civilians), with a long tail of armed groups (ACLED names ~56,000 actors).

export type AcledRow = string[]

const DAY = 86_400_000

/** Picks by weight: a function from a uniform number in [0, 1) to an item. */
function weighted<T>(items: ReadonlyArray<readonly [T, number]>): (roll: number) => T {
  const total = items.reduce((sum, [, weight]) => sum + weight, 0)
  const bounds: number[] = []
  let running = 0
  for (const [, weight] of items) {
    running += weight / total
    bounds.push(running)
  }
  return (roll) => {
    for (let at = 0; at < bounds.length; at++)
      if (roll < (bounds[at] as number)) return (items[at] as readonly [T, number])[0]
    return (items.at(-1) as readonly [T, number])[0]
  }
}

const SYLLABLES = [
  'ka',
  'lu',
  'vo',
  'ra',
  'mi',
  'sh',
  'an',
  'de',
  'to',
  'bar',
  'ul',
  'en',
  'zi',
  'ho',
  'gor',
  'na',
]

/** A place name made from a number (the same number, the same name). */
function placeName(index: number): string {
  let name = ''
  let rest = index + 17
  for (let part = 0; part < 3; part++) {
    name += SYLLABLES[rest % SYLLABLES.length]
    rest = Math.floor(rest / SYLLABLES.length) + part * 7
  }
  return `${name[0]?.toUpperCase()}${name.slice(1)}`
}

/** A fraction in [0, 1) from two numbers, the same every time: where a place lies in its country. */
function placeFraction(a: number, b: number): number {
  return seededRandom(a * 7919 + b * 104_729 + 1)()
}

export type AcledOptions = { seed: number; from: number; to: number }

/** A maker of rows: call it for each row number in turn, from 0. */
export function acledRows({ seed, from, to }: AcledOptions): (row: number) => AcledRow {
  const random = seededRandom(seed)
  const country = weighted(COUNTRIES.map((item) => [item, item.share] as const))
  const subType = weighted(
    EVENT_TYPES.flatMap((type) => type.subTypes.map(([name, share]) => [{ type, name }, share] as const)),
  )
  const sourceScale = weighted(SOURCE_SCALES)
  const numbered = new Map<string, number>()
  const span = to - from

  const since = (place: AcledCountry) => 1990 + (place.iso % 30)
  const military = (place: AcledCountry) => `Military Forces of ${place.name} (${since(place)}-)`
  const police = (place: AcledCountry) => `Police Forces of ${place.name} (${since(place)}-)`
  // The long tail: a few hundred armed groups of each kind in each country, the first most active.
  const armedGroup = (place: AcledCountry, inter: number) => {
    const kind = inter === 2 ? 'Rebel Group' : inter === 3 ? 'Political Militia' : 'Communal Militia'
    return `${kind} ${1 + Math.floor(random() ** 3 * 400)} (${place.name})`
  }
  const civilians = (place: AcledCountry) => `Civilians (${place.name})`

  return (row) => {
    const place = country(random())
    const { type, name: sub } = subType(random())
    // More events in later years, as ACLED's coverage grew: a density rising with the square of time.
    const day = new Date(from + Math.floor(Math.cbrt(random()) * (span / DAY)) * DAY)
    const date = `${day.getUTCDate()} ${MONTHS[day.getUTCMonth()]} ${day.getUTCFullYear()}`

    let actor1: string
    let inter1: number
    let actor2 = ''
    let inter2 = 0
    let fatalities = 0
    const roll = random()
    switch (type.type) {
      case 'Protests':
        actor1 = `Protesters (${place.name})`
        inter1 = 6
        if (sub !== 'Peaceful protest') [actor2, inter2] = [police(place), 1]
        break
      case 'Riots':
        actor1 = `Rioters (${place.name})`
        inter1 = 5
        if (roll < 0.5) [actor2, inter2] = [civilians(place), 7]
        else if (roll < 0.8) [actor2, inter2] = [police(place), 1]
        fatalities = random() < 0.9 ? 0 : 1 + Math.floor(random() * 3)
        break
      case 'Battles':
        ;[actor1, inter1] = roll < 0.6 ? [military(place), 1] : [armedGroup(place, 2), 2]
        inter2 = 2 + Math.floor(random() * 3)
        actor2 = armedGroup(place, inter2)
        fatalities = random() < 0.55 ? 0 : 1 + Math.floor(random() ** 3 * 40)
        break
      case 'Explosions/Remote violence':
        ;[actor1, inter1] = roll < 0.7 ? [military(place), 1] : [armedGroup(place, 2), 2]
        ;[actor2, inter2] = random() < 0.4 ? [civilians(place), 7] : [armedGroup(place, 3), 3]
        fatalities = random() < 0.6 ? 0 : 1 + Math.floor(random() ** 3 * 25)
        break
      case 'Violence against civilians':
        inter1 = roll < 0.2 ? 1 : 2 + Math.floor(random() * 3)
        actor1 = inter1 === 1 ? military(place) : armedGroup(place, inter1)
        ;[actor2, inter2] = [civilians(place), 7]
        fatalities = random() < 0.5 ? 0 : 1 + Math.floor(random() ** 4 * 10)
        break
      default:
        inter1 = 1 + Math.floor(roll * 4)
        actor1 = inter1 === 1 ? military(place) : armedGroup(place, inter1)
        if (random() < 0.3) [actor2, inter2] = [civilians(place), 7]
    }
    const interaction = inter2 === 0 ? inter1 * 10 : Math.min(inter1, inter2) * 10 + Math.max(inter1, inter2)

    const countryIndex = COUNTRIES.indexOf(place)
    const placeIndex = Math.floor(random() ** 2 * 2000)
    const location = placeName(countryIndex * 2000 + placeIndex)
    const admin1 = `${placeName(countryIndex * 40 + (placeIndex % 37))} Province`
    const admin2 = `${placeName(countryIndex * 400 + (placeIndex % 389) + 90_000)} District`
    const [south, west, north, east] = place.box
    const latitude = south + placeFraction(countryIndex, placeIndex) * (north - south)
    const longitude = west + placeFraction(placeIndex, countryIndex + 100) * (east - west)

    const count = (numbered.get(place.iso3) ?? 0) + 1
    numbered.set(place.iso3, count)
    const protest = type.type === 'Protests'
    const involving = actor2 ? `${actor1} and ${actor2}` : actor1
    const fatal = fatalities ? ` ${fatalities} ${fatalities === 1 ? 'fatality' : 'fatalities'} reported.` : ''
    const notes = `On ${date}, ${sub.toLowerCase()} involving ${involving} in ${location} (${admin2}, ${admin1}).${fatal}${protest ? ' [size=no report]' : ''}`
    const fields: Record<(typeof ACLED_COLUMNS)[number], string> = {
      event_id_cnty: `${place.iso3}${count}`,
      event_date: date,
      year: String(day.getUTCFullYear()),
      time_precision: String(random() < 0.924 ? 1 : random() < 0.97 ? 2 : 3),
      disorder_type: type.disorder,
      event_type: type.type,
      sub_event_type: sub,
      actor1,
      assoc_actor_1: random() < 0.3 ? `${protest ? 'Labour Group' : 'Ethnic Group'} (${place.name})` : '',
      inter1: String(inter1),
      actor2,
      assoc_actor_2: actor2 && random() < 0.15 ? `Women (${place.name})` : '',
      inter2: String(inter2),
      interaction: String(interaction),
      civilian_targeting: inter2 === 7 ? 'Civilian targeting' : '',
      iso: String(place.iso),
      region: place.region,
      country: place.name,
      admin1,
      admin2,
      admin3: random() < 0.35 ? `${location} Subdistrict` : '',
      location,
      latitude: latitude.toFixed(4),
      longitude: longitude.toFixed(4),
      geo_precision: String(random() < 0.66 ? 1 : random() < 0.94 ? 2 : 3),
      source:
        random() < 0.3
          ? `${SOURCES[row % SOURCES.length]}; ${SOURCES[(row * 7) % SOURCES.length]}`
          : `${SOURCES[row % SOURCES.length]}`,
      source_scale: sourceScale(random()),
      notes,
      fatalities: String(fatalities),
      tags: protest ? 'crowd size=no report' : '',
      timestamp: String(Math.floor((day.getTime() + (3 + Math.floor(random() * 10)) * DAY) / 1000)),
    }
    return ACLED_COLUMNS.map((column) => fields[column])
  }
}

/** A field as CSV writes it: quoted where it holds a comma, a quote or a line break. */
export const csvField = (text: string) => (/[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text)
