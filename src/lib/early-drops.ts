// Files dropped on the page before the app has mounted (its drop zone with it). Without a listener
// the browser opens a dropped file in place of the page; the first script starts these, and the drop
// zone takes what they held when it mounts.

let held: File[] = []

const hasFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false

function onOver(event: DragEvent): void {
  if (hasFiles(event)) event.preventDefault()
}

function onDrop(event: DragEvent): void {
  if (!hasFiles(event)) return
  event.preventDefault()
  held = [...(event.dataTransfer?.files ?? [])]
}

/** From the page's first script: drops are held until the app takes them. */
export function holdEarlyDrops(): void {
  window.addEventListener('dragover', onOver)
  window.addEventListener('drop', onDrop)
}

/** The files last dropped before the app mounted (none most times); drops are the app's from now on. */
export function takeEarlyDrops(): File[] {
  window.removeEventListener('dragover', onOver)
  window.removeEventListener('drop', onDrop)
  const files = held
  held = []
  return files
}
