import type { IndexedEvent, Story } from '../dataset/story-index'
import { byFacet, type FacetKey } from './facets/facet-table'

/**
 * Sets of events as bits: bit i stands for story.events[i] (time order). Combining filters is then a
 * pass over n/32 words instead of a test of every event. At 100,000 events a set is 12.5 kB.
 */
export type EventBits = Uint32Array

/**
 * The events of each facet's values (see facets/facet-table.ts), as ascending positions. Most actors of
 * a large story have a few events each (2,000 actors over 100,000 events): lists are far smaller than a
 * bit set per actor, and a facet count is a walk over the list.
 */
export type FacetBits = {
  count: number
  all: EventBits
  byFacet: Readonly<Record<FacetKey, ReadonlyMap<string, Int32Array>>>
}

const built = new WeakMap<Story, FacetBits>()

/** The story's facet sets, built on first use (one pass over the events) and kept with the story. */
export function facetBits(story: Story): FacetBits {
  let bits = built.get(story)
  if (!bits) {
    bits = buildFacetBits(story)
    built.set(story, bits)
  }
  return bits
}

function buildFacetBits(story: Story): FacetBits {
  const count = story.events.length
  const words = wordsFor(count)
  // One pass over the events per facet, its values read by index (within bounds): measured as fast as
  // the pass written out for each facet that it replaces (docs/decisions/facets-as-data.md).
  const lists = byFacet((facet) => {
    const positions = new Map<string, number[]>()
    const { valuesOf } = facet
    for (let index = 0; index < count; index += 1) {
      const values = valuesOf(story.events[index] as IndexedEvent)
      for (let at = 0; at < values.length; at += 1) pushTo(positions, values[at] as string, index)
    }
    return packed(positions)
  })
  const all = new Uint32Array(words).fill(0xffffffff)
  // The last word holds only the events there are.
  if (count % 32 !== 0) all[words - 1] = 2 ** (count % 32) - 1
  return { count, all, byFacet: lists }
}

function pushTo(lists: Map<string, number[]>, key: string, index: number): void {
  const list = lists.get(key)
  if (list) list.push(index)
  else lists.set(key, [index])
}

function packed(lists: Map<string, number[]>): Map<string, Int32Array> {
  return new Map([...lists].map(([key, list]) => [key, Int32Array.from(list)]))
}

export function wordsFor(count: number): number {
  return Math.ceil(count / 32)
}

export function setBit(bits: EventBits, index: number): void {
  bits[index >>> 5] = (bits[index >>> 5] as number) | (1 << (index & 31))
}

/** The set of the events in any of these lists (no lists: no events). */
export function union(lists: readonly (Int32Array | undefined)[], words: number): EventBits {
  const out = new Uint32Array(words)
  for (const list of lists) {
    if (!list) continue
    for (let at = 0; at < list.length; at += 1) setBit(out, list[at] as number)
  }
  return out
}

/** The intersection of sets, in a new set. */
export function intersect(first: EventBits, ...others: EventBits[]): EventBits {
  const out = first.slice()
  for (const set of others) {
    for (let word = 0; word < out.length; word += 1) out[word] = (out[word] as number) & (set[word] as number)
  }
  return out
}

/** The events of `bits` that are not in `without`. */
export function difference(bits: EventBits, without: EventBits): EventBits {
  const result = new Uint32Array(bits.length)
  for (let word = 0; word < bits.length; word++) result[word] = (bits[word] ?? 0) & ~(without[word] ?? 0)
  return result
}

/** How many of the listed events are in the set. */
export function countIn(list: Int32Array, bits: EventBits): number {
  let total = 0
  // Indexed, not for-of: the first filter often runs this before the engine has optimised it, and an
  // iterator over a typed array is slow in the interpreter (see docs/decisions/drawing-at-scale.md).
  for (let at = 0; at < list.length; at += 1) {
    const index = list[at] as number
    total += ((bits[index >>> 5] as number) >>> (index & 31)) & 1
  }
  return total
}

/** The positions of the set's events, in order. */
export function positions(bits: EventBits): number[] {
  const out: number[] = []
  for (let word = 0; word < bits.length; word += 1) {
    let value = bits[word] as number
    while (value !== 0) {
      const low = value & -value
      out.push(word * 32 + 31 - Math.clz32(low))
      value ^= low
    }
  }
  return out
}
