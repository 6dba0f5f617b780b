import { useVirtualizer } from '@tanstack/react-virtual'
import {
  type CSSProperties,
  type KeyboardEventHandler,
  type ReactNode,
  type RefObject,
  useEffect,
  useLayoutEffect,
  useMemo,
  useRef,
} from 'react'
import './long-list.css'

/**
 * Up to this many rows a list is plain: every row in the page, found by the browser's search and read
 * whole by a screen reader. Past it, only the rows in and near view are in the page (the list of a large
 * story can hold thousands), each told its place in the whole with aria-posinset / aria-setsize.
 */
const ALL_ROWS_UP_TO = 200

export type LongListProps<T> = {
  items: readonly T[]
  itemKey: (item: T) => string
  renderItem: (item: T) => ReactNode
  /**
   * The panel body that scrolls the list (positioned, so a row's offsetTop is measured from it). Passed
   * as a value, not a ref: the windowed list must render again once it exists (it is attached after the
   * list's own effects have run).
   */
  scroller: HTMLElement | null
  /** A typical row's height in px; rows are measured once drawn. */
  estimatedRowHeight: number
  /** The key of the row to bring into view when it changes (the selection); it takes the focus if the list had it. */
  keepInView?: string | null
  ordered?: boolean
  className: string
  itemClassName?: string
  onKeyDown?: KeyboardEventHandler<HTMLElement>
}

/** A list that stays cheap at any length: plain when short, windowed when long. */
export function LongList<T>(props: LongListProps<T>) {
  const listRef = useRef<HTMLElement>(null)
  const windowed = props.items.length > ALL_ROWS_UP_TO
  const afterDraw = useKeepInView(props, listRef, windowed)
  const rowsProps = { ...props, listRef, afterDraw }
  return windowed ? <WindowedRows {...rowsProps} /> : <AllRows {...rowsProps} />
}

type RowsProps<T> = LongListProps<T> & {
  listRef: RefObject<HTMLElement | null>
  /** Called after every drawing of the rows (a windowed list redraws itself as it scrolls). */
  afterDraw: () => void
}

function AllRows<T>({
  items,
  itemKey,
  renderItem,
  ordered,
  className,
  itemClassName,
  estimatedRowHeight,
  onKeyDown,
  listRef,
  afterDraw,
}: RowsProps<T>) {
  useLayoutEffect(afterDraw)
  const List = ordered ? 'ol' : 'ul'
  // Rows out of sight are in the page but not laid out (long-list.css: content-visibility), each
  // standing in at its typical height until first drawn.
  const rowSize = useMemo(
    () => ({ '--long-list-row-size': `${estimatedRowHeight}px` }) as CSSProperties,
    [estimatedRowHeight],
  )
  return (
    <List
      ref={listRef as RefObject<HTMLOListElement>}
      className={`${className} all-rows`}
      style={rowSize}
      onKeyDown={onKeyDown}
    >
      {items.map((item) => (
        <li key={itemKey(item)} className={itemClassName} data-key={itemKey(item)}>
          {renderItem(item)}
        </li>
      ))}
    </List>
  )
}

// The panel body's vertical padding (0.5rem), in px.
const LIST_PADDING = 8

