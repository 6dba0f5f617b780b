import type { StoryDraft } from './model/story-draft'
import type { DraftView } from './storage/use-draft'

/** The open story, ready to edit: its content, saving and history. */
export type ReadyDraft = Extract<DraftView<StoryDraft>, { status: 'ready' }>
