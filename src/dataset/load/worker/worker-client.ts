// Kept apart from load-off-thread.ts so that the page's first script (src/early-start.ts) can start
// the worker without the parsing code.

export function startLoadWorker(): Worker {
  return new Worker(new URL('./load-worker.ts', import.meta.url), { type: 'module' })
}
