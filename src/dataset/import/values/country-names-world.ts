/**
 * Countries' names in every language the runtime's CLDR data has ("Arabie saoudite", "Irak",
 * "Deutschland", "Rusia", "Соединённые Штаты", "المملكة العربية السعودية", "日本"), asked of
 * Intl.DisplayNames once, when a name is first met that the English names do not read. Nothing is
 * bundled: Chromium, Firefox, Safari and Node carry CLDR's region names for the ~90 languages listed
 * below (Node and Chromium: all of them); i18n-iso-countries' locale files would add 152 kB (gzip) to
 * the worker for fewer names (its Russian United States is "США" alone). Built in ~100–150 ms (Node,
 * 2 cores), once per worker or page. A name that means two countries in two languages (Norwegian
 * "Kongo") is read as neither.
 */

// Languages CLDR names regions in; the runtime keeps those it has (supportedLocalesOf).
const LANGUAGES =
  'af am ar as az be bg bn br bs ca cs cy da de el en es et eu fa fi fil fr ga gl gu ha he hi hr hu hy id ig is it ja ka kk km kn ko ky lo lt lv mk ml mn mr ms mt my nb ne nl nn no or pa pl ps pt pt-PT ro ru sd si sk sl so sq sr sr-Latn sv sw ta te tg th tk tr tt ug uk ur uz vi xh yo zh zh-Hant zu'.split(
    ' ',
  )

let table: ReadonlyMap<string, string | null> | null = null

/**
 * The ISO alpha-2 code of a country by its name in any language (compared as `normal` compares), or
 * undefined. `codes` are the regions to name; `normal` makes a name a key.
 */
export function worldCountryCode(
  key: string,
  codes: () => readonly string[],
  normal: (name: string) => string,
): string | undefined {
  table ??= buildTable(codes(), normal)
  return table.get(key) ?? undefined
}

function buildTable(codes: readonly string[], normal: (name: string) => string): Map<string, string | null> {
  const names = new Map<string, string | null>()
  if (typeof Intl === 'undefined' || typeof Intl.DisplayNames !== 'function') return names
  let locales: string[]
  try {
    locales = Intl.DisplayNames.supportedLocalesOf(LANGUAGES)
  } catch {
    return names
  }
  for (const locale of locales) {
    const display = new Intl.DisplayNames([locale], { type: 'region', fallback: 'none' })
    for (const code of codes) {
      let name: string | undefined
      try {
        name = display.of(code)
      } catch {
        continue
      }
      const key = name ? normal(name) : ''
      if (!key) continue
      const known = names.get(key)
      // Ambiguous across languages: read as neither.
      if (known === undefined) names.set(key, code)
      else if (known !== code) names.set(key, null)
    }
  }
  return names
}
