/**
 * Story mode's code (its steps, cover and their messages), loaded when the reader enters it rather
 * than with the first view; the button starts it when pointed at.
 */
export const loadStoryMode = () => import('./story-mode')
