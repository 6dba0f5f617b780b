import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import type { ParagraphSelection } from '../article/read-selection'
import { addNarrative, moved, removeNarrative, updateNarrative } from '../model/draft-edits'
import type { DraftNarrative, StoryDraft } from '../model/story-draft'
import { Field, TextArea, TextField } from './field'
import { ItemList } from './item-list'

const messages = defineMessages({
  list: { id: 'editor.narrativesList', defaultMessage: 'Narratives' },
  untitled: { id: 'editor.untitledNarrative', defaultMessage: 'Untitled narrative' },
  steps: { id: 'storyMode.steps', defaultMessage: '{count, plural, one {# step} other {# steps}}' },
  newName: { id: 'editor.narrativeNumber', defaultMessage: 'Narrative {number, number}' },
  add: { id: 'editor.newNarrative', defaultMessage: 'New narrative' },
  empty: {
    id: 'editor.noNarratives',
    defaultMessage:
      'No narratives yet: a narrative walks a reader through some of the events, in story mode.',
  },
  title: { id: 'editor.narrativeTitle', defaultMessage: 'Title' },
  description: { id: 'editor.narrativeDescription', defaultMessage: 'What it walks the reader through' },
  stepEvent: { id: 'editor.stepEvent', defaultMessage: 'Step {number}: event' },
  untitledEvent: { id: 'editor.untitledEvent', defaultMessage: 'Untitled event' },
  stepWords: { id: 'editor.stepWords', defaultMessage: 'Step {number}: words' },
  ownWords: {
    id: 'editor.articleOwnWords',
    defaultMessage: 'The article’s own words, paragraph {paragraph}.',
  },
  wordsHint: {
    id: 'editor.stepWordsHint',
    defaultMessage:
      'Your words, or the article’s: select them in the text and choose Use the selected words.',
  },
  useSelected: { id: 'editor.useSelected', defaultMessage: 'Use the selected words' },
  up: { id: 'editor.moveUp', defaultMessage: 'Move up' },
  down: { id: 'editor.moveDown', defaultMessage: 'Move down' },
  removeStep: { id: 'editor.removeStep', defaultMessage: 'Remove step' },
  addStep: { id: 'editor.addStep', defaultMessage: 'Add a step' },
  remove: { id: 'editor.deleteNarrative', defaultMessage: 'Delete narrative' },
})

type Change = (change: (before: StoryDraft) => StoryDraft, coalesceKey?: string) => void
type Step = DraftNarrative['steps'][number]

/**
 * Story mode's walks: a narrative's events in the order chosen, each step's words the author's own or
 * the article's (selected in the text, verbatim, with their paragraph).
 */
export function NarrativesTab(props: {
  draft: StoryDraft
  change: Change
  picked: string | undefined
  onPick: (id: string) => void
  selection: ParagraphSelection | null
  selectionWords: string
  documentId: string
}) {
  const t = useT()
  const { draft, change, picked, onPick, selection, selectionWords, documentId } = props
  const narrative = draft.narratives.find((candidate) => candidate.id === picked)
  const edit = (update: (before: DraftNarrative) => DraftNarrative, field?: string) =>
    narrative &&
    change((before) => updateNarrative(before, narrative.id, update), field && `${narrative.id}:${field}`)
  const setStep = (index: number, patch: Partial<Step>, field?: string) =>
    edit(
      (before) => ({
        ...before,
        steps: before.steps.map((step, at) => (at === index ? { ...step, ...patch } : step)),
      }),
      field && `step-${index}-${field}`,
    )
  return (
    <>
      <ItemList
        label={t(messages.list)}
        items={draft.narratives.map((item) => ({
          id: item.id,
          title: item.title || t(messages.untitled),
          meta: t(messages.steps, { count: item.steps.length }),
        }))}
        picked={picked}
        onPick={onPick}
        onAdd={() => {
          const made = addNarrative(draft, t(messages.newName, { number: draft.narratives.length + 1 }))
          change(() => made.draft)
          onPick(made.id)
        }}
        addLabel={t(messages.add)}
        empty={t(messages.empty)}
      />
      {narrative && (
        <div className="item-form">
          <TextField
            label={t(messages.title)}
            value={narrative.title}
            onChange={(title) => edit((before) => ({ ...before, title }), 'title')}
          />
          <TextArea
            label={t(messages.description)}
            value={narrative.description}
            onChange={(description) => edit((before) => ({ ...before, description }), 'description')}
          />
          <ol className="narrative-steps">
            {narrative.steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are edited and moved as positions
              <li key={index} className="narrative-step">
                <Field label={t(messages.stepEvent, { number: index + 1 })}>
                  {(id) => (
                    <select
                      id={id}
                      value={step.event}
                      onChange={(event) => setStep(index, { event: event.target.value })}
                    >
                      {draft.events.map((event) => (
                        <option key={event.id} value={event.id} dir={event.title ? 'auto' : undefined}>
                          {event.title || t(messages.untitledEvent)}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <TextArea
                  label={t(messages.stepWords, { number: index + 1 })}
                  value={step.text}
                  onChange={(text) => setStep(index, { text, from: null }, 'text')}
                  hint={
                    step.from
                      ? t(messages.ownWords, { paragraph: step.from.paragraph })
                      : t(messages.wordsHint)
                  }
                />
                <div className="button-row start">
                  <button
                    type="button"
                    className="icon-button"
                    disabled={!selection || !selectionWords.trim()}
                    onClick={() =>
                      selection &&
                      setStep(index, {
                        text: selectionWords.trim(),
                        from: { document: documentId, paragraph: selection.paragraph },
                      })
                    }
                  >
                    {t(messages.useSelected)}
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === 0}
                    onClick={() =>
                      edit((before) => ({ ...before, steps: moved(before.steps, index, index - 1) }))
                    }
                  >
                    {t(messages.up)}
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === narrative.steps.length - 1}
                    onClick={() =>
                      edit((before) => ({ ...before, steps: moved(before.steps, index, index + 1) }))
                    }
                  >
                    {t(messages.down)}
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() =>
                      edit((before) => ({ ...before, steps: before.steps.filter((_, at) => at !== index) }))
                    }
                  >
                    {t(messages.removeStep)}
                  </button>
                </div>
              </li>
            ))}
          </ol>
          <button
            type="button"
            className="icon-button"
            disabled={draft.events.length === 0}
            onClick={() => {
              const first =
                draft.events.find((event) => !narrative.steps.some((step) => step.event === event.id)) ??
                draft.events[0]
              if (first)
                edit((before) => ({
                  ...before,
                  steps: [...before.steps, { event: first.id, text: '', from: null }],
                }))
            }}
          >
            {t(messages.addStep)}
          </button>
          <button
            type="button"
            className="danger-button"
            onClick={() => change((before) => removeNarrative(before, narrative.id))}
          >
            {t(messages.remove)}
          </button>
        </div>
      )}
    </>
  )
}
