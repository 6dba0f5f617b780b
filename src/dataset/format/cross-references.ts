type Identified = { id: string }
type DatasetShape = {
  source: { paragraphs?: number | undefined; text?: string | undefined; sha256?: string | undefined }
  actors: Identified[]
  categories?: Identified[] | undefined
  events: Array<
    Identified & {
      actors: string[]
      source?: { paragraphs: number[] } | undefined
      categories?: string[] | undefined
      actorRoles?: Array<{ actor: string }> | undefined
      numbers?: Array<{ name: string }> | undefined
    }
  >
  quotes: Array<Identified & { speaker: string; event: string; source?: { paragraph: number } | undefined }>
  narratives?:
    | Array<
        Identified & {
          steps: Array<{
            event: string
            text?: string | undefined
            source?: { paragraph: number } | undefined
          }>
        }
      >
    | undefined
}

export type ReferenceProblem = { path: Array<string | number>; expected: string; found: unknown }

/**
 * What a schema of shapes cannot see: ids unique within their list, every reference resolving, and
 * paragraph numbers inside the source. Runs only on a dataset whose shape is already valid.
 */
export function findReferenceProblems(dataset: DatasetShape): ReferenceProblem[] {
  const problems: ReferenceProblem[] = []
  const actorIds = collectIds('actors', dataset.actors, problems)
  const eventIds = collectIds('events', dataset.events, problems)
  collectIds('quotes', dataset.quotes, problems)
  const categoryIds = dataset.categories ? collectIds('categories', dataset.categories, problems) : new Map()
  const paragraphCount = dataset.source.paragraphs
  if (dataset.source.text !== undefined && dataset.source.sha256 === undefined) {
    problems.push({
      path: ['source', 'sha256'],
      expected: 'the SHA-256 of the source text given in "text" (a text is shown only once checked)',
      found: 'no sha256',
    })
  }

  const checkParagraph = (path: Array<string | number>, paragraph: number) => {
    if (paragraphCount !== undefined && paragraph > paragraphCount) {
      problems.push({ path, expected: `a paragraph number from 1 to ${paragraphCount}`, found: paragraph })
    }
  }

  dataset.events.forEach((event, index) => {
    event.actors.forEach((actorId, actorIndex) => {
      if (!actorIds.has(actorId)) {
        problems.push({
          path: ['events', index, 'actors', actorIndex],
          expected: 'the id of an actor in "actors"',
          found: actorId,
        })
      }
    })
    if (hasRepeats(event.actors)) {
      problems.push({ path: ['events', index, 'actors'], expected: 'each actor once', found: event.actors })
    }
    event.categories?.forEach((categoryId, categoryIndex) => {
      if (!categoryIds.has(categoryId)) {
        problems.push({
          path: ['events', index, 'categories', categoryIndex],
          expected: 'the id of a category in "categories"',
          found: categoryId,
        })
      }
    })
    if (event.categories && hasRepeats(event.categories)) {
      problems.push({
        path: ['events', index, 'categories'],
        expected: 'each category once',
        found: event.categories,
      })
    }
    event.actorRoles?.forEach((role, roleIndex) => {
      if (!event.actors.includes(role.actor)) {
        problems.push({
          path: ['events', index, 'actorRoles', roleIndex, 'actor'],
          expected: 'the id of one of the event’s own actors',
          found: role.actor,
        })
      }
    })
    const numberNames = event.numbers?.map((number) => number.name) ?? []
    const repeated = numberNames.find((name, at) => numberNames.indexOf(name) !== at)
    if (repeated !== undefined) {
      problems.push({
        path: ['events', index, 'numbers'],
        expected: 'each number’s name once (a name given twice)',
        found: repeated,
      })
    }
    event.source?.paragraphs.forEach((paragraph, paragraphIndex) => {
      checkParagraph(['events', index, 'source', 'paragraphs', paragraphIndex], paragraph)
    })
  })

  dataset.quotes.forEach((quote, index) => {
    if (!actorIds.has(quote.speaker)) {
      problems.push({
        path: ['quotes', index, 'speaker'],
        expected: 'the id of an actor in "actors"',
        found: quote.speaker,
      })
    }
    if (!eventIds.has(quote.event)) {
      problems.push({
        path: ['quotes', index, 'event'],
        expected: 'the id of an event in "events"',
        found: quote.event,
      })
    }
    if (quote.source) checkParagraph(['quotes', index, 'source', 'paragraph'], quote.source.paragraph)
  })

  if (dataset.narratives) collectIds('narratives', dataset.narratives, problems)
  dataset.narratives?.forEach((narrative, index) => {
    narrative.steps.forEach((step, stepIndex) => {
      const path = ['narratives', index, 'steps', stepIndex]
      if (!eventIds.has(step.event)) {
        problems.push({
          path: [...path, 'event'],
          expected: 'the id of an event in "events"',
          found: step.event,
        })
      }
      if (step.source) checkParagraph([...path, 'source', 'paragraph'], step.source.paragraph)
      if (step.source && step.text === undefined) {
        problems.push({
          path: [...path, 'text'],
          expected: 'the excerpt of the paragraph the step names (a "source" needs a "text")',
          found: 'no text',
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
        expected: `an id not used before in "${list}" (already used by ${list}[${first}])`,
        found: item.id,
      })
    }
  })
  return seen
}
