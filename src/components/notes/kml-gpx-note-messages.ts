import { defineMessages } from '../../i18n/messages'

// The note a KML or GPX file's reading makes (dataset/notes/read-note.ts, `kmlGpx…`).
export const kmlGpxMessages = defineMessages({
  kmlGpxRead: {
    id: 'notes.kmlGpxRead',
    defaultMessage:
      '{kind, select, kml {{file} is KML: {count, plural, one {its # placemark was read with its name, description, time and place} other {its # placemarks were read with their names, descriptions, times and places}}} other {{file} is GPX: {count, plural, one {its # point or track was read with its name, description, time and place} other {its # points and tracks were read with their names, descriptions, times and places}}}}{untimed, plural, =0 {} one { (# without a time was left out)} other { (# without a time were left out)}}.',
  },
})
