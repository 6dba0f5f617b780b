import { z } from 'zod'
import { formatCount } from '../../lib/format-count'
import { parseEdtf } from '../dates/parse-edtf'
import { isIsoCountryCode } from './country-codes'
import { findReferenceProblems } from './cross-references'
import {
  actorKinds,
  eventStatuses,
  FORMAT_VERSION,
  FORMAT_VERSIONS,
  placePrecisions,
  quoteParts,
  TEXT_LIMITS,
} from './format-constants'
import { fieldsOfVersion2 } from './format-versions'

// zod compiles parsers with new Function() unless told not to; the page's Content-Security-Policy
// forbids eval, and even zod's probe for it would be reported as a violation.
z.config({ jitless: true })

export { actorKinds, eventStatuses, FORMAT_VERSION, FORMAT_VERSIONS, placePrecisions }

const slug = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'a lower-case slug such as "kim-jong-un"')
  .max(120)
  .meta({ description: 'A stable id: lower-case letters, digits and single hyphens. Used in links.' })

const text = (description: string, max: number) =>
  z
    .string()
    .trim()
    .min(1, 'a non-empty text')
    .max(max, `a text of at most ${formatCount(max)} characters`)
    .meta({ description: `${description} At most ${formatCount(max)} characters.` })

const edtfDate = z
  .string()
  .superRefine((value, context) => {
    const result = parseEdtf(value)
    if (!result.ok) context.addIssue({ code: 'custom', message: result.reason, input: value })
  })
  .meta({
    description:
      'An EDTF (ISO 8601-2) date, as precise as the source allows: 2023-08-15, 2023-07, 2022, 1910/1945, 1945~ (approximate), 2023-08-15? (uncertain), [..2023-08-15] (on or before).',
    examples: ['2023-08-15', '2023-07', '1910/1945', '[..2023-08-15]'],
  })

const countryCode = z
  .string()
  .refine(isIsoCountryCode, 'an ISO 3166-1 alpha-2 country code in capitals, such as "KP"')
  .meta({ description: 'ISO 3166-1 alpha-2 code, upper case: KP is North Korea.' })

// Only web links: a javascript: or data: URL in a dataset must never become a link.
const webAddress = z
  .url({ protocol: /^https?$/, error: 'a web address starting with http:// or https://' })
  .max(TEXT_LIMITS.url, `a web address of at most ${formatCount(TEXT_LIMITS.url)} characters`)

const paragraphNumber = z.int().min(1, 'a paragraph number from 1').meta({
  description: 'A paragraph of the source: its non-empty lines, numbered from 1.',
})

const actorSchema = z
  .strictObject({
    id: slug,
    name: text('The name as the source gives it.', TEXT_LIMITS.actorName),
    kind: z.enum(actorKinds),
    country: countryCode
      .optional()
      .meta({ description: 'The country the actor belongs to (required for a country).' }),
    role: text('The role the source gives, e.g. "Russian President".', TEXT_LIMITS.role).optional(),
  })
  .superRefine((actor, context) => {
    if (actor.kind === 'country' && actor.country === undefined) {
      context.addIssue({
        code: 'custom',
        path: ['country'],
        message: `a country code for a ${actor.kind}`,
        input: undefined,
      })
    }
  })

const categorySchema = z.strictObject({
  id: slug,
  name: text(
    'The category as the data names it ("Battles", "Make public statement").',
    TEXT_LIMITS.categoryName,
  ),
})

const placeSchema = z
  .strictObject({
    name: text(
      'The place as the source names it: a town, a district, a building.',
      TEXT_LIMITS.placeName,
    ).optional(),
    admin: z
      .array(text('An administrative area the place lies in.', TEXT_LIMITS.placeName))
      .max(3, 'at most three administrative areas')
      .optional()
      .meta({ description: 'The areas the place lies in, largest first (a province, a district, a town).' }),
    latitude: z.number().min(-90).max(90).optional().meta({ description: 'Degrees north (WGS 84).' }),
    longitude: z.number().min(-180).max(180).optional().meta({ description: 'Degrees east (WGS 84).' }),
    precision: z.enum(placePrecisions).optional().meta({
      description:
        'How precisely the coordinates place the event: exact (at the place), near (near it), region (somewhere in its area), country (somewhere in the country).',
    }),
  })
  .superRefine((place, context) => {
    if ((place.latitude === undefined) !== (place.longitude === undefined)) {
      context.addIssue({
        code: 'custom',
        path: [place.latitude === undefined ? 'latitude' : 'longitude'],
        message: 'a latitude and a longitude together, or neither',
        input: undefined,
      })
    }
    if (place.name === undefined && place.latitude === undefined && place.admin === undefined) {
      context.addIssue({
        code: 'custom',
        path: [],
        message: 'a place with a name, an administrative area or coordinates',
        input: place,
      })
    }
  })
  .meta({ description: 'Where the event happened.' })

