import { type ReactNode, useEffect, useRef } from 'react'
import { narrativeTitle } from '../../components/narrative-title'
import { ThemeToggle } from '../../components/theme-toggle'
import { narrativeById, narrativesOf } from '../../dataset/narratives'
import type { Story } from '../../dataset/story-index'
import { directionOf } from '../../i18n/languages'
import { defineMessages } from '../../i18n/messages'
import { useLanguage, useT } from '../../i18n/use-t'
import type { StoryModeState } from '../../state/view-state'
import { StoryCover } from './story-cover'
import { StoryStepCard } from './story-step'
import { useStoryKeys } from './use-story-keys'
import { useSwipe } from './use-swipe'
import './story-mode.css'

const messages = defineMessages({
  position: { id: 'storyMode.position', defaultMessage: 'Step {step, number} of {total, number}' },
  storyMode: { id: 'storyMode.button', defaultMessage: 'Story mode' },
  steps: { id: 'storyMode.nav', defaultMessage: 'Story steps' },
  previous: { id: 'storyMode.previous', defaultMessage: 'Previous' },
  next: { id: 'storyMode.next', defaultMessage: 'Next' },
  cover: { id: 'storyMode.cover', defaultMessage: 'Cover' },
  exploreEvent: { id: 'storyMode.exploreEvent', defaultMessage: 'Explore this event' },
  exploreStory: { id: 'storyMode.exploreStory', defaultMessage: 'Explore the story' },
  stepSaid: { id: 'storyMode.stepSaid', defaultMessage: '{position}: {title}' },
  coverSaid: { id: 'storyMode.coverSaid', defaultMessage: 'Cover of {title}' },
})

/**
 * Story mode: a narrative's cover, then one step at a time, the event large with its quotes and
 * sources, and the timeline following along below it. Previous and Next by buttons, keys (arrows, N and
 * P) and swipes; each step is a history entry and a link; Explore leaves for the dashboard with the
 * step's event selected.
 */
export function StoryMode(props: {
  story: Story
  mode: StoryModeState
  /** The previous or next step (the cover before the first). */
  onStep: (direction: -1 | 1) => void
  /** A step by its number (Start: the first). */
  onGoToStep: (step: number) => void
  /** Another narrative, at its cover. */
  onOpen: (narrative: string) => void
  /** Explore: back to the dashboard. */
  onLeave: () => void
  /** The timeline, following the steps (composed by the page: features do not import each other). */
  timeline: ReactNode
  /** Links beside the bar's buttons (an embed's link to the full app). */
  links?: ReactNode
}) {
  const t = useT()
  const { story, mode, onStep, onGoToStep, onOpen, onLeave, timeline, links } = props
  const narratives = narrativesOf(story)
  // The view has checked the narrative and the step against the story.
  const narrative = narrativeById(story, mode.narrative) ?? narratives[0]
  const total = narrative?.steps.length ?? 0
  const step = narrative?.steps[mode.step - 1]
  const rtl = directionOf(useLanguage().language) === 'rtl'
  const swipe = useSwipe(onStep, rtl)
  useStoryKeys(onStep, onLeave, rtl)

  // A step's heading takes the focus when the control that moved there is gone (Start, a key).
  const heading = useRef<HTMLHeadingElement>(null)
  const shownStep = useRef(mode.step)
  useEffect(() => {
    if (shownStep.current === mode.step) return
    shownStep.current = mode.step
    const lost = document.activeElement === null || document.activeElement === document.body
    if (lost) heading.current?.focus()
  }, [mode.step])

  if (!narrative) return null
  const position = t(messages.position, { step: mode.step, total })
  const title = narrativeTitle(narrative)
  return (
    <div className="story-mode">
      <header className="story-mode-bar">
        {/* The page's one top heading: story mode and the story it walks (axe: page-has-heading-one). */}
        <h1 className="story-mode-name">
          <span className="app-name">{t(messages.storyMode)}</span> <bdi>{title}</bdi>
        </h1>
        <nav className="story-mode-nav" aria-label={t(messages.steps)}>
          <button
            type="button"
            className="icon-button"
            onClick={() => onStep(-1)}
            disabled={mode.step === 0}
            aria-keyshortcuts={rtl ? 'ArrowRight p' : 'ArrowLeft p'}
          >
            <span aria-hidden="true">‹</span> {t(messages.previous)}
          </button>
          <span className="story-mode-where">{mode.step === 0 ? t(messages.cover) : position}</span>
          <button
            type="button"
            className="icon-button"
            onClick={() => onStep(1)}
            disabled={mode.step >= total}
            aria-keyshortcuts={rtl ? 'ArrowLeft n' : 'ArrowRight n'}
          >
            {t(messages.next)} <span aria-hidden="true">›</span>
          </button>
        </nav>
        <ThemeToggle />
        {links}
        <button type="button" className="primary-button" onClick={onLeave} aria-keyshortcuts="Escape">
          {step ? t(messages.exploreEvent) : t(messages.exploreStory)}
        </button>
      </header>
      <div className="story-mode-progress" aria-hidden="true">
        <span style={{ width: `${total ? (100 * mode.step) / total : 0}%` }} />
      </div>
      {/* Said when the step changes, however it was reached: a button, a key, a swipe, Back. */}
      <p className="visually-hidden" aria-live="polite">
        {step
          ? t(messages.stepSaid, { position, title: step.event.title })
          : t(messages.coverSaid, { title })}
      </p>
      <main className="story-mode-main">
        <div className="story-stage" {...swipe}>
          {step ? (
            <StoryStepCard story={story} step={step} position={position} headingRef={heading} />
          ) : (
            <StoryCover
              story={story}
              narrative={narrative}
              narratives={narratives}
              onStart={() => onGoToStep(1)}
              onChoose={onOpen}
            />
          )}
        </div>
        <div className="story-timeline">{timeline}</div>
      </main>
    </div>
  )
}
