import { placePrecisions, TEXT_LIMITS } from './format-constants'
import { problemIssue } from './format-problem'
import { z } from './jitless-zod'
import { slug, text, webAddress } from './schema-parts'

// story-timeline/2's parts of an event: its place, its reports, its media, its numbers, its actors' roles.

export const placeSchema = z
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
        ...problemIssue({ code: 'latitudeWithLongitude' }),
        input: undefined,
      })
    }
    if (place.name === undefined && place.latitude === undefined && place.admin === undefined) {
      context.addIssue({
        code: 'custom',
        path: [],
        ...problemIssue({ code: 'placeNamed' }),
        input: place,
      })
    }
  })
  .meta({ description: 'Where the event happened.' })

export const eventSourceSchema = z
  .strictObject({
    url: webAddress.optional().meta({ description: 'Where the report can be read (http or https).' }),
    outlet: text('Who reported it ("Reuters", "Kyiv Independent").', TEXT_LIMITS.outlet).optional(),
  })
  .refine(
    (source) => source.url !== undefined || source.outlet !== undefined,
    problemIssue({ code: 'urlOrOutlet' }),
  )

export const mediaSchema = z
  .strictObject({
    url: webAddress.meta({ description: 'The picture, video or page (http or https); shown as a link.' }),
    caption: text('What it shows.', TEXT_LIMITS.caption).optional(),
    credit: text('Who made it.', TEXT_LIMITS.credit).optional(),
  })
  .meta({ description: 'A picture or other media for the event, as TimelineJS slides carry.' })

export const namedNumber = z.strictObject({
  name: text('What the number counts or measures ("fatalities", "tone").', TEXT_LIMITS.numberName),
  value: z.number().meta({ description: 'The number as the data gives it.' }),
})

export const actorRole = z.strictObject({
  actor: slug.meta({ description: 'Id of one of the event’s actors.' }),
  role: text(
    'The actor’s part in this event ("first side", "associated with the second side").',
    TEXT_LIMITS.role,
  ),
})
