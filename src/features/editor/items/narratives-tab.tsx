import type { ParagraphSelection } from '../article/read-selection'
import { addNarrative, moved, removeNarrative, updateNarrative } from '../model/draft-edits'
import type { DraftNarrative, StoryDraft } from '../model/story-draft'
import { Field, TextArea, TextField } from './field'
import { ItemList } from './item-list'

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
        label="Narratives"
        items={draft.narratives.map((item) => ({
          id: item.id,
          title: item.title || 'Untitled narrative',
          meta: `${item.steps.length} step${item.steps.length === 1 ? '' : 's'}`,
        }))}
        picked={picked}
        onPick={onPick}
        onAdd={() => {
          const made = addNarrative(draft, `Narrative ${draft.narratives.length + 1}`)
          change(() => made.draft)
          onPick(made.id)
        }}
        addLabel="New narrative"
        empty="No narratives yet: a narrative walks a reader through some of the events, in story mode."
      />
      {narrative && (
        <div className="item-form">
          <TextField
            label="Title"
            value={narrative.title}
            onChange={(title) => edit((before) => ({ ...before, title }), 'title')}
          />
          <TextArea
            label="What it walks the reader through"
            value={narrative.description}
            onChange={(description) => edit((before) => ({ ...before, description }), 'description')}
          />
          <ol className="narrative-steps">
            {narrative.steps.map((step, index) => (
              // biome-ignore lint/suspicious/noArrayIndexKey: steps are edited and moved as positions
              <li key={index} className="narrative-step">
                <Field label={`Step ${index + 1}: event`}>
                  {(id) => (
                    <select
                      id={id}
                      value={step.event}
                      onChange={(event) => setStep(index, { event: event.target.value })}
                    >
                      {draft.events.map((event) => (
                        <option key={event.id} value={event.id}>
                          {event.title || 'Untitled event'}
                        </option>
                      ))}
                    </select>
                  )}
                </Field>
                <TextArea
                  label={`Step ${index + 1}: words`}
                  value={step.text}
                  onChange={(text) => setStep(index, { text, from: null }, 'text')}
                  hint={
                    step.from
                      ? `The article’s own words, paragraph ${step.from.paragraph}.`
                      : 'Your words, or the article’s: select them in the text and choose Use the selected words.'
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
                    Use the selected words
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === 0}
                    onClick={() =>
                      edit((before) => ({ ...before, steps: moved(before.steps, index, index - 1) }))
                    }
                  >
                    Move up
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    disabled={index === narrative.steps.length - 1}
                    onClick={() =>
                      edit((before) => ({ ...before, steps: moved(before.steps, index, index + 1) }))
                    }
                  >
                    Move down
                  </button>
                  <button
                    type="button"
                    className="icon-button"
                    onClick={() =>
                      edit((before) => ({ ...before, steps: before.steps.filter((_, at) => at !== index) }))
                    }
                  >
                    Remove step
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
            Add a step
          </button>
          <button
            type="button"
            className="danger-button"
            onClick={() => change((before) => removeNarrative(before, narrative.id))}
          >
            Delete narrative
          </button>
        </div>
      )}
    </>
  )
}
