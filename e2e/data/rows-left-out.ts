// Small files with rows their importers leave out, written for the languages e2e (issue 35): each
// kind of place (an iCalendar file's line, a GeoJSON feature's row, a JSON Lines file's row, a sheet's
// row and column) and each kind of reason, with rows that open beside them. Made here, by hand: no
// real file in ../shared/real-data/ has such rows.

/** A calendar: one event opens; one has no DTSTART, one is cancelled, one is cut off by the file's end. */
export const CALENDAR_WITH_BAD_EVENTS = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Story Timeline//e2e//EN',
  'X-WR-CALNAME:Ward meetings',
  'BEGIN:VEVENT',
  'UID:budget@e2e',
  'DTSTAMP:20240101T000000Z',
  'DTSTART;VALUE=DATE:20240110',
  'SUMMARY:Budget hearing',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:undated@e2e',
  'DTSTAMP:20240101T000000Z',
  'SUMMARY:No date given',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:cancelled@e2e',
  'DTSTAMP:20240101T000000Z',
  'DTSTART;VALUE=DATE:20240120',
  'SUMMARY:Called off',
  'STATUS:CANCELLED',
  'END:VEVENT',
  'BEGIN:VEVENT',
  'UID:cut@e2e',
  'DTSTAMP:20240101T000000Z',
  'DTSTART;VALUE=DATE:20240125',
  'SUMMARY:Cut off here',
  '',
].join('\r\n')

/** GeoJSON: one feature opens; a bare geometry is no Feature; one feature's date is no date. */
export const GEOJSON_WITH_BAD_FEATURES = JSON.stringify({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      properties: { date: '2024-01-10', title: 'Flood in the lower town' },
      geometry: { type: 'Point', coordinates: [30.5, 50.4] },
    },
    { type: 'Point', coordinates: [30.6, 50.5] },
    {
      type: 'Feature',
      properties: { date: 'soon', title: 'Undated' },
      geometry: { type: 'Point', coordinates: [30.7, 50.6] },
    },
  ],
})

/** JSON Lines: two records open; a line is no JSON, another a list. */
export const JSON_LINES_WITH_BAD_LINES = [
  '{"date": "2024-01-10", "title": "First record"}',
  'not JSON at all',
  '["a", "list"]',
  '{"date": "2024-01-12", "title": "Second record"}',
  '',
].join('\n')
