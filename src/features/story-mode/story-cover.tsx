import type { StoryNarrative } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { formatCount } from '../../lib/format-count'

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
  const { story, narrative, narratives, onStart, onChoose } = props
  const { dataset, published } = story
  const steps = narrative.steps.length
  return (
    <article className="story-cover" aria-labelledby="story-cover-title">
      <p className="app-name">Story Timeline · story mode</p>
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
        Source: <bdi>{dataset.source.title}</bdi>
        {published && (
          <>
            , published <time dateTime={dataset.source.published}>{published.label}</time>
          </>
        )}
      </p>
      <div className="story-cover-walk">
        <h3 dir="auto">{narrative.title}</h3>
        {narrative.description && <p dir="auto">{narrative.description}</p>}
        <p className="panel-meta">
          {formatCount(steps)} {steps === 1 ? 'step' : 'steps'}
          {narrative.inTimeOrder && ' · this story has no narrative of its own: its events, in time order'}
        </p>
        <button type="button" className="primary-button story-start" onClick={onStart}>
          Start <span aria-hidden="true">›</span>
        </button>
      </div>
      {narratives.length > 1 && (
        <nav className="story-cover-others" aria-label="Other narratives">
          <h3>Or walk through</h3>
          <ul>
            {narratives
              .filter((other) => other.id !== narrative.id)
              .map((other) => (
                <li key={other.id}>
                  <button type="button" className="link-button" onClick={() => onChoose(other.id)}>
                    <bdi>{other.title}</bdi>
                  </button>{' '}
                  <span className="panel-meta">({formatCount(other.steps.length)} steps)</span>
                </li>
              ))}
          </ul>
        </nav>
      )}
    </article>
  )
}
