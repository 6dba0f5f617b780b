import type { ParagraphSelection } from './read-selection'

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
  const { selection, words, onMakeQuote, onMakeEvent } = props
  const ready = selection !== null && selection !== 'across'
  return (
    <fieldset className="selection-bar">
      <legend className="visually-hidden">Selected words</legend>
      <p className="selection-words" aria-live="polite">
        {selection === 'across'
          ? 'A quote stands in one paragraph: select words within one.'
          : ready
            ? `Paragraph ${selection.paragraph}: “${words.length > 90 ? `${words.slice(0, 90)}…` : words}”`
            : 'Select words in the article (with the mouse, or Shift and the arrow keys) to make a quote or an event.'}
      </p>
      <div className="button-row">
        <button type="button" className="primary-button" disabled={!ready} onClick={onMakeQuote}>
          Make quote
        </button>
        <button type="button" className="icon-button" disabled={!ready} onClick={onMakeEvent}>
          Make event
        </button>
      </div>
    </fieldset>
  )
}
