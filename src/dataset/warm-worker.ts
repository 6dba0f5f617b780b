// The load worker, startable ahead of the dataset it will check. Kept apart from load-off-thread.ts so
// that src/early-start.ts can start it first thing, without the parsing code.

let warm: Worker | null = null

export function startLoadWorker(): Worker {
  return new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' })
}

/**
 * Starts the load worker before its dataset has arrived, so that loading its code overlaps the
 * download. For a page opened on a `?data=` link, whose dataset may be of any size.
 */
export function prewarmLoadWorker(): void {
  if (typeof Worker !== 'undefined' && !warm) warm = startLoadWorker()
}

/** The worker started ahead, once. */
export function takeWarmWorker(): Worker | null {
  const worker = warm
  warm = null
  return worker
}
