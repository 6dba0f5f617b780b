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

/** The names of US states in the words, other than at the span given. */
export function otherUsStatesIn(words: string, except: string): boolean {
  for (const name of STATES) {
    if (name === except || name === 'Washington') continue
    if (new RegExp(`(?<!\\p{L})${name}(?!\\p{L})`, 'u').test(words)) return true
  }
  return false
}
