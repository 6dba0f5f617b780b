import { useId } from 'react'
import { isLaneKey, type LaneKey } from '../../../state/view-state'

const CHOICES: ReadonlyArray<{ value: LaneKey | ''; label: string }> = [
  { value: '', label: 'One lane' },
  { value: 'country', label: 'By country' },
  { value: 'actor', label: 'By actor' },
  { value: 'actor-kind', label: 'By kind of actor' },
  { value: 'category', label: 'By category' },
  { value: 'status', label: 'By status' },
]

/** Chooses what the timeline's lanes divide the events by (`?group=` in the link). */
export function LanePicker({
  value,
  hasCategories,
  onChange,
}: {
  value: LaneKey | null
  /** Whether the story files events under categories (story-timeline/2): only then are they offered. */
  hasCategories: boolean
  onChange: (key: LaneKey | null) => void
}) {
  const id = useId()
  return (
    <div className="lane-picker">
      <label htmlFor={id}>Lanes</label>
      <select
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const chosen = event.target.value
          onChange(isLaneKey(chosen) ? chosen : null)
        }}
      >
        {CHOICES.filter((choice) => hasCategories || choice.value !== 'category').map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}
