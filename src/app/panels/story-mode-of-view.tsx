import { type ReactNode, useMemo } from 'react'
import { PanelErrorBoundary } from '../../components/panel-error-boundary'
import { narrativeById } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { StoryMode } from '../../features/story-mode/story-mode'
import { TimelinePanel } from '../../features/timeline/timeline-panel'
import type { ViewActions } from '../../state/use-view'
import type { StoryModeState, TimeWindow } from '../../state/view-state'

const NO_STATUS_FILTER = { chosen: [], counts: new Map<string, number>() }

/**
 * Story mode with the timeline following along: the timeline shows the narrative's events, the step's
 * event selected; choosing an event of the walk on it goes to its step, and its arrows step the story.
 */
export function StoryModePage(props: {
  story: Story
  mode: StoryModeState
  visibleWindow: TimeWindow
  actions: ViewActions
  /** Links for the bar (an embed's link to the full app). */
  links?: ReactNode
}) {
  const { story, mode, visibleWindow, actions, links } = props
  const narrative = narrativeById(story, mode.narrative)
  // In time order, as the timeline takes them.
  const events = useMemo(() => {
    const inWalk = new Set(narrative?.steps.map(({ event }) => event))
    return story.events.filter((event) => inWalk.has(event))
  }, [story, narrative])
  const timelineActions = useMemo(
    (): ViewActions => ({
      ...actions,
      selectEvent: (id) => {
        const at = narrative?.steps.findIndex(({ event }) => event.id === id) ?? -1
        if (at >= 0) actions.goToStep(at + 1)
      },
      stepEvent: actions.stepStory,
    }),
    [actions, narrative],
  )
  return (
    <StoryMode
      story={story}
      mode={mode}
      actions={actions}
      links={links}
      timeline={
        <PanelErrorBoundary name="Timeline">
          <TimelinePanel
            story={story}
            matching={events}
            selected={narrative?.steps[mode.step - 1]?.event}
            visibleWindow={visibleWindow}
            lanes={null}
            filtersInWords=""
            statusFilter={NO_STATUS_FILTER}
            actions={timelineActions}
            withLegend={false}
          />
        </PanelErrorBoundary>
      }
    />
  )
}
