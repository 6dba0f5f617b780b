import { lazy, Suspense } from 'react'
import type { FileOpening } from '../use-open-files'

// The dialog and the reader it previews with (dates, countries, the checks) load only for a sheet
// whose columns are to be chosen: most openings never need them.
const ColumnsDialog = lazy(() => import('./columns-dialog'))

/** The mapping step, while the reader chooses what a sheet's columns hold. */
export function ColumnsStep({ opening }: { opening: FileOpening }) {
  const { choosing } = opening
  if (!choosing) return null
  return (
    <Suspense fallback={<p role="status">Reading the columns of {choosing.head.file}…</p>}>
      <ColumnsDialog
        // A new sheet to choose for is a new dialog, its choices fresh.
        key={`${choosing.head.file}:${choosing.reviewing}`}
        choosing={choosing}
        onOpen={opening.choose}
        onCancel={opening.stopChoosing}
      />
    </Suspense>
  )
}
