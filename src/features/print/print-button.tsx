/** _Print_: the matching events in time order, with their dates, quotes and sources (see PrintedEvents). */
export function PrintButton() {
  return (
    <button type="button" className="icon-button" onClick={() => window.print()}>
      Print
    </button>
  )
}
