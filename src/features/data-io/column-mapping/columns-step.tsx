import { useEffect, useState } from 'react'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import type { FileOpening } from '../use-open-files'
import { type DialogModule, loadColumnsDialog, loadedColumnsDialog } from './load-columns-dialog'

const messages = defineMessages({
  failed: {
    id: 'columns.loadFailed',
    defaultMessage:
      'The column chooser could not be loaded (the connection may have dropped): reload the page and open {file} again.',
  },
  reading: { id: 'columns.reading', defaultMessage: 'Reading the columns of {file}…' },
})

/**
 * The mapping step, while the reader chooses what a sheet's columns hold. Drawn directly once its code
 * has loaded, not through React.lazy: a lazy component's first draw waits on Suspense, which holds a
 * reveal back by up to 300 ms.
 */
export function ColumnsStep({ opening }: { opening: FileOpening }) {
  const t = useT()
  const { choosing } = opening
  const [module, setModule] = useState<DialogModule | null>(loadedColumnsDialog)
  const [failed, setFailed] = useState(false)
  useEffect(() => {
    if (module || !choosing) return
    let current = true
    loadColumnsDialog().then(
      (done) => current && setModule(done),
      () => current && setFailed(true),
    )
    return () => {
      current = false
    }
  }, [module, choosing])
  if (!choosing) return null
  if (failed) return <p role="alert">{t(messages.failed, { file: choosing.head.file })}</p>
  if (!module) return <p role="status">{t(messages.reading, { file: choosing.head.file })}</p>
  const { default: ColumnsDialog } = module
  return (
    <ColumnsDialog
      // A new sheet to choose for is a new dialog, its choices fresh.
      key={`${choosing.head.file}:${choosing.reviewing}`}
      choosing={choosing}
      onOpen={opening.choose}
      onCancel={opening.stopChoosing}
    />
  )
}
