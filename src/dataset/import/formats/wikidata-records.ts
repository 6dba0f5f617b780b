import type { ReadNote } from '../../notes/read-note'
import { rolesByName } from '../sheet/column-roles'
import { type Binding, dateOf, isDateTime, isPoint, isWikidataItem, pointOf } from './wikidata-values'

type Json = Record<string, unknown>
export type ResultRow = ReadonlyMap<string, Binding>

/**
 * A query's results as records for the sheet reader (see records-to-sheet.ts). The rows of one item
 * (a query gives a row for each of an item's countries, participants…) are one record: the first
 * variable holding Wikidata items is the event, its label ("?eventLabel", the label service's name)
 * the title, its description the summary, and the item itself a source. Another item variable with a
 * label is read as its labels, a list of named things (so "?participant" becomes actors, "?country"
 * countries); dates are read by their datatype (see dateOf), the first as the event's date and one
 * named like an end as its end; a WKT point as its coordinates. A variable that takes several values
 * in one item's rows is a list where it names things, else its first value is kept and the others said.
 */
export function resultRecords(
  vars: readonly string[],
  rows: readonly ResultRow[],
): { records: Json[]; firstRows: number[]; notes: ReadNote[] } {
  const varSet = new Set(vars)
  const labelOf = (name: string) => (varSet.has(`${name}Label`) ? `${name}Label` : null)
  const itemVars = vars.filter((name) => most(rows, name, (binding) => isWikidataItem(binding.value)))
  const main = itemVars[0] ?? null
  const taken = new Set(Object.values(rolesByName(vars)))
  const dateVars = vars.filter((name) => most(rows, name, isDateTime))
  const precisionOf = (name: string) =>
    vars.find(
      (other) =>
        other.toLowerCase() === `${name}precision`.toLowerCase() ||
        other.toLowerCase() === `${name}timeprecision`,
    )
  const endVar = dateVars.find((name) => /end|until|^to$|dissolved|p582/i.test(name))
  const startVar = dateVars.find((name) => name !== endVar)
  const rename = new Map<string, string>()
  if (main && labelOf(main) && !taken.has('title')) rename.set(labelOf(main) ?? '', 'title')
  if (main && varSet.has(`${main}Description`) && !taken.has('summary'))
    rename.set(`${main}Description`, 'description')
  if (startVar && !taken.has('date')) rename.set(startVar, 'date')
  if (endVar && !taken.has('endDate')) rename.set(endVar, 'end')
  // Read apart: an item's label is read with the item, a precision with its date.
  const skip = new Set([
    ...itemVars.flatMap((name) => (labelOf(name) && name !== main ? [labelOf(name) ?? ''] : [])),
    ...dateVars.flatMap((name) => precisionOf(name) ?? []),
  ])
  // "?countryLabel" without "?country" (the label service's usual SELECT): the labels of the country.
  const labelsAlone = new Map(
    vars.flatMap((name) => {
      const base = name.endsWith('Label') ? name.slice(0, -5) : ''
      return base && !varSet.has(base) && !rename.has(name) ? [[name, base] as const] : []
    }),
  )
  const counts = { yearsOfFirstDays: 0, extraValues: new Map<string, number>(), links: new Set<string>() }
  const groups = grouped(rows, main)
  const records = groups.map(({ rows: group }) => {
    const record: Json = {}
    for (const name of vars) {
      if (skip.has(name)) continue
      const bindings = group.flatMap((row) => row.get(name) ?? [])
      if (bindings.length === 0) continue
      const key = rename.get(name) ?? name
      if (name === main) {
        // The item itself is a source: where the event's facts are kept.
        record.sources = distinct(bindings.map((binding) => binding.value)).map((url) => ({
          url,
          sourceName: 'Wikidata',
        }))
        continue
      }
      const label = labelOf(name)
      if (itemVars.includes(name) && label) {
        const names = distinct(group.flatMap((row) => row.get(label)?.value ?? []))
        record[key] = names.map((text) => ({ name: text }))
        counts.links.add(name)
        continue
      }
      const alone = labelsAlone.get(name)
      if (alone !== undefined) {
        record[alone] = distinct(bindings.map((binding) => binding.value)).map((text) => ({ name: text }))
        continue
      }
      const values = distinct(bindings.map((binding) => binding.value))
      if (values.length > 1 && (dateVars.includes(name) || isPoint(bindings[0] ?? noBinding))) {
        counts.extraValues.set(name, (counts.extraValues.get(name) ?? 0) + 1)
      }
      if (dateVars.includes(name)) {
        const precision = precisionValue(group, precisionOf(name))
        const date = dateOf(values[0] ?? '', precision)
        if (date?.yearOfFirstDay) counts.yearsOfFirstDays++
        record[key] = date?.edtf ?? values[0]
      } else if (isPoint(bindings[0] ?? noBinding)) {
        const point = pointOf(values[0] ?? '')
        if (point) {
          record.latitude = point.latitude
          record.longitude = point.longitude
        } else record[key] = values[0]
      } else record[key] = values.length === 1 ? values[0] : values
    }
    return record
  })
  return {
    records,
    // Each record's first row among `rows`, for saying where it is.
    firstRows: groups.map((group) => group.first),
    notes: resultNotes(rows.length, groups.length, main, rename, counts),
  }
}

const noBinding: Binding = { value: '', type: 'literal', datatype: null }

/** True when most (four in five) of a variable's values pass. */
function most(rows: readonly ResultRow[], name: string, test: (binding: Binding) => boolean): boolean {
  const bound = rows.slice(0, 1000).flatMap((row) => row.get(name) ?? [])
  return bound.length > 0 && bound.filter(test).length >= Math.ceil(bound.length * 0.8)
}

// An item's rows, in the order its first row comes, with where that row is; a row with no item alone.
function grouped(
  rows: readonly ResultRow[],
  main: string | null,
): Array<{ rows: ResultRow[]; first: number }> {
  if (main === null) return rows.map((row, first) => ({ rows: [row], first }))
  const groups: Array<{ rows: ResultRow[]; first: number }> = []
  const ofItem = new Map<string, { rows: ResultRow[]; first: number }>()
  rows.forEach((row, first) => {
    const item = row.get(main)?.value
    const group = item === undefined ? undefined : ofItem.get(item)
    if (group) {
      group.rows.push(row)
      return
    }
    const made = { rows: [row], first }
    groups.push(made)
    if (item !== undefined) ofItem.set(item, made)
  })
  return groups
}

function precisionValue(group: readonly ResultRow[], name: string | undefined): number | null {
  if (name === undefined) return null
  const value = Number(group[0]?.get(name)?.value)
  return Number.isInteger(value) ? value : null
}

const distinct = (values: readonly string[]) => [
  ...new Set(values.map((value) => value.trim()).filter(Boolean)),
]

function resultNotes(
  rows: number,
  items: number,
  main: string | null,
  rename: ReadonlyMap<string, string>,
  counts: { yearsOfFirstDays: number; extraValues: ReadonlyMap<string, number>; links: ReadonlySet<string> },
): ReadNote[] {
  const notes: ReadNote[] = []
  if (main) notes.push({ code: 'queryItems', rows, items, main })
  if (rename.size)
    notes.push({ code: 'queryRenamed', renamed: [...rename].map(([name, as]) => ({ name, as })) })
  if (counts.links.size) notes.push({ code: 'queryLinks', names: [...counts.links] })
  if (counts.yearsOfFirstDays) notes.push({ code: 'queryYears', count: counts.yearsOfFirstDays })
  for (const [name, count] of counts.extraValues) notes.push({ code: 'querySeveralValues', name, count })
  return notes
}
