import { type DocumentShape, documentChecks, type ReferenceProblem } from './document-references'

export type { ReferenceProblem } from './document-references'

type Identified = { id: string }
type Cited = { document?: string | undefined }
type DatasetShape = {
  source: DocumentShape
  documents?: Array<Identified & DocumentShape> | undefined
  actors: Identified[]
  categories?: Identified[] | undefined
  events: Array<
    Identified & {
      actors: string[]
      source?: (Cited & { paragraphs: number[] }) | undefined
      categories?: string[] | undefined
      actorRoles?: Array<{ actor: string }> | undefined
      numbers?: Array<{ name: string }> | undefined
    }
  >
  quotes: Array<
    Identified & {
      speaker?: string | undefined
      event: string
      source?: (Cited & { paragraph: number; part?: string | undefined }) | undefined
    }
  >
  narratives?:
    | Array<
        Identified & {
          steps: Array<{
            event: string
            text?: string | undefined
            source?: (Cited & { paragraph: number }) | undefined
          }>
        }
      >
    | undefined
}

/**
 * What a schema of shapes cannot see: ids unique within their list, every reference resolving (to
 * actors, events, categories, documents), and paragraph numbers inside the document they cite. Runs
 * only on a dataset whose shape is already valid.
 */
export function findReferenceProblems(dataset: DatasetShape): ReferenceProblem[] {
  const problems: ReferenceProblem[] = []
  const actorIds = collectIds('actors', dataset.actors, problems)
  const eventIds = collectIds('events', dataset.events, problems)
  collectIds('quotes', dataset.quotes, problems)
  const categoryIds = dataset.categories ? collectIds('categories', dataset.categories, problems) : new Map()
  const documents = documentChecks(dataset.source, dataset.documents, problems)

  dataset.events.forEach((event, index) => {
    event.actors.forEach((actorId, actorIndex) => {
      if (!actorIds.has(actorId)) {
        problems.push({
          path: ['events', index, 'actors', actorIndex],
          expected: { code: 'idIn', list: 'actors' },
          found: actorId,
        })
      }
    })
    if (hasRepeats(event.actors)) {
      problems.push({
        path: ['events', index, 'actors'],
        expected: { code: 'once', of: 'actor' },
        found: event.actors,
      })
    }
    event.categories?.forEach((categoryId, categoryIndex) => {
      if (!categoryIds.has(categoryId)) {
        problems.push({
          path: ['events', index, 'categories', categoryIndex],
          expected: { code: 'idIn', list: 'categories' },
          found: categoryId,
        })
      }
    })
    if (event.categories && hasRepeats(event.categories)) {
      problems.push({
        path: ['events', index, 'categories'],
        expected: { code: 'once', of: 'category' },
        found: event.categories,
      })
    }
    event.actorRoles?.forEach((role, roleIndex) => {
      if (!event.actors.includes(role.actor)) {
        problems.push({
          path: ['events', index, 'actorRoles', roleIndex, 'actor'],
          expected: { code: 'ownActor' },
          found: role.actor,
        })
      }
    })
    const numberNames = event.numbers?.map((number) => number.name) ?? []
    const repeated = numberNames.find((name, at) => numberNames.indexOf(name) !== at)
    if (repeated !== undefined) {
      problems.push({
        path: ['events', index, 'numbers'],
        expected: { code: 'once', of: 'numberName' },
        found: repeated,
      })
    }
    if (event.source) {
      const path = ['events', index, 'source']
      documents.cite(
        event.source,
        path,
        event.source.paragraphs.map((paragraph, at) => [paragraph, [...path, 'paragraphs', at]] as const),
      )
    }
  })

  dataset.quotes.forEach((quote, index) => {
    if (quote.speaker !== undefined && !actorIds.has(quote.speaker)) {
      problems.push({
        path: ['quotes', index, 'speaker'],
        expected: { code: 'idIn', list: 'actors' },
        found: quote.speaker,
      })
    }
    if (!eventIds.has(quote.event)) {
      problems.push({
        path: ['quotes', index, 'event'],
        expected: { code: 'idIn', list: 'events' },
        found: quote.event,
      })
    }
    if (quote.source) {
      const path = ['quotes', index, 'source']
      const { paragraph } = quote.source
      const document = documents.cite(quote.source, path, [[paragraph, [...path, 'paragraph']]])
      if (quote.source.part === 'heading') documents.checkHeading(document, paragraph, [...path, 'part'])
    }
  })

  if (dataset.narratives) collectIds('narratives', dataset.narratives, problems)
  dataset.narratives?.forEach((narrative, index) => {
    narrative.steps.forEach((step, stepIndex) => {
      const path = ['narratives', index, 'steps', stepIndex]
      if (!eventIds.has(step.event)) {
        problems.push({
          path: [...path, 'event'],
          expected: { code: 'idIn', list: 'events' },
          found: step.event,
        })
      }
      if (step.source) {
        const at = [...path, 'source']
        documents.cite(step.source, at, [[step.source.paragraph, [...at, 'paragraph']]])
      }
      if (step.source && step.text === undefined) {
        problems.push({
          path: [...path, 'text'],
          expected: { code: 'stepText' },
          found: undefined,
        })
      }
    })
  })
  return problems
}

// An event names a few actors: comparing each pair is cheaper than a Set per event (100,000 of them in
// a large dataset).
function hasRepeats(values: readonly string[]): boolean {
  if (values.length > 16) return new Set(values).size !== values.length
  for (let i = 1; i < values.length; i += 1) {
    for (let j = 0; j < i; j += 1) if (values[i] === values[j]) return true
  }
  return false
}

/** The ids of a list, each mapped to where it first appears. */
function collectIds(list: string, items: Identified[], problems: ReferenceProblem[]): Map<string, number> {
  const seen = new Map<string, number>()
  items.forEach((item, index) => {
    const first = seen.get(item.id)
    if (first === undefined) {
      seen.set(item.id, index)
    } else {
      problems.push({
        path: [list, index, 'id'],
        expected: { code: 'newId', list, first: `${list}[${first}]` },
        found: item.id,
      })
    }
  })
  return seen
}
