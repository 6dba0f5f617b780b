import type { ReactNode } from 'react'
import type { ReadNote } from '../../dataset/notes/read-note'
import { richText } from '../../i18n/rich-text'
import { geojsonMessages as m } from './geojson-note-messages'
import { data, listed } from './note-parts'

/** The notes of a GeoJSON file (their codes begin with `geojson`). */
export type GeojsonNote = Extract<ReadNote, { code: `geojson${string}` }>

/** A GeoJSON file's note in the reader's language. */
export function GeojsonNoteWords({ note }: { note: GeojsonNote }): ReactNode {
  switch (note.code) {
    case 'geojsonRead':
      return richText(m.geojsonRead, {
        file: data(note.file),
        single: note.single ? 'yes' : 'no',
        count: note.count,
      })
    case 'geojsonPlaces': {
      const parts = (['points', 'centroids', 'none'] as const).flatMap((part) =>
        note[part] ? [richText(m[part], { count: note[part] })] : [],
      )
      return richText(m.geojsonPlaces, { parts: listed(parts) })
    }
    case 'geojsonUnreadGeometry':
      // At most three features are kept: three mean there may be more.
      return richText(m.geojsonUnreadGeometry, {
        reason: note.reason,
        count: note.features.length,
        features: listed(note.features.map(String), note.features.length >= 3),
      })
  }
}
