import { useAfterFirstView } from './use-after-first-view'
import { useModuleWhen } from './use-module-when'

/**
 * A module loaded once the first view has been painted (a panel's code that the first view does not
 * need: the charts, the map), or at once when `now` (the reader has asked for it); null until it has
 * arrived. See useModuleWhen.
 */
export function useModuleAfterFirstView<M>(load: () => Promise<M>, now = false): M | null {
  const firstViewShown = useAfterFirstView()
  return useModuleWhen(load, now || firstViewShown)
}
