import { sortedByName } from '../../lib/compare-names'
import type { Facet, FacetPanel, FacetVocabulary, NamedValue } from '../../state/facets/facet'
import { FACETS, type FacetKey } from '../../state/facets/facet-table'

/** A facet as the panel lists it: its values in one list, or in lists under headings (actors by kind). */
export type PanelFacet = {
  facet: Facet<FacetKey>
  panel: FacetPanel
  /** None: the story has no value of it. */
  lists: ReadonlyArray<{ heading: string | null; values: readonly NamedValue[] }>
}

/** The facets the panel offers (see state/facets/facet-table.ts), with their values. */
export function panelFacets(story: FacetVocabulary): PanelFacet[] {
  const offered = FACETS.flatMap((facet) => {
    const { panel } = facet
    if (!panel) return []
    const values = facet.values(story)
    const inOrder = (list: readonly NamedValue[]) =>
      panel.order === 'by-name' ? sortedByName(list, (value) => value.name) : list
    // Values of no group (an engine's actors: it holds no kinds) are listed first, under no heading.
    // A group with no value is left out: an engine's actors are then one list, under the facet's
    // legend once (with the empty kinds kept, the panel drew the legend twice, around and in it).
    const ungrouped = values.filter((value) => value.group === undefined)
    const grouped = (groups: NonNullable<FacetPanel['groups']>) =>
      [
        { heading: null, values: inOrder(ungrouped) },
        ...groups.map(({ group, heading }) => ({
          heading,
          values: inOrder(values.filter((value) => value.group === group)),
        })),
      ].filter((list) => list.values.length > 0)
    const lists =
      values.length === 0
        ? []
        : panel.groups
          ? grouped(panel.groups)
          : [{ heading: null, values: inOrder(values) }]
    return [{ facet, panel, lists }]
  })
  return offered.sort((a, b) => a.panel.rank - b.panel.rank)
}
