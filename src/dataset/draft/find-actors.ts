import { countryName } from '../format/country-codes'
import { ActorBook } from './actor-book'
import { countryOfWord, countryPattern } from './country-lexicon'
import { findDescribedPeople, markGenders } from './described-people'
import type { DraftActor, Span } from './draft-types'
import { hasTag, tagWords, type WordTags } from './nlp-tags'
import { QUOTE_MARKS } from './quote-marks'
import { roleAfter, roleBefore, roleByCopula } from './role-phrases'
import {
  HONORIFICS,
  isRoleWord,
  KNOWN_ORGANISATIONS,
  NOT_NAMES,
  ORGANISATION_HEADS,
  ROLE_HEADS,
} from './role-words'
import type { Sentence } from './sentences'
import { SPEECH_AFTER_NAME, SPEECH_BEFORE_NAME } from './speech-verbs'
import { adjacent, type Token, tokenize } from './tokens'
import { isUsState, otherUsStatesIn } from './us-states'

/** The stretches of text to read (the paragraphs, the standfirst without its date marker). */
export type Region = Span & { sentences: readonly Sentence[] }

// Acronyms that name no organisation.
const NOT_ORGANISATIONS = new Set([
  'SMS',
  'TV',
  'GMT',
  'UTC',
  'AM',
  'PM',
  'CEO',
  'GDP',
  'HIV',
  'AIDS',
  'DNA',
  'ID',
  'OK',
  'PhD',
  'COVID',
  'EEZ',
  'ICBM',
  'UAV',
])
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'into', 'across', 'outside', 'inside', 'of'])
// Letters after a name that make it a person's ("Toby Hedworth QC", "Jane Doe MP"), never a name.
const POST_NOMINALS = new Set(
  'QC KC SC MP MEP MLA MSP TD OBE MBE CBE KBE DBE PhD MD Jr Sr Jnr Snr Esq'.split(' '),
)
// A name's first word that makes it a place's ("St Ann's", "Mount Kenya", "Port Louis", "Lake Chad").
const PLACE_OPENERS = new Set(
  'st st. saint sainte ste mount mt fort port lake cape san santa são sao point glen'.split(' '),
)
// A name's last word that makes it a place's, a building's or a work's ("Louis Armstrong International
// Airport", "Lincoln Memorial", "English Economics Report"): no one's, however many first names it holds.
const PLACE_CLOSERS = new Set(
  'airport station stadium arena bridge park square street avenue road highway hospital museum church mosque temple cathedral tower building dam river lake island islands valley desert canal theater theatre hall memorial monument prize award awards report festival'.split(
    ' ',
  ),
)
// "Ollie’s nightclub": a possessive name before a venue's word is the venue's name.
const VENUE_AFTER =
  /^[’']s?\s+(?:nightclub|night\s+club|club|bar|pub|restaurant|café|cafe|hotel|shop|store|bakery|salon|cinema|theatre|theater|inn|tavern|diner|supermarket|disco)\b/u

/**
 * Finds the people, organisations and countries the text names. Countries come from their names,
 * demonyms and capitals; organisations from capitalised phrases with an organisation word ("UN
 * Security Council", "US Department of State"), acronyms ("KCNA") and a few one-word names ("the
 * Kremlin"); people from runs of capitalised words that compromise tags as a person, that follow a
 * title ("Foreign Minister Ban Ki-moon") or that a role is set beside ("Huang Limin" after "local
 * official,"). A title before the name is the person's role; so is an apposition or "X is …".
 */
export function findActors(text: string, regions: readonly Region[], tags: WordTags): ActorBook {
  const book = new ActorBook()
  for (const region of regions) findCountries(text, region, book)
  const regionTokens = regions.map((region) => ({ region, tokens: tokenize(text, region.start, region.end) }))
  const singles: Array<{ token: Token; honorific: boolean }> = []
  const unsure: Span[] = []
  for (const { region, tokens } of regionTokens) {
    for (const run of capitalRuns(text, tokens, region, tags, book))
      readRun(text, run, region, tags, book, singles, unsure)
  }
  findKnownOrganisations(text, regions, book)
  findUnnamedOfficials(text, regions, book)
  book.sort()
  resolveSingleNames(singles, book, tags)
  namesListedWithPeople(text, unsure, book)
  book.sort()
  findDescribedPeople(text, regions, book, tags)
  markSubjects(text, regions, book, tags)
  book.sort()
  markGenders(text, book, tags)
  return book
}

function findCountries(text: string, region: Region, book: ActorBook): void {
  const pattern = countryPattern()
  const slice = text.slice(region.start, region.end)
  for (const match of slice.matchAll(pattern)) {
    const word = countryOfWord(match[0])
    if (!word) continue
    const start = region.start + match.index
    // "Georgia, South Carolina, North Carolina and Florida": the US state, among others.
    if (isUsState(match[0]) && otherUsStatesIn(sentenceAround(text, region, start), match[0])) continue
    book.add(
      'country',
      countryName(word.code),
      { start, end: start + match[0].length },
      {
        country: word.code,
        confidence: word.kind === 'capital' ? 0.7 : 0.9,
      },
    )
  }
}

function sentenceAround(text: string, region: Region, at: number): string {
  const sentence = region.sentences.find((known) => known.start <= at && known.end > at) ?? region
  return text.slice(sentence.start, sentence.end)
}

type Run = { tokens: Token[]; sentenceStart: boolean; before: string }

// Runs of words that can make a name, a title or an organisation's name: capitalised words, role
// words in any case ("North Korea leader Kim Jong Un"), and "of"/"for" inside them.
function capitalRuns(
  text: string,
  tokens: readonly Token[],
  region: Region,
  tags: WordTags,
  book: ActorBook,
): Run[] {
  const runs: Run[] = []
  let current: Token[] = []
  const close = () => {
    const inner = (token: Token | undefined) => isConnector(token) || isParticle(token)
    while (current.length > 0 && inner(current[current.length - 1])) current.pop()
    while (current.length > 0 && inner(current[0])) current.shift()
    const first = current[0]
    if (first) {
      const sentenceStart = region.sentences.some((sentence) => sentence.start === first.start)
      runs.push({ tokens: current, sentenceStart, before: wordBefore(text, first.start) })
    }
    current = []
  }
  for (const token of tokens) {
    const previous = current[current.length - 1]
    const joins =
      previous !== undefined && !previous.possessive && adjacent(text, previous, token) && canJoin(token)
    if (!joins) close()
    if (canJoin(token) && !(current.length === 0 && (isConnector(token) || isParticle(token))))
      current.push(token)
  }
  close()
  const known = new Set(
    book.actors
      .filter((actor) => actor.kind === 'person')
      .flatMap((actor) => actor.name.toLowerCase().split(/\s+/)),
  )
  return runs.map((run) => trimOpeners(text, run, tags, known)).filter((run) => run.tokens.length > 0)
}

function canJoin(token: Token): boolean {
  return (
    token.capital ||
    token.acronym ||
    isRoleWord(token.lower) ||
    ORGANISATION_HEADS.has(token.lower) ||
    isConnector(token) ||
    isParticle(token)
  )
}

// The small words inside a name: "Leila de Lima", "Ursula von der Leyen", "Rafael van der Vaart".
const PARTICLES = new Set('de da di du del della der den van von dos das ter ten la le bin ibn'.split(' '))

function isParticle(token: Token | undefined): boolean {
  return token !== undefined && !token.capital && PARTICLES.has(token.lower)
}

function isConnector(token: Token | undefined): boolean {
  return token !== undefined && !token.capital && (token.lower === 'of' || token.lower === 'for')
}

// "The", "In", "Last" and a sentence's first word that compromise does not know as a name are not
// part of the name that may follow them.
function trimOpeners(text: string, run: Run, tags: WordTags, knownNames: ReadonlySet<string>): Run {
  const tokens = [...run.tokens]
  let atStart = run.sentenceStart
  while (tokens.length > 0) {
    const first = tokens[0]
    if (!first) break
    // "New Zealand Prime Minister…": the first word of a country's name stays.
    const two = `${first.text} ${tokens[1]?.text ?? ''}`
    const country = countryOfWord(two) ?? countryOfWord(`${two} ${tokens[2]?.text ?? ''}`)
    const common =
      !country &&
      ((first.capital && NOT_NAMES.has(first.lower)) ||
        (atStart &&
          !first.acronym &&
          !knownNames.has(first.lower) &&
          !countryOfWord(first.text) &&
          !isRoleWord(first.lower) &&
          // "Batterbury told reporters …": a name opening its sentence before a speech verb; not a
          // plural of people ("Scientists say", "Leaders said").
          !(
            tokens.length === 1 &&
            SPEECH_AFTER_NAME.test(text.slice(first.end, first.end + 40)) &&
            !isPluralOfPeople(first, tags)
          ) &&
          !hasTag(
            tags,
            first.start,
            'Person',
            'FirstName',
            'LastName',
            'Place',
            'Organization',
            'Honorific',
          )))
    if (!common) break
    tokens.shift()
    atStart = false
  }
  return { ...run, tokens }
}

// "Scientists", "Leaders", "Analysts": the lexicon's plurals, or the plural of a word it knows for a
// person's kind; a surname ending in s ("Sanders") is the lexicon's name.
function isPluralOfPeople(token: Token, tags: WordTags): boolean {
  if (hasTag(tags, token.start, 'Person', 'FirstName', 'LastName')) return false
  if (hasTag(tags, token.start, 'Plural')) return true
  const singular = token.lower.replace(/s$/u, '')
  return singular !== token.lower && hasTag(tagWords(singular), 0, 'Actor')
}

function wordBefore(text: string, start: number): string {
  const match = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 30), start))
  return match?.[1]?.toLowerCase() ?? ''
}

