// For the storage tests only: a database of its own per test, on fake-indexeddb (a whole IndexedDB
// written in JavaScript), and a way to make its writes fail as a full disk makes them.
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb'
import { z } from 'zod'
import { DraftDatabase } from './draft-database'
import type { ParseContent } from './parse-content'

z.config({ jitless: true })

/** The content the tests edit: a small story. */
export type TestStory = { title: string; events: string[] }

const testStory = z.object({ title: z.string(), events: z.array(z.string()) })

export const parseTestStory: ParseContent<TestStory> = (raw) => {
  const result = testStory.safeParse(raw)
  return result.success
    ? { ok: true, value: result.data }
    : { ok: false, reason: result.error.issues[0]?.message ?? 'unreadable' }
}

let databases = 0

/**
 * A place for a browser's IndexedDB: `open()` is one tab's connection to it; two calls, two tabs.
 * Each place has its own database name, so tabs of one test never hear another test's.
 */
export function testBrowser(now?: () => number) {
  const indexedDB = new IDBFactory()
  const name = `drafts-test-${++databases}`
  return {
    open: () =>
      now
        ? new DraftDatabase({ name, indexedDB, IDBKeyRange, now })
        : new DraftDatabase({ name, indexedDB, IDBKeyRange }),
  }
}

/**
 * Makes the database's writes fail with `failure.error` while it is set, as IndexedDB does when the
 * disk is full; counts the drafts written (puts: not the purge's deletes). Dexie's middleware: it sits under Dexie's API, so
 * the error reaches the code as a real one would (through Dexie's transaction).
 */
export function failingWrites(db: DraftDatabase): { error: unknown; writes: number } {
  // Dexie builds its middleware stack when the database opens: added later, it would do nothing.
  if (db.isOpen()) throw new Error('failingWrites must be set before the database opens')
  const failure: { error: unknown; writes: number } = { error: null, writes: 0 }
  db.use({
    stack: 'dbcore',
    name: 'failing-writes',
    create: (down) => ({
      ...down,
      table: (tableName) => {
        const table = down.table(tableName)
        return {
          ...table,
          mutate: (request) => {
            if (request.type === 'put' || request.type === 'add') failure.writes++
            return failure.error ? Promise.reject(failure.error) : table.mutate(request)
          },
        }
      },
    }),
  })
  return failure
}

export function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError')
}
