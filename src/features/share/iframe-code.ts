/** What the host page's iframe element says: where it points, its name for screen readers, its height. */
export type IframeOptions = { src: string; title: string; heightPx: number }

export const EMBED_HEIGHT = { min: 320, max: 2400, default: 640 } as const

/**
 * The HTML to paste into an article: an iframe the width of its column, lazy-loaded, allowed to
 * write the clipboard (the embed's links are copied from it) and to go full screen. Every value is
 * escaped for an attribute, so a story titled `"><script>` stays a title.
 */
export function iframeCode({ src, title, heightPx }: IframeOptions): string {
  const asked = Number.isFinite(heightPx) ? heightPx : EMBED_HEIGHT.default
  const height = Math.round(Math.min(EMBED_HEIGHT.max, Math.max(EMBED_HEIGHT.min, asked)))
  const attributes: Array<[string, string]> = [
    ['src', src],
    ['title', title],
    ['width', '100%'],
    ['height', String(height)],
    ['style', 'border: 0; max-width: 100%;'],
    ['loading', 'lazy'],
    ['allow', 'clipboard-write; fullscreen'],
  ]
  return `<iframe ${attributes.map(([name, value]) => `${name}="${escapeAttribute(value)}"`).join(' ')}></iframe>`
}

function escapeAttribute(value: string): string {
  return value
    .replaceAll('&', '&amp;')
    .replaceAll('"', '&quot;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
}
