import { memo, type ReactNode, useCallback, useId, useState } from 'react'
import { formatLocalNumber } from '../../i18n/i18n-store'
import { defineMessages } from '../../i18n/messages'
import { useT } from '../../i18n/use-t'
import type { NamedValue } from '../../state/facets/facet'
import type { FacetKey } from '../../state/facets/facet-table'
import type { FacetCount } from '../../state/matching-events'
import type { PanelFacet } from './panel-facets'

const messages = defineMessages({
  mostMatching: {
    id: 'filters.mostMatching',
    defaultMessage: 'The {count, number} with most matching events.',
  },
  showFewer: { id: 'filters.showFewer', defaultMessage: 'Show fewer' },
  showAll: { id: 'filters.showAll', defaultMessage: 'Show all {count, number}' },
  wouldAddTitle: { id: 'filters.wouldAddTitle', defaultMessage: 'Events it would add to those matching' },
  // What a screen reader hears for a value's count: one message with its number, so that the noun
  // agrees with it in every language (Arabic and Ukrainian change the noun's form by the count).
  wouldAddCount: {
    id: 'filters.wouldAddCount',
    defaultMessage: '{count, plural, one {would add # event if chosen} other {would add # events if chosen}}',
  },
  matchingCount: {
    id: 'filters.matchingCount',
    defaultMessage: '{count, plural, one {# matching event} other {# matching events}}',
  },
})

/** One facet's checkboxes: one group, or a group of groups under headings; a sentence where the story has none. */
export function PanelFacetGroup({
  facet,
  panel,
  lists,
  chosen,
  count,
  onToggle,
}: PanelFacet & {
  chosen: readonly string[]
  count: FacetCount
  onToggle: (facet: FacetKey, value: string) => void
}) {
  const toggle = useCallback((value: string) => onToggle(facet.key, value), [facet.key, onToggle])
  if (lists.length === 0) return panel.none === null ? null : <p className="empty-state">{panel.none}</p>
  const group = (heading: string | null, values: readonly NamedValue[]) => (
    <NamedGroup
      key={heading}
      legend={heading ?? panel.legend}
      nested={heading !== null}
      shortens={panel.order === 'by-name'}
      items={values}
      counts={count.byValue}
      added={chosen.length ? count.added : undefined}
      checked={chosen}
      onToggle={toggle}
    />
  )
  const [only] = lists
  if (lists.length === 1 && only?.heading === null) return group(null, only.values)
  return (
    <FacetGroup legend={panel.legend} listed={false}>
      {lists.map(({ heading, values }) => (values.length === 0 ? null : group(heading, values)))}
    </FacetGroup>
  )
}

function FacetGroup(props: { legend: string; nested?: boolean; listed?: boolean; children: ReactNode }) {
  const { legend, nested, listed = true, children } = props
  return (
    <fieldset className={nested ? 'facet-group facet-group-nested' : 'facet-group'}>
      <legend>{legend}</legend>
      {listed ? <ul className="facet-list">{children}</ul> : children}
    </fieldset>
  )
}

/** Past this many values (actors of a kind, categories), a group lists the busiest first and offers the rest on demand. */
const SHORT_LIST_LIMIT = 30
const SHORT_LIST_LENGTH = 20

/**
 * The values of one facet, or of one group of a facet (the actors of one kind). Where it `shortens`, a
 * large story may name thousands: a list that long is neither readable nor quick to update, so it
 * shows the SHORT_LIST_LENGTH with most matching events (and any chosen ones) until the reader asks
 * for all. (Countries do not: a story names a few hundred at most.)
 */
function NamedGroup(props: {
  legend: string
  nested: boolean
  shortens: boolean
  items: readonly NamedValue[]
  counts: ReadonlyMap<string, number>
  /** With some values chosen: what each other one would add. */
  added: ReadonlyMap<string, number> | undefined
  checked: readonly string[]
  onToggle: (id: string) => void
}) {
  const { legend, nested, shortens, items, counts, added, checked, onToggle } = props
  const t = useT()
  const [showAll, setShowAll] = useState(false)
  const long = shortens && items.length > SHORT_LIST_LIMIT
  const shown =
    !long || showAll
      ? items
      : // The values come in name order and the sort is stable: equal counts stay in name order.
        [...items]
          // By the figure each shows: its events, or with some chosen, what it would add.
          .sort((a, b) => ((added ?? counts).get(b.id) ?? 0) - ((added ?? counts).get(a.id) ?? 0))
          .filter((item, rank) => rank < SHORT_LIST_LENGTH || checked.includes(item.id))
  return (
    <FacetGroup legend={legend} nested={nested}>
      {shown.map((item) => (
        <FacetCheckbox
          key={item.id}
          label={item.name}
          count={counts.get(item.id) ?? 0}
          adds={added ? (added.get(item.id) ?? 0) : undefined}
          checked={checked.includes(item.id)}
          value={item.id}
          onToggle={onToggle}
        />
      ))}
      {long && (
        <li className="facet-more">
          {!showAll && <span>{t(messages.mostMatching, { count: SHORT_LIST_LENGTH })} </span>}
          <button type="button" className="link-button" onClick={() => setShowAll(!showAll)}>
            {showAll ? t(messages.showFewer) : t(messages.showAll, { count: items.length })}
          </button>
        </li>
      )}
    </FacetGroup>
  )
}

const FacetCheckbox = memo(function FacetCheckbox(props: {
  label: string
  count: number
  /**
   * Where others of its group are chosen: how many events choosing this one would add (values of a
   * group combine with OR, so its own count would overstate what it changes).
   */
  adds?: number | undefined
  checked: boolean
  value: string
  onToggle: (value: string) => void
}) {
  const t = useT()
  const id = useId()
  const showsAdds = props.adds !== undefined && !props.checked
  const empty = !props.checked && (showsAdds ? props.adds === 0 : props.count === 0)
  return (
    <li className={empty ? 'facet facet-empty' : 'facet'}>
      <input
        id={id}
        type="checkbox"
        checked={props.checked}
        onChange={() => props.onToggle(props.value)}
        aria-describedby={`${id}-count`}
      />
      <label htmlFor={id}>
        <bdi>{props.label}</bdi>
      </label>
      {showsAdds ? (
        <span id={`${id}-count`} className="facet-count" title={t(messages.wouldAddTitle)}>
          <span className="visually-hidden">{t(messages.wouldAddCount, { count: props.adds ?? 0 })}</span>
          <span aria-hidden="true">+{formatLocalNumber(props.adds ?? 0)}</span>
        </span>
      ) : (
        <span id={`${id}-count`} className="facet-count">
          <span className="visually-hidden">{t(messages.matchingCount, { count: props.count })}</span>
          <span aria-hidden="true">{formatLocalNumber(props.count)}</span>
        </span>
      )}
    </li>
  )
})
