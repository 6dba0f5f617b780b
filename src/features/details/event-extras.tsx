import { SourceLinkItems } from '../../components/source-links'
import type { IndexedEvent, Story } from '../../dataset/story-index'
import { formatLocalNumber, t } from '../../i18n/i18n-store'
import { defineMessages, type MessageDescriptor } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { hostOf } from '../../lib/host-of'
import { PlaceLine } from './place-line'

const messages = defineMessages({
  exact: { id: 'details.place.exact', defaultMessage: 'at this place' },
  near: { id: 'details.place.near', defaultMessage: 'near this place' },
  region: { id: 'details.place.region', defaultMessage: 'somewhere in this area' },
  country: { id: 'details.place.country', defaultMessage: 'somewhere in this country' },
  categories: { id: 'facets.category.legend', defaultMessage: 'Categories' },
  onlyCategory: { id: 'details.onlyCategory', defaultMessage: 'Show only events filed under {name}' },
  place: { id: 'details.place', defaultMessage: 'Place' },
  sources: { id: 'details.sources', defaultMessage: 'Sources' },
  media: { id: 'details.media', defaultMessage: 'Media' },
  north: { id: 'geoArea.north', defaultMessage: '{degrees}°N' },
  south: { id: 'geoArea.south', defaultMessage: '{degrees}°S' },
  east: { id: 'geoArea.east', defaultMessage: '{degrees}°E' },
  west: { id: 'geoArea.west', defaultMessage: '{degrees}°W' },
})

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
  const t = useT()
  const { place, numbers, sources, media } = event
  const categories = (event.categories ?? []).flatMap((id) => story.categoriesById.get(id) ?? [])
  return (
    <>
      {categories.length > 0 && (
        <>
          <dt>{t(messages.categories)}</dt>
          <dd>
            <ul className="chip-list">
              {categories.map((category) => (
                <li key={category.id}>
                  <button
                    type="button"
                    className="chip"
                    onClick={() => onFilterBy('category', category.id)}
                    title={t(messages.onlyCategory, { name: category.name })}
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
          <dt>{t(messages.place)}</dt>
          <dd>
            <PlaceLine
              name={[place.name, ...[...(place.admin ?? [])].reverse()].filter(Boolean).join(', ')}
              coordinates={
                place.latitude !== undefined && place.longitude !== undefined
                  ? `${formatDegrees(place.latitude, messages.north, messages.south)}, ${formatDegrees(place.longitude, messages.east, messages.west)}${place.precision ? `; ${t(messages[place.precision])}` : ''}`
                  : null
              }
              className="details-coordinates"
            />
          </dd>
        </>
      )}
      {numbers?.map((number) => (
        <NumberFact key={number.name} name={number.name} value={number.value} />
      ))}
      {sources && sources.length > 0 && (
        <>
          <dt>{t(messages.sources)}</dt>
          <dd>
            <ul className="details-links">
              <SourceLinkItems sources={sources} />
            </ul>
          </dd>
        </>
      )}
      {media && (
        <>
          <dt>{t(messages.media)}</dt>
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
      <dd>{formatLocalNumber(value)}</dd>
    </>
  )
}

function formatDegrees(value: number, positive: MessageDescriptor, negative: MessageDescriptor): string {
  return t(value < 0 ? negative : positive, { degrees: formatLocalNumber(Math.abs(value)) })
}
