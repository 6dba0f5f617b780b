import { visit } from 'jsonc-parser'

/**
 * Where a JSON text writes a key twice in one object ("events[3].title"), up to `limit` places: read
 * only once hasDuplicateKeys has said there are some (this loads jsonc-parser, VS Code's JSON reader).
 */
export function duplicateKeyPlaces(text: string, limit = 5): string[] {
  const places: string[] = []
  const seen: Array<Set<string>> = []
  visit(text, {
    onObjectBegin: () => {
      seen.push(new Set())
    },
    onObjectEnd: () => {
      seen.pop()
    },
    onObjectProperty: (property, _offset, _length, _line, _column, pathSupplier) => {
      const keys = seen.at(-1)
      if (!keys) return
      if (keys.has(property) && places.length < limit) places.push(formatPlace([...pathSupplier(), property]))
      keys.add(property)
    },
  })
  return places
}

function formatPlace(path: Array<string | number>): string {
  return path
    .map((part, index) =>
      typeof part === 'number'
        ? `[${part}]`
        : index === 0
          ? part
          : /^[A-Za-z_$][\w$-]*$/.test(part)
            ? `.${part}`
            : `[${JSON.stringify(part)}]`,
    )
    .join('')
}
