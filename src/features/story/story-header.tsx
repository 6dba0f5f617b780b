import type { Story } from '../../dataset/story-index'

export function StoryHeader({ story }: { story: Story }) {
  const { dataset, published } = story
  return (
    <header className="story-header">
      <p className="app-name">Story Timeline</p>
      <h1 className="story-title">{dataset.title}</h1>
      {dataset.description && <p className="story-description">{dataset.description}</p>}
      <p className="story-source">
        Source:{' '}
        {dataset.source.url ? <a href={dataset.source.url}>{dataset.source.title}</a> : dataset.source.title}
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
