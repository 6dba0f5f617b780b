import { SourceLinkItems } from '../../components/source-links'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { formatNumber } from '../../lib/format-count'
import { hostOf } from '../../lib/host-of'

const PRECISION_WORDS = {
  exact: 'at this place',
  near: 'near this place',
  region: 'somewhere in this area',
  country: 'somewhere in this country',
} as const

/**
 * What story-timeline/2 adds to an event, as rows of the details' fact list: its categories (each
 * filters), place, numbers, sources and media. Links are the dataset's http(s) addresses (checked when
 * it loaded), opened apart from the page.
 */
export function EventExtras({
  story,
  event,
  onFilterBy,
}: {
  story: Story
  event: IndexedEvent
  onFilterBy: (facet: 'category', id: string) => void
}) {
  const { place, numbers, sources, media } = event
  const categories = (event.categories ?? []).flatMap((id) => story.categoriesById.get(id) ?? [])
  return (
    <>
      {categories.length > 0 && (
        <>
          <dt>Categories</dt>
          <dd>
            <ul className="chip-list">
              {categories.map((category) => (
                <li key={category.id}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => onFilterBy('category', category.id)}
                    title={`Show only events filed under ${category.name}`}
                  >
                    <bdi>{category.name}</bdi>
                  </button>
                </li>
              ))}
            </ul>
          </dd>
        </>
      )}
      {place && (
        <>
          <dt>Place</dt>
          <dd>
            <bdi>{[place.name, ...[...(place.admin ?? [])].reverse()].filter(Boolean).join(', ')}</bdi>
            {place.latitude !== undefined && place.longitude !== undefined && (
              <span className="details-coordinates">
                {' '}
                ({formatDegrees(place.latitude, 'N', 'S')}, {formatDegrees(place.longitude, 'E', 'W')}
                {place.precision ? `; ${PRECISION_WORDS[place.precision]}` : ''})
              </span>
            )}
          </dd>
        </>
      )}
      {numbers?.map((number) => (
        <NumberFact key={number.name} name={number.name} value={number.value} />
      ))}
      {sources && sources.length > 0 && (
        <>
          <dt>Sources</dt>
          <dd>
            <ul className="details-links">
              <SourceLinkItems sources={sources} />
            </ul>
          </dd>
        </>
      )}
      {media && (
        <>
          <dt>Media</dt>
          <dd>
            <a href={media.url} target="_blank" rel="noopener noreferrer">
              <bdi>{media.caption ?? hostOf(media.url)}</bdi>
            </a>
            {media.credit && (
              <span className="chip-note">
                {' · '}
                <bdi>{media.credit}</bdi>
              </span>
            )}
          </dd>
        </>
      )}
    </>
  )
}

function NumberFact({ name, value }: { name: string; value: number }) {
  return (
    <>
      <dt className="details-number-name">
        <bdi>{name.charAt(0).toUpperCase() + name.slice(1)}</bdi>
      </dt>
      <dd>{formatNumber(value)}</dd>
    </>
  )
}

function formatDegrees(value: number, positive: string, negative: string): string {
  return `${formatNumber(Math.abs(value))}° ${value < 0 ? negative : positive}`
}
