import { z } from 'zod'

// jitless: the page's Content-Security-Policy forbids eval (see src/dataset/format/schema.ts).
z.config({ jitless: true })

/** Told to the page's other tabs the moment a draft is saved, before they try to write over it. */
export type SavedNotice = { id: string; revision: number }

const savedNotice = z.object({ kind: z.literal('saved'), id: z.string(), revision: z.number() })

/** A channel to the other tabs of this site that hold the same drafts database. */
export type DraftChannel = { tell(notice: SavedNotice): void; close(): void }

/**
 * Opens the channel, calling `heard` for each save another tab (or another editor in this page)
 * announces. Messages come from outside this code, so each is parsed; one that is not a notice is
 * ignored. Where BroadcastChannel does not exist, a tab still never overwrites another: the write's
 * transaction checks the revision; it only learns of the change later, when it tries to save.
 */
export function openDraftChannel(database: string, heard: (notice: SavedNotice) => void): DraftChannel {
  if (typeof BroadcastChannel === 'undefined') return { tell() {}, close() {} }
  const name = `${database}:saved`
  let channel: BroadcastChannel | null = new BroadcastChannel(name)
  channel.onmessage = (event: MessageEvent<unknown>) => {
    const notice = savedNotice.safeParse(event.data)
    if (notice.success) heard({ id: notice.data.id, revision: notice.data.revision })
  }
  return {
    tell(notice) {
      const message = { kind: 'saved', ...notice }
      if (channel) {
        channel.postMessage(message)
        return
      }
      // The editor closed while its last write was under way: the other tabs still hear of that save.
      const once = new BroadcastChannel(name)
      once.postMessage(message)
      once.close()
    },
    close() {
      channel?.close()
      channel = null
    },
  }
}
