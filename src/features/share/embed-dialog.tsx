import { useId, useState } from 'react'
import { CopyButton } from '../../components/copy-button/copy-button'
import { ModalDialog } from '../../components/modal-dialog/modal-dialog'
import { NewTabNote } from '../../components/new-tab-note'
import { narrativesOf } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { defineMessages, type MessageDescriptor } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import { useT } from '../../i18n/use-t'
import { type EmbedKind, embedSearch } from '../../state/embed'
import { readableQuery } from '../../state/url-codec'
import { EMBED_HEIGHT, iframeCode } from './iframe-code'
import './embed-dialog.css'

type Colours = 'reader' | 'light' | 'dark'

const messages = defineMessages({
  title: { id: 'embed.title', defaultMessage: 'Embed this story' },
  appName: { id: 'app.name', defaultMessage: 'Story Timeline' },
  iframeTitle: { id: 'embed.iframeTitle', defaultMessage: '{story} — {app}' },
  fromFile: {
    id: 'embed.fromFile',
    defaultMessage:
      'This story was opened from a file on this computer, which a page elsewhere cannot reach. To embed it, put the file on this site and open it with a link (<code>?data=/path/to/file</code>), then embed that view.',
  },
  show: { id: 'embed.show', defaultMessage: 'Show' },
  timeline: {
    id: 'embed.timeline',
    defaultMessage:
      'The timeline as it is now (its window, filters and selected event), with the details and quotes',
  },
  storyMode: { id: 'embed.storyMode', defaultMessage: 'Story mode, from its cover: <t>{title}</t>' },
  colours: { id: 'embed.colours', defaultMessage: 'Colours' },
  reader: {
    id: 'embed.coloursReader',
    defaultMessage: 'The reader’s (light or dark, as their device is set)',
  },
  light: { id: 'embed.coloursLight', defaultMessage: 'Light' },
  dark: { id: 'embed.coloursDark', defaultMessage: 'Dark' },
  height: { id: 'embed.height', defaultMessage: 'Height in pixels' },
  code: { id: 'embed.code', defaultMessage: 'Code to paste into your page' },
  copyCode: { id: 'embed.copyCode', defaultMessage: 'Copy code' },
  copied: { id: 'embed.codeCopied', defaultMessage: 'Code copied' },
  fallback: { id: 'embed.copyThisCode', defaultMessage: 'Copy this code:' },
  tryIt: { id: 'embed.try', defaultMessage: 'Try the embed' },
  note: {
    id: 'embed.note',
    defaultMessage:
      'The embed opens where the code says; readers choose events in it, and its <em>Open in Story Timeline</em> link opens their view in the full app, in a new tab.',
  },
})

const COLOURS: Record<Colours, MessageDescriptor> = {
  reader: messages.reader,
  light: messages.light,
  dark: messages.dark,
}
const COLOUR_CHOICES: readonly Colours[] = ['reader', 'light', 'dark']

/**
 * The code to put this view in an article: what the embed shows (the timeline at this view, with the
 * details and quotes, or story mode), its colours and height, the iframe's HTML to copy, and a link to
 * try it. A story opened from a file on this computer cannot be embedded: the dialog says what to do.
 */
export function EmbedDialog({ story, onClose }: { story: Story; onClose: () => void }) {
  const t = useT()
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
  const code = iframeCode({
    src,
    title: t(messages.iframeTitle, { story: story.dataset.title, app: t(messages.appName) }),
    heightPx: height,
  })

  return (
    <ModalDialog className="embed-dialog" title={t(messages.title)} onClose={onClose}>
      {fromFile ? (
        <p className="embed-dialog-part" role="alert">
          {richText(messages.fromFile, { code: (chunks) => <code>{chunks}</code> })}
        </p>
      ) : (
        <div className="embed-dialog-part">
          <fieldset>
            <legend>{t(messages.show)}</legend>
            <label>
              <input
                type="radio"
                name={`${ids}-kind`}
                checked={kind === 'timeline'}
                onChange={() => setKind('timeline')}
              />
              {t(messages.timeline)}
            </label>
            {first && (
              <label>
                <input
                  type="radio"
                  name={`${ids}-kind`}
                  checked={kind === 'story'}
                  onChange={() => setKind('story')}
                />
                {richText(messages.storyMode, { title: first.title, t: (chunks) => <bdi>{chunks}</bdi> })}
              </label>
            )}
          </fieldset>
          <fieldset>
            <legend>{t(messages.colours)}</legend>
            {COLOUR_CHOICES.map((value) => (
              <label key={value}>
                <input
                  type="radio"
                  name={`${ids}-colours`}
                  checked={colours === value}
                  onChange={() => setColours(value)}
                />
                {t(COLOURS[value])}
              </label>
            ))}
          </fieldset>
          <label className="embed-dialog-height">
            {t(messages.height)}
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
            {t(messages.code)}
            <textarea readOnly rows={5} dir="ltr" value={code} onFocus={(event) => event.target.select()} />
          </label>
          <div className="button-row start">
            <CopyButton
              label={t(messages.copyCode)}
              className="primary-button"
              copiedLabel={t(messages.copied)}
              fallbackLabel={t(messages.fallback)}
              textToCopy={() => code}
            />
            <a className="icon-button embed-dialog-try" href={src} target="_blank" rel="noopener">
              {t(messages.tryIt)}
              <NewTabNote />
            </a>
          </div>
          <p className="embed-dialog-note">
            {richText(messages.note, { em: (chunks) => <em>{chunks}</em> })}
          </p>
        </div>
      )}
    </ModalDialog>
  )
}
