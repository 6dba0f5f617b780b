import type { Category } from '../../format/schema'
import { slugify, uniqueIds } from '../../format/slug'

/**
 * The categories an importer meets by name (ACLED's event types, TimelineJS's groups, GDELT's CAMEO
 * roots): each name made a category once, with an id slugged from it and unique in the story.
 */
export class NamedCategories {
  private readonly ids = new Map<string, string>()
  private readonly uniqueId = uniqueIds()

  /** The id of the category of this name, made the first time the name is met. */
  idOf(name: string): string {
    let id = this.ids.get(name)
    if (id === undefined) {
      id = this.uniqueId(slugify(name, 'category'))
      this.ids.set(name, id)
    }
    return id
  }

  /** Every category made, in the order first met. */
  list(): Category[] {
    return [...this.ids].map(([name, id]) => ({ id, name }))
  }
}
