// The dataset format's fixed values, apart from its zod schema (schema.ts), so that code which only
// needs these does not load zod.

/** The version of the dataset format this app writes. */
export const FORMAT_VERSION = 'story-timeline/3'

/**
 * The versions it reads, oldest first. Each only adds optional fields to the one before (/2:
 * categories, places, sources, media, numbers, actors' roles, original ids, narratives; /3: further
 * documents and references to them, a source's outlet and headings, quotes without a known speaker),
 * so an older file is read as it is and written back as the newest: that is the whole migration.
 */
export const FORMAT_VERSIONS = ['story-timeline/1', 'story-timeline/2', FORMAT_VERSION] as const

export type FormatVersion = (typeof FORMAT_VERSIONS)[number]

/**
 * The id that names a story's first document, `source`, in a reference (`"document": "source"`, the
 * same as no `document`); no entry of `documents` may take it.
 */
export const FIRST_DOCUMENT_ID = 'source'

/** How precisely an event's place is known (ACLED's geo_precision, GDELT's geographic type). */
export const placePrecisions = ['exact', 'near', 'region', 'country'] as const

export const actorKinds = ['person', 'country', 'organization'] as const
export const eventStatuses = ['occurred', 'scheduled', 'alleged'] as const

/** Where in its source a quote stands: the source's headings and its standfirst, apart from its body. */
export const quoteParts = ['heading', 'standfirst'] as const

/**
 * The longest each text may be, in characters. No real story comes near them (a summary of 20,000
 * characters is some 3,000 words); past them, one long word or a pasted file froze the page for
 * seconds to minutes, and a 200 MB summary crashed the tab. A dataset beyond them is refused, saying
 * which field and by how much.
 */
export const TEXT_LIMITS = {
  storyTitle: 300,
  description: 2_000,
  sourceTitle: 500,
  standfirst: 2_000,
  url: 2_048,
  actorName: 200,
  role: 300,
  eventTitle: 300,
  summary: 20_000,
  quote: 5_000,
  categoryName: 200,
  placeName: 300,
  outlet: 200,
  caption: 2_000,
  credit: 300,
  numberName: 100,
  originalId: 300,
  narrativeTitle: 300,
  stepText: 5_000,
  /** A source's whole text: a long article, a report (a novel is ~1 MB). */
  sourceText: 5_000_000,
  /** The words just before or after a quote, to find it again if the text shifts. */
  quoteContext: 200,
} as const

/** The largest dataset file that is opened at all (a 300,000-event story is ~70 MB). */
export const MAX_DATASET_BYTES = 256 * 1024 * 1024
