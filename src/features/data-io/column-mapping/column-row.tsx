import type { ColumnRole, RoleSource } from '../../../dataset/import/column-choice'
import { ROLE_GROUPS, roleLabel } from './role-labels'

const FOUND_BY: Record<RoleSource, string> = {
  name: 'by its name',
  values: 'guessed from its values',
  chosen: 'chosen',
  remembered: 'as chosen before',
  none: '',
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
  why: string | undefined
  onRole: (role: ColumnRole) => void
}) {
  const found = FOUND_BY[by]
  // Said for a guess, and for a column left unread; a name or a choice needs no reason.
  const reason = by === 'values' || by === 'none' ? why : undefined
  return (
    <tr className={role === 'none' ? 'column-unread' : undefined}>
      <th scope="row">{column || '(no name)'}</th>
      <td className="column-values">
        {values.length ? values.map((value) => <span key={value}>{value}</span>) : <em>empty</em>}
      </td>
      <td>
        <select
          value={role}
          aria-label={`“${column.slice(0, 60)}” is read as`}
          onChange={(event) => {
            const chosen = ROLE_GROUPS.flatMap((group) => group.roles).find(
              ([each]) => each === event.target.value,
            )
            onRole(chosen?.[0] ?? 'none')
          }}
        >
          <option value="none">{roleLabel('none')}</option>
          {ROLE_GROUPS.map((group) => (
            <optgroup key={group.label} label={group.label}>
              {group.roles.map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
        {found && <span className="column-found">{found}</span>}
        {reason && <span className="column-why">{capitalised(reason)}.</span>}
      </td>
    </tr>
  )
}

const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

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
