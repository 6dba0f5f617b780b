import type { ReactNode } from 'react'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'
import type { DraftReason } from './storage/storage-failure'

/** What a person is told when the browser does not keep a draft: what happened and what to do. */
const messages = defineMessages({
  quota: {
    id: 'editor.storage.quota',
    defaultMessage:
      'Your browser’s storage for this site is full, so this story is not being saved. Export JSON to keep it; deleting stories you no longer need frees space.',
  },
  refused: {
    id: 'editor.storage.refused',
    defaultMessage:
      'Your browser is not keeping this story: it refused storage (private window?). Export JSON to keep it.',
  },
  failed: {
    id: 'editor.storage.failed',
    defaultMessage:
      'Saving failed ({said}). Your changes are still here: export JSON to keep them; the next change tries again.',
  },
})

/**
 * A draft's reason in the reader's language: a storage failure worded by its code, the browser's own
 * words (its error's name and message, English in every browser's IndexedDB) only as a detail, marked
 * so; words made in the reader's language already, as they are.
 */
export function DraftReasonWords({ reason }: { reason: DraftReason }): ReactNode {
  if (typeof reason === 'string') return reason
  switch (reason.code) {
    case 'storageQuota':
      return richText(messages.quota, {})
    case 'storageRefused':
      return richText(messages.refused, {})
    case 'storageFailed':
      return richText(messages.failed, {
        said: (
          <bdi lang="en" dir="ltr">
            {reason.said}
          </bdi>
        ),
      })
  }
}
