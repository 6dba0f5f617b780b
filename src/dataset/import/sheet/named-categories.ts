import type { Category } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'

/**
 * The categories an importer meets by name (ACLED's event types, TimelineJS's groups, GDELT's CAMEO
 * roots): each name made a category once, with an id slugged from it and unique in the story.
 */
export class NamedCategories {
  /** By the name as compared (see sameName): its id and the spelling first met. */
  private readonly ids = new Map<string, { id: string; name: string }>()
  private readonly uniqueId = uniqueIds()

  /**
   * The id of the category of this name, made the first time the name is met. Names differing only in
   * case or spacing are one category: two columns naming one province ("CATAMARCA", "Catamarca") make
   * one, not "catamarca" and "catamarca-2".
   */
  idOf(name: string): string {
    const key = sameName(name)
    let made = this.ids.get(key)
    if (made === undefined) {
      made = { id: this.uniqueId(slugify(name, 'category')), name }
      this.ids.set(key, made)
    }
    return made.id
  }

  /** Every category made, in the order first met, named as first written. */
  list(): Category[] {
    return [...this.ids.values()].map(({ id, name }) => ({ id, name }))
  }
}

const sameName = (name: string) => name.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase('und')
