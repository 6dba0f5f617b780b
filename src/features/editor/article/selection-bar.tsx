import { defineMessages } from '../../../i18n/messages'
import { richText } from '../../../i18n/rich-text'
import { useT } from '../../../i18n/use-t'
import type { ParagraphSelection } from './read-selection'

const messages = defineMessages({
  legend: { id: 'editor.selectedWords', defaultMessage: 'Selected words' },
  across: {
    id: 'editor.selectionAcross',
    defaultMessage: 'A quote stands in one paragraph: select words within one.',
  },
  words: { id: 'editor.selectionWords', defaultMessage: 'Paragraph {paragraph}: “<w>{words}</w>”' },
  hint: {
    id: 'editor.selectionHint',
    defaultMessage:
      'Select words in the article (with the mouse, or Shift and the arrow keys) to make a quote or an event.',
  },
  makeQuote: { id: 'editor.makeQuote', defaultMessage: 'Make quote' },
  makeEvent: { id: 'editor.makeEvent', defaultMessage: 'Make event' },
})

/**
 * What can be made of the words selected in the article: a quote (the words themselves) or an event
 * (from their sentence). It stays under the text, so that the keyboard reaches it from the selection.
 */
export function SelectionBar(props: {
  selection: ParagraphSelection | 'across' | null
  words: string
  onMakeQuote: () => void
  onMakeEvent: () => void
}) {
  const t = useT()
  const { selection, words, onMakeQuote, onMakeEvent } = props
  const ready = selection !== null && selection !== 'across'
  return (
    <fieldset className="selection-bar">
      <legend className="visually-hidden">{t(messages.legend)}</legend>
      <p className="selection-words" aria-live="polite">
        {selection === 'across'
          ? t(messages.across)
          : ready
            ? richText(messages.words, {
                paragraph: selection.paragraph,
                words: words.length > 90 ? `${words.slice(0, 90)}…` : words,
                // The article's words keep their own direction inside the sentence.
                w: (chunks) => <bdi>{chunks}</bdi>,
              })
            : t(messages.hint)}
      </p>
      <div className="button-row">
        <button type="button" className="primary-button" disabled={!ready} onClick={onMakeQuote}>
          {t(messages.makeQuote)}
        </button>
        <button type="button" className="icon-button" disabled={!ready} onClick={onMakeEvent}>
          {t(messages.makeEvent)}
        </button>
      </div>
    </fieldset>
  )
}
