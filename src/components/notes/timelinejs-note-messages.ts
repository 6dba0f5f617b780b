import { defineMessages } from '../../i18n/messages'

// One message per note a TimelineJS story's reading makes (dataset/notes/read-note.ts, `timelineJs…`).
export const timelineJsMessages = defineMessages({
  timelineJsRead: { id: 'notes.timelineJsRead', defaultMessage: '{file} was read as a TimelineJS story.' },
  timelineJsMarkup: {
    id: 'notes.timelineJsMarkup',
    defaultMessage:
      '{count, plural, one {# text holds HTML (as TimelineJS writes it): its text was kept} other {# texts hold HTML (as TimelineJS writes them): their text was kept}}, the markup left out.',
  },
  timelineJsMedia: {
    id: 'notes.timelineJsMedia',
    defaultMessage:
      '{count, plural, one {# slide has media} other {# slides have media}} that is not a web address (an embed or a quote): left out.',
  },
})
