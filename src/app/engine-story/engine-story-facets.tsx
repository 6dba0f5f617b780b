import type { AnswerOf } from '../../dataset/query/answers'
import type { QueryFacet } from '../../dataset/query/query-facets'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { isolated } from './isolate'

const messages = defineMessages({
  heading: { id: 'engineStory.filters', defaultMessage: 'Filters' },
  country: { id: 'engineStory.byCountry', defaultMessage: 'Countries' },
  category: { id: 'engineStory.byCategory', defaultMessage: 'Categories' },
  value: { id: 'engineStory.valueCount', defaultMessage: '{value} ({count, number})' },
  clear: { id: 'engineStory.clear', defaultMessage: 'Clear filters' },
})

/** The facets this page filters by: what every ACLED-shaped story has. */
export const PAGE_FACETS = ['country', 'category'] as const satisfies readonly QueryFacet[]
export type PageFacet = (typeof PAGE_FACETS)[number]
export type PageChoice = Readonly<Record<PageFacet, readonly string[]>>

/**
 * The busiest values of each facet with their events, as the engine counted them (each facet among
 * the events the other's choice lets through): choosing one narrows the list. Values are the
 * engine's ids and codes (it holds no names for them).
 */
export function EngineStoryFacets({
  counts,
  chosen,
  onToggle,
  onClear,
}: {
  counts: AnswerOf<'facet-counts'> | undefined
  chosen: PageChoice
  onToggle: (facet: PageFacet, value: string) => void
  onClear: () => void
}) {
  const t = useT()
  const anyChosen = PAGE_FACETS.some((facet) => chosen[facet].length > 0)
  return (
    <section className="engine-story-facets" aria-labelledby="engine-story-filters">
      <h2 id="engine-story-filters">{t(messages.heading)}</h2>
      {PAGE_FACETS.map((facet) => {
        const rows = counts?.rows.filter((row) => row.facet === facet) ?? []
        if (rows.length === 0) return null
        return (
          <fieldset key={facet}>
            <legend>{t(messages[facet])}</legend>
            {rows.map((row) => (
              <button
                key={row.value}
                type="button"
                className="engine-story-value"
                aria-pressed={chosen[facet].includes(row.value)}
                onClick={() => onToggle(facet, row.value)}
              >
                {t(messages.value, { value: isolated(row.value), count: row.count })}
              </button>
            ))}
          </fieldset>
        )
      })}
      {anyChosen && (
        <button type="button" className="link-button" onClick={onClear}>
          {t(messages.clear)}
        </button>
      )}
    </section>
  )
}
