// DuckDB-WASM started ahead of a file (docs/decisions/query-engine.md, "Opening a large file"): its
// cold start (the 34 MB module fetched and compiled, its worker, a connection: 1–5 s here) overlaps
// the person choosing the file. Only when they press Open dataset… (they are then in the system's file
// chooser for a second or more, the machine otherwise idle); a drag that enters the page fetches the
// engine's code only, since a drop follows at once and the sizes are known only then.

/** The engine's door, loaded by import() only: a chunk of its own, never on the first view. */
export const loadEngineDoor = () => import('../../query/wasm/engine')
export type EngineDoor = Awaited<ReturnType<typeof loadEngineDoor>>
export type StartedEngine = Awaited<ReturnType<EngineDoor['startWasmEngine']>>

type Warm = { door: EngineDoor; engine: StartedEngine }
let warm: Promise<Warm> | null = null

async function start(): Promise<Warm> {
  const door = await loadEngineDoor()
  return { door, engine: await door.startWasmEngine() }
}

/** Starts an engine for the next file, unless one is started already. */
export function warmEngine(): void {
  if (warm) return
  const starting = start()
  warm = starting
  // One that failed to start is dropped: the next opening starts its own, and says why if it fails.
  starting.catch(() => {
    if (warm === starting) warm = null
  })
}

/** The engine started ahead, or one started now; the next file starts another. */
export function takeEngine(): Promise<Warm> {
  const taken = warm ?? start()
  warm = null
  return taken
}

/** The file chosen is not the engine's, or none was: an engine started for it is stopped, its memory freed. */
export function coolEngine(): void {
  const unused = warm
  warm = null
  void unused?.then(({ engine }) => engine.close()).catch(() => {})
}
