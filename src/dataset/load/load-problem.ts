/**
 * Why a dataset could not be had, as a code with its values: the page words it in the reader's
 * language (components/dataset-errors/), `loadProblemInEnglish` for logs and the error's message.
 * Sizes are in bytes; `size: null` is "more than the limit" (a download stopped at it).
 */
export type LoadProblem =
  | { code: 'notOnSite'; url: string }
  | { code: 'noAnswer'; url: string; seconds: number }
  | { code: 'unreachable'; url: string }
  | { code: 'redirects'; url: string }
  | { code: 'serverRefused'; url: string; status: number }
  | { code: 'webPage'; url: string }
  | { code: 'stoppedSending'; url: string; seconds: number; received: number }
  | { code: 'tooLarge'; name: string; size: number | null; limit: number }
  | { code: 'checkerNotLoaded'; detail: string }
  | { code: 'notADataset' }
  /** An error on the way that no reader foresaw: its own text (English, a browser's or a library's) is the detail. */
  | { code: 'unreadable'; detail: string }
  | { code: 'workbookTooSlow'; seconds: number }

export const LOAD_PROBLEM_CODES = [
  'notOnSite',
  'noAnswer',
  'unreachable',
  'redirects',
  'serverRefused',
  'webPage',
  'stoppedSending',
  'tooLarge',
  'checkerNotLoaded',
  'notADataset',
  'unreadable',
  'workbookTooSlow',
] as const satisfies ReadonlyArray<LoadProblem['code']>

/** A size in MB (MiB, as file managers write them), rounded as it is shown: 12.5, 256. */
export function megabyteCount(bytes: number): number {
  const value = bytes / (1024 * 1024)
  return value >= 100 || Number.isInteger(value) ? Math.round(value) : Math.round(value * 10) / 10
}

/** "12.5 MB", "256 MB". */
export function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024)
  return `${value >= 100 || Number.isInteger(value) ? Math.round(value) : value.toFixed(1)} MB`
}

/** The problem in English: the error's message, for logs and tests. */
export function loadProblemInEnglish(problem: LoadProblem): string {
  switch (problem.code) {
    case 'notOnSite':
      return `${problem.url} is not on this site: only datasets on this site can be opened by link.`
    case 'noAnswer':
      return `${problem.url} did not answer within ${problem.seconds} seconds.`
    case 'unreachable':
      return `Could not reach ${problem.url}.`
    case 'redirects':
      return `${problem.url} redirects elsewhere: link to the dataset file’s own address (open the link in a tab to see where it leads).`
    case 'serverRefused':
      return `Could not load ${problem.url}: the server answered ${problem.status}.`
    case 'webPage':
      return `${problem.url} is a web page, not a dataset: link to the .json or .csv file itself.`
    case 'stoppedSending':
      return `The server stopped sending ${problem.url}: nothing came for ${problem.seconds} seconds, after ${megabytes(problem.received)}. Try again, or download the file and open it.`
    case 'tooLarge': {
      const size = problem.size === null ? `more than ${megabytes(problem.limit)}` : megabytes(problem.size)
      return `${problem.name} is ${size}: larger than the ${megabytes(problem.limit)} a dataset may be.`
    }
    case 'checkerNotLoaded':
      return `The dataset checker could not be loaded (${problem.detail}). Check the connection and try again.`
    case 'notADataset':
      return 'Not a dataset.'
    case 'unreadable':
      return `The dataset could not be read: ${problem.detail}`
    case 'workbookTooSlow':
      return `The workbook was still being read after ${problem.seconds} s: it may be damaged. Open it in your spreadsheet app, save the sheet of events as CSV (or a new workbook) and open that.`
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

/** Whether a value the load worker sent is a load problem (checked once, where the page receives it). */
export function isLoadProblem(value: unknown): value is LoadProblem {
  if (!isRecord(value)) return false
  switch (value.code) {
    case 'notOnSite':
    case 'unreachable':
    case 'redirects':
    case 'webPage':
      return typeof value.url === 'string'
    case 'noAnswer':
      return typeof value.url === 'string' && isCount(value.seconds)
    case 'serverRefused':
      return typeof value.url === 'string' && isCount(value.status)
    case 'stoppedSending':
      return typeof value.url === 'string' && isCount(value.seconds) && isCount(value.received)
    case 'tooLarge':
      return (
        typeof value.name === 'string' && (value.size === null || isCount(value.size)) && isCount(value.limit)
      )
    case 'checkerNotLoaded':
    case 'unreadable':
      return typeof value.detail === 'string'
    case 'workbookTooSlow':
      return isCount(value.seconds)
    case 'notADataset':
      return true
    default:
      return false
  }
}
