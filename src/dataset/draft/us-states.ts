// The states of the United States (and its capital district), as news names them. They are places,
// never people ("South Carolina", "Virginia", "Georgia" beside "Florida"): names of the lexicon's
// first names ("Carolina", "Virginia") would otherwise make them someone.
const STATES = new Set(
  `Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming|District of Columbia`.split(
    '|',
  ),
)

/** The name is a US state's. */
export function isUsState(name: string): boolean {
  return STATES.has(name.replace(/\s+/g, ' '))
}

// Every state's name as one pattern, compiled once ("Washington" left out: more often the city, or the
// US government).
const ANY_STATE = new RegExp(
  `(?<!\\p{L})(?:${[...STATES].filter((name) => name !== 'Washington').join('|')})(?!\\p{L})`,
  'gu',
)

/** The words name a US state other than the one given. */
export function otherUsStatesIn(words: string, except: string): boolean {
  for (const match of words.matchAll(ANY_STATE)) if (match[0] !== except) return true
  return false
}
