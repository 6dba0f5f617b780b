/** The event fields story-timeline/2 added to /1. */
export const VERSION_2_EVENT_FIELDS = [
  'categories',
  'place',
  'sources',
  'media',
  'numbers',
  'actorRoles',
  'originalId',
] as const

type Shape = {
  categories?: unknown
  narratives?: unknown
  events: ReadonlyArray<Partial<Record<(typeof VERSION_2_EVENT_FIELDS)[number], unknown>>>
}

/** Where a dataset uses a field of story-timeline/2 (the places a /1 file may not have one). */
export function fieldsOfVersion2(dataset: Shape): Array<{ path: Array<string | number>; value: unknown }> {
  const found: Array<{ path: Array<string | number>; value: unknown }> = []
  if (dataset.categories !== undefined) found.push({ path: ['categories'], value: dataset.categories })
  if (dataset.narratives !== undefined) found.push({ path: ['narratives'], value: dataset.narratives })
  dataset.events.forEach((event, index) => {
    for (const field of VERSION_2_EVENT_FIELDS) {
      if (event[field] !== undefined) found.push({ path: ['events', index, field], value: event[field] })
    }
  })
  return found
}
