/**
 * Whether a file goes to the query engine, and the engine started ahead of it, loaded when a file is
 * coming: a small chunk of its own, so that nothing of the engine's path is on the first view.
 */
export const loadEngineRouting = () => import('../../dataset/load/engine/routing')

/** Opening a file in the engine (a picked file, a linked Parquet file): loaded when one is opened. */
export const loadOpenInEngine = () => import('../../dataset/load/engine/open-in-engine')

/** A file is coming by Open dataset… (pressed): the engine starts while the person chooses it. */
export function warmEngineForFile(): void {
  void loadEngineRouting().then((routing) => routing.warmEngine())
}

/** The file chooser was closed with no file chosen: an engine started for it is stopped. */
export function coolEngineForFile(): void {
  void loadEngineRouting().then((routing) => routing.coolEngine())
}

/** Files are dragged over the page: the engine's code is fetched (its start waits for the drop's sizes). */
export function fetchEngineCode(): void {
  void loadEngineRouting().then((routing) => routing.loadEngineDoor())
}
