import type { Story } from '../dataset/story-index'
import { t } from '../i18n/i18n-store'
import { defineMessages } from '../i18n/messages'
import { type EventBits, facetBits, setBit, wordsFor } from './facet-bits'

const messages = defineMessages({
  areaNumbers: {
    id: 'geoArea.areaNumbers',
    defaultMessage: 'four numbers: south, west, north and east, in degrees (area=30,-10,60,40)',
  },
  areaRange: {
    id: 'geoArea.areaRange',
    defaultMessage: 'latitudes from −90 to 90 and longitudes from −180 to 180',
  },
  areaOrder: {
    id: 'geoArea.areaOrder',
    defaultMessage: 'its south below its north and its west before its east',
  },
  area: { id: 'geoArea.described', defaultMessage: 'the area from {south} {west} to {north} {east}' },
  north: { id: 'geoArea.north', defaultMessage: '{degrees}°N' },
  south: { id: 'geoArea.south', defaultMessage: '{degrees}°S' },
  east: { id: 'geoArea.east', defaultMessage: '{degrees}°E' },
  west: { id: 'geoArea.west', defaultMessage: '{degrees}°W' },
  mapNumbers: {
    id: 'geoArea.mapNumbers',
    defaultMessage: 'three numbers: latitude, longitude and zoom (map=38.5,127.2,4)',
  },
  mapRange: {
    id: 'geoArea.mapRange',
    defaultMessage: 'a latitude from −90 to 90, a longitude from −180 to 180 and a zoom from 1 to 40',
  },
})

/** A stretch of the earth between two parallels and two meridians, in degrees; south < north, west < east. */
export type GeoArea = { south: number; west: number; north: number; east: number }

/** Whether a place is in the area (its edges included). */
export function isInArea(latitude: number, longitude: number, area: GeoArea): boolean {
  return latitude >= area.south && latitude <= area.north && longitude >= area.west && longitude <= area.east
}

// Each story's events in an area, kept for the last few areas asked (a filter is compiled on every
// change of the view, and the area changes only when one is drawn).
const cached = new WeakMap<Story, Map<string, EventBits>>()

/** The events whose place lies in the area; events without coordinates are never in one. */
export function areaBits(story: Story, area: GeoArea): EventBits {
  const key = formatAreaParam(area)
  let byArea = cached.get(story)
  if (!byArea) {
    byArea = new Map()
    cached.set(story, byArea)
  }
  const known = byArea.get(key)
  if (known) return known
  const bits = new Uint32Array(wordsFor(facetBits(story).count))
  story.events.forEach((event, index) => {
    const latitude = event.place?.latitude
    const longitude = event.place?.longitude
    if (latitude !== undefined && longitude !== undefined && isInArea(latitude, longitude, area))
      setBit(bits, index)
  })
  if (byArea.size >= 8) byArea.clear()
  byArea.set(key, bits)
  return bits
}

const round = (degrees: number) => Number(degrees.toFixed(4))

/** The area as a link writes it: `south,west,north,east` in degrees, to four decimals (~10 m). */
export function formatAreaParam(area: GeoArea): string {
  return [area.south, area.west, area.north, area.east].map(round).join(',')
}

/** An area from a link's `area=`, or null with why not. */
export function parseAreaParam(text: string): GeoArea | { problem: string } {
  const parts = text.split(',').map((part) => Number(part.trim()))
  const [south = Number.NaN, west = Number.NaN, north = Number.NaN, east = Number.NaN] = parts
  if (parts.length !== 4 || !parts.every(Number.isFinite)) {
    return { problem: t(messages.areaNumbers) }
  }
  if (!(south >= -90 && north <= 90 && west >= -180 && east <= 180)) {
    return { problem: t(messages.areaRange) }
  }
  if (!(south < north && west < east)) return { problem: t(messages.areaOrder) }
  return { south: round(south), west: round(west), north: round(north), east: round(east) }
}

/** The area in words, to a tenth of a degree (the link keeps more): "the area from 30°N 10°W to 60°N 40°E". */
export function describeArea(area: GeoArea): string {
  const tenth = (degrees: number) => Math.abs(Number(degrees.toFixed(1)))
  const latitude = (degrees: number) =>
    t(degrees < 0 ? messages.south : messages.north, { degrees: tenth(degrees) })
  const longitude = (degrees: number) =>
    t(degrees < 0 ? messages.west : messages.east, { degrees: tenth(degrees) })
  return t(messages.area, {
    south: latitude(area.south),
    west: longitude(area.west),
    north: latitude(area.north),
    east: longitude(area.east),
  })
}

/** Where the map is looking: its centre and how far it is zoomed (1: the whole world). */
export type MapCentre = { latitude: number; longitude: number; zoom: number }

/** The map's view as a link writes it: `latitude,longitude,zoom`, to two decimals. */
export function formatMapParam(centre: MapCentre): string {
  return [centre.latitude, centre.longitude, centre.zoom].map((value) => Number(value.toFixed(2))).join(',')
}

/** The map's view from a link's `map=`, or why not. */
export function parseMapParam(text: string): MapCentre | { problem: string } {
  const parts = text.split(',').map((part) => Number(part.trim()))
  const [latitude = Number.NaN, longitude = Number.NaN, zoom = Number.NaN] = parts
  if (parts.length !== 3 || !parts.every(Number.isFinite)) {
    return { problem: t(messages.mapNumbers) }
  }
  if (!(Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180 && zoom >= 1 && zoom <= 40)) {
    return { problem: t(messages.mapRange) }
  }
  const round = (value: number) => Number(value.toFixed(2))
  return { latitude: round(latitude), longitude: round(longitude), zoom: round(zoom) }
}
