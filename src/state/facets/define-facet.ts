import type { Facet } from './facet'

/** A facet's entry, its key and lane keys kept as literal types (FacetKey and LaneKey come from them). */
export const defineFacet = <const Key extends string, const Lane extends string>(
  facet: Facet<Key, Lane>,
): Facet<Key, Lane> => facet
