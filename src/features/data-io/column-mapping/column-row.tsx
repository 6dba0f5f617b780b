import { ColumnReasonWords } from '../../../components/reasons/column-reason-words'
import type { ColumnReason, ColumnRole, RoleSource } from '../../../dataset/import/column-choice'
import { defineMessages, type MessageDescriptor } from '../../../i18n/messages'
import { useT } from '../../../i18n/use-t'
import { ROLE_GROUPS, roleLabel } from './role-labels'

const messages = defineMessages({
  byName: { id: 'columns.foundByName', defaultMessage: 'by its name' },
  byValues: { id: 'columns.foundByValues', defaultMessage: 'guessed from its values' },
  chosen: { id: 'columns.foundChosen', defaultMessage: 'chosen' },
  remembered: { id: 'columns.foundRemembered', defaultMessage: 'as chosen before' },
  noName: { id: 'columns.noName', defaultMessage: '(no name)' },
  empty: { id: 'columns.empty', defaultMessage: 'empty' },
  readAs: { id: 'columns.readAs', defaultMessage: '“{column}” is read as' },
})

const FOUND_BY: Record<RoleSource, MessageDescriptor | null> = {
  name: messages.byName,
  values: messages.byValues,
  chosen: messages.chosen,
  remembered: messages.remembered,
  none: null,
}

/**
 * One column of the mapping step: its name, first values, the role it is read as, how that role was
 * found and, for a role guessed from its values or a column left unread, why ("its values are dates
 * (18 of 20)", "its values are the rows’ numbers: no role fits", "could be a source, which is read
 * from “link”").
 */
export function ColumnRow({
  column,
  values,
  role,
  by,
  why,
  onRole,
}: {
  column: string
  values: string[]
  role: ColumnRole
  by: RoleSource
  why: ColumnReason | undefined
  onRole: (role: ColumnRole) => void
}) {
  const t = useT()
  const foundBy = FOUND_BY[by]
  const found = foundBy && t(foundBy)
  // Said for a guess, and for a column left unread; a name or a choice needs no reason.
  const reason = by === 'values' || by === 'none' ? why : undefined
  return (
    <tr className={role === 'none' ? 'column-unread' : undefined}>
      <th scope="row">{column ? <bdi>{column}</bdi> : t(messages.noName)}</th>
      <td className="column-values">
        {values.length ? values.map((value) => <bdi key={value}>{value}</bdi>) : <em>{t(messages.empty)}</em>}
      </td>
      <td>
        <select
          value={role}
          aria-label={t(messages.readAs, { column: column.slice(0, 60) })}
          onChange={(event) => {
            const chosen = ROLE_GROUPS.flatMap((group) => group.roles).find(
              (each) => each === event.target.value,
            )
            onRole(chosen ?? 'none')
          }}
        >
          <option value="none">{roleLabel('none')}</option>
          {ROLE_GROUPS.map((group) => (
            <optgroup key={group.label.id} label={t(group.label)}>
              {group.roles.map((value) => (
                <option key={value} value={value}>
                  {roleLabel(value)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {found && <span className="column-found">{found}</span>}
        {/* The importer's reason, a code, worded here (its first letter made a capital by the CSS). */}
        {reason && (
          <span className="column-why">
            <ColumnReasonWords reason={reason} />.
          </span>
        )}
      </td>
    </tr>
  )
}

/** A column's first three different values, each cut to a readable length. */
export function firstValues(rows: ReadonlyArray<Record<string, string>>, column: string): string[] {
  const values = new Set<string>()
  for (const row of rows) {
    const value = (Object.hasOwn(row, column) ? (row[column] ?? '') : '').trim()
    if (value) values.add(value.length > 48 ? `${value.slice(0, 47)}…` : value)
    if (values.size === 3) break
  }
  return [...values]
}
