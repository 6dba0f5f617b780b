import { useState } from 'react'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import { downloadBlob } from '../../../lib/download-file'
import type { ImageCaption } from './compose-svg'

const messages = defineMessages({
  downloaded: { id: 'timeline.image.downloaded', defaultMessage: 'Downloaded {name}' },
  failed: {
    id: 'timeline.image.failed',
    defaultMessage: 'The image could not be made ({reason}). Try a screenshot instead.',
  },
  download: { id: 'timeline.image.download', defaultMessage: 'Download this view of the timeline' },
  downloadAs: {
    id: 'timeline.image.downloadAs',
    defaultMessage: 'Download this view of the timeline as {kind}',
  },
  making: { id: 'timeline.image.making', defaultMessage: 'Making the {kind}…' },
})

type Making =
  | { state: 'idle' }
  | { state: 'making'; kind: string }
  | { state: 'done'; text: string; failed: boolean }

/**
 * _PNG_ and _SVG_: the timeline as it is on screen, with a caption (the story, the window and
 * filters, the source), downloaded as an image. The image code (html-to-image) loads when first asked for.
 */
export function TimelineImageButtons(props: {
  frame: HTMLElement | null
  caption: () => ImageCaption
  window: { start: number; end: number }
}) {
  const { frame, caption, window } = props
  const t = useT()
  const [making, setMaking] = useState<Making>({ state: 'idle' })

  const make = async (kind: 'png' | 'svg') => {
    if (!frame) return
    setMaking({ state: 'making', kind: kind.toUpperCase() })
    try {
      // The composing code (and html-to-image) is the image's alone: not on the first view.
      const [image, { imageFileName }] = await Promise.all([
        import('./timeline-image'),
        import('./compose-svg'),
      ])
      const words = caption()
      const name = imageFileName(words.title, window, kind)
      const blob =
        kind === 'png'
          ? await image.timelinePng(frame, words)
          : new Blob([(await image.timelineSvg(frame, words)).svg], { type: 'image/svg+xml' })
      downloadBlob(name, blob)
      setMaking({ state: 'done', text: t(messages.downloaded, { name }), failed: false })
    } catch (error) {
      setMaking({
        state: 'done',
        text: t(messages.failed, { reason: error instanceof Error ? error.message : String(error) }),
        failed: true,
      })
    }
  }

  const busy = making.state === 'making'
  return (
    <fieldset className="button-row timeline-image-buttons">
      <legend className="visually-hidden">{t(messages.download)}</legend>
      {(['png', 'svg'] as const).map((kind) => (
        <button
          key={kind}
          type="button"
          className="icon-button"
          onClick={() => void make(kind)}
          disabled={busy}
          aria-label={t(messages.downloadAs, { kind: kind.toUpperCase() })}
        >
          {/* A format's name, the same in every language. */}
          <span translate="no">{kind.toUpperCase()}</span>
        </button>
      ))}
      {/* A download shows in the browser's own bar: said, not shown; a failure is shown too. */}
      <span
        role="status"
        className={making.state === 'done' && making.failed ? 'timeline-image-failed' : 'visually-hidden'}
      >
        {making.state === 'making'
          ? t(messages.making, { kind: making.kind })
          : making.state === 'done'
            ? making.text
            : ''}
      </span>
    </fieldset>
  )
}
