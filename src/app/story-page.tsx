import { useQuery } from '@tanstack/react-query'
import { DatasetErrors } from '../components/dataset-errors'
import { LoadingState } from '../components/loading-state'
import { storyQueryOptions } from '../dataset/dataset-query'
import { Dashboard } from './dashboard'

export function StoryPage({ datasetUrl }: { datasetUrl: string }) {
  const story = useQuery(storyQueryOptions(datasetUrl))

  if (story.isPending) {
    return (
      <main className="page">
        <LoadingState label="Loading the story…" />
      </main>
    )
  }
  if (story.isError) {
    return (
      <main className="page">
        <h1 className="page-title">Story Timeline</h1>
        <DatasetErrors error={story.error} />
      </main>
    )
  }
  return <Dashboard story={story.data} />
}