function isNameWord(token: Token): boolean {
  return (
    token.capital &&
    !token.acronym &&
    !isRoleWord(token.lower) &&
    !ORGANISATION_HEADS.has(token.lower) &&
    !NOT_NAMES.has(token.lower) &&
    !HONORIFICS.has(token.lower.replace(/\.$/, '')) &&
    !countryOfWord(token.text) &&
    !Object.hasOwn(KNOWN_ORGANISATIONS, token.text)
  )
}

function readRun(
  text: string,
  run: Run,
  region: Region,
  tags: WordTags,
  book: ActorBook,
  singles: Array<{ token: Token; honorific: boolean }>,
  unsure: Span[],
): void {
  let { tokens } = run
  const runEnd = tokens[tokens.length - 1]?.end ?? 0
  // "Toby Hedworth QC": the letters say a person; they are no name, nor an organisation.
  let postNominal = false
  while (tokens.length > 1 && POST_NOMINALS.has(tokens[tokens.length - 1]?.text ?? '')) {
    tokens = tokens.slice(0, -1)
    postNominal = true
  }
  const opening = tokens[0]
  const closing = tokens[tokens.length - 1]
  if (!opening || !closing) return
  // A place's name ("St Ann’s River", "Mount Kenya") or a venue's ("Ollie’s nightclub"): no one's.
  if (
    PLACE_OPENERS.has(opening.lower) ||
    (closing.capital && PLACE_CLOSERS.has(closing.lower)) ||
    (closing.possessive && VENUE_AFTER.test(text.slice(closing.end, closing.end + 24)))
  ) {
    readOrganisations(text, tokens, book)
    return
  }
  let tailStart = tokens.length
  while (tailStart > 0 && tokens.length - tailStart < 5) {
    const token = tokens[tailStart - 1]
    // "de" in "Leila de Lima": inside the name, with a name's word on either side of it.
    const beforeIt = tokens[tailStart - 2]
    if (
      isParticle(token) &&
      tailStart < tokens.length &&
      beforeIt &&
      (isNameWord(beforeIt) || isParticle(beforeIt))
    ) {
      tailStart--
      continue
    }
    // "Lima" after "de" is a surname, not Peru's capital.
    const surname =
      PARTICLES.has(beforeIt?.lower ?? '') && countryOfWord(token?.text ?? '')?.kind === 'capital'
    if (!token || !(isNameWord(token) || surname)) break
    // A possessive ends a name only as its last word: "Korea’s Kim" is two things.
    if (token.possessive && tailStart !== tokens.length) break
    tailStart--
  }
  const tail = tokens.slice(tailStart)
  const prefix = tokens.slice(0, tailStart)
  readOrganisations(text, prefix.length > 0 ? prefix : tail.length === 0 ? tokens : [], book)
  const first = tail[0]
  const last = tail[tail.length - 1]
  if (!first || !last) return
  const titled = postNominal || prefix.some((token) => isRoleWord(token.lower) || HONORIFICS.has(token.lower))
  const honorific = prefix.length > 0 && HONORIFICS.has(prefix[prefix.length - 1]?.lower ?? '')
  // "”, added Smith", "” inquired Mr Hedworth": a speech verb before the name, after a quote.
  const runStart = tokens[0]?.start ?? first.start
  const spokenBy = SPEECH_BEFORE_NAME.test(text.slice(Math.max(0, runStart - 40), runStart))
  if (tail.length === 1) {
    // One word: a surname for someone named in full elsewhere, resolved once all names are known.
    // Every such word may be a surname of someone named in full; it is a person of its own only when
    // a title, an honorific, a speech verb or compromise's lexicon says it is a name.
    const speaks = SPEECH_AFTER_NAME.test(text.slice(first.end, first.end + 40))
    singles.push({ token: first, honorific: titled || honorific || speaks || spokenBy })
    return
  }
  const span = { start: first.start, end: last.end }
  // "United States said": a country's name is no person's, whatever follows it; nor a US state's.
  if (countryOfWord(text.slice(span.start, span.end)) || isUsState(text.slice(span.start, span.end))) return
  const sentenceEnd = region.sentences.find((sentence) => sentence.end >= span.end)?.end ?? region.end
  const sentenceStart = region.sentences.find((sentence) => sentence.end >= span.end)?.start ?? region.start
  const tagged = tail.some((token) => hasTag(tags, token.start, 'Person', 'FirstName', 'LastName'))
  const placeLike = tail.some((token) => hasTag(tags, token.start, 'Place', 'Organization'))
  // "in Paris", "the city of Opava"; but "the lament of Maureen Roberts-Weekes" names a person by a
  // first name the lexicon knows.
  const firstNamed =
    hasTag(tags, first.start, 'FirstName') && !hasTag(tags, first.start, 'Place', 'Organization')
  const afterPlaceWord =
    prefix.length === 0 &&
    PLACE_PREPOSITIONS.has(run.before) &&
    !(firstNamed && (run.before === 'of' || run.before === 'from'))
  const apposition =
    roleBefore(text, span.start, sentenceStart) ??
    roleAfter(text, span.end, sentenceEnd) ??
    roleByCopula(text, span.end, sentenceEnd)
  const speaks = SPEECH_AFTER_NAME.test(text.slice(span.end, span.end + 40)) || spokenBy
  const person =
    titled ||
    (tagged && !afterPlaceWord) ||
    ((apposition !== null || speaks) && !placeLike && !afterPlaceWord)
  if (!person) {
    // Read again once the others are known: a name listed with people is one ("named Paddy Jackson,
    // Stuart Olding and Blane McIlroy").
    if (!placeLike && !afterPlaceWord) unsure.push(span)
    return
  }
  const firstOfTitle = prefix[0]
  const lastOfTitle = prefix[prefix.length - 1]
  const titleRole = firstOfTitle && lastOfTitle ? text.slice(firstOfTitle.start, lastOfTitle.end) : ''
  const roleText =
    titleRole && !HONORIFICS.has(firstOfTitle?.lower ?? '')
      ? titleRole
      : (apposition?.role ?? (postNominal ? text.slice(last.end, runEnd).trim() : undefined))
  const name = text.slice(span.start, span.end)
  // A capital inside a person's name ("Leila de Lima") names no country there.
  book.withdraw('country', span)
  book.add('person', name, span, {
    role: roleText ? withoutOwner(roleText) : undefined,
    country: roleText ? countryIn(roleText) : undefined,
    confidence: titled || tagged ? 0.85 : 0.6,
  })
}

