const SLUG_BUT_CASE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/i

/** A lower-case slug for an id: "Kim Jong Un" -> "kim-jong-un". Never empty. */
export function slugify(text: string, fallback = 'item'): string {
  // Already a slug but for its case ("MEX1", "event-12"), as most ids in exports are: nothing to take off.
  if (text.length <= 80 && SLUG_BUT_CASE.test(text)) return text.toLowerCase()
  const slug = text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
  return slug || fallback
}

/**
 * Makes ids unique within one list by adding -2, -3, ... Each base remembers the next suffix to try:
 * trying from -2 every time took minutes for a sheet of 60,000 rows titled alike ("Protest").
 */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>()
  const nextSuffix = new Map<string, number>()
  return (base) => {
    let id = base
    let suffix = nextSuffix.get(base) ?? 2
    while (used.has(id)) {
      id = `${base}-${suffix}`
      suffix += 1
    }
    nextSuffix.set(base, suffix)
    used.add(id)
    return id
  }
}
