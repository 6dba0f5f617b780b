import type { Story } from '../../dataset/story-index'

export function StoryHeader({ story }: { story: Story }) {
  const { dataset, published } = story
  return (
    <header className="story-header">
      <p className="app-name">Story Timeline</p>
      <h1 className="story-title" dir="auto">
        {dataset.title}
      </h1>
      {dataset.description && (
        <p className="story-description" dir="auto">
          {dataset.description}
        </p>
      )}
      <p className="story-source">
        Source:{' '}
        {dataset.source.url ? (
          <a href={dataset.source.url}>
            <bdi>{dataset.source.title}</bdi>
          </a>
        ) : (
          <bdi>{dataset.source.title}</bdi>
        )}
        {published && (
          <>
            , published <time dateTime={dataset.source.published}>{published.label}</time>
          </>
        )}
        {dataset.source.paragraphs !== undefined && <> · {dataset.source.paragraphs} paragraphs</>}
      </p>
    </header>
  )
}
