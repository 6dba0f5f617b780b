import { localDateLabel } from '../../../components/local-date-label'
import { parseEdtf } from '../../../dataset/dates/parse-edtf'
import { COUNTRY_NAMES } from '../../../dataset/format/country-names'
import { shownCountryName } from '../../../dataset/format/shown-country-name'
import type { ColumnRoles, DayMonthOrder, SheetSample } from '../../../dataset/import/column-choice'
import { readSample } from '../../../dataset/import/column-choice-step'
import type { DatasetIssue } from '../../../dataset/validate/dataset-issue'
import { joinItems, t } from '../../../i18n/i18n-store'
import { defineMessages } from '../../../i18n/messages'

const messages = defineMessages({
  sources: {
    id: 'columns.preview.sources',
    defaultMessage: '{count, plural, one {# source} other {# sources}}',
  },
})

export type PreviewEvent = {
  key: string
  date: string
  title: string
  details: string[]
}

/** The first rows as the events they would open as, or why they would not open. */
export type Preview =
  | { ok: true; events: PreviewEvent[]; leftOut: DatasetIssue[]; rows: number }
  | { ok: false; problems: DatasetIssue[] }

/** How many events the preview lists. */
export const PREVIEW_EVENTS = 5

/**
 * Reads a sheet's first rows with the roles chosen, exactly as the whole file will be read (the same
 * reader, the same checks), so what the preview shows is what opening gives for those rows.
 */
export function previewEvents(
  file: string,
  sample: SheetSample,
  roles: ColumnRoles,
  dateOrder?: DayMonthOrder,
): Preview {
  const read = readSample(file, sample, roles, dateOrder)
  if (!read.ok) return { ok: false, problems: read.issues }
  const { dataset } = read
  const actorName = new Map(dataset.actors.map((actor) => [actor.id, actor.name]))
  const categoryName = new Map((dataset.categories ?? []).map((category) => [category.id, category.name]))
  const events = dataset.events.slice(0, PREVIEW_EVENTS).map((event): PreviewEvent => {
    const parsed = parseEdtf(event.date)
    const where = event.place
    const coordinates = where?.latitude === undefined ? '' : `${where.latitude}, ${where.longitude}`
    const place = [where?.name ?? '', coordinates].filter(Boolean).join(' · ')
    const details = [
      joinItems((event.countries ?? []).map((code) => (COUNTRY_NAMES[code] ? shownCountryName(code) : code))),
      joinItems(event.actors.map((id) => actorName.get(id) ?? id)),
      joinItems((event.categories ?? []).map((id) => categoryName.get(id) ?? id)),
      place,
      joinItems((event.numbers ?? []).map((number) => `${number.name}: ${number.value}`)),
      event.sources?.length ? t(messages.sources, { count: event.sources.length }) : '',
    ].filter(Boolean)
    return {
      key: event.id,
      date: parsed.ok ? localDateLabel(parsed.date) : event.date,
      title: event.title,
      details,
    }
  })
  return { ok: true, events, leftOut: read.leftOut, rows: sample.rows.length + (sample.skipped?.length ?? 0) }
}
