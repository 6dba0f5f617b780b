import { defineMessages } from '../../i18n/messages'

// One message per note the GeoJSON importer makes (dataset/notes/read-note.ts, `geojson…`), and the
// parts of its places' note (each said only when there are such features).
export const geojsonMessages = defineMessages({
  geojsonRead: {
    id: 'notes.geojsonRead',
    defaultMessage:
      "{single, select, yes {{file} is a GeoJSON Feature} other {{file} is a GeoJSON FeatureCollection of {count, plural, one {# feature} other {# features}}}}: each feature's properties were read as a row, its place from its geometry.",
  },
  geojsonPlaces: { id: 'notes.geojsonPlaces', defaultMessage: "The features' places: {parts}." },
  points: { id: 'notes.geojsonPoints', defaultMessage: '{count, number} from a point' },
  centroids: {
    id: 'notes.geojsonCentroids',
    defaultMessage: '{count, number} at the centroid of an area or a line (its precision "region")',
  },
  none: {
    id: 'notes.geojsonNoGeometry',
    defaultMessage: "{count, number} without a geometry (their properties' coordinates, if any)",
  },
  geojsonUnreadGeometry: {
    id: 'notes.geojsonUnreadGeometry',
    defaultMessage:
      'Features with {reason, select, notNumbers {a geometry whose coordinates are not numbers} other {an empty geometry}} were placed by their properties alone ({count, plural, one {feature {features}} other {features {features}}}).',
  },
})
