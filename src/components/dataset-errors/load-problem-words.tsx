import type { ReactNode } from 'react'
import { type LoadProblem, megabyteCount } from '../../dataset/load/load-problem'
import { defineMessages } from '../../i18n/messages'
import { richText } from '../../i18n/rich-text'

// Why a dataset could not be had, in the reader's language. Its address or file name is data, in
// <bdi>; sizes are in MB as file managers write them.
const messages = defineMessages({
  notOnSite: {
    id: 'loadProblem.notOnSite',
    defaultMessage: '{url} is not on this site: only datasets on this site can be opened by link.',
  },
  noAnswer: {
    id: 'loadProblem.noAnswer',
    defaultMessage: '{url} did not answer within {seconds, plural, one {# second} other {# seconds}}.',
  },
  unreachable: { id: 'loadProblem.unreachable', defaultMessage: 'Could not reach {url}.' },
  redirects: {
    id: 'loadProblem.redirects',
    defaultMessage:
      '{url} redirects elsewhere: link to the dataset file’s own address (open the link in a tab to see where it leads).',
  },
  serverRefused: {
    id: 'loadProblem.serverRefused',
    defaultMessage: 'Could not load {url}: the server answered {status}.',
  },
  webPage: {
    id: 'loadProblem.webPage',
    defaultMessage: '{url} is a web page, not a dataset: link to the .json or .csv file itself.',
  },
  stoppedSending: {
    id: 'loadProblem.stoppedSending',
    defaultMessage:
      'The server stopped sending {url}: nothing came for {seconds, plural, one {# second} other {# seconds}}, after {received, number} MB. Try again, or download the file and open it.',
  },
  tooLarge: {
    id: 'loadProblem.tooLarge',
    defaultMessage: '{name} is {size, number} MB: larger than the {limit, number} MB a dataset may be.',
  },
  tooLargeStopped: {
    id: 'loadProblem.tooLargeStopped',
    defaultMessage:
      '{name} is more than {limit, number} MB: larger than the {limit, number} MB a dataset may be.',
  },
  checkerNotLoaded: {
    id: 'loadProblem.checkerNotLoaded',
    defaultMessage: 'The dataset checker could not be loaded ({detail}). Check the connection and try again.',
  },
  notADataset: { id: 'loadProblem.notADataset', defaultMessage: 'Not a dataset.' },
  unreadable: { id: 'loadProblem.unreadable', defaultMessage: 'The dataset could not be read: {detail}' },
  workbookTooSlow: {
    id: 'loadProblem.workbookTooSlow',
    defaultMessage:
      'The workbook was still being read after {seconds, number} s: it may be damaged. Open it in your spreadsheet app, save the sheet of events as CSV (or a new workbook) and open that.',
  },
})

// An error's own text (a browser's, a library's): English, the one place it may show, marked so.
const english = (text: string) => (
  <bdi lang="en" dir="ltr">
    {text}
  </bdi>
)

const data = (text: string) => <bdi>{text}</bdi>

// A size rounded as the English message writes it (12.5, 256), the decimal point the language's.
const size = megabyteCount

/** The problem in the reader's language. */
export function loadProblemWords(problem: LoadProblem): ReactNode {
  switch (problem.code) {
    case 'notOnSite':
    case 'unreachable':
    case 'redirects':
    case 'webPage':
      return richText(messages[problem.code], { url: data(problem.url) })
    case 'noAnswer':
      return richText(messages.noAnswer, { url: data(problem.url), seconds: problem.seconds })
    case 'serverRefused':
      return richText(messages.serverRefused, { url: data(problem.url), status: String(problem.status) })
    case 'stoppedSending':
      return richText(messages.stoppedSending, {
        url: data(problem.url),
        seconds: problem.seconds,
        received: size(problem.received),
      })
    case 'tooLarge':
      return problem.size === null
        ? richText(messages.tooLargeStopped, { name: data(problem.name), limit: size(problem.limit) })
        : richText(messages.tooLarge, {
            name: data(problem.name),
            size: size(problem.size),
            limit: size(problem.limit),
          })
    case 'checkerNotLoaded':
      return richText(messages.checkerNotLoaded, { detail: english(problem.detail) })
    case 'notADataset':
      return richText(messages.notADataset, {})
    case 'unreadable':
      return richText(messages.unreadable, { detail: english(problem.detail) })
    case 'workbookTooSlow':
      return richText(messages.workbookTooSlow, { seconds: problem.seconds })
  }
}
