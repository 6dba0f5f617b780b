import { useDateLabel } from '../../components/use-date-label'
import { separators } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'
import type { StoryFacts } from '../../state/shown-story'

const messages = defineMessages({
  appName: { id: 'app.name', defaultMessage: 'Story Timeline' },
  source: { id: 'story.source', defaultMessage: 'Source:' },
  published: { id: 'story.published', defaultMessage: 'published {date}' },
  paragraphs: {
    id: 'story.paragraphs',
    defaultMessage: '{count, plural, one {# paragraph} other {# paragraphs}}',
  },
})

export function StoryHeader({ story }: { story: StoryFacts }) {
  const t = useT()
  const dateLabel = useDateLabel()
  const { dataset, published } = story
  return (
    <header className="story-header">
      <p className="app-name">{t(messages.appName)}</p>
      <h1 className="story-title" dir="auto">
        {dataset.title}
      </h1>
      {dataset.description && (
        <p className="story-description" dir="auto">
          {dataset.description}
        </p>
      )}
      <p className="story-source">
        {t(messages.source)}{' '}
        {dataset.source.url ? (
          <a href={dataset.source.url}>
            <bdi>{dataset.source.title}</bdi>
          </a>
        ) : (
          <bdi>{dataset.source.title}</bdi>
        )}
        {published && (
          <>
            {separators().comma}
            {richText(messages.published, {
              date: <time dateTime={dataset.source.published}>{dateLabel(published)}</time>,
            })}
          </>
        )}
        {dataset.source.paragraphs !== undefined && (
          <> · {t(messages.paragraphs, { count: dataset.source.paragraphs })}</>
        )}
      </p>
    </header>
  )
}
