import { useQuery } from '@tanstack/react-query'
import { useCallback, useState } from 'react'
import { DatasetErrors } from '../components/dataset-errors'
import { LoadingState } from '../components/loading-state'
import { resolveDatasetLink } from '../dataset/load/dataset-link'
import { loadStory } from '../dataset/load/load-story'
import { storyQueryOptions } from '../dataset/load/story-query'
import type { Story } from '../dataset/story-index'
import { DropZone } from '../features/data-io/drop-zone'
import type { LoadState } from '../features/data-io/load-status'
import { OpenDatasetButton } from '../features/data-io/open-dataset-button'
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
  const [load, setLoad] = useState<LoadState>({ status: 'idle' })
  const query = useQuery({
    ...storyQueryOptions(link?.ok ? link.url : datasetUrl),
    enabled: opened === null && (link === null || link.ok),
  })

  const openFiles = useCallback(async (files: File[]) => {
    const name = files.map((file) => file.name).join(' + ')
    setLoad({ status: 'loading', name, progress: null })
    try {
      const story = await loadStory(
        files.map((file) => ({ name: file.name, content: file })),
        (progress) => setLoad({ status: 'loading', name, progress }),
      )
      setOpened({ story, name })
      setLoad({ status: 'idle' })
      // A new story starts from its own default view.
      navigate('', 'push')
    } catch (error) {
      setLoad({ status: 'failed', name, error: error instanceof Error ? error : new Error(String(error)) })
    }
  }, [])
  const openBuiltin = useCallback(() => {
    setOpened(null)
    setLoad({ status: 'idle' })
    navigate('', 'push')
  }, [])

  const story = opened?.story ?? (link?.ok === false ? undefined : query.data)
  if (story) {
    return (
      <>
        <DropZone onFiles={openFiles} />
        <Dashboard
          story={story}
          source={{
            isBuiltin: opened === null && link === null,
            load,
            onOpenFiles: openFiles,
            onOpenBuiltin: openBuiltin,
            onDismissLoad: () => setLoad({ status: 'idle' }),
          }}
        />
      </>
    )
  }

  const failure = link?.ok === false ? new Error(link.message) : query.isError ? query.error : null
  return (
    <main className="page">
      <DropZone onFiles={openFiles} />
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
            <OpenDatasetButton onFiles={openFiles} disabled={load.status === 'loading'} />
          </div>
        </>
      ) : (
        <LoadingState label="Loading the story…" />
      )}
    </main>
  )
}
