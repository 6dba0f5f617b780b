import { formatCount } from '../../lib/format-count'
import { type CountClass, shadeOf } from './count-scale'
import type { CountryShape } from './world-shapes'

/** The shade of a country with no matching events. */
export const NO_EVENTS = '#eceff3'

/**
 * The countries, each shaded by its number of events, outlined when its filter is chosen, and named
 * with its count for the pointer (the list of countries says the same to the keyboard).
 */
export function CountryShapes(props: {
  outlines: ReadonlyArray<CountryShape & { d: string }>
  counts: ReadonlyMap<string, number>
  classes: readonly CountClass[]
  chosen: readonly string[]
}) {
  const { outlines, counts, classes, chosen } = props
  return outlines.map((shape, index) => {
    const count = shape.code ? (counts.get(shape.code) ?? 0) : 0
    const isChosen = shape.code !== null && chosen.includes(shape.code)
    return (
      <path
        // biome-ignore lint/suspicious/noArrayIndexKey: the world's shapes never change order
        key={index}
        d={shape.d}
        data-code={shape.code ?? undefined}
        className={isChosen ? 'map-country chosen' : 'map-country'}
        fill={shadeOf(count, classes) ?? NO_EVENTS}
      >
        <title>
          {shape.name}: {formatCount(count)} {count === 1 ? 'event' : 'events'}
        </title>
      </path>
    )
  })
}
