import type ICAL from 'ical.js'
import { TEXT_LIMITS } from '../../format/format-constants'
import type { FormatProblem } from '../../format/format-problem'
import type { Actor, StoryEvent } from '../../format/schema'
import { slugify } from '../../format/slug'
import type { FoundValue } from '../../validate/found-value'
import { guessActorKind } from '../sheet/guess-actor-kind'
import { NamedCategories } from '../sheet/named-categories'
import { firstWords } from '../sheet/title-stand-ins'
import { readWebAddress } from '../values/web-address'
import { type ReadTime, readTime } from './icalendar-time'

type Component = InstanceType<typeof ICAL.Component>
type Time = InstanceType<typeof ICAL.Time>

/** One occurrence of a VEVENT: the component that describes it (an override's, if one), its times. */
export type Occurrence = {
  component: Component
  start: Time
  end: Time | null
  /** The occurrence's own time in its rule (RECURRENCE-ID), before any override moved it. */
  recurrenceId: string | null
}
/** An event made, or why none was: as codes, their English with the importers (read-issue.ts). */
export type Made = { ok: true; event: StoryEvent } | NotMade
type NotMade = { ok: false; expected: FormatProblem; found: FoundValue }

// The properties read into an event; any other is named in a note (see unread()).
const READ = new Set([
  'summary',
  'description',
  'location',
  'geo',
  'url',
  'categories',
  'organizer',
  'attendee',
  'status',
  'dtstart',
  'dtend',
  'duration',
  'rrule',
  'rdate',
  'exdate',
  'recurrence-id',
  'uid',
  'dtstamp',
])
const DAY_MS = 86_400_000

/**
 * Makes the app's events from a calendar's occurrences: SUMMARY the title (a long one shortened, the
 * whole of it opening the summary), DESCRIPTION the summary, LOCATION the place's name and GEO its
 * coordinates, URL a source, CATEGORIES categories, ORGANIZER and ATTENDEE actors (by their CN, else
 * their address) with that part, DTSTART and DTEND the date (see date()). An occurrence after the
 * moment its VEVENT was written (DTSTAMP) is scheduled; before it, it occurred. Counts what it could
 * not read, for the notes.
 */
export class EventMaker {
  private readonly categories = new NamedCategories()
  private readonly actors = new Map<string, Actor>()
  private readonly unreadProperties = new Map<string, number>()
  readonly counts = { longTitles: 0, cutTexts: 0, unknownZones: new Map<string, number>(), scheduled: 0 }

  constructor(private readonly calendarZone: string | null) {}

  make({ component, start, end }: Occurrence): Made {
    if (!component.hasProperty('dtstart'))
      return { ok: false, expected: { code: 'dtstart' }, found: { code: 'none' } }
    const text = (name: string) => {
      const value = component.getFirstPropertyValue(name)
      return typeof value === 'string' ? value.trim() : ''
    }
    const date = this.date(component, start, end)
    if (!date.ok) return date
    const description = text('description')
    const written = text('summary') || firstWords(description) || text('location')
    if (written === '') return { ok: false, expected: { code: 'summary' }, found: { code: 'none' } }
    const long = written.length > TEXT_LIMITS.eventTitle
    if (long) this.counts.longTitles++
    const summary = this.clip(
      [long ? written : '', description].filter(Boolean).join('\n\n'),
      TEXT_LIMITS.summary,
    )
    const event: StoryEvent = {
      id: '',
      title: long ? firstWords(written) : written,
      date: date.edtf,
      status: date.scheduled ? 'scheduled' : 'occurred',
      actors: [],
    }
    if (date.scheduled) this.counts.scheduled++
    if (summary) event.summary = summary
    const place = this.place(text('location'), component.getFirstPropertyValue('geo'))
    if (place) event.place = place
    const url = readWebAddress(text('url'))
    if (url) event.sources = [{ url }]
    const categories = component
      .getAllProperties('categories')
      .flatMap((property) => property.getValues())
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .map((name) => this.categories.idOf(this.clip(name.trim(), TEXT_LIMITS.categoryName)))
    if (categories.length) event.categories = [...new Set(categories)]
    this.addActors(event, component)
    return { ok: true, event }
  }

  /** Every category and actor made, in the order first met. */
  made(): { categories: ReturnType<NamedCategories['list']>; actors: Actor[] } {
    return { categories: this.categories.list(), actors: [...this.actors.values()] }
  }

