import type { ActorKind } from '../format/schema'
import { slugify, uniqueIds } from '../format/slug'
import type { DraftActor, Span } from './draft-types'

/** Where the text names an actor; `subject` when the name stands as the subject of its clause. */
export type Mention = { span: Span; actor: string; subject: boolean }

/**
 * The actors found so far, one per person, organisation or country however often named, with every
 * mention. People are one actor per full name; countries one per code.
 */
export class ActorBook {
  readonly actors: DraftActor[] = []
  readonly mentions: Mention[] = []
  /** People's gender where the text shows it (a first name, "Mr", "policewoman"), for "he" and "she". */
  readonly genders = new Map<string, 'male' | 'female'>()
  private readonly byKey = new Map<string, DraftActor>()
  private readonly newId = uniqueIds()

  add(
    kind: ActorKind,
    name: string,
    span: Span,
    details: { country?: string | undefined; role?: string | undefined; confidence: number },
  ): DraftActor {
    const key = kind === 'country' ? `country:${details.country}` : `${kind}:${normalName(name)}`
    let actor = this.byKey.get(key)
    if (!actor) {
      actor = {
        id: this.newId(slugify(name, kind)),
        // A name over a line break of hard-wrapped text is named on one line.
        name: name.replace(/\s+/g, ' '),
        kind,
        mentions: [],
        confidence: details.confidence,
      }
      if (details.country) actor.country = details.country
      this.byKey.set(key, actor)
      this.actors.push(actor)
    }
    if (details.role && !actor.role) actor.role = details.role
    if (details.country && !actor.country) actor.country = details.country
    actor.confidence = Math.max(actor.confidence, details.confidence)
    this.mention(actor, span)
    return actor
  }

  mention(actor: DraftActor, span: Span, subject = false): void {
    if (this.mentions.some((known) => known.span.start === span.start && known.actor === actor.id)) return
    actor.mentions.push(span)
    // Kept in text order as they come: pronouns and titles are resolved by walking back from a place.
    let at = this.mentions.length
    while (at > 0 && (this.mentions[at - 1]?.span.start ?? 0) > span.start) at--
    this.mentions.splice(at, 0, { span, actor: actor.id, subject })
  }

  /** Takes back what was read as an actor of this kind inside the span; an actor left unnamed goes. */
  withdraw(kind: ActorKind, span: Span): void {
    const inside = (at: Span) => at.start >= span.start && at.end <= span.end
    for (const actor of this.actors.filter((known) => known.kind === kind)) {
      if (!actor.mentions.some(inside)) continue
      actor.mentions = actor.mentions.filter((at) => !inside(at))
      const left = this.mentions.filter((known) => !(known.actor === actor.id && inside(known.span)))
      this.mentions.splice(0, this.mentions.length, ...left)
      if (actor.mentions.length > 0) continue
      this.actors.splice(this.actors.indexOf(actor), 1)
      for (const [key, known] of this.byKey) if (known === actor) this.byKey.delete(key)
    }
  }

  get(id: string): DraftActor | undefined {
    return this.actors.find((actor) => actor.id === id)
  }

  /** Mentions in text order, each actor's too. */
  sort(): void {
    this.mentions.sort((a, b) => a.span.start - b.span.start)
    for (const actor of this.actors) actor.mentions.sort((a, b) => a.start - b.start)
  }
}

export function normalName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/^the\s+/, '')
    .replace(/[’']/g, '’')
    .replace(/\s+/g, ' ')
    .trim()
}
