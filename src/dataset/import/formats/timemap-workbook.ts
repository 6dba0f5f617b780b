import { dictionary } from '../../../lib/dictionary'
import type { ReadNote } from '../../notes/read-note'
import { normalName } from '../sheet/header-key'
import { type Row, rowRecord, type Sheet, sheetOfRecords } from '../sheet/sheet-rows'
import type { WorkbookSheets } from '../sheet/workbook-sheets'

/** A narrative association of TimeMap's: its id, its description, and the lines of its events' rows. */
export type TimeMapNarrative = { id: string; title: string; lines: number[] }

/**
 * TimeMap's spreadsheet (forensic-architecture/datasheet-server's template): an Events sheet whose
 * rows name their associations and sources by id, and the sheets that define them. Associations are
 * filters (a path such as Weapons › Long Range › Pistol), categories or narratives (walks through
 * some of the events, given back with the lines of their rows); sources have a
 * title and up to three paths (addresses); Sites give each location its coordinates. The events are
 * made into one sheet with the columns the sheet reader knows: categories, sources, latitude and
 * longitude. Null for a workbook that is not TimeMap's.
 */
export function timeMapEvents(
  sheets: WorkbookSheets,
): { sheet: Sheet; notes: ReadNote[]; narratives: TimeMapNarrative[] } | null {
  const byName = (name: string) => sheets.find((sheet) => sheet.name.trim().toLowerCase() === name)?.sheet
  const events = byName('events')
  const associations = byName('associations')
  const sources = byName('sources')
  if (!events || !associations || !sources) return null
  const sites = byName('sites')

  const associationColumns = events.header.filter((column) => /^associations?\s*\d*$/i.test(column))
  const sourceColumns = events.header.filter((column) => /^sources?\s*\d*$/i.test(column))
  const categoryOf = new Map<string, string>()
  const narratives = new Map<string, TimeMapNarrative>()
  for (const { row } of records(associations)) {
    const id = cellNamed(row, 'id')
    if (!id) continue
    const mode = cellNamed(row, 'mode').toUpperCase()
    if (mode === 'NARRATIVE')
      narratives.set(id, { id, title: cellNamed(row, 'description', 'title') || id, lines: [] })
    else {
      // The filter's path runs on into the unnamed columns after "Filter Path": its last step names it.
      const pathAt = associations.header.findIndex((column) => /^filter\s*path$/i.test(column))
      const path = pathAt === -1 ? [] : associations.header.slice(pathAt).map((column) => row[column] ?? '')
      categoryOf.set(id, path.filter(Boolean).at(-1) ?? id)
    }
  }
  const sourceOf = new Map<string, string>()
  for (const { row } of records(sources)) {
    const id = cellNamed(row, 'id')
    if (!id) continue
    const title = cellNamed(row, 'title').replaceAll(';', ',')
    const paths = sources.header
      .filter((column) => /^path\s*\d*$/i.test(column))
      .map((column) => row[column] ?? '')
      .filter((path) => /^https?:\/\//i.test(path))
    // In the sheet reader's form: "title address" for each path, or the title alone.
    sourceOf.set(
      id,
      paths.length ? paths.map((path) => `${title} ${path.replaceAll(';', '%3B')}`.trim()).join('; ') : title,
    )
  }
  const siteOf = new Map<string, { lat: string; long: string }>()
  for (const { row } of sites ? records(sites) : []) {
    const location = cellNamed(row, 'location')
    if (location)
      siteOf.set(location, {
        lat: cellNamed(row, 'lat', 'latitude'),
        long: cellNamed(row, 'long', 'longitude', 'lng'),
      })
  }

  const used = new Set([...associationColumns, ...sourceColumns])
  const kept = events.header.filter((column) => !used.has(column))
  const unknown = { associations: new Set<string>(), sources: new Set<string>() }
  let inNarratives = 0
  const rows = records(events).map(({ row, line }) => {
    const ids = (columns: string[]) =>
      columns.flatMap((column) =>
        (row[column] ?? '')
          .split(',')
          .map((id) => id.trim())
          .filter(Boolean),
      )
    const associationIds = ids(associationColumns)
    if (associationIds.some((id) => narratives.has(id))) inNarratives++
    const categories = associationIds.flatMap((id) => {
      const narrative = narratives.get(id)
      if (narrative) {
        narrative.lines.push(line)
        return []
      }
      const name = categoryOf.get(id)
      if (!name) unknown.associations.add(id)
      return name ? [name.replaceAll(';', ',')] : []
    })
    const sourceCells = ids(sourceColumns).flatMap((id) => {
      const source = sourceOf.get(id)
      if (!source) unknown.sources.add(id)
      return source ? [source] : []
    })
    const site = siteOf.get(cellNamed(row, 'location'))
    const made: Row = dictionary([
      ...Object.entries(row),
      ['categories', categories.join('; ')],
      ['sources', sourceCells.join('; ')],
    ])
    for (const column of used) delete made[column]
    if (site && !cellNamed(row, 'latitude', 'lat'))
      Object.assign(made, { latitude: site.lat, longitude: site.long })
    return { row: made, line }
  })
  const notes: ReadNote[] = [{ code: 'timemapRead', sites: sites !== undefined }]
  if (narratives.size) notes.push({ code: 'timemapNarratives', count: narratives.size, events: inNarratives })
  if (unknown.associations.size || unknown.sources.size)
    notes.push({
      code: 'timemapUnknownIds',
      ids: [...unknown.associations, ...unknown.sources].slice(0, 10).map((id) => id.slice(0, 40)),
    })
  return {
    sheet: sheetOfRecords(
      [...kept, 'categories', 'sources', ...(sites ? ['latitude', 'longitude'] : [])],
      rows,
      events.total,
    ),
    notes,
    narratives: [...narratives.values()].filter((narrative) => narrative.lines.length > 0),
  }
}

// A sheet's rows by column name: joining sheets reads them by name, and workbooks are small.
function records(sheet: Sheet): Array<{ row: Row; line: number }> {
  return sheet.rows.map(({ cells, line }) => ({ row: rowRecord(sheet.header, cells), line }))
}

// A cell by any of its column's names, compared as column names are (see event-columns.ts).
function cellNamed(row: Row, ...names: string[]): string {
  for (const [column, value] of Object.entries(row)) {
    if (names.includes(normalName(column))) return value.trim()
  }
  return ''
}
