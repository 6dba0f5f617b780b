import { findReferenceProblems } from './cross-references'
import { documentSchema, sourceSchema } from './document-schema'
import { actorRole, eventSourceSchema, mediaSchema, namedNumber, placeSchema } from './event-parts-schema'
import {
  actorKinds,
  eventStatuses,
  FORMAT_VERSION,
  FORMAT_VERSIONS,
  placePrecisions,
  quoteParts,
  TEXT_LIMITS,
} from './format-constants'
import { problemIssue } from './format-problem'
import { newerThanItsVersion } from './format-versions'
import { z } from './jitless-zod'
import {
  countryCode,
  documentReference,
  edtfDate,
  keptText,
  paragraphNumber,
  slug,
  text,
} from './schema-parts'

// zod stays jitless (no new Function(), which the page's CSP forbids): every schema is made with the
// `z` of jitless-zod.ts, configured before any.

export type { SourceDocument, StoryDocument } from './document-schema'
export { actorKinds, eventStatuses, FORMAT_VERSION, FORMAT_VERSIONS, placePrecisions }

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
        ...problemIssue({ code: 'countryOfCountry' }),
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
    .strictObject({
      document: documentReference,
      paragraphs: z.array(paragraphNumber).min(1, 'at least one paragraph'),
    })
    .optional()
    .meta({
      description:
        'Where in the story’s documents the event is reported: paragraphs of one document (the first, unless "document" names another).',
    }),
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
  speaker: slug.optional().meta({
    description:
      'Id of the actor the source attributes the words to; from story-timeline/3 it may be left out for words the source does not attribute (required before).',
  }),
  event: slug.meta({ description: 'Id of the event the words belong to.' }),
  source: z
    .strictObject({
      document: documentReference,
      paragraph: paragraphNumber,
      part: z.enum(quoteParts).optional().meta({
        description:
          'Where the words stand when not in the body: a heading or the standfirst (the editor’s words quoting the speaker; not counted again beside the body’s).',
      }),
      prefix: keptText(
        'The text just before the quote in its paragraph (W3C Web Annotation’s TextQuoteSelector).',
      ),
      suffix: keptText('The text just after the quote in its paragraph (TextQuoteSelector).'),
    })
    .optional(),
})

const narrativeStepSchema = z.strictObject({
  event: slug.meta({ description: 'Id of the event this step shows.' }),
  text: text(
    'What the step says beside its event: the narrator’s words, or, with "source", an excerpt of the source verbatim.',
    TEXT_LIMITS.stepText,
  ).optional(),
  source: z.strictObject({ document: documentReference, paragraph: paragraphNumber }).optional().meta({
    description:
      'The paragraph the step’s text is taken from, verbatim (checked like a quote), of the first document unless "document" names another.',
  }),
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

export const datasetSchema = z
  .strictObject({
    $schema: z.string().optional().meta({ description: 'Where editors find this format’s JSON Schema.' }),
    format: z.enum(FORMAT_VERSIONS).meta({
      description:
        'The format version of this file: story-timeline/3, or /2 or /1 (the same without the fields each later version added).',
    }),
    title: text('The story’s title.', TEXT_LIMITS.storyTitle),
    description: text('One or two sentences on what the story is about.', TEXT_LIMITS.description).optional(),
    source: sourceSchema,
    documents: z
      .array(documentSchema)
      .optional()
      .meta({ description: 'story-timeline/3: the story’s further documents, each cited by its id.' }),
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
    for (const problem of [...newerThanItsVersion(dataset), ...findReferenceProblems(dataset)]) {
      context.addIssue({
        code: 'custom',
        path: problem.path,
        ...problemIssue(problem.expected),
        input: problem.found,
      })
    }
  })
  .meta({
    title: 'Story Timeline dataset',
    description:
      'The events, actors and quotes of one news story, each traceable to its paragraph of one of the story’s documents.',
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
