import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useMemo, useRef, useState } from 'react'
import { storyAddress } from '../dataset/load/dataset-link'
import { storyQueryOptions } from '../dataset/load/story-query'
import type { Story } from '../dataset/story-index'
import { type FileOpening, useOpenFiles } from '../features/data-io/use-open-files'
import { type EngineHeldStory, serviceHeldStory } from '../state/query/engine-held'
import { navigate, useLocationSearch } from '../state/url-store'

/** The files opened in this tab, by name, the latest few (a story may be large). */
const KEPT_FILES = 3

export type StorySource = {
  /** The story to show, when there is one. */
  story: Story | undefined
  isBuiltin: boolean
  /**
   * Why there is no story: still loading, stopped by the reader, failed, a file not opened here, or
   * held by an engine service (the page holds none).
   */
  status: 'shown' | 'loading' | 'stopped' | 'failed' | 'file-not-here' | 'engine-held'
  /** The story an engine holds (`?engine=` with no dataset), or null: the page holds it, or none. */
  engineHeld: EngineHeldStory | null
  failure: Error | null
  /** Whether the failure is the load's (worth trying again), not the link's. */
  canRetry: boolean
  /** The name of the file the address names (`?file=`), if it does. */
  fileName: string | null
  opening: FileOpening
  cancel: () => void
  retry: () => void
  openBuiltin: () => void
  /** Declines the file that is open: shows the story that was open before it, and forgets the file. */
  declineFile: () => void
}

/**
 * Which story is open, as the address says: `?file=name` a file opened in this tab, else `?data=` a
 * linked dataset, else the built-in story. Opening a file adds a history step to `?file=name`, so Back
 * returns to the story before it and Forward to the file again: what is shown always follows the URL.
 * A file that fails to open leaves the open story as it was; of two openings only the latest counts.
 */
export function useStorySource(datasetUrl: string): StorySource {
  const search = useLocationSearch()
  const address = storyAddress(search, window.location.href, datasetUrl)
  const fileName = address.kind === 'file' ? address.name : null
  const endpoint = address.kind === 'engine' ? address.endpoint : null
  const engineHeld = useMemo(() => (endpoint === null ? null : serviceHeldStory(endpoint)), [endpoint])
  const [files, setFiles] = useState<ReadonlyMap<string, Story>>(new Map())
  // The address each file was opened from: declining the file returns there.
  const openedFrom = useRef(new Map<string, string>())
  const [stopped, setStopped] = useState(false)
  const queryClient = useQueryClient()
  const url = address.kind === 'link' || address.kind === 'builtin' ? address.url : datasetUrl
  const options = useMemo(() => storyQueryOptions(url), [url])
  const query = useQuery({
    ...options,
    enabled: (address.kind === 'link' || address.kind === 'builtin') && !stopped,
  })

  const opening = useOpenFiles(
    useCallback(
      (story: Story, name: string) => {
        setFiles((before) => {
          const next = new Map([...before].filter(([kept]) => kept !== name).slice(1 - KEPT_FILES))
          return next.set(name, story)
        })
        // A linked dataset still loading is not wanted any more: its worker stops.
        void queryClient.cancelQueries({ queryKey: ['story'] })
        openedFrom.current.set(name, window.location.search)
        // A new story starts from its own default view.
        navigate(`?${new URLSearchParams({ file: name })}`, 'push')
      },
      [queryClient],
    ),
  )
  const { dismiss } = opening
  const openBuiltin = useCallback(() => {
    dismiss()
    setStopped(false)
    navigate('', 'push')
  }, [dismiss])
  const declineFile = useCallback(() => {
    const name = new URLSearchParams(window.location.search).get('file')
    if (name === null) return
    setFiles((before) => new Map([...before].filter(([kept]) => kept !== name)))
    navigate(openedFrom.current.get(name) ?? '', 'push')
  }, [])
  const { queryKey } = options
  const cancel = useCallback(() => {
    setStopped(true)
    void queryClient.cancelQueries({ queryKey })
  }, [queryClient, queryKey])
  const retry = useCallback(() => {
    setStopped(false)
    void queryClient.resetQueries({ queryKey })
  }, [queryClient, queryKey])

  const fromFile = fileName === null ? undefined : files.get(fileName)
  const story =
    fileName !== null
      ? fromFile
      : address.kind === 'bad-link' || address.kind === 'engine'
        ? undefined
        : query.data
  const failure =
    address.kind === 'bad-link' ? new Error(address.message) : query.isError ? query.error : null
  const status = story
    ? 'shown'
    : address.kind === 'engine'
      ? 'engine-held'
      : fileName !== null
        ? 'file-not-here'
        : failure
          ? 'failed'
          : stopped
            ? 'stopped'
            : 'loading'
  return {
    story,
    isBuiltin: address.kind === 'builtin',
    engineHeld,
    status,
    failure,
    canRetry: query.isError,
    fileName,
    opening,
    cancel,
    retry,
    openBuiltin,
    declineFile,
  }
}