  /** The properties of the calendar's events that were not read, by name, with how many events have each. */
  countUnread(component: Component): void {
    const names = new Set(component.getAllProperties().map((property) => property.name))
    for (const sub of component.getAllSubcomponents()) names.add(sub.name.toUpperCase())
    for (const name of names)
      if (!READ.has(name)) this.unreadProperties.set(name, (this.unreadProperties.get(name) ?? 0) + 1)
  }

  unread(): ReadonlyMap<string, number> {
    return this.unreadProperties
  }

  /**
   * DTSTART and DTEND (or DURATION, as ical.js gives the end) as EDTF: a DATE a day, a DATE over
   * several days (its DTEND is the day after the last) an interval of days; a DATE-TIME the instant
   * in UTC, with its end an interval of instants.
   */
  private date(
    component: Component,
    start: Time,
    end: Time | null,
  ): { ok: true; edtf: string; scheduled: boolean } | NotMade {
    const zoneOf = (name: string) => {
      const tzid = component.getFirstProperty(name)?.getParameter('tzid')
      return typeof tzid === 'string' ? tzid : null
    }
    const from = readTime(start, zoneOf('dtstart'), this.calendarZone)
    const to = end ? readTime(end, zoneOf('dtend') ?? zoneOf('dtstart'), this.calendarZone) : null
    this.countZone(from)
    let edtf = from.edtf
    if (from.day && to?.day && to.instant - DAY_MS > from.instant)
      edtf = `${from.edtf}/${new Date(to.instant - DAY_MS).toISOString().slice(0, 10)}`
    else if (
      !from.day &&
      to &&
      !to.day &&
      to.instant > from.instant &&
      (to.unknownZone === null) === (from.unknownZone === null)
    )
      edtf = `${from.edtf}/${to.edtf}`
    const stamp = component.getFirstPropertyValue('dtstamp')
    const written =
      stamp && typeof stamp === 'object' && 'toUnixTime' in stamp ? stamp.toUnixTime() * 1000 : null
    return { ok: true, edtf, scheduled: written !== null && from.instant > written }
  }

  private countZone(time: ReadTime): void {
    if (time.unknownZone === null) return
    const zones = this.counts.unknownZones
    zones.set(time.unknownZone, (zones.get(time.unknownZone) ?? 0) + 1)
  }

  private place(name: string, geo: unknown): StoryEvent['place'] | undefined {
    const place: NonNullable<StoryEvent['place']> = {}
    if (name) place.name = this.clip(name, TEXT_LIMITS.placeName)
    if (Array.isArray(geo)) {
      const [latitude, longitude] = geo.map(Number)
      if (
        latitude !== undefined &&
        longitude !== undefined &&
        Math.abs(latitude) <= 90 &&
        Math.abs(longitude) <= 180
      ) {
        place.latitude = latitude
        place.longitude = longitude
      }
    }
    return place.name !== undefined || place.latitude !== undefined ? place : undefined
  }

  // The organizer and the attendees, each once, by the name their CN gives (else their address).
  private addActors(event: StoryEvent, component: Component): void {
    const roles: NonNullable<StoryEvent['actorRoles']> = []
    for (const [property, role] of [
      ['organizer', 'organizer'],
      ['attendee', 'attendee'],
    ] as const) {
      for (const person of component.getAllProperties(property)) {
        const cn = person.getFirstParameter('cn')
        const address = String(person.getFirstValue() ?? '').replace(/^mailto:/i, '')
        const name = this.clip((typeof cn === 'string' && cn.trim()) || address.trim(), TEXT_LIMITS.actorName)
        if (!name) continue
        const actor = actorOf(name)
        if (!this.actors.has(actor.id)) this.actors.set(actor.id, actor)
        if (event.actors.includes(actor.id)) continue
        event.actors.push(actor.id)
        roles.push({ actor: actor.id, role })
      }
    }
    if (roles.length) event.actorRoles = roles
  }

  private clip(text: string, limit: number): string {
    if (text.length <= limit) return text
    this.counts.cutTexts++
    return `${text.slice(0, limit - 1)}…`
  }
}

// A person named in a calendar: by the kind its name suggests (a country, a body of people, a person).
function actorOf(name: string): Actor {
  const guessed = guessActorKind(name)
  const actor: Actor = { id: slugify(name, 'actor'), name, kind: guessed.kind }
  if (guessed.kind === 'country' && guessed.country) actor.country = guessed.country
  return actor
}
