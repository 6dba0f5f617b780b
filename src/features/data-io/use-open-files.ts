import { useMutation } from '@tanstack/react-query'
import { useCallback, useEffect, useRef, useState } from 'react'
import type { SheetChoice, SheetHead } from '../../dataset/import/column-choice'
import type { EngineOpened, EngineProgress } from '../../dataset/load/engine/open-in-engine'
import type { LoadOutcome } from '../../dataset/load/load-outcome'
import { openFiles } from '../../dataset/load/open-files'
import type { LoadProgress } from '../../dataset/load/worker/protocol'
import type { Story } from '../../dataset/story-index'
import type { ColumnsToChoose } from './column-mapping/columns-to-choose'
import { preloadColumnsDialog } from './column-mapping/load-columns-dialog'
import { forgetRoles, readRememberedRoles, rememberRoles } from './column-mapping/remembered-roles'
import { loadEngineRouting, loadOpenInEngine } from './engine-routing'

/** What a file opened comes to: a story the page holds, or one the query engine in the page holds. */
export type OpenedFile = { kind: 'story'; story: Story } | { kind: 'engine'; opened: EngineOpened }

/** How far an opening has got: the importers' worker's, or the query engine's. */
export type OpeningProgress = LoadProgress | EngineProgress

/** The query engine's progress, or null for the importers' (which always says its fraction). */
export const engineProgressOf = (progress: OpeningProgress | null): EngineProgress | null =>
  progress && !('fraction' in progress) ? progress : null

/** Opening files, as the views see it: what is being opened, how far it has got, and why it failed. */
export type FileOpening = {
  /** Opens the files (a JSON dataset, a CSV, TSV or workbook, an events CSV with a quotes CSV). */
  open: (files: File[]) => void
  /** The files being opened or that failed, by name ("events.csv + quotes.csv"); null when idle. */
  name: string | null
  pending: boolean
  progress: OpeningProgress | null
  error: Error | null
  /** Forgets a failure (or a finished opening). */
  dismiss: () => void
  /** The mapping step, while the reader chooses what a sheet's columns hold; null otherwise. */
  choosing: ColumnsToChoose | null
  /** Opens the files being chosen for as chosen, remembering the choice for their header if asked. */
  choose: (choice: SheetChoice, remember: boolean) => void
  /** Leaves the mapping step without opening (a file already open stays open as it was). */
  stopChoosing: () => void
  /** Shows the mapping step for a story opened from files here; null for any other story. */
  reviewOf: (story: Story) => (() => void) | null
}

type Opening = { files: File[]; choice?: SheetChoice; stop: AbortSignal }
type Outcome = Exclude<LoadOutcome, { kind: 'failed' }> | { kind: 'engine'; opened: EngineOpened }

/**
 * Opens files as a react-query mutation: react-query keeps its status and error; the story opened goes
 * to `onOpened`. Only the latest opening counts: a file dropped while another is still being read
 * replaces it, and the earlier one's result and progress are ignored. A sheet whose columns' names do
 * not say what they hold stops at the mapping step, with the columns chosen last time for the same
 * header applied without asking.
 */
export function useOpenFiles(onOpened: (opened: OpenedFile, name: string) => void): FileOpening {
  const [progress, setProgress] = useState<OpeningProgress | null>(null)
  const [choosing, setChoosing] = useState<ColumnsToChoose | null>(null)
  const latest = useRef<File[] | null>(null)
  // Stops the opening under way: a later one replaces it, and its worker must not read on for nothing.
  const stopLatest = useRef<AbortController | null>(null)
  // The files each story opened here came from, and the sheet it was read as, to open them again
  // with other columns.
  const readFrom = useRef(new WeakMap<Story, { files: File[]; head: SheetHead }>())
  const mutation = useMutation({
    // A failure is react-query's error (its status and Try again); a story or the columns to choose
    // are what the mutation comes to.
    mutationFn: async ({ files, choice, stop }: Opening): Promise<Outcome> => {
      const onProgress = (step: OpeningProgress) => {
        if (latest.current === files) setProgress(step)
      }
      // A large ACLED export or a Parquet file opens in the query engine, not as objects in the page.
      const routing = await loadEngineRouting()
      const route = choice ? null : await routing.engineRoute(files)
      if (route) {
        const { openInEngine } = await loadOpenInEngine()
        const opened = await openInEngine({ file: files[0] as File }, route, { onProgress, signal: stop })
        return { kind: 'engine', opened }
      }
      // An engine started for a file (Open dataset… pressed) is not needed for this one.
      routing.coolEngine()
      const outcome = await openFiles(
        files.map((file) => ({ name: file.name, content: file })),
        {
          onProgress,
          signal: stop,
          sheet: { ...(choice ? { choice } : {}), remembered: readRememberedRoles() },
        },
      )
      if (outcome.kind === 'failed') throw outcome.error
      return outcome
    },
  })
  const { mutate, reset } = mutation
  const run = useCallback(
    ({ files, choice }: Omit<Opening, 'stop'>) => {
      stopLatest.current?.abort()
      const stopper = new AbortController()
      stopLatest.current = stopper
      const opening: Opening = { files, stop: stopper.signal, ...(choice ? { choice } : {}) }
      latest.current = opening.files
      // A sheet may stop at the mapping step: its code loads meanwhile (a JSON dataset never does).
      if (!opening.choice && opening.files.some((file) => !isJsonName(file.name))) preloadColumnsDialog()
      setProgress(null)
      setChoosing(null)
      // Given to mutate, not to useMutation: react-query calls them for the latest mutation only.
      mutate(opening, {
        onSuccess: (outcome) => {
          if (stopLatest.current === stopper) stopLatest.current = null
          if (outcome.kind === 'engine') {
            onOpened(outcome, nameOf(opening.files))
            return
          }
          if (outcome.kind === 'choose-columns') {
            reset()
            setChoosing({ files: opening.files, head: outcome.head, reviewing: false })
            return
          }
          if (outcome.head) readFrom.current.set(outcome.story, { files: opening.files, head: outcome.head })
          onOpened({ kind: 'story', story: outcome.story }, nameOf(opening.files))
        },
      })
    },
    [mutate, reset, onOpened],
  )
  const open = useCallback((files: File[]) => run({ files }), [run])
  const dismiss = useCallback(() => {
    stopLatest.current?.abort()
    stopLatest.current = null
    reset()
  }, [reset])
  // A page that goes away stops its reading.
  useEffect(() => () => stopLatest.current?.abort(), [])
  const choose = useCallback(
    (choice: SheetChoice, remember: boolean) => {
      if (!choosing) return
      const sheet =
        choosing.head.sheets.find((sample) => sample.name === choice.sheet) ?? choosing.head.sheets[0]
      if (sheet) {
        if (remember) rememberRoles(sheet.header, choice)
        else forgetRoles(sheet.header)
      }
      run({ files: choosing.files, choice })
    },
    [choosing, run],
  )
  const stopChoosing = useCallback(() => setChoosing(null), [])
  const reviewOf = useCallback((story: Story) => {
    const read = readFrom.current.get(story)
    return read ? () => setChoosing({ files: read.files, head: read.head, reviewing: true }) : null
  }, [])
  return {
    open,
    name: mutation.variables ? nameOf(mutation.variables.files) : null,
    pending: mutation.isPending,
    progress,
    error: mutation.error,
    dismiss,
    choosing,
    choose,
    stopChoosing,
    reviewOf,
  }
}

const isJsonName = (name: string) => /\.json$/i.test(name)

function nameOf(files: File[]): string {
  return files.map((file) => file.name).join(' + ')
}
