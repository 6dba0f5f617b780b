import { useEffect, useId, useMemo, useRef, useState } from 'react'
import { SheetReviewWords } from '../../../components/reasons/column-reason-words'
import type {
  ColumnReason,
  ColumnRole,
  ColumnRoles,
  DayMonthOrder,
  RoleSource,
  SheetChoice,
  SheetHead,
} from '../../../dataset/import/column-choice'
import { decideOrder, guessRoles, NUMERIC_DATE } from '../../../dataset/import/column-choice-step'
import { defineMessages } from '../../../i18n/messages'
import { richText } from '../../../i18n/rich-text'
import { useT } from '../../../i18n/use-t'
import { ColumnsPreview } from './columns-preview'
import type { ColumnsToChoose } from './columns-to-choose'
import { DateOrderChoice } from './date-order-choice'
import { previewEvents } from './preview-events'
import { roleLabel, SHARED_ROLES } from './role-labels'
import './columns-dialog.css'
import { dictionary, lookup } from '../../../lib/dictionary'
import { ColumnRow, firstValues } from './column-row'

type ColumnsDialogProps = {
  choosing: ColumnsToChoose
  onOpen: (choice: SheetChoice, remember: boolean) => void
  onCancel: () => void
}

const messages = defineMessages({
  heading: { id: 'columns.heading', defaultMessage: 'Choose what each column holds' },
  sheetOf: {
    id: 'columns.sheetOf',
    defaultMessage:
      '<f>{file}</f>{workbook, select, yes {, sheet “{sheet}”} other {}}: {total, select, unknown {a large sheet (its first rows are shown)} other {{rows, plural, one {# row} other {# rows}}}} of {columns, plural, one {# column} other {# columns}}.',
  },
  reviewing: {
    id: 'columns.reviewing',
    defaultMessage: 'It opened as shown here; change a column to open it again.',
  },
  check: { id: 'columns.check', defaultMessage: 'Check the columns, then open it.' },
  sheet: { id: 'columns.sheet', defaultMessage: 'Sheet' },
  caption: { id: 'columns.caption', defaultMessage: 'Each column, its first values and what it is read as' },
  column: { id: 'columns.column', defaultMessage: 'Column' },
  firstValues: { id: 'columns.firstValues', defaultMessage: 'First values' },
  readAs: { id: 'columns.readAsHeader', defaultMessage: 'Read as' },
  more: {
    id: 'columns.more',
    defaultMessage:
      'And {count, plural, one {# more column} other {# more columns}}, read as their names say.',
  },
  willRead: { id: 'columns.willRead', defaultMessage: '“{column}” will be read as {role}.' },
  noLonger: { id: 'columns.noLonger', defaultMessage: '“{column}” is no longer read as it.' },
  remember: { id: 'columns.remember', defaultMessage: 'Remember for files with these columns' },
  keep: { id: 'columns.keep', defaultMessage: 'Keep as it is' },
  cancel: { id: 'storyPage.cancel', defaultMessage: 'Cancel' },
  openAgain: { id: 'columns.openAgain', defaultMessage: 'Open again with these columns' },
  open: { id: 'columns.open', defaultMessage: 'Open' },
})

type SheetRoles = { roles: ColumnRoles; by: Record<string, RoleSource>; why: Record<string, ColumnReason> }

/**
 * The mapping step: each column of the sheet with its first values and the role it will be read as
 * (found by its name, guessed from its values, or chosen here), the first rows as the events they
 * would open as, and Open. A modal dialog (the browser's own: focus stays in it, Escape cancels).
 */
