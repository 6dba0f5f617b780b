/** A lower-case slug for an id: "Kim Jong Un" -> "kim-jong-un". Never empty. */
export function slugify(text: string, fallback = 'item'): string {
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

/** Makes ids unique within one list by adding -2, -3, ... */
export function uniqueIds(): (base: string) => string {
  const used = new Set<string>()
  return (base) => {
    let id = base
    for (let suffix = 2; used.has(id); suffix += 1) id = `${base}-${suffix}`
    used.add(id)
    return id
  }
}
