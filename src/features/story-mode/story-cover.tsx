import { localDateLabel } from '../../components/local-date-label'
import { narrativeTitle } from '../../components/narrative-title'
import type { StoryNarrative } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'

const messages = defineMessages({
  appName: { id: 'storyMode.coverAppName', defaultMessage: 'Story Timeline · story mode' },
  source: { id: 'storyMode.source', defaultMessage: 'Source: <t>{title}</t>' },
  published: { id: 'storyMode.published', defaultMessage: ', published <d>{date}</d>' },
  steps: { id: 'storyMode.steps', defaultMessage: '{count, plural, one {# step} other {# steps}}' },
  inTimeOrder: {
    id: 'storyMode.noNarrative',
    defaultMessage: 'this story has no narrative of its own: its events, in time order',
  },
  start: { id: 'storyMode.start', defaultMessage: 'Start' },
  others: { id: 'storyMode.others', defaultMessage: 'Other narratives' },
  walkThrough: { id: 'storyMode.walkThrough', defaultMessage: 'Or walk through' },
  otherSteps: {
    id: 'storyMode.otherSteps',
    defaultMessage: '({count, plural, one {# step} other {# steps}})',
  },
})

/**
 * A narrative's cover: the story's title, standfirst and source, what the walk is, and Start; where a
 * story has several narratives, each can be chosen.
 */
export function StoryCover(props: {
  story: Story
  narrative: StoryNarrative
  narratives: readonly StoryNarrative[]
  onStart: () => void
  onChoose: (id: string) => void
}) {
  const t = useT()
  const { story, narrative, narratives, onStart, onChoose } = props
  const { dataset, published } = story
  const steps = narrative.steps.length
  return (
    <article className="story-cover" aria-labelledby="story-cover-title">
      <p className="app-name">{t(messages.appName)}</p>
      <h2 id="story-cover-title" className="story-cover-title" dir="auto">
        {dataset.title}
      </h2>
      {dataset.source.standfirst && (
        <p className="story-cover-standfirst" dir="auto">
          {dataset.source.standfirst}
        </p>
      )}
      {dataset.description && !dataset.source.standfirst && (
        <p className="story-cover-standfirst" dir="auto">
          {dataset.description}
        </p>
      )}
      <p className="story-source">
        {richText(messages.source, { title: dataset.source.title, t: (chunks) => <bdi>{chunks}</bdi> })}
        {published &&
          richText(messages.published, {
            date: localDateLabel(published),
            d: (chunks) => <time dateTime={dataset.source.published}>{chunks}</time>,
          })}
      </p>
      <div className="story-cover-walk">
        <h3 dir="auto">{narrativeTitle(narrative)}</h3>
        {narrative.description && <p dir="auto">{narrative.description}</p>}
        <p className="panel-meta">
          {t(messages.steps, { count: steps })}
          {narrative.inTimeOrder && ` · ${t(messages.inTimeOrder)}`}
        </p>
        <button type="button" className="primary-button story-start" onClick={onStart}>
          {t(messages.start)} <span aria-hidden="true">›</span>
        </button>
      </div>
      {narratives.length > 1 && (
        <nav className="story-cover-others" aria-label={t(messages.others)}>
          <h3>{t(messages.walkThrough)}</h3>
          <ul>
            {narratives
              .filter((other) => other.id !== narrative.id)
              .map((other) => (
                <li key={other.id}>
                  <button type="button" className="link-button" onClick={() => onChoose(other.id)}>
                    <bdi>{narrativeTitle(other)}</bdi>
                  </button>{' '}
                  <span className="panel-meta">{t(messages.otherSteps, { count: other.steps.length })}</span>
                </li>
              ))}
          </ul>
        </nav>
      )}
    </article>
  )
}
