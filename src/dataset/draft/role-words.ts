/**
 * The words of people's roles and organisations' names, as news writes them. They tell a title
 * ("Deputy Spokesperson") from a name ("Vedant Patel") in a run of capitalised words, a role from
 * the words around a name ("Pyongyang’s vice foreign minister, Kim Son Gyong"), and an organisation
 * ("US Department of State") from a place.
 */

/** Words that name what a person is: the head of a role. */
export const ROLE_HEADS = new Set(
  `president minister spokesperson spokesman spokeswoman secretary leader chancellor premier king queen
  prince princess emperor ambassador envoy diplomat senator congressman congresswoman governor mayor general
  commander chief director head chairman chairwoman chair official negotiator adviser advisor analyst
  professor expert researcher lawyer attorney judge prosecutor justice speaker lawmaker legislator
  representative editor reporter journalist correspondent ceo founder activist witness pope cardinal bishop
  imam rabbi sheikh emir sultan monarch dictator commissioner inspector coordinator administrator manager
  officer candidate winner scientist economist researcher doctor nurse teacher student worker farmer
  blogger author presenter anchor host captain colonel lieutenant sergeant admiral marshal constable
  policeman policewoman detective neighbour neighbor resident matriarch patriarch barrister solicitor
  coroner`
    .split(/\s+/)
    .filter(Boolean),
)

/** Words that qualify a role ("deputy", "vice foreign", "acting"). */
export const ROLE_MODIFIERS = new Set(
  `deputy vice foreign defence defense interior finance trade economy health justice education
  assistant acting former top senior prime state general special permanent national security supreme
  first executive principal associate local military regional party opposition majority minority news
  chief lead leading veteran retired outgoing incoming interim de facto`
    .split(/\s+/)
    .filter(Boolean),
)

/** Honorifics, never part of a name ("Mr Alkatiri" is Alkatiri). */
export const HONORIFICS = new Set(['mr', 'mrs', 'ms', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'madam'])

/** Words that make a capitalised phrase an organisation ("Security Council", "Department of State"). */
export const ORGANISATION_HEADS = new Set(
  `department ministry council agency committee commission organisation organization party army navy
  forces force bank court union parliament congress senate assembly office service institute university
  college school association federation fund corporation company group cabinet government police guard
  command staff alliance coalition front movement network centre center centers centres bureau
  authority board tribunal foundation society league broadcaster newspaper times post press television
  radio channel agency corps brigade battalion regiment directorate secretariat embassy consulate
  administration house`
    .split(/\s+/)
    .filter(Boolean),
)

/** Organisations news names by one word, with the country they belong to where they have one. */
export const KNOWN_ORGANISATIONS: Readonly<Record<string, { name: string; country?: string }>> = {
  Kremlin: { name: 'The Kremlin', country: 'RU' },
  Pentagon: { name: 'The Pentagon', country: 'US' },
  'White House': { name: 'The White House', country: 'US' },
  'Downing Street': { name: 'Downing Street', country: 'GB' },
  'Blue House': { name: 'The Blue House', country: 'KR' },
  'State Department': { name: 'State Department', country: 'US' },
  Xinhua: { name: 'Xinhua', country: 'CN' },
  Reuters: { name: 'Reuters' },
  'Associated Press': { name: 'Associated Press' },
  NATO: { name: 'NATO' },
  'European Union': { name: 'European Union' },
  'United Nations': { name: 'United Nations' },
}

/** Capitalised words that are never names: sentence openers, calendar words, common titles. */
export const NOT_NAMES = new Set(
  `the a an in on at for of to from by with and but or as after before since until during while when if
  this that these those it its he she they we i his her their our my you your there here however meanwhile
  last next earlier later also both all some many several most other such no not yet still only even
  january february march april may june july august september october november december
  monday tuesday wednesday thursday friday saturday sunday today yesterday tomorrow
  world war state news speaking according asked said says i'm i’m i've i’ve we're we’re`
    .split(/\s+/)
    .filter(Boolean),
)

/** True for a word that can head or qualify a role, in any case. */
export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase()
  return ROLE_HEADS.has(lower) || ROLE_MODIFIERS.has(lower)
}
