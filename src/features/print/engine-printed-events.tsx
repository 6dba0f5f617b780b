import { createPortal } from 'react-dom'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { ActiveFilters } from '../../state/view-state'
import type { EnginePrintedStory } from './engine-printed-list'
import { usePrintAsked } from './print-request'
import { usePrinting } from './use-printing'

// As printed-events.tsx: the list's code and print.css come after the first view.
const loadPrintedList = () => import('./engine-printed-list')

/**
 * What the page prints for a story an engine holds: the first matching events, asked of the engine
 * (engine-printed-list.tsx). Made only while printing, or once Print is pressed (it then prints when
 * the engine has answered).
 */
export function EnginePrintedEvents(props: {
  story: EnginePrintedStory
  filters: ActiveFilters
  filtersInWords: string
}) {
  const printing = usePrinting()
  const asked = usePrintAsked()
  const loaded = useModuleAfterFirstView(loadPrintedList, printing || asked)
  if (!(printing || asked) || !loaded) return null
  // A child of body, so that print.css can leave out everything else with one rule.
  return createPortal(<loaded.EnginePrintedList {...props} printWhenAnswered={asked} />, document.body)
}
