/** Content read back from storage, as the editor's own type, or why it cannot be. */
export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string }

/**
 * Reads a draft's stored content as the editor's type. What comes out of storage is outside data (an
 * older version of the app, another tab, a person with the browser's tools may have written it), so it
 * is parsed once, here at the boundary; inside, the editor trusts the type.
 */
export type ParseContent<T> = (raw: unknown) => Parsed<T>

/** A draft's title taken from its content, for My stories. */
export type TitleOf<T> = (content: T) => string