const eventSourceSchema = z
  .strictObject({
    url: webAddress.optional().meta({ description: 'Where the report can be read (http or https).' }),
    outlet: text('Who reported it ("Reuters", "Kyiv Independent").', TEXT_LIMITS.outlet).optional(),
  })
  .refine(
    (source) => source.url !== undefined || source.outlet !== undefined,
    'a source with a url or an outlet',
  )

const mediaSchema = z
  .strictObject({
    url: webAddress.meta({ description: 'The picture, video or page (http or https); shown as a link.' }),
    caption: text('What it shows.', TEXT_LIMITS.caption).optional(),
    credit: text('Who made it.', TEXT_LIMITS.credit).optional(),
  })
  .meta({ description: 'A picture or other media for the event, as TimelineJS slides carry.' })

const namedNumber = z.strictObject({
  name: text('What the number counts or measures ("fatalities", "tone").', TEXT_LIMITS.numberName),
  value: z.number().meta({ description: 'The number as the data gives it.' }),
})

const actorRole = z.strictObject({
  actor: slug.meta({ description: 'Id of one of the event’s actors.' }),
  role: text(
    'The actor’s part in this event ("first side", "associated with the second side").',
    TEXT_LIMITS.role,
  ),
})

const eventSchema = z.strictObject({
  id: slug,
  title: text('A short title, in the dataset author’s words.', TEXT_LIMITS.eventTitle),
  summary: text(
    'What happened, in the dataset author’s words (optional: a title may say it all).',
    TEXT_LIMITS.summary,
  ).optional(),
  date: edtfDate,
  status: z.enum(eventStatuses).meta({
    description:
      'occurred: reported as fact; scheduled: announced for after publication; alleged: an accusation the source reports (put any denial in the summary).',
  }),
  actors: z.array(slug).meta({ description: 'Ids of the actors involved.' }),
  countries: z
    .array(countryCode)
    .optional()
    .meta({ description: 'Countries the event involves beyond those of its actors (ISO codes).' }),
  source: z
    .strictObject({ paragraphs: z.array(paragraphNumber).min(1, 'at least one paragraph') })
    .optional()
    .meta({ description: 'Where in the source the event is reported.' }),
  categories: z.array(slug).optional().meta({
    description: 'story-timeline/2: ids of the event’s categories, from the dataset’s "categories".',
  }),
  place: placeSchema.optional().meta({ description: 'story-timeline/2: where the event happened.' }),
  sources: z
    .array(eventSourceSchema)
    .optional()
    .meta({ description: 'story-timeline/2: reports of the event, each with a url or an outlet.' }),
  media: mediaSchema.optional(),
  numbers: z.array(namedNumber).optional().meta({
    description: 'story-timeline/2: named numbers the data gives (fatalities, tone), each name once.',
  }),
  actorRoles: z
    .array(actorRole)
    .optional()
    .meta({ description: 'story-timeline/2: the part some of the event’s actors play in it.' }),
  originalId: text(
    'story-timeline/2: the id the event had in the file it was imported from, when it was not a slug.',
    TEXT_LIMITS.originalId,
  ).optional(),
})

const quoteSchema = z.strictObject({
  id: slug,
  text: text('The quoted words, verbatim: character for character as printed.', TEXT_LIMITS.quote),
  speaker: slug.meta({ description: 'Id of the actor the source attributes the words to.' }),
  event: slug.meta({ description: 'Id of the event the words belong to.' }),
  source: z
    .strictObject({
      paragraph: paragraphNumber,
      part: z.enum(quoteParts).optional().meta({
        description:
          'Where the words stand when not in the body: a heading or the standfirst (the editor’s words quoting the speaker; not counted again beside the body’s).',
      }),
      prefix: context(
        'The text just before the quote in its paragraph (W3C Web Annotation’s TextQuoteSelector).',
      ),
      suffix: context('The text just after the quote in its paragraph (TextQuoteSelector).'),
    })
    .optional(),
})

