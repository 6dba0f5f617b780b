import { useQuery, useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { isParquetLink, storyAddress } from '../dataset/load/dataset-link'
import type { EngineProgress } from '../dataset/load/engine/open-in-engine'
import { storyQueryOptions } from '../dataset/load/story-query'
import type { Story } from '../dataset/story-index'
import { loadOpenInEngine } from '../features/data-io/engine-routing'
import { type FileOpening, type OpenedFile, useOpenFiles } from '../features/data-io/use-open-files'
import { type EngineHeldStory, pageHeldStory, serviceHeldStory } from '../state/query/engine-held'
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
  /**
   * The story an engine holds (a service's, `?engine=` with no dataset; or DuckDB-WASM's in this page,
   * over a large file opened here), or null: the page holds it, or none.
   */
  engineHeld: EngineHeldStory | null
  failure: Error | null
  /** Whether the failure is the load's (worth trying again), not the link's. */
  canRetry: boolean
  /** The name of the file the address names (`?file=`), if it does. */
  fileName: string | null
  opening: FileOpening
  /** A linked file opening in the engine in this page: its name and stage (as a picked file's), else null. */
  linkOpening: { name: string; progress: EngineProgress } | null
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
/** A file opened in this tab: its story, or the engine in this page that holds it (and its end). */
type KeptFile = { kind: 'story'; story: Story } | { kind: 'engine'; held: EngineHeldStory; close: () => void }

function keptFile(opened: OpenedFile, name: string): KeptFile {
  if (opened.kind === 'story') return opened
  const { answerer, close } = opened.opened
  return { kind: 'engine', held: pageHeldStory(name, answerer), close: () => void close().catch(() => {}) }
}

export function useStorySource(datasetUrl: string): StorySource {
  const search = useLocationSearch()
  const address = storyAddress(search, window.location.href, datasetUrl)
  const fileName = address.kind === 'file' ? address.name : null
  const endpoint = address.kind === 'engine' ? address.endpoint : null
  const serviceHeld = useMemo(() => (endpoint === null ? null : serviceHeldStory(endpoint)), [endpoint])
  const [files, setFiles] = useState<ReadonlyMap<string, KeptFile>>(new Map())
  // The engine in this page of the file it holds, by the file's name: at most one.
  const engines = useRef(new Map<string, () => void>())
  // A page that goes away ends its engine.
  useEffect(() => {
    const held = engines.current
    return () => {
      for (const close of held.values()) close()
      held.clear()
    }
  }, [])
  // The address each file was opened from: declining the file returns there.
  const openedFrom = useRef(new Map<string, string>())
  const [stopped, setStopped] = useState(false)
  const queryClient = useQueryClient()
  const url = address.kind === 'link' || address.kind === 'builtin' ? address.url : datasetUrl
  const options = useMemo(() => storyQueryOptions(url), [url])
  // A linked Parquet file opens in the query engine in the page, by HTTP range requests.
  const engineLink = address.kind === 'link' && isParquetLink(address.url) ? address.url : null
  const query = useQuery({
    ...options,
    enabled: (address.kind === 'link' || address.kind === 'builtin') && engineLink === null && !stopped,
  })
  const [linkProgress, setLinkProgress] = useState<EngineProgress | null>(null)
  const linked = useQuery({
    queryKey: ['engine-link', engineLink],
    queryFn: ({ signal }) => {
      // Each attempt (Try again, another link) starts with no stage, never the last one's; a
      // cancelled attempt's late progress is not said.
      setLinkProgress(null)
      const onProgress = (progress: EngineProgress) => {
        if (!signal.aborted) setLinkProgress(progress)
      }
      return openLinkInEngine(engineLink ?? '', onProgress, signal)
    },
    enabled: engineLink !== null && !stopped,
    staleTime: Number.POSITIVE_INFINITY,
    // The engine is ended when the page leaves the link (below): its answers are not kept for a return.
    gcTime: 0,
    retry: false,
  })
  const linkedOpened = engineLink === null ? undefined : linked.data
  const linkHeld = useMemo(
    () => (linkedOpened && engineLink ? pageHeldStory(linkName(engineLink), linkedOpened.answerer) : null),
    [linkedOpened, engineLink],
  )
  // Leaving the link (another story, another file) ends its engine; coming back opens it again.
  useEffect(() => {
    if (!linkedOpened || engineLink === null) return
    return () => {
      void linkedOpened.close().catch(() => {})
      queryClient.removeQueries({ queryKey: ['engine-link', engineLink] })
    }
  }, [linkedOpened, engineLink, queryClient])

  const opening = useOpenFiles(
    useCallback(
      (opened: OpenedFile, name: string) => {
        const file = keptFile(opened, name)
        // One engine in the page at a time: the file it held before is forgotten (Back to it says to
        // open it again), its worker ended and its memory freed.
        for (const close of engines.current.values()) close()
        engines.current.clear()
        if (file.kind === 'engine') engines.current.set(name, file.close)
        setFiles((before) => {
          const kept = [...before].filter(([keptName, kept]) => kept.kind === 'story' && keptName !== name)
          return new Map(kept.slice(1 - KEPT_FILES)).set(name, file)
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
    engines.current.get(name)?.()
    engines.current.delete(name)
    setFiles((before) => new Map([...before].filter(([kept]) => kept !== name)))
    navigate(openedFrom.current.get(name) ?? '', 'push')
  }, [])
  const { queryKey } = options
  const cancel = useCallback(() => {
    setStopped(true)
    void queryClient.cancelQueries({ queryKey })
    void queryClient.cancelQueries({ queryKey: ['engine-link'] })
  }, [queryClient, queryKey])
  const retry = useCallback(() => {
    setStopped(false)
    void queryClient.resetQueries({ queryKey })
    void queryClient.resetQueries({ queryKey: ['engine-link'] })
  }, [queryClient, queryKey])

  const fromFile = fileName === null ? undefined : files.get(fileName)
  const engineHeld = fromFile?.kind === 'engine' ? fromFile.held : (linkHeld ?? serviceHeld)
  const story =
    fileName !== null
      ? fromFile?.kind === 'story'
        ? fromFile.story
        : undefined
      : address.kind === 'bad-link' || address.kind === 'engine'
        ? undefined
        : query.data
  const failure =
    address.kind === 'bad-link'
      ? new Error(address.message)
      : query.isError
        ? query.error
        : engineLink !== null && linked.isError
          ? linked.error
          : null
  const status = story
    ? 'shown'
    : engineHeld !== null
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
    canRetry: query.isError || (engineLink !== null && linked.isError),
    fileName,
    opening,
    linkOpening:
      engineLink !== null && linked.isFetching && linkProgress
        ? { name: linkName(engineLink), progress: linkProgress }
        : null,
    cancel,
    retry,
    openBuiltin,
    declineFile,
  }
}

/** A linked Parquet file opened in the engine, its code loaded only for such a link; its stages said as they come. */
async function openLinkInEngine(
  url: string,
  onProgress: (progress: EngineProgress) => void,
  signal: AbortSignal,
) {
  const { openInEngine } = await loadOpenInEngine()
  return openInEngine({ url, name: linkName(url) }, 'parquet', { onProgress, signal })
}

/** A linked file's name: the last part of its path. */
const linkName = (url: string): string => new URL(url, window.location.href).pathname.split('/').pop() || url
