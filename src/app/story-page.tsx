import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { DatasetErrors } from '../components/dataset-errors'
import { LoadingState } from '../components/loading-state'
import { resolveDatasetLink } from '../dataset/load/dataset-link'
import { storyQueryOptions } from '../dataset/load/story-query'
import type { Story } from '../dataset/story-index'
import { DropZone } from '../features/data-io/drop-zone'
import { OpenDatasetButton } from '../features/data-io/open-dataset-button'
import { useOpenFiles } from '../features/data-io/use-open-files'
import { navigate, useLocationSearch } from '../state/url-store'
import { Dashboard } from './dashboard'

/**
 * Which story is open: one the reader opened from a file, else the one a `?data=` link names, else
 * the built-in one. A file that fails to open leaves the open story as it was.
 */
export function StoryPage({ datasetUrl }: { datasetUrl: string }) {
  const search = useLocationSearch()
  const dataParam = new URLSearchParams(search).get('data')
  const link = dataParam === null ? null : resolveDatasetLink(dataParam, window.location.href)
  const [opened, setOpened] = useState<{ story: Story; name: string } | null>(null)
  const query = useQuery({
    ...storyQueryOptions(link?.ok ? link.url : datasetUrl),
    enabled: opened === null && (link === null || link.ok),
  })
  const opening = useOpenFiles(
    useCallback((story: Story, name: string) => {
      setOpened({ story, name })
      // A new story starts from its own default view.
      navigate('', 'push')
    }, []),
  )
  const { dismiss } = opening
  const openBuiltin = useCallback(() => {
    setOpened(null)
    dismiss()
    navigate('', 'push')
  }, [dismiss])

  const story = opened?.story ?? (link?.ok === false ? undefined : query.data)
  if (story) {
    return (
      <>
        <DropZone onFiles={opening.open} />
        <Dashboard
          story={story}
          source={{ isBuiltin: opened === null && link === null, opening, onOpenBuiltin: openBuiltin }}
        />
      </>
    )
  }

  const failure = link?.ok === false ? new Error(link.message) : query.isError ? query.error : null
  return (
    <main className="page">
      <DropZone onFiles={opening.open} />
      <h1 className="page-title">Story Timeline</h1>
      {failure ? (
        <>
          <DatasetErrors error={failure} />
          <div className="button-row start">
            {link !== null && (
              <button type="button" className="primary-button" onClick={openBuiltin}>
                Open the built-in story
              </button>
            )}
            <OpenDatasetButton onFiles={opening.open} disabled={opening.pending} />
          </div>
        </>
      ) : (
        <LoadingState label="Loading the story…" />
      )}
    </main>
  )
}