const narrativeStepSchema = z.strictObject({
  event: slug.meta({ description: 'Id of the event this step shows.' }),
  text: text(
    'What the step says beside its event: the narrator’s words, or, with "source", an excerpt of the source verbatim.',
    TEXT_LIMITS.stepText,
  ).optional(),
  source: z
    .strictObject({ paragraph: paragraphNumber })
    .optional()
    .meta({ description: 'The paragraph the step’s text is taken from, verbatim (checked like a quote).' }),
})

const narrativeSchema = z
  .strictObject({
    id: slug,
    title: text('The narrative’s title, shown on its cover.', TEXT_LIMITS.narrativeTitle),
    description: text('What the narrative walks the reader through.', TEXT_LIMITS.description).optional(),
    steps: z.array(narrativeStepSchema).min(1, 'at least one step'),
  })
  .meta({
    description:
      'story-timeline/2: a guided walk through some of the events, in the order given (TimeMap’s narratives, TimelineJS’s slides).',
  })

// Text kept as it is, spaces and all (a quote's context, a source's text): trimming would move it.
function context(description: string) {
  return z
    .string()
    .min(1, 'a non-empty text')
    .max(TEXT_LIMITS.quoteContext, `a text of at most ${TEXT_LIMITS.quoteContext} characters`)
    .optional()
    .meta({ description: `${description} At most ${TEXT_LIMITS.quoteContext} characters, kept as they are.` })
}

const sourceSchema = z.strictObject({
  title: text('How the source is referred to.', TEXT_LIMITS.sourceTitle),
  published: edtfDate
    .optional()
    .meta({ description: 'Publication date (EDTF); relative dates are read against it.' }),
  url: webAddress.optional().meta({ description: 'Where the source can be read (http or https).' }),
  standfirst: text('The source’s standfirst or summary line, verbatim.', TEXT_LIMITS.standfirst).optional(),
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'a SHA-256 hex digest (64 lower-case hex digits)')
    .optional()
    .meta({ description: 'SHA-256 of the source text file, so checks can prove which text was used.' }),
  paragraphs: z.int().min(1).optional().meta({ description: 'How many paragraphs the source has.' }),
  text: z
    .string()
    .min(1, 'a non-empty text')
    .max(TEXT_LIMITS.sourceText, `a text of at most ${formatCount(TEXT_LIMITS.sourceText)} characters`)
    .optional()
    .meta({
      description:
        'The source’s whole text, as its file holds it (its SHA-256 is "sha256", which it needs): quotes are shown in their paragraphs.',
    }),
})

export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Where editors find this format’s JSON Schema.' }),
    format: z.enum(FORMAT_VERSIONS).meta({
      description: 'The format version of this file: story-timeline/2, or /1 (the same without /2’s fields).',
    }),
    title: text('The story’s title.', TEXT_LIMITS.storyTitle),
    description: text('One or two sentences on what the story is about.', TEXT_LIMITS.description).optional(),
    source: sourceSchema,
    actors: z.array(actorSchema),
    categories: z
      .array(categorySchema)
      .optional()
      .meta({ description: 'story-timeline/2: the categories events are filed under (a filter).' }),
    events: z.array(eventSchema),
    quotes: z.array(quoteSchema),
    narratives: z
      .array(narrativeSchema)
      .optional()
      .meta({ description: 'story-timeline/2: guided walks through the story, for its story mode.' }),
  })
  .superRefine((dataset, context) => {
    if (dataset.format !== FORMAT_VERSION) {
      for (const { path, value } of fieldsOfVersion2(dataset)) {
        context.addIssue({
          code: 'custom',
          path,
          message: `a field of ${FORMAT_VERSION} only: set "format" to "${FORMAT_VERSION}"`,
          input: value,
        })
      }
    }
    for (const problem of findReferenceProblems(dataset)) {
      context.addIssue({
        code: 'custom',
        path: problem.path,
        message: problem.expected,
        input: problem.found,
      })
    }
  })
  .meta({
    title: 'Story Timeline dataset',
    description: 'The events, actors and quotes of one news story, each traceable to its source paragraph.',
  })

/** A dataset that has passed validation: the shape and every cross-reference. */
export type Dataset = z.infer<typeof datasetSchema>
export type Actor = z.infer<typeof actorSchema>
export type StoryEvent = z.infer<typeof eventSchema>
export type Quote = z.infer<typeof quoteSchema>
export type Narrative = z.infer<typeof narrativeSchema>
export type NarrativeStep = z.infer<typeof narrativeStepSchema>
export type ActorKind = Actor['kind']
export type EventStatus = StoryEvent['status']
export type Category = z.infer<typeof categorySchema>
export type Place = z.infer<typeof placeSchema>
export type PlacePrecision = (typeof placePrecisions)[number]
