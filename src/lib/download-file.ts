/** Downloads a text as a file of this name and type. */
export function download(name: string, type: string, text: string): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }))
}

/** How long a download's object URL is kept after its click. */
const FREED_AFTER_MS = 10_000

/**
 * Downloads a Blob as a file of this name (a file made of parts need not be joined into one string):
 * every download of the app (data files, exports, the timeline's image) goes through here.
 */

export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the object URL by then; it is freed a little later, not at once (a
  // browser slow to begin reading a large file, an export of 100 MB, still finds it).
  setTimeout(() => URL.revokeObjectURL(url), FREED_AFTER_MS)
}
