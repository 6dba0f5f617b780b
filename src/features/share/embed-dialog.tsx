import { useId, useState } from 'react'
import { CopyButton } from '../../components/copy-button/copy-button'
import { ModalDialog } from '../../components/modal-dialog/modal-dialog'
import { narrativesOf } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { type EmbedKind, embedSearch } from '../../state/embed'
import { readableQuery } from '../../state/url-codec'
import { EMBED_HEIGHT, iframeCode } from './iframe-code'
import './embed-dialog.css'

type Colours = 'reader' | 'light' | 'dark'

/**
 * The code to put this view in an article: what the embed shows (the timeline at this view, with the
 * details and quotes, or story mode), its colours and height, the iframe's HTML to copy, and a link to
 * try it. A story opened from a file on this computer cannot be embedded: the dialog says what to do.
 */
export function EmbedDialog({ story, onClose }: { story: Story; onClose: () => void }) {
  const [first] = narrativesOf(story)
  const [kind, setKind] = useState<EmbedKind['kind']>('timeline')
  const [colours, setColours] = useState<Colours>('reader')
  const [height, setHeight] = useState<number>(EMBED_HEIGHT.default)
  const ids = useId()
  const fromFile = new URLSearchParams(window.location.search).has('file')

  const what: EmbedKind =
    kind === 'story' && first ? { kind: 'story', narrative: first.id } : { kind: 'timeline' }
  const params = new URLSearchParams(embedSearch(window.location.search, what))
  if (colours !== 'reader') params.set('theme', colours)
  const src = `${window.location.origin}${window.location.pathname}${readableQuery(params)}`
  const code = iframeCode({ src, title: `${story.dataset.title} — Story Timeline`, heightPx: height })

  return (
    <ModalDialog className="embed-dialog" title="Embed this story" onClose={onClose}>
      {fromFile ? (
        <p className="embed-dialog-part" role="alert">
          This story was opened from a file on this computer, which a page elsewhere cannot reach. To embed
          it, put the file on this site and open it with a link (<code>?data=/path/to/file</code>), then embed
          that view.
        </p>
      ) : (
        <div className="embed-dialog-part">
          <fieldset>
            <legend>Show</legend>
            <label>
              <input
                type="radio"
                name={`${ids}-kind`}
                checked={kind === 'timeline'}
                onChange={() => setKind('timeline')}
              />
              The timeline as it is now (its window, filters and selected event), with the details and quotes
            </label>
            {first && (
              <label>
                <input
                  type="radio"
                  name={`${ids}-kind`}
                  checked={kind === 'story'}
                  onChange={() => setKind('story')}
                />
                Story mode, from its cover: <bdi>{first.title}</bdi>
              </label>
            )}
          </fieldset>
          <fieldset>
            <legend>Colours</legend>
            {(
              [
                ['reader', 'The reader’s (light or dark, as their device is set)'],
                ['light', 'Light'],
                ['dark', 'Dark'],
              ] as const
            ).map(([value, label]) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${ids}-colours`}
                  checked={colours === value}
                  onChange={() => setColours(value)}
                />
                {label}
              </label>
            ))}
          </fieldset>
          <label className="embed-dialog-height">
            Height in pixels
            <input
              type="number"
              min={EMBED_HEIGHT.min}
              max={EMBED_HEIGHT.max}
              step={10}
              value={height}
              onChange={(event) => setHeight(event.target.valueAsNumber)}
            />
          </label>
          <label className="embed-dialog-code">
            Code to paste into your page
            <textarea readOnly rows={5} value={code} onFocus={(event) => event.target.select()} />
          </label>
          <div className="button-row start">
            <CopyButton
              label="Copy code"
              className="primary-button"
              copiedLabel="Code copied"
              fallbackLabel="Copy this code:"
              textToCopy={() => code}
            />
            <a className="icon-button embed-dialog-try" href={src} target="_blank" rel="noopener">
              Try the embed <span aria-hidden="true">↗</span>
              <span className="visually-hidden"> (opens in a new tab)</span>
            </a>
          </div>
          <p className="embed-dialog-note">
            The embed opens where the code says; readers choose events in it, and its{' '}
            <em>Open in Story Timeline</em> link opens their view in the full app, in a new tab.
          </p>
        </div>
      )}
    </ModalDialog>
  )
}
