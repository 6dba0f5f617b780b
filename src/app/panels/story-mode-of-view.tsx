import { type ReactNode, useCallback, useMemo } from 'react'
import { LoadingState } from '../../components/loading-state'
import { PANEL_NAMES, PanelErrorBoundary } from '../../components/panel-error-boundary'
import { useModuleWhen } from '../../components/use-module-when'
import { narrativeById } from '../../dataset/narratives'
import { loadStoryMode } from '../../features/story-mode/load-story-mode'
import { TimelinePanel } from '../../features/timeline/timeline-panel'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import { NOTHING_CHOSEN } from '../../state/facets/facet-table'
import { AnswerSourceProvider } from '../../state/query/answer-source'
import { useSubsetAnswerSource } from '../../state/query/subset-answer-source'
import { shortestWindowFor } from '../../state/time-window'
import type { ActiveFilters, StoryModeState } from '../../state/view-state'
import type { StoryView } from '../use-story-view'

const messages = defineMessages({
  loading: { id: 'storyMode.loading', defaultMessage: 'Opening story mode…' },
})

/** The walk's events are all drawn: no filter narrows them. */
const NO_FILTERS: ActiveFilters = { chosen: NOTHING_CHOSEN, search: '' }

/**
 * Story mode with the timeline following along: the timeline shows the narrative's events, the step's
 * event selected; choosing an event of the walk on it goes to its step, and its arrows step the story.
 */
export function StoryModeOfView({
  view,
  mode,
  links,
}: {
  view: StoryView
  mode: StoryModeState
  /** Links for the bar (an embed's link to the full app). */
  links?: ReactNode
}) {
  const t = useT()
  const loaded = useModuleWhen(loadStoryMode, true)
  const { story, actions } = view
  const narrative = narrativeById(story, mode.narrative)
  // In time order, as the timeline takes them.
  const events = useMemo(() => {
    const inWalk = new Set(narrative?.steps.map(({ event }) => event))
    return story.events.filter((event) => inWalk.has(event))
  }, [story, narrative])
  // The timeline asks of the walk's events as of a story of their own.
  const walk = useSubsetAnswerSource(story, events, `walk:${mode.narrative}`)
  const goToEvent = useCallback(
    (id: string | null) => {
      const at = narrative?.steps.findIndex(({ event }) => event.id === id) ?? -1
      if (at >= 0) actions.goToStep(at + 1)
    },
    [actions, narrative],
  )
  if (!loaded) return <LoadingState label={t(messages.loading)} />
  const { StoryMode } = loaded
  return (
    <StoryMode
      story={story}
      mode={mode}
      onStep={actions.stepStory}
      onGoToStep={actions.goToStep}
      onOpen={actions.openStory}
      onLeave={actions.leaveStory}
      links={links}
      timeline={
        <PanelErrorBoundary name={PANEL_NAMES.timeline}>
          <AnswerSourceProvider source={walk}>
            <TimelinePanel
              story={story}
              shortestWindow={shortestWindowFor(story)}
              filters={NO_FILTERS}
              selected={narrative?.steps[mode.step - 1]?.event}
              selectedHidden={false}
              visibleWindow={view.visibleWindow}
              lanes={null}
              filtersInWords=""
              onSelect={goToEvent}
              onStep={actions.stepStory}
              onWindowChange={actions.setWindow}
              onClearFilters={actions.clearFilters}
            />
          </AnswerSourceProvider>
        </PanelErrorBoundary>
      }
    />
  )
}
