import { useId } from 'react'
import { defineMessages } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import { isLaneKey, type LaneDivisionSpec, type LaneKey } from '../../../state/facets/facet-table'

const messages = defineMessages({
  lanes: { id: 'timeline.lanes', defaultMessage: 'Lanes' },
  oneLane: { id: 'timeline.oneLane', defaultMessage: 'One lane' },
})

/** Chooses what the timeline's lanes divide the events by (`?group=` in the link). */
export function LanePicker({
  value,
  offered,
  onChange,
}: {
  value: LaneKey | null
  /** The ways the story can be divided (by category only where it files events under some). */
  offered: readonly LaneDivisionSpec[]
  onChange: (key: LaneKey | null) => void
}) {
  const t = useT()
  const id = useId()
  return (
    <div className="lane-picker">
      <label htmlFor={id}>{t(messages.lanes)}</label>
      <select
        className="tool-select"
        id={id}
        value={value ?? ''}
        onChange={(event) => {
          const chosen = event.target.value
          onChange(isLaneKey(chosen) ? chosen : null)
        }}
      >
        <option value="">{t(messages.oneLane)}</option>
        {offered.map((lane) => (
          <option key={lane.key} value={lane.key}>
            {lane.choice}
          </option>
        ))}
      </select>
    </div>
  )
}
