// What the page asks before a file is read: whether it goes to the query engine, and the engine
// started ahead of it. Loaded by import() when a file is coming (Open dataset… pressed, a drag, a
// drop): nothing of the engine's path is on the first view.

export { type EngineRoute, engineRoute } from './route-to-engine'
export { coolEngine, loadEngineDoor, warmEngine } from './warm-engine'
