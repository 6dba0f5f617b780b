// JSON.parse keeps the last of a key written twice in one object ({"title": "a", "title": "b"} is
// "b"), silently. Telling that it happened costs two linear passes, counting the keys the text writes
// and the keys the parse kept; only when they differ is the text read again to say where.

/** Past this many characters the count is skipped: at 100,000 events it would add ~0.1 s to a load. */
const LARGEST_CHECKED = 20_000_000

/**
 * Whether the JSON text (which JSON.parse has read as `parsed`) writes some key twice in one object.
 * Null when the text is too large to check.
 */
export function hasDuplicateKeys(text: string, parsed: unknown): boolean | null {
  if (text.length > LARGEST_CHECKED) return null
  return keysWritten(text) !== keysKept(parsed)
}

// The keys a valid JSON text writes: strings followed by a colon.
function keysWritten(text: string): number {
  let keys = 0
  for (let at = 0; at < text.length; at += 1) {
    if (text.charCodeAt(at) !== 34 /* " */) continue
    at += 1
    while (at < text.length) {
      const code = text.charCodeAt(at)
      if (code === 92 /* \ */) at += 2
      else if (code === 34) break
      else at += 1
    }
    let next = at + 1
    while (next < text.length && isSpace(text.charCodeAt(next))) next += 1
    if (text.charCodeAt(next) === 58 /* : */) keys += 1
  }
  return keys
}

function isSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9
}

function keysKept(value: unknown): number {
  let keys = 0
  const pending: unknown[] = [value]
  while (pending.length) {
    const item = pending.pop()
    if (typeof item !== 'object' || item === null) continue
    if (Array.isArray(item)) {
      for (const element of item) pending.push(element)
      continue
    }
    for (const key in item) {
      keys += 1
      pending.push((item as Record<string, unknown>)[key])
    }
  }
  return keys
}
