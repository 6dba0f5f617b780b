export type DialogModule = typeof import('./columns-dialog')

// The dialog and the reader it previews with (dates, countries, the checks) load only for a sheet
// whose columns are to be chosen: most openings never need them. Held here once loaded.
let loaded: DialogModule | null = null
// Warmed once a page: later files find the code compiled and the tables built.
let warming = false

/** The mapping step's code, once it has loaded; null before. */
export const loadedColumnsDialog = (): DialogModule | null => loaded

export async function loadColumnsDialog(): Promise<DialogModule> {
  loaded ??= await import('./columns-dialog')
  return loaded
}

/**
 * Starts loading the mapping step's code while the worker reads a sheet's head: the page's thread is
 * idle then, and the dialog shows as soon as the worker asks for it rather than a chunk's load later.
 */
export function preloadColumnsDialog(): void {
  if (warming) return
  warming = true
  void loadColumnsDialog()
    .then((module) => module.warmUp())
    .catch(() => {
      warming = false
      // Loaded again when needed.
    })
}
