import type { StoryEvent } from '../dataset/format/schema'
import { hostOf } from '../lib/host-of'

/**
 * An event's sources as list items: a link (http or https, checked when the dataset loaded) that opens
 * apart from the page, named by its outlet or its site; an outlet with no address as text.
 */
export function SourceLinkItems({ sources }: { sources: NonNullable<StoryEvent['sources']> }) {
  return sources.map((source, index) => (
    // Sources have no id; their order is the dataset's and never changes.
    // biome-ignore lint/suspicious/noArrayIndexKey: a fixed list, never reordered
    <li key={index}>
      {source.url ? (
        <a href={source.url} target="_blank" rel="noopener noreferrer">
          <bdi>{source.outlet ?? hostOf(source.url)}</bdi>
        </a>
      ) : (
        <bdi>{source.outlet}</bdi>
      )}
    </li>
  ))
}
