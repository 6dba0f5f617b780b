import type { Story } from '../../dataset/story-index'
import { sortedByName } from '../../lib/compare-names'
import type { Facet, FacetPanel, NamedValue } from '../../state/facets/facet'
import { FACETS, type FacetKey } from '../../state/facets/facet-table'

/** A facet as the panel lists it: its values in one list, or in lists under headings (actors by kind). */
export type PanelFacet = {
  facet: Facet<FacetKey>
  panel: FacetPanel
  /** None: the story has no value of it. */
  lists: ReadonlyArray<{ heading: string | null; values: readonly NamedValue[] }>
}

/** The facets the panel offers (see state/facets/facet-table.ts), with their values. */
export function panelFacets(story: Story): PanelFacet[] {
  const offered = FACETS.flatMap((facet) => {
    const { panel } = facet
    if (!panel) return []
    const values = facet.values(story)
    const inOrder = (list: readonly NamedValue[]) =>
      panel.order === 'by-name' ? sortedByName(list, (value) => value.name) : list
    const grouped = (groups: NonNullable<FacetPanel['groups']>) =>
      groups.map(({ group, heading }) => ({
        heading,
        values: inOrder(values.filter((value) => value.group === group)),
      }))
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
