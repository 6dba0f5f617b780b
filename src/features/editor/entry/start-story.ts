import type { Dataset } from '../../../dataset/format/schema'
import { navigate } from '../../../state/url-store'
import { datasetToDraft } from '../model/dataset-to-draft'
import { newStoryDraft, parseStoryDraft, type StoryDraft } from '../model/story-draft'
import { draftDatabase } from '../storage/draft-database'
import { DraftStore } from '../storage/draft-store'
import type { DraftReason } from '../storage/storage-failure'

// Loaded with startStory, so that the dashboard's buttons say why not without the words on the first view.
export { DraftReasonWords } from '../draft-reason-words'

const titleOf = (draft: StoryDraft) => draft.title.trim() || 'Untitled story'

/**
 * Starts a story in the editor: a new one waiting for its article, or a copy of a story to edit
 * (Edit a copy: the dataset, the original left as it is). Opens the editor at its address; says why
 * not when the browser will not keep it.
 */
export async function startStory(from?: Dataset): Promise<DraftReason | null> {
  const store = new DraftStore(draftDatabase(), parseStoryDraft, { titleOf })
  const content = from ? { ...datasetToDraft(from), title: `${from.title} (copy)` } : newStoryDraft()
  const created = await store.create(content)
  if (!created.ok) return created.reason
  navigate(`?edit=${encodeURIComponent(created.id)}`, 'push')
  return null
}
