// Written in lower case and matched so: "States" in "United States" is no verb.
/**
 * Verbs that attribute words to a speaker, as news uses them: "X said", "said X", "X told reporters",
 * "X wrote in a letter", "X was quoted as saying"; and the participles that hang a quote on a clause's
 * subject ("China opposed it, saying …").
 */
export const SPEECH_VERBS =
  `said says say told tells added adds wrote writes stated states declared asked asks warned
  warns insisted insists explained explains noted notes argued argues claimed claims tweeted posted replied
  continued recalled remarked admitted acknowledged stressed stresses urged vowed pledged commented responded
  cautioned described announced announces criticised criticized accused spoke called`
    .split(/\s+/)
    .filter(Boolean)

export const SPEECH_PARTICIPLES =
  `saying adding telling writing stating warning noting calling describing declaring
  insisting arguing urging claiming`
    .split(/\s+/)
    .filter(Boolean)

const finite = SPEECH_VERBS.join('|')
const participle = SPEECH_PARTICIPLES.join('|')

/** A speech verb before a quote: a finite one, a participle, or "was quoted (by …) as saying". */
export const SPEECH_BEFORE = new RegExp(`\\b(?:(${finite})|(${participle}))\\b`, 'gu')

/** Right after a quote: "”, state news agency KCNA said", "” Kim was quoted as saying". */
export const ATTRIBUTION_AFTER = new RegExp(
  `^[\\s,.;:!?…’”"]*(?:[-–—]\\s*)?([^.,;:“”"‘!?]{1,80}?)\\s+(?:(?:was|were|is|are|has been)\\s+quoted(?:\\s+as\\s+saying)?|(?:${finite}))\\b`,
  'u',
)

/** Right after a quote, the other way round: "”, said Mr Alkatiri." */
export const ATTRIBUTION_INVERTED =
  /^[\s,.;:!?…’”"]*(?:said|says|added|asked|wrote|continued|replied|explained|told|declared|insisted|warned)\s+([^.,;:“”"!?]{1,80}?)(?=[.,;:!?]|\s+(?:in|at|on|during|after|before|when|while|who|as|to|from|adding|saying)\b|$)/u

/** The sentence's last clause names the speaker: "…, US Deputy Spokesperson Vedant Patel said." */
export const ATTRIBUTION_AT_END = new RegExp(
  `,\\s+([^,;:“”"]{1,100}?)\\s+(?:${finite})(?:\\s+[^,;:“”"]{0,60})?[.!?]?\\s*$`,
  'u',
)

/** "according to KCNA" anywhere in the sentence. */
export const ACCORDING_TO = /\baccording to\s+([^.,;:“”"!?]{1,80}?)(?=[.,;:!?]|$)/iu

/** "NHK quoted Zarif as saying", "the agency cited Zarif as telling reporters": the speaker is the object. */
export const QUOTED_AS =
  /\b(?:quoted|cited)\s+(?!by\b)([^,;:“”"#]{1,60}?)\s+as\s+(?:saying|telling|describing|stating|calling|writing)\b/u
