/** Downloads a text as a file of this name and type. */
export function download(name: string, type: string, text: string): void {
  downloadBlob(name, new Blob([text], { type: `${type};charset=utf-8` }))
}

/** Downloads a Blob as a file of this name (a file made of parts need not be joined into one string). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob)
  const link = document.createElement('a')
  link.href = url
  link.download = name
  document.body.append(link)
  link.click()
  link.remove()
  // The download has started from the object URL; free it once the click has been handled.
  setTimeout(() => URL.revokeObjectURL(url), 1000)
}