// Organisations in a run: a capitalised organisation word with what names it ("UN Security Council",
// "US Department of State"), and acronyms that are not countries ("KCNA").
function readOrganisations(text: string, tokens: readonly Token[], book: ActorBook): void {
  const headAt = tokens.findIndex((token) => token.capital && ORGANISATION_HEADS.has(token.lower))
  let coveredTo = -1
  if (headAt >= 0) {
    let end = headAt
    // "Police Service": an organisation's words one after another.
    while (tokens[end + 1]?.capital && ORGANISATION_HEADS.has(tokens[end + 1]?.lower ?? '')) end++
    // "Department of State", "Institute of International Studies".
    while (
      isConnector(tokens[end + 1]) &&
      tokens[end + 2]?.capital &&
      !ROLE_HEADS.has(tokens[end + 2]?.lower ?? '')
    ) {
      end += 2
      // "Police Service of Northern Ireland": every capitalised word of what follows "of".
      while (
        tokens[end + 1]?.capital &&
        !isRoleWord(tokens[end + 1]?.lower ?? '') &&
        !isConnector(tokens[end + 1])
      )
        end++
    }
    let start = headAt
    while (
      start > 0 &&
      (tokens[start - 1]?.capital || tokens[start - 1]?.acronym) &&
      !ROLE_HEADS.has(tokens[start - 1]?.lower ?? '')
    )
      start--
    const from = tokens[start]
    const to = tokens[end]
    if (from && to && end > start) {
      const name = text.slice(from.start, to.end)
      book.add(
        'organization',
        name,
        { start: from.start, end: to.end },
        {
          country: countryIn(name),
          confidence: 0.75,
        },
      )
      coveredTo = end
    }
  }
  tokens.forEach((token, index) => {
    if (
      index <= coveredTo ||
      !token.acronym ||
      countryOfWord(token.text) ||
      NOT_ORGANISATIONS.has(token.text)
    )
      return
    const descriptor = tokens.slice(0, index).filter((word) => !word.capital)
    const role =
      descriptor.length > 0
        ? text.slice(descriptor[0]?.start, descriptor[descriptor.length - 1]?.end)
        : undefined
    book.add('organization', token.text, { start: token.start, end: token.end }, { role, confidence: 0.6 })
  })
}

