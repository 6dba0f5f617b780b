import { defineMessages } from '../../i18n/messages'

// One message per note the iCalendar importer makes (dataset/notes/read-note.ts, `calendar…`), and the
// parts its lists are made of. Lines are the file's, written as its lines are (no grouping).
export const calendarMessages = defineMessages({
  calendarRead: {
    id: 'notes.calendarRead',
    defaultMessage:
      '{file} is an iCalendar file of {blocks, plural, one {# event} other {# events}} (VEVENT), read as {events, plural, one {# event} other {# events}}: SUMMARY as the title, DESCRIPTION as the summary, LOCATION and GEO as the place, URL as a source, CATEGORIES as categories, the organizer and attendees as actors, times converted to UTC from their time zones. An event after the moment its calendar entry was written (DTSTAMP) is scheduled.',
  },
  calendarRecurring: {
    id: 'notes.calendarRecurring',
    defaultMessage:
      '{count, plural, one {# recurring event was} other {# recurring events were}} expanded to its occurrences (at most {most, number} each, none later than {years, plural, one {# year} other {# years}} after the first){changed, select, yes {, {overridden, plural, one {# occurrence} other {# occurrences}} as changed by a later VEVENT (RECURRENCE-ID)} other {}}.',
  },
  calendarOccurrencesLeft: {
    id: 'notes.calendarOccurrencesLeft',
    defaultMessage: 'Occurrences not read: {events}{cut, select, yes {; …} other {}}.',
  },
  occurrencesLeft: {
    id: 'notes.calendarOccurrencesLeftOne',
    defaultMessage:
      '{stop, select, failed {line {line}: its expansion stopped ({error})} endless {line {line}: it repeats without end: {read, number} read ({bound}), the rest not} other {line {line}: {read, number} read ({bound}); {moreThan, select, yes {more than {left, number}} other {{left, number}}} later not read}}',
  },
  bound: {
    id: 'notes.calendarBound',
    defaultMessage:
      '{bound, select, years {none later than {limit, plural, one {# year} other {# years}} after the first} each {at most {limit, number}} other {the calendar’s first {limit, number} occurrences}}',
  },
  calendarRulesNotExpanded: {
    id: 'notes.calendarRulesNotExpanded',
    defaultMessage:
      '{count, plural, one {# event repeats} other {# events repeat}} by a rule that cannot be expanded in bounded time: only the first occurrence was read ({rules}{cut, select, yes {; …} other {}}).',
  },
  unsafeRule: {
    id: 'notes.calendarUnsafeRule',
    defaultMessage:
      '{why, select, bySetPos {line {line}: a {freq} rule with BYSETPOS, which it cannot expand in bounded time} noDay {line {line}: a rule that no day of the calendar meets ({parts})} other {line {line}: a {freq} rule whose occurrences lie up to {days, plural, one {# day} other {# days}} apart ({steps, number} steps of its frequency)}}',
  },
  calendarRepeatedUids: {
    id: 'notes.calendarRepeatedUids',
    defaultMessage:
      '{count, plural, one {# event has the UID of an earlier one} other {# events have the UID of an earlier one}}, with no RECURRENCE-ID: each was read as an event of its own.',
  },
  calendarCancelled: {
    id: 'notes.calendarCancelled',
    defaultMessage:
      '{count, plural, one {# event or occurrence is} other {# events or occurrences are}} cancelled (STATUS:CANCELLED): left out, as they did not take place (listed with the rows left out).',
  },
  calendarUnknownZones: {
    id: 'notes.calendarUnknownZones',
    defaultMessage:
      'Times in a time zone the file does not define and this browser does not know, or in none: kept as written, without a zone ({zones}).',
  },
  zone: { id: 'notes.calendarZone', defaultMessage: '“{text}” {count, number}' },
  calendarLongTitles: {
    id: 'notes.calendarLongTitles',
    defaultMessage:
      '{count, plural, one {# SUMMARY is} other {# SUMMARYs are}} longer than a title may be: titled by the first words, the whole of it opening the summary.',
  },
  calendarCutTexts: {
    id: 'notes.calendarCutTexts',
    defaultMessage:
      '{count, plural, one {# text is} other {# texts are}} longer than the format allows: cut there.',
  },
  calendarUnreadProperties: {
    id: 'notes.calendarUnreadProperties',
    defaultMessage:
      'Properties of its events not read (this format has no place for them): {properties}{cut, select, yes { and {more, number} more} other {}}.',
  },
  calendarOtherComponents: {
    id: 'notes.calendarOtherComponents',
    defaultMessage: 'Components that are not events were not read: {components}.',
  },
  counted: { id: 'notes.calendarCounted', defaultMessage: '{text} ({count, number})' },
  calendarStrayLines: {
    id: 'notes.calendarStrayLines',
    defaultMessage:
      '{count, plural, one {# line is no iCalendar property or outside the calendar, and was skipped (line {lines})} other {# lines are no iCalendar property or outside the calendar, and were skipped (lines {lines})}}.',
  },
})
