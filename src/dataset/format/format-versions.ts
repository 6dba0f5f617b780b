import { FORMAT_VERSIONS, type FormatVersion } from './format-constants'
import type { CheckedProblem } from './format-problem'

/**
 * Which version of the format added each optional field, by where the field stands. A file of an
 * older version may not use them: it is told to say the version it is written in. Everything else of
 * a newer version is the older one as it was, so an older file is read as it is.
 */
export const FIELDS_ADDED = {
  dataset: {
    categories: 'story-timeline/2',
    narratives: 'story-timeline/2',
    documents: 'story-timeline/3',
  },
  source: { outlet: 'story-timeline/3', headings: 'story-timeline/3' },
  event: {
    categories: 'story-timeline/2',
    place: 'story-timeline/2',
    sources: 'story-timeline/2',
    media: 'story-timeline/2',
    numbers: 'story-timeline/2',
    actorRoles: 'story-timeline/2',
    originalId: 'story-timeline/2',
  },
  /** `events[].source`, `quotes[].source`, `narratives[].steps[].source`: which document they cite. */
  citation: { document: 'story-timeline/3' },
} as const satisfies Record<string, Record<string, FormatVersion>>

/** Where each field the table names stands. */
export type FieldPlace = keyof typeof FIELDS_ADDED

/** A quote's speaker may be left out from this version on (words the source does not attribute). */
export const SPEAKER_OPTIONAL_SINCE: FormatVersion = 'story-timeline/3'

const RANKS: ReadonlyMap<string, number> = new Map(FORMAT_VERSIONS.map((version, rank) => [version, rank]))

/** 0 for story-timeline/1, 1 for /2…: versions compare as their places in FORMAT_VERSIONS (-1: none). */
export function versionRank(version: string): number {
  return RANKS.get(version) ?? -1
}

type Fields = Readonly<Record<string, unknown>>
type Cited = Fields & { source?: Fields | undefined }
type Shape = Fields & {
  format: string
  source: Fields
  events: readonly Cited[]
  quotes: readonly Cited[]
  narratives?: ReadonlyArray<{ steps: readonly Cited[] }> | undefined
}

export type VersionProblem = { path: Array<string | number>; expected: CheckedProblem; found: unknown }

/**
 * What a file uses of versions newer than the one it says it is written in (its "format"): each with
 * its place and what to do. Nothing for a file of the newest version.
 */
export function newerThanItsVersion(dataset: Shape): VersionProblem[] {
  const rank = versionRank(dataset.format)
  const problems: VersionProblem[] = []
  const check = (place: FieldPlace, fields: Fields | undefined, path: Array<string | number>) => {
    if (fields === undefined) return
    for (const [field, version] of Object.entries(FIELDS_ADDED[place])) {
      if (fields[field] === undefined || versionRank(version) <= rank) continue
      problems.push({
        path: [...path, field],
        expected: { code: 'fieldOfVersion', version },
        found: fields[field],
      })
    }
  }
  if (rank === FORMAT_VERSIONS.length - 1) return problems
  check('dataset', dataset, [])
  check('source', dataset.source, ['source'])
  dataset.events.forEach((event, index) => {
    check('event', event, ['events', index])
    check('citation', event.source, ['events', index, 'source'])
  })
  const speakerRequired = versionRank(SPEAKER_OPTIONAL_SINCE) > rank
  dataset.quotes.forEach((quote, index) => {
    if (speakerRequired && quote.speaker === undefined) {
      problems.push({
        path: ['quotes', index, 'speaker'],
        expected: { code: 'speakerBefore', version: SPEAKER_OPTIONAL_SINCE },
        found: undefined,
      })
    }
    check('citation', quote.source, ['quotes', index, 'source'])
  })
  dataset.narratives?.forEach((narrative, index) => {
    narrative.steps.forEach((step, stepIndex) => {
      check('citation', step.source, ['narratives', index, 'steps', stepIndex, 'source'])
    })
  })
  return problems
}
