import { type KeyboardEvent, type ReactNode, useState } from 'react'
import { useStackedLayout } from '../components/use-stacked-layout'
import { defineMessages, type MessageDescriptor } from '../i18n/messages'
import { useT } from '../i18n/use-t'

const messages = defineMessages({
  charts: { id: 'tabs.charts', defaultMessage: 'Charts' },
  map: { id: 'tabs.map', defaultMessage: 'Map' },
  mapOrCharts: { id: 'tabs.mapOrCharts', defaultMessage: 'Map or charts' },
})

type Shown = 'charts' | 'map'
const TABS: ReadonlyArray<{ id: Shown; label: MessageDescriptor }> = [
  { id: 'charts', label: messages.charts },
  { id: 'map', label: messages.map },
]
const REMEMBERED = 'story-timeline:charts-or-map'

function rememberedChoice(): Shown {
  try {
    return localStorage.getItem(REMEMBERED) === 'map' ? 'map' : 'charts'
  } catch {
    return 'charts'
  }
}

/**
 * The charts and the map share the dashboard's lower middle place on a wide screen, one at a time
 * behind two tabs, the charts first (their brush moves the timeline), the one last chosen remembered;
 * where the views stack, both are shown, one after the other. Only the one shown is drawn: a hidden
 * map need not follow every filter, and its code loads when it is first shown.
 */
export function ChartsOrMap({ charts, map }: { charts: ReactNode; map: ReactNode }) {
  const t = useT()
  const stacked = useStackedLayout()
  const [shown, setShown] = useState<Shown>(rememberedChoice)
  if (stacked) {
    return (
      <div className="charts-and-map">
        {charts}
        {map}
      </div>
    )
  }
  const choose = (id: Shown) => {
    setShown(id)
    try {
      localStorage.setItem(REMEMBERED, id)
    } catch {
      // Storage full or blocked: the choice holds for this page.
    }
  }
  // The tabs' keys (WAI-ARIA's tabs pattern): the arrows move to the other tab and show it.
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return
    event.preventDefault()
    const next = shown === 'map' ? 'charts' : 'map'
    choose(next)
    document.getElementById(`tab-${next}`)?.focus()
  }
  return (
    <div className="charts-or-map">
      <div className="view-tabs" role="tablist" aria-label={t(messages.mapOrCharts)} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            id={`tab-${tab.id}`}
            type="button"
            role="tab"
            aria-selected={shown === tab.id}
            aria-controls={`tabpanel-${tab.id}`}
            tabIndex={shown === tab.id ? 0 : -1}
            className="view-tab"
            onClick={() => choose(tab.id)}
          >
            {t(tab.label)}
          </button>
        ))}
      </div>
      <div
        id={`tabpanel-${shown}`}
        role="tabpanel"
        aria-labelledby={`tab-${shown}`}
        className="view-tabpanel"
      >
        {shown === 'map' ? map : charts}
      </div>
    </div>
  )
}
