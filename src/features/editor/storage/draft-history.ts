/**
 * Undo and redo over snapshots of the content. Content is never changed in place (a change makes a
 * new value), so a snapshot is a reference, and keeping 500 of them costs 500 references plus what
 * the changes did not share.
 */
export type History<T> = {
  readonly past: readonly T[]
  readonly present: T
  readonly future: readonly T[]
  /** The field last typed in, and when: typing in it again soon continues the same step. */
  readonly typing: { key: string; at: number } | null
}

/** The most steps kept: past this, the oldest step goes. */
export const HISTORY_LIMIT = 500

/** How long after a change to one field the next change to it still joins the same step (ms). */
export const COALESCE_MS = 1000

export function startHistory<T>(present: T): History<T> {
  return { past: [], present, future: [], typing: null }
}

/**
 * Records a change. With a `coalesceKey` (a field's name) that is the same as the last change's, made
 * within COALESCE_MS of it, it joins that step, so undo takes back a word typed, not each letter.
 * A change that changes nothing is no step.
 */
export function recordChange<T>(
  history: History<T>,
  next: T,
  coalesceKey: string | undefined,
  at: number,
): History<T> {
  if (Object.is(next, history.present)) return history
  const typing = coalesceKey === undefined ? null : { key: coalesceKey, at }
  const last = history.typing
  if (typing && last && last.key === typing.key && at - last.at <= COALESCE_MS) {
    return { past: history.past, present: next, future: [], typing }
  }
  const past = [...history.past, history.present]
  if (past.length > HISTORY_LIMIT) past.splice(0, past.length - HISTORY_LIMIT)
  return { past, present: next, future: [], typing }
}

// Content is an object (a draft), so an empty end of the stack reads as undefined and nothing else does.
export function undo<T extends object>(history: History<T>): History<T> {
  const previous = history.past.at(-1)
  if (previous === undefined) return history
  return {
    past: history.past.slice(0, -1),
    present: previous,
    future: [history.present, ...history.future],
    typing: null,
  }
}

export function redo<T extends object>(history: History<T>): History<T> {
  const [next, ...future] = history.future
  if (next === undefined) return history
  return { past: [...history.past, history.present], present: next, future, typing: null }
}
