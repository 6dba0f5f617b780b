import type { Feature, Geometry } from 'geojson'
import { feature } from 'topojson-client'
import type { GeometryCollection, Topology } from 'topojson-specification'
import world from 'world-atlas/countries-110m.json'
import { countryCodeOfNumeric } from '../../dataset/format/numeric-country-codes'

/** A country's outline, with its ISO alpha-2 code where it has one (Kosovo, N. Cyprus have none). */
export type CountryShape = { code: string | null; name: string; outline: Feature<Geometry> }

/*
 * The world's countries, from Natural Earth's 1:110m admin-0 boundaries as world-atlas bundles them
 * (public domain; borders as Natural Earth draws them, disputed ones included). Bundled with the map's
 * code: no tile server, nothing fetched, so the map works offline and under the page's CSP. The map's
 * legend credits them (map.credit, in the reader's language).
 */

let shapes: CountryShape[] | null = null

export function worldShapes(): CountryShape[] {
  if (shapes) return shapes
  const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>
  const collection = feature(topology, topology.objects.countries)
  shapes = collection.features.map((outline) => ({
    // world-atlas names each country by its ISO 3166-1 numeric code ("408" for North Korea).
    code: typeof outline.id === 'string' ? countryCodeOfNumeric(outline.id) : null,
    name: outline.properties?.name ?? '',
    outline,
  }))
  return shapes
}
