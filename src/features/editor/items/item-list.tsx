import type { ReactNode } from 'react'

/** A list of a story's items to choose one from (its form opens under it, in the list), and a way to add one. */
export function ItemList(props: {
  label: string
  items: ReadonlyArray<{ id: string; title: string; meta: string }>
  picked: string | undefined
  onPick: (id: string) => void
  onAdd?: () => void
  addLabel?: string
  empty: string
  /** The chosen item's form, shown under it. */
  form?: ReactNode
}) {
  const { label, items, picked, onPick, onAdd, addLabel, empty, form } = props
  return (
    <div className="item-list">
      {items.length === 0 ? (
        <p className="empty-state">{empty}</p>
      ) : (
        <ul aria-label={label}>
          {items.map((item) => (
            <li key={item.id}>
              <button
                type="button"
                className={item.id === picked ? 'item-button current' : 'item-button'}
                aria-current={item.id === picked ? 'true' : undefined}
                onClick={() => onPick(item.id)}
              >
                <span className="item-title" dir="auto">
                  {item.title}
                </span>
                <span className="item-meta" dir="auto">
                  {item.meta}
                </span>
              </button>
              {item.id === picked && form}
            </li>
          ))}
        </ul>
      )}
      {onAdd && (
        <button type="button" className="icon-button" onClick={onAdd}>
          {addLabel}
        </button>
      )}
    </div>
  )
}