function findKnownOrganisations(text: string, regions: readonly Region[], book: ActorBook): void {
  for (const [word, known] of Object.entries(KNOWN_ORGANISATIONS)) {
    const pattern = new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu')
    for (const region of regions) {
      for (const match of text.slice(region.start, region.end).matchAll(pattern)) {
        const start = region.start + match.index
        book.add(
          'organization',
          known.name,
          { start, end: start + word.length },
          {
            country: known.country,
            confidence: 0.8,
          },
        )
      }
    }
  }
}

// Officials the text names only by role: "Russia’s defence minister", "Japan's Prime Minister"; not
// when a name follows ("Pyongyang’s vice foreign minister, Kim Son Gyong").
function findUnnamedOfficials(text: string, regions: readonly Region[], book: ActorBook): void {
  const pattern = /(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)[’']s((?:\s+[\p{L}-]+){1,4})/gu
  for (const region of regions) {
    for (const match of text.slice(region.start, region.end).matchAll(pattern)) {
      const [, owner = '', following = ''] = match
      const word = countryOfWord(owner)
      if (!word) continue
      const words = following.trim().split(/\s+/)
      const headAt = words.findIndex((candidate) => ROLE_HEADS.has(candidate.toLowerCase()))
      if (headAt < 0 || !words.slice(0, headAt).every((modifier) => isRoleWord(modifier))) continue
      const role = words.slice(0, headAt + 1).join(' ')
      const start = region.start + match.index
      const end = start + match[0].indexOf(role, owner.length) + role.length
      if (/^,?\s+\p{Lu}\p{Ll}/u.test(text.slice(end, end + 4)) || followsPerson(text, start, book)) continue
      book.add(
        'person',
        text.slice(start, end),
        { start, end },
        { role, country: word.code, confidence: 0.6 },
      )
    }
  }
}

// An apposition to a name already read: "Wu Dawei, China's vice foreign minister".
function followsPerson(text: string, start: number, book: ActorBook): boolean {
  const comma = /,\s+$/.exec(text.slice(Math.max(0, start - 3), start))
  if (!comma) return false
  const nameEnd = start - comma[0].length
  return book.mentions.some(
    (mention) => mention.span.end === nameEnd && book.get(mention.actor)?.kind === 'person',
  )
}

// "Kim", "Mr Alkatiri", "Patel": the person named in full nearest before (else after); a surname no
// full name matches is a person of its own when compromise knows it as a name, or a title, an honorific
// or a speech verb says it is one ("Lavrov said").
function resolveSingleNames(
  singles: ReadonlyArray<{ token: Token; honorific: boolean }>,
  book: ActorBook,
  tags: WordTags,
): void {
  const people = book.actors.filter((actor) => actor.kind === 'person')
  for (const { token, honorific } of singles) {
    const candidates = people.filter((person) => nameWords(person).includes(token.lower))
    const nearest = nearestBefore(candidates, token.start) ?? candidates[0]
    if (nearest) {
      book.mention(nearest, { start: token.start, end: token.end })
      // "De Lima maintains …": her surname, not Peru's capital.
      book.withdraw('country', { start: token.start, end: token.end })
    } else if (
      (honorific || hasTag(tags, token.start, 'Person', 'LastName', 'FirstName')) &&
      // "Korea" of "South Korea said" is part of a country's name.
      !book.mentions.some((mention) => mention.span.start < token.end && mention.span.end > token.start)
    ) {
      book.add('person', token.text, { start: token.start, end: token.end }, { confidence: 0.4 })
    }
  }
}

// A run of capitalised words set in a list with people ("Paddy Jackson, Stuart Olding and Blane
// McIlroy") is a person too, however unknown the name; read until the list is done.
function namesListedWithPeople(text: string, unsure: readonly Span[], book: ActorBook): void {
  const listed = /^(?:,\s+|,?\s+and\s+|\s+&\s+)$/u
  const left = [...unsure]
  for (let found = true; found; ) {
    found = false
    for (const [index, span] of left.entries()) {
      const beside = book.mentions.some(
        (mention) =>
          book.get(mention.actor)?.kind === 'person' &&
          ((mention.span.end <= span.start && listed.test(text.slice(mention.span.end, span.start))) ||
            (mention.span.start >= span.end && listed.test(text.slice(span.end, mention.span.start)))),
      )
      if (!beside) continue
      book.add('person', text.slice(span.start, span.end), span, { confidence: 0.5 })
      left.splice(index, 1)
      found = true
      break
    }
  }
}

function nameWords(person: DraftActor): string[] {
  return person.name.toLowerCase().split(/[\s]+/)
}

function nearestBefore(people: readonly DraftActor[], offset: number): DraftActor | undefined {
  let best: DraftActor | undefined
  let bestAt = -1
  for (const person of people) {
    for (const mention of person.mentions) {
      if (mention.start < offset && mention.start > bestAt) {
        best = person
        bestAt = mention.start
      }
    }
  }
  return best
}

// From a name to its verb: an apposition ("Kim, the vice minister, said"), a short phrase in lower case
// ("the police constable in the witness box said"), an adverb.
const SUBJECT_TO_VERB = new RegExp(
  `^(?:,[^,${QUOTE_MARKS}]{1,140},)?\\s+(?:(?:in|at|on|from|of|for|with)\\s+(?:[\\p{Ll}-]+\\s+){1,3})?(?:also\\s+|later\\s+|then\\s+)?`,
  'u',
)

// A mention is a subject when a verb follows it (past an apposition: "Kim, the vice minister, said").
function markSubjects(text: string, regions: readonly Region[], book: ActorBook, tags: WordTags): void {
  for (const mention of book.mentions) {
    const rest = text.slice(mention.span.end, mention.span.end + 200)
    const skip = SUBJECT_TO_VERB.exec(rest)
    const next = mention.span.end + (skip?.[0].length ?? 0)
    mention.subject =
      hasTag(tags, next, 'Verb') &&
      regions.some((region) => mention.span.start >= region.start && mention.span.end <= region.end)
  }
}

// "Pyongyang’s vice foreign minister" is a vice foreign minister (of the country the owner names).
function withoutOwner(role: string): string {
  const match = /^(\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*)?)[’']s\s+/u.exec(role)
  return match?.[1] && countryOfWord(match[1]) ? role.slice(match[0].length) : role
}

/** The first country a phrase names ("North Korea leader" → KP). */
export function countryIn(phrase: string): string | undefined {
  for (const match of phrase.matchAll(countryPattern())) {
    const word = countryOfWord(match[0])
    if (word) return word.code
  }
  return undefined
}
