import { TEXT_LIMITS } from '../../format/format-constants'

/**
 * A cell or attribute as a web address the format accepts (an absolute http or https address of at
 * most 2,048 characters, as the URL parser writes it), or null: a javascript: or data: link, a
 * relative one or a bare word is never made a link.
 */
export function readWebAddress(value: string | undefined): string | null {
  const trimmed = value?.trim() ?? ''
  if (trimmed.length === 0 || trimmed.length > TEXT_LIMITS.url || !/^https?:\/\//i.test(trimmed)) return null
  try {
    const { href } = new URL(trimmed)
    return href.length <= TEXT_LIMITS.url ? href : null
  } catch {
    return null
  }
}