function WindowedRows<T>(props: RowsProps<T>) {
  const { items, itemKey, renderItem, scroller, ordered, className, itemClassName, onKeyDown, listRef } =
    props
  useLayoutEffect(props.afterDraw)
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scroller,
    estimateSize: () => props.estimatedRowHeight,
    // The scroller's padding, drawn by the virtualizer instead (dashboard.css takes it off the scroller):
    // the list then starts where the scroller does, with no layout read to find where that is.
    paddingStart: LIST_PADDING,
    paddingEnd: LIST_PADDING,
    // A row brought into view clears that padding, as a plain list's row does.
    scrollPaddingStart: LIST_PADDING,
    scrollPaddingEnd: LIST_PADDING,
    overscan: 6,
  })
  // Row sizes are remembered by position, not by the item's key (no getItemKey): each new size makes
  // the virtualizer place the rows after it again, tens of thousands in a large story, and a key lookup
  // per row was slow (see docs/decisions/drawing-at-scale.md). So the sizes are forgotten when the items change.
  const shownItems = useRef(items)
  useLayoutEffect(() => {
    if (shownItems.current === items) return
    shownItems.current = items
    virtualizer.measure()
  }, [items, virtualizer])
  // Runs before the list's own effect (useKeepInView), which then finds the row drawn or about to be.
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new key scrolls; new items alone must not move the reader
  useEffect(() => {
    if (!props.keepInView) return
    const index = items.findIndex((item) => itemKey(item) === props.keepInView)
    if (index >= 0) virtualizer.scrollToIndex(index, { align: 'auto' })
  }, [props.keepInView])
  const List = ordered ? 'ol' : 'ul'
  return (
    <List
      ref={listRef as RefObject<HTMLOListElement>}
      className={`${className} windowed-list`}
      style={{ height: virtualizer.getTotalSize() }}
      onKeyDown={onKeyDown}
    >
      {virtualizer.getVirtualItems().map((row) => {
        const item = items[row.index] as T
        return (
          <li
            key={itemKey(item)}
            ref={virtualizer.measureElement}
            data-index={row.index}
            data-key={itemKey(item)}
            className={itemClassName}
            aria-posinset={row.index + 1}
            aria-setsize={items.length}
            style={{ transform: `translateY(${row.start}px)` }}
          >
            {renderItem(item)}
          </li>
        )
      })}
    </List>
  )
}

/**
 * When the kept key changes: a plain list scrolls its row into the panel (the panel only, never the page:
 * on a phone, selecting on the timeline must not jump the page down to the list). Either list hands the
 * focus to the row if the reader was in the list, once the row is drawn (a windowed list draws it after
 * scrolling to it).
 */
function useKeepInView<T>(
  { keepInView, scroller }: LongListProps<T>,
  listRef: RefObject<HTMLElement | null>,
  windowed: boolean,
): () => void {
  const focusPending = useRef(false)
  // Whether the reader is in the list, read while rendering: by the time effects run, the row that had
  // the focus may be gone (the new selection moved the timeline's window, and with it the list).
  const shownKey = useRef(keepInView)
  const focusWasIn = useRef(false)
  if (shownKey.current !== keepInView) {
    shownKey.current = keepInView
    focusWasIn.current = listRef.current?.contains(document.activeElement) ?? false
  }
  const focusRow = () => {
    if (!focusPending.current || !keepInView || !listRef.current) return
    const row = rowElement(listRef.current, keepInView)
    const target = row?.querySelector<HTMLElement>('button, a, [tabindex]')
    if (target) {
      focusPending.current = false
      target.focus({ preventScroll: windowed })
    }
  }
  // biome-ignore lint/correctness/useExhaustiveDependencies: only a new key moves the view and the focus
  useEffect(() => {
    const list = listRef.current
    if (!list || !keepInView) return
    focusPending.current = focusWasIn.current
    const row = rowElement(list, keepInView)
    if (row && !windowed) scrollIntoPanel(row, scroller)
    focusRow()
  }, [keepInView])
  // Also after every later drawing of the rows: a windowed list draws the row once it has scrolled to it.
  return focusRow
}

function rowElement(list: HTMLElement, key: string): HTMLElement | null {
  return list.querySelector<HTMLElement>(`:scope > li[data-key="${CSS.escape(key)}"]`)
}

function scrollIntoPanel(element: HTMLElement, container: HTMLElement | null): void {
  if (!container) return
  const top = element.offsetTop
  const bottom = top + element.offsetHeight
  if (top < container.scrollTop || bottom > container.scrollTop + container.clientHeight) {
    container.scrollTop = top - (container.clientHeight - element.offsetHeight) / 2
  }
}
