import { useMutation } from '@tanstack/react-query'
import { useCallback, useRef, useState } from 'react'
import { loadStory } from '../../dataset/load/load-story'
import type { LoadProgress } from '../../dataset/load/worker/protocol'
import type { Story } from '../../dataset/story-index'

/** Opening files, as the views see it: what is being opened, how far it has got, and why it failed. */
export type FileOpening = {
  /** Opens the files (a JSON dataset, or an events CSV with an optional quotes CSV). */
  open: (files: File[]) => void
  /** The files being opened or that failed, by name ("events.csv + quotes.csv"); null when idle. */
  name: string | null
  pending: boolean
  progress: LoadProgress | null
  error: Error | null
  /** Forgets a failure (or a finished opening). */
  dismiss: () => void
}

/**
 * Opens files as a react-query mutation: react-query keeps its status and error; the story opened goes
 * to `onOpened`. Only the latest opening counts: a file dropped while another is still being read
 * replaces it, and the earlier one's result and progress are ignored.
 */
export function useOpenFiles(onOpened: (story: Story, name: string) => void): FileOpening {
  const [progress, setProgress] = useState<LoadProgress | null>(null)
  const latest = useRef<File[] | null>(null)
  const mutation = useMutation({
    mutationFn: (files: File[]) =>
      loadStory(
        files.map((file) => ({ name: file.name, content: file })),
        (step) => {
          if (latest.current === files) setProgress(step)
        },
      ),
  })
  const { mutate } = mutation
  const open = useCallback(
    (files: File[]) => {
      latest.current = files
      setProgress(null)
      // Given to mutate, not to useMutation: react-query calls it for the latest mutation only.
      mutate(files, { onSuccess: (story) => onOpened(story, nameOf(files)) })
    },
    [mutate, onOpened],
  )
  return {
    open,
    name: mutation.variables ? nameOf(mutation.variables) : null,
    pending: mutation.isPending,
    progress,
    error: mutation.error,
    dismiss: mutation.reset,
  }
}

function nameOf(files: File[]): string {
  return files.map((file) => file.name).join(' + ')
}
