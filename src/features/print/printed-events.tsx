import { createPortal } from 'react-dom'
import { useModuleAfterFirstView } from '../../components/use-module-after-first-view'
import type { Story } from '../../dataset/story-index'
import type { ActiveFilters } from '../../state/view-state'
import { usePrintAsked } from './print-request'
import { usePrinting } from './use-printing'

// The printed list, its messages and print.css are not needed to read the page: they come once the
// first view is painted (well before anyone prints), or at once if printing starts before that.
const loadPrintedList = () => import('./printed-list')

/**
 * What the page prints: the matching events in time order (printed-list.tsx). Made only while
 * printing, or once Print is pressed (it then prints when the list has its answer: print-request.ts);
 * then the page prints nothing else (print.css).
 */
export function PrintedEvents(props: { story: Story; filters: ActiveFilters; filtersInWords: string }) {
  const printing = usePrinting()
  const asked = usePrintAsked()
  const loaded = useModuleAfterFirstView(loadPrintedList, printing || asked)
  if (!(printing || asked) || !loaded) return null
  // A child of body, so that print.css can leave out everything else with one rule.
  return createPortal(<loaded.PrintedList {...props} printWhenAnswered={asked} />, document.body)
}
