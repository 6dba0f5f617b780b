import { QUOTE_MARKS } from './quote-marks'

// Written in lower case and matched so: "States" in "United States" is no verb.
/**
 * Verbs that attribute words to a speaker, as news uses them: "X said", "said X", "X told reporters",
 * "X wrote in a letter", "X was quoted as saying", "inquired Mr Hedworth", "the policeman told the
 * court"; and the participles that hang a quote on a clause's subject ("China opposed it, saying …").
 */
export const SPEECH_VERBS =
  `said says say told tells added adds wrote writes stated states declared asked asks warned
  warns insisted insists explained explains noted notes argued argues claimed claims tweeted posted replied
  replies answered answers responded responds continued continues recalled recalls remarked remarks admitted
  admits acknowledged acknowledges conceded concedes stressed stresses urged urges vowed vows pledged commented
  cautioned described announced announces criticised criticized accused spoke called inquired inquires enquired
  enquires wondered wonders lamented laments complained complains revealed reveals testified testifies observed
  countered counters shouted cried whispered suggested suggests confirmed confirms maintained reiterated
  reiterates boasted protested pleaded`
    .split(/\s+/)
    .filter(Boolean)

export const SPEECH_PARTICIPLES =
  `saying adding telling writing stating warning noting calling describing declaring
  insisting arguing urging claiming explaining asking replying recalling`
    .split(/\s+/)
    .filter(Boolean)

// The verbs that stand before their speaker after a quote: "”, said Mr Alkatiri", "” inquired Mr
// Hedworth", "”, replied the policeman".
const INVERTING_VERBS = `said says added adds asked asks wrote continued continues replied replies
  explained explains told declared insisted warned inquired enquired answered responded recalled admitted
  conceded countered lamented complained whispered shouted cried wondered noted observed remarked stressed
  went\\s+on`
  .split(/\s+/)
  .filter(Boolean)

const finite = SPEECH_VERBS.join('|')
const participle = SPEECH_PARTICIPLES.join('|')
const inverting = INVERTING_VERBS.join('|')

/** A speech verb before a quote: a finite one, a participle, or "was quoted (by …) as saying". */
export const SPEECH_BEFORE = new RegExp(`\\b(?:(${finite})|(${participle}))\\b`, 'gu')

/** A speech verb right after a name: "Lavrov said", "Batteau explained", "Kim was quoted". */
export const SPEECH_AFTER_NAME = new RegExp(
  `^,?\\s+(?:(?:also|later|then|further)\\s+)?(?:(?:was|is)\\s+quoted|${finite})\\b`,
  'u',
)

/** A speech verb right before a name, after a quote: "”, added Smith", "” inquired Mr Hedworth". */
export const SPEECH_BEFORE_NAME = new RegExp(
  `[${QUOTE_MARKS}’]\\s*[,.!?…]?\\s*(?:${inverting})\\s+(?:Mr\\.?\\s+|Mrs\\.?\\s+|Ms\\.?\\s+|Dr\\.?\\s+)?$`,
  'u',
)

/** Right after a quote: "”, state news agency KCNA said", "” Kim was quoted as saying". */
export const ATTRIBUTION_AFTER = new RegExp(
  `^[\\s,.;:!?…’${QUOTE_MARKS}]*(?:[-–—]\\s*)?([^.,;:${QUOTE_MARKS}!?]{1,80}?)\\s+(?:(?:was|were|is|are|has been)\\s+quoted(?:\\s+as\\s+saying)?|(?:${finite}))\\b`,
  'u',
)

/** Right after a quote, the other way round: "”, said Mr Alkatiri.", "” inquired Mr Hedworth." */
export const ATTRIBUTION_INVERTED = new RegExp(
  `^[\\s,.;:!?…’${QUOTE_MARKS}]*(?:${inverting})\\s+([^.,;:${QUOTE_MARKS}!?]{1,80}?)(?=[.,;:!?]|\\s+(?:in|at|on|during|after|before|when|while|who|as|to|from|adding|saying)\\b|$)`,
  'u',
)

/** The sentence's last clause names the speaker: "…, US Deputy Spokesperson Vedant Patel said." */
export const ATTRIBUTION_AT_END = new RegExp(
  `,\\s+([^,;:${QUOTE_MARKS}]{1,100}?)\\s+(?:${finite})(?:\\s+[^,;:${QUOTE_MARKS}]{0,60})?[.!?]?\\s*$`,
  'u',
)

/** "according to KCNA" anywhere in the sentence. */
export const ACCORDING_TO = new RegExp(
  `\\baccording to\\s+([^.,;:${QUOTE_MARKS}!?]{1,80}?)(?=[.,;:!?]|$)`,
  'iu',
)

/** "NHK quoted Zarif as saying", "the agency cited Zarif as telling reporters": the speaker is the object. */
export const QUOTED_AS = new RegExp(
  `\\b(?:quoted|cited)\\s+(?!by\\b)([^,;:${QUOTE_MARKS}#]{1,60}?)\\s+as\\s+(?:saying|telling|describing|stating|calling|writing)\\b`,
  'u',
)

/**
 * The sentence after a quote that says whose words they were: "This was the lament of Maureen
 * Roberts-Weekes, …", "Such was the verdict of the judge", "So said the minister", "These were the
 * words of X". The speaker's words are the first group.
 */
export const WORDS_OF = new RegExp(
  `^(?:(?:this|that|such|these|those|it)\\s+(?:was|were|is|are|came|comes|had\\s+been)\\s+(?:the\\s+|a\\s+)?(?:[\\p{Ll}-]+\\s+){0,2}?(?:lament|cry|plea|words?|message|verdict|view|reaction|response|assessment|warning|complaint|comment|conclusion|answer|reply|refrain|appeal|boast|promise|question|explanation|description|sentiment|mantra|retort|advice|prediction|reaction|wish|hope|fear|insistence|admission|confession)\\s+(?:of|from|by)|so\\s+(?:said|says))\\s+([^,;:.!?${QUOTE_MARKS}]{2,80}?)(?=[,;:.!?]|\\s+(?:who|as|when|while|speaking|after|before|in|on|at)\\b|$)`,
  'iu',
)
