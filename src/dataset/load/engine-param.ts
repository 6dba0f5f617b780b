/**
 * `?engine=/path`: the views' questions are asked of the engine service (`npm run serve:engine`) at
 * that path of this site, through the HTTP answerer, instead of the page's own index. Only a path of
 * the page's own origin: a link must not send the reader's questions (their filters, their searches)
 * to another site, and the page's policy (connect-src 'self') would refuse it anyway. Kept through
 * every change of view, like `data=` (it is not one of the view's parameters).
 */
export const ENGINE_PARAM = 'engine'

/** The service's address from the page's address, or null: none asked, or not a path of this site. */
export function engineEndpoint(search: string, origin: string): string | null {
  const asked = new URLSearchParams(search).get(ENGINE_PARAM)?.trim()
  // A path, never an address: "//host/x" and "https://…" name another site.
  if (!asked?.startsWith('/') || asked.startsWith('//')) return null
  try {
    const url = new URL(asked, origin)
    return url.origin === origin ? `${url.pathname}${url.search}` : null
  } catch {
    return null
  }
}
