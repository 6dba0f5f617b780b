import { FORMAT_VERSION } from '../dataset/format/format-constants'
import type { Actor, Dataset, Quote, StoryEvent } from '../dataset/format/schema'

/** A small, fast, seeded PRNG (mulberry32): the same seed gives the same dataset everywhere. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const COUNTRIES = [
  'US',
  'RU',
  'CN',
  'KP',
  'KR',
  'JP',
  'UA',
  'GB',
  'FR',
  'DE',
  'IN',
  'IR',
  'IL',
  'TR',
  'BR',
  'ZA',
  'NG',
  'EG',
  'SA',
  'AU',
  'CA',
  'MX',
  'PL',
  'IT',
  'ES',
  'SE',
  'PK',
  'ID',
  'VN',
  'PH',
  'TW',
  'AL',
  'BY',
  'SY',
  'IQ',
  'AF',
  'VE',
  'CU',
  'ET',
  'KE',
]
const WORDS = [
  'talks',
  'summit',
  'sanctions',
  'missile',
  'letter',
  'treaty',
  'election',
  'protest',
  'ceasefire',
  'visit',
  'trade',
  'accord',
  'drill',
  'embargo',
  'ruling',
  'strike',
  'parade',
  'briefing',
  'vote',
  'meeting',
]
const FIRST = [
  'Anna',
  'Boris',
  'Chen',
  'Dana',
  'Elif',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jonas',
  'Kim',
  'Lena',
  'Mateo',
  'Nia',
  'Omar',
  'Priya',
]
const LAST = [
  'Park',
  'Ivanov',
  'Li',
  'Smith',
  'Yilmaz',
  'Haddad',
  'Okafor',
  'Sato',
  'Garcia',
  'Berg',
  'Kowalski',
  'Rossi',
  'Silva',
  'Khan',
  'Nguyen',
  'Moreau',
]
const ORGS = [
  'Ministry of Defence',
  'Foreign Ministry',
  'Central Bank',
  'State News Agency',
  'Parliament',
  'Supreme Court',
  'Energy Agency',
  'Trade Council',
]

/** A Zipf-like pick: index 0 is the most likely, and likelihood falls off as 1/(i+1). */
function skewedIndex(random: () => number, length: number): number {
  const harmonic = Math.log(length) + 0.5772
  const target = random() * harmonic
  let sum = 0
  for (let index = 0; index < length; index += 1) {
    sum += 1 / (index + 1)
    if (sum >= target) return index
  }
  return length - 1
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0')

function randomDay(random: () => number): { year: number; month: number; day: number } {
  // 65% of dates fall in 2019–2025, the rest over 1926–2018.
  const recent = random() < 0.65
  const year = recent ? 2019 + Math.floor(random() * 7) : 1926 + Math.floor(random() * 93)
  const month = 1 + Math.floor(random() * 12)
  const day = 1 + Math.floor(random() * 28)
  return { year, month, day }
}

function randomDate(random: () => number): string {
  const { year, month, day } = randomDay(random)
  const roll = random()
  if (roll < 0.55) return `${year}-${pad(month)}-${pad(day)}`
  if (roll < 0.7) return `${year}-${pad(month)}`
  if (roll < 0.78) return `${year}`
  if (roll < 0.82) return `${year}-${pad(month)}-${pad(day)}?`
  if (roll < 0.85) return `${year}~`
  if (roll < 0.88) return `[..${year}-${pad(month)}-${pad(day)}]`
  if (roll < 0.91) {
    const minutes = Math.floor(random() * 24 * 60)
    return `${year}-${pad(month)}-${pad(day)}T${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00Z`
  }
  // Ongoing since a recent month: few, as in real stories (each is drawn over every later window).
  if (roll < 0.913) return `${2019 + (year % 7)}-${pad(month)}/..`
  // Intervals: from a few days to a few years.
  const lengthDays = Math.floor(2 + random() ** 3 * 1500)
  const start = Date.UTC(year, month - 1, day)
  const end = new Date(start + lengthDays * 86_400_000)
  return `${year}-${pad(month)}-${pad(day)}/${end.getUTCFullYear()}-${pad(end.getUTCMonth() + 1)}-${pad(end.getUTCDate())}`
}

/**
 * A valid synthetic dataset of `count` events: countries and actors picked with skewed frequencies,
 * point and interval dates of every precision clustered in recent years over a century, all
 * statuses, quotes on about a fifth of the events.
 */
export function generateDataset(count: number, seed = 1): Dataset {
  const random = seededRandom(seed)
  // At least 320 actors: a filter panel and facet counts as busy as a real conflict dataset's.
  const actorCount = Math.max(320, Math.min(2000, Math.round(count / 50)))
  const actors: Actor[] = COUNTRIES.map((code, index) => ({
    id: `country-${code.toLowerCase()}`,
    name: `Country ${index + 1} (${code})`,
    kind: 'country',
    country: code,
  }))
  for (let index = actors.length; index < actorCount; index += 1) {
    const country = COUNTRIES[skewedIndex(random, COUNTRIES.length)] ?? 'US'
    const isPerson = random() < 0.7
    actors.push({
      id: `actor-${index}`,
      name: isPerson
        ? `${FIRST[index % FIRST.length]} ${LAST[Math.floor(index / FIRST.length) % LAST.length]} ${index}`
        : `${ORGS[index % ORGS.length]} of ${country} ${index}`,
      kind: isPerson ? 'person' : 'organization',
      country,
      role: isPerson ? 'Official' : 'Institution',
    })
  }
  const events: StoryEvent[] = []
  const quotes: Quote[] = []
  for (let index = 0; index < count; index += 1) {
    const involved = new Set<string>()
    const actorTotal = 1 + Math.floor(random() * 3)
    while (involved.size < actorTotal)
      involved.add(actors[skewedIndex(random, actors.length)]?.id ?? 'country-us')
    const word = WORDS[skewedIndex(random, WORDS.length)] ?? 'talks'
    const statusRoll = random()
    const id = `event-${index}`
    events.push({
      id,
      title: `${word[0]?.toUpperCase()}${word.slice(1)} ${index}`,
      summary: `Synthetic event ${index}: a ${word} involving ${[...involved].join(', ')}.`,
      date: randomDate(random),
      status: statusRoll < 0.8 ? 'occurred' : statusRoll < 0.9 ? 'scheduled' : 'alleged',
      actors: [...involved],
    })
    if (random() < 0.2) {
      quotes.push({
        id: `quote-${index}`,
        text: `We will continue the ${word}, number ${index}.`,
        speaker: [...involved][0] ?? 'country-us',
        event: id,
      })
    }
  }
  return {
    format: FORMAT_VERSION,
    title: `Synthetic story of ${count.toLocaleString('en')} events`,
    description: `Generated with seed ${seed} for the benchmark.`,
    source: { title: 'Synthetic data', published: '2025-12-31' },
    actors,
    events,
    quotes,
  }
}
