import { useId } from 'react'
import { isLaneKey, type LaneKey } from '../../state/view-state'

const CHOICES: ReadonlyArray<{ value: LaneKey | ''; label: string }> = [
  { value: '', label: 'One lane' },
  { value: 'country', label: 'By country' },
  { value: 'actor', label: 'By actor' },
  { value: 'actor-kind', label: 'By kind of actor' },
  { value: 'status', label: 'By status' },
]

/** Chooses what the timeline's lanes divide the events by (`?group=` in the link). */
export function LanePicker({
  value,
  onChange,
}: {
  value: LaneKey | null
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
        {CHOICES.map((choice) => (
          <option key={choice.value} value={choice.value}>
            {choice.label}
          </option>
        ))}
      </select>
    </div>
  )
}
