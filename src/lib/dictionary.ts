// Keys that come from data (a column's name, a sheet's, an id, a cell's word) are never keys of a
// plain object: "__proto__" sets its prototype instead of a field, and "constructor" or "toString"
// finds the prototype's function where a table has no entry. A dictionary has no prototype, and a
// lookup reads own entries only.

/** An object with no prototype, holding `entries`: every key, "__proto__" included, is a plain key. */
export function dictionary<V>(entries: Iterable<readonly [string, V]> = []): Record<string, V> {
  const made: Record<string, V> = Object.create(null)
  for (const [key, value] of entries) made[key] = value
  return made
}

/** A fixed table keyed by words from data, as a dictionary: written as an object literal. */
export function table<V>(entries: Readonly<Record<string, V>>): Readonly<Record<string, V>> {
  return Object.freeze(dictionary(Object.entries(entries)))
}

/** The table's own entry for `key`; undefined where it has none, whatever `key` is. */
export function lookup<V>(entries: Readonly<Record<string, V>> | undefined, key: string): V | undefined {
  return entries !== undefined && Object.hasOwn(entries, key) ? entries[key] : undefined
}
