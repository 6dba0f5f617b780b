import { useEffect, useState } from 'react'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { takeEarlyDrops } from '../../lib/early-drops'
import { fetchEngineCode } from './engine-routing'
import { pastedFiles, pastesIntoText } from './pasted-files'
import { prepareToOpenFiles } from './prepare-to-open'
import './data-io.css'

const messages = defineMessages({
  drop: {
    id: 'dataIo.drop',
    defaultMessage:
      'Drop a dataset to open it: JSON, a CSV or TSV (with an optional quotes CSV), a workbook, a TimelineJS or GDELT file',
  },
})

/**
 * Lets the reader drop dataset files anywhere on the page, showing where while they drag, or paste
 * them: rows copied from a spreadsheet, a story's JSON, files copied in a file manager (a paste into a
 * field stays the field's).
 */
export function DropZone({ onFiles }: { onFiles: (files: File[]) => void }) {
  const t = useT()
  const [dragging, setDragging] = useState(false)

  useEffect(() => {
    // A file dropped while the page was still starting opens now.
    const early = takeEarlyDrops()
    if (early.length) onFiles(early)
    let depth = 0
    const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false
    const onEnter = (event: DragEvent) => {
      if (!hasFiles(event)) return
      if (depth === 0) {
        prepareToOpenFiles()
        // The sizes are known only on the drop: the engine's code is fetched now, started then if large.
        fetchEngineCode()
      }
      depth += 1
      setDragging(true)
    }
    const onLeave = () => {
      depth = Math.max(0, depth - 1)
      if (depth === 0) setDragging(false)
    }
    const onOver = (event: DragEvent) => {
      if (hasFiles(event)) event.preventDefault()
    }
    const onDrop = (event: DragEvent) => {
      if (!hasFiles(event)) return
      event.preventDefault()
      depth = 0
      setDragging(false)
      const files = [...(event.dataTransfer?.files ?? [])]
      if (files.length) onFiles(files)
    }
    const onPaste = (event: ClipboardEvent) => {
      if (event.defaultPrevented || pastesIntoText(event.target) || !event.clipboardData) return
      const files = pastedFiles({
        files: [...event.clipboardData.files],
        text: event.clipboardData.getData('text/plain'),
      })
      if (!files) return
      event.preventDefault()
      prepareToOpenFiles()
      onFiles(files)
    }
    window.addEventListener('paste', onPaste)
    window.addEventListener('dragenter', onEnter)
    window.addEventListener('dragleave', onLeave)
    window.addEventListener('dragover', onOver)
    window.addEventListener('drop', onDrop)
    return () => {
      window.removeEventListener('paste', onPaste)
      window.removeEventListener('dragenter', onEnter)
      window.removeEventListener('dragleave', onLeave)
      window.removeEventListener('dragover', onOver)
      window.removeEventListener('drop', onDrop)
    }
  }, [onFiles])

  if (!dragging) return null
  return (
    <div className="drop-zone" aria-hidden="true">
      <p>{t(messages.drop)}</p>
    </div>
  )
}
