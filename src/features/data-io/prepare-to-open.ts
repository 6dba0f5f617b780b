import { warmLoadWorker } from '../../dataset/load/worker/worker-client'
import { preloadColumnsDialog } from './column-mapping/load-columns-dialog'

/**
 * A person is about to open a file (pointing at or focusing Open dataset…, dragging files over the
 * page): the load worker starts and compiles its reading code, and the mapping step's code loads,
 * while they choose it. Otherwise both come after the file is chosen, ~250 ms before a large sheet's
 * mapping step could show. Repeated calls cost nothing.
 */
export function prepareToOpenFiles(): void {
  warmLoadWorker()
  preloadColumnsDialog()
}
