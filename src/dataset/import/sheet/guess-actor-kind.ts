import type { Actor } from '../../format/schema'
import { readCountry } from '../values/read-country'

// Words that make a name a body of people, not a person: "Military Forces of Yemen", "Protesters
// (Pakistan)", "UN Security Council", "Ministry of Defence".
const GROUP_WORDS =
  /\b(forces?|military|army|navy|police|protesters?|rioters?|militias?|rebels?|insurgents?|government|authorities|party|ministry|council|committee|agency|union|association|organi[sz]ation|group|movement|front|brigades?|department|office|bank|company|corporation|inc|ltd|news|university|court|parliament|congress|senate|nations|coalition|alliance|federation|league|unidentified|civilians|students|workers|refugees|people|community|commission|institute|service|guard|staff|cabinet|administration|kremlin)\b/i

/**
 * What kind of actor a name in a file is, when the file does not say: a country when it names one
 * (in any spelling read-country.ts reads), an organization when it names a body of people or carries
 * a qualifier in brackets ("Protesters (Pakistan)"), else a person.
 */
export function guessActorKind(name: string): { kind: Actor['kind']; country?: string } {
  const { code } = readCountry(name, false)
  if (code) return { kind: 'country', country: code }
  if (GROUP_WORDS.test(name) || /\(.+\)\s*$/.test(name)) return { kind: 'organization' }
  return { kind: 'person' }
}
