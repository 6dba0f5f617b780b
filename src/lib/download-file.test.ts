import { afterEach, expect, test, vi } from 'vitest'
import { downloadBlob } from './download-file'

// The one download of the app (data files, the large export, the timeline's image): the object URL
// is kept a while after the click, so that a browser slow to begin reading a large file still finds it.

afterEach(() => {
  vi.useRealTimers()
  vi.restoreAllMocks()
})

test('a download clicks a link to the file, and frees its URL seconds later, not at once', () => {
  vi.useFakeTimers()
  const revoked: string[] = []
  vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:file')
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation((url) => {
    revoked.push(url)
  })
  const clicked: string[] = []
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    clicked.push(this.download)
  })
  downloadBlob('story-12-events.csv', new Blob(['id\n']))
  expect(clicked).toEqual(['story-12-events.csv'])
  vi.advanceTimersByTime(5_000)
  expect(revoked).toEqual([])
  vi.advanceTimersByTime(5_000)
  expect(revoked).toEqual(['blob:file'])
})
