// The dataset format's fixed values, apart from its zod schema (schema.ts), so that code which only
// needs these does not load zod.

/** The version of the dataset format this app reads and writes. */
export const FORMAT_VERSION = 'story-timeline/1'

export const actorKinds = ['person', 'country', 'organization'] as const
export const eventStatuses = ['occurred', 'scheduled', 'alleged'] as const