export default function ColumnsDialog({ choosing, onOpen, onCancel }: ColumnsDialogProps) {
  const t = useT()
  const { head, reviewing } = choosing
  const dialogRef = useRef<HTMLDialogElement>(null)
  const headingId = useId()
  const [at, setAt] = useState(head.at)
  const [bySheet, setBySheet] = useState<ReadonlyMap<number, SheetRoles>>(
    () => new Map([[head.at, { roles: head.roles, by: head.by, why: head.why ?? dictionary() }]]),
  )
  const [remember, setRemember] = useState(true)
  const [said, setSaid] = useState('')
  const sample = head.sheets[at] ?? head.sheets[0]
  const current = bySheet.get(at) ?? (sample ? guessed(sample) : { roles: {}, by: {}, why: {} })
  // Numeric dates (03/04/2022) in the date column: the reader says which part comes first.
  const dateColumn = sample?.header.find((column) => current.roles[column] === 'date')
  const numericDates = sample && dateColumn !== undefined ? numericValues(sample.rows, dateColumn) : []
  const [chosenOrder, setChosenOrder] = useState<DayMonthOrder | undefined>(head.dateOrder)
  const dateOrder = numericDates.length ? (chosenOrder ?? decideOrder(numericDates).order) : undefined
  const preview = useMemo(
    () => (sample ? previewEvents(head.file, sample, current.roles, dateOrder) : null),
    [head.file, sample, current.roles, dateOrder],
  )

  useEffect(() => {
    const dialog = dialogRef.current
    if (!dialog || dialog.open) return
    // jsdom has no showModal: the dialog is then simply open.
    if (typeof dialog.showModal === 'function') dialog.showModal()
    else dialog.setAttribute('open', '')
    // The first column's choice, rather than whatever the browser picks (a scrolling box, say).
    dialog.querySelector('select')?.focus()
  }, [])

  if (!sample) return null
  const setRole = (column: string, role: ColumnRole) => {
    // Column names are data: kept in dictionaries ("__proto__" is a column like any other).
    const roles = dictionary([...Object.entries(current.roles), [column, role]])
    const by = dictionary<RoleSource>([...Object.entries(current.by), [column, 'chosen']])
    const moved = SHARED_ROLES.has(role)
      ? []
      : sample.header.filter((other) => other !== column && roles[other] === role)
    for (const other of moved) {
      roles[other] = 'none'
      by[other] = 'chosen'
    }
    setBySheet(new Map(bySheet).set(at, { roles, by, why: current.why }))
    setSaid(
      [
        t(messages.willRead, { column, role: roleLabel(role) }),
        ...moved.map((other) => t(messages.noLonger, { column: other })),
      ].join(' '),
    )
  }
  const choose = () =>
    onOpen(
      {
        roles: current.roles,
        ...(head.kind === 'workbook sheet' ? { sheet: sample.name } : {}),
        ...(dateOrder ? { dateOrder } : {}),
      },
      remember,
    )

  return (
    <dialog
      ref={dialogRef}
      className="columns-dialog"
      aria-labelledby={headingId}
      onClose={onCancel}
      onCancel={(event) => {
        event.preventDefault()
        onCancel()
      }}
    >
      <form
        method="dialog"
        onSubmit={(event) => {
          event.preventDefault()
          if (preview?.ok) choose()
        }}
      >
        <header className="columns-dialog-head">
          <h2 id={headingId}>{t(messages.heading)}</h2>
          <p>
            {richText(messages.sheetOf, {
              file: head.file,
              f: (chunks) => (
                <strong>
                  <bdi>{chunks}</bdi>
                </strong>
              ),
              workbook: head.kind === 'workbook sheet' ? 'yes' : 'no',
              sheet: sample.name,
              total: sample.total === null ? 'unknown' : 'known',
              rows: sample.total ?? 0,
              columns: sample.header.length,
            })}{' '}
            {reviewing ? (
              t(messages.reviewing)
            ) : head.review ? (
              <SheetReviewWords review={head.review} />
            ) : (
              t(messages.check)
            )}
          </p>
        </header>
        {head.sheets.length > 1 && (
          <label className="columns-sheet">
            {t(messages.sheet)}{' '}
            <select
              value={at}
              onChange={(event) => {
                const next = Number(event.target.value)
                const nextSample = head.sheets[next]
                if (!bySheet.has(next) && nextSample)
                  setBySheet(new Map(bySheet).set(next, guessed(nextSample)))
                setAt(next)
              }}
            >
              {head.sheets.map((sheet, index) => (
                <option key={sheet.name} value={index} dir="auto">
                  {sheet.name}
                </option>
              ))}
            </select>
          </label>
        )}
        <div className="columns-dialog-body">
          <table className="columns-table">
            <caption className="visually-hidden">{t(messages.caption)}</caption>
            <thead>
              <tr>
                <th scope="col">{t(messages.column)}</th>
                <th scope="col">{t(messages.firstValues)}</th>
                <th scope="col">{t(messages.readAs)}</th>
              </tr>
            </thead>
            <tbody>
              {sample.header.slice(0, SHOWN_COLUMNS).map((column, index) => (
                <ColumnRow
                  // A header may name two columns alike: the position keeps them apart.
                  // biome-ignore lint/suspicious/noArrayIndexKey: columns are a fixed list, by position.
                  key={index}
                  column={column}
                  values={firstValues(sample.rows, column)}
                  role={lookup(current.roles, column) ?? 'none'}
                  by={lookup(current.by, column) ?? 'none'}
                  why={lookup(current.why, column)}
                  onRole={(role) => setRole(column, role)}
                />
              ))}
            </tbody>
          </table>
          {sample.header.length > SHOWN_COLUMNS && (
            <p>{t(messages.more, { count: sample.header.length - SHOWN_COLUMNS })}</p>
          )}
          <div className="columns-side">
            {dateOrder && dateColumn !== undefined && (
              <DateOrderChoice
                column={dateColumn}
                example={numericDates[0] ?? ''}
                order={dateOrder}
                onOrder={setChosenOrder}
              />
            )}
            {preview && <ColumnsPreview preview={preview} />}
          </div>
        </div>
        <p className="visually-hidden" role="status">
          {said}
        </p>
        <footer className="columns-dialog-foot">
          <label className="columns-remember">
            <input
              type="checkbox"
              checked={remember}
              onChange={(event) => setRemember(event.target.checked)}
            />
            {t(messages.remember)}
          </label>
          <div className="button-row">
            <button type="button" className="icon-button" onClick={onCancel}>
              {reviewing ? t(messages.keep) : t(messages.cancel)}
            </button>
            <button type="submit" className="primary-button" disabled={!preview?.ok}>
              {reviewing ? t(messages.openAgain) : t(messages.open)}
            </button>
          </div>
        </footer>
      </form>
    </dialog>
  )
}

/** Columns listed to choose for: a sheet wider than this is not a list of events by hand. */
const SHOWN_COLUMNS = 200

/**
 * Runs the preview once on a made-up row, while the worker reads the file: the reader's tables (country
 * names, the checks) are built and its code compiled then, not when the dialog first draws (which took
 * 300 ms of a large sheet's 700 on the bench's machine).
 */
export function warmUp(): void {
  const row = { date: '03/04/2022', title: 'Warm-up', country: 'Ukraine' }
  const sample = { name: 'warm-up', header: Object.keys(row), rows: [row], total: 1 }
  previewEvents('warm-up.csv', sample, { date: 'date', title: 'title', country: 'countries' })
  guessRoles(sample.header, sample.rows)
}

/** The column's first values written as numeric dates (03/04/2022). */
function numericValues(rows: ReadonlyArray<Record<string, string>>, column: string): string[] {
  return rows.map((row) => (row[column] ?? '').trim()).filter((value) => NUMERIC_DATE.test(value))
}

function guessed(sample: SheetHead['sheets'][number]): SheetRoles {
  const { roles, by, why } = guessRoles(sample.header, sample.rows)
  return { roles, by, why }
}
