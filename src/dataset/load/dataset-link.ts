export type DatasetLink = { ok: true; url: string } | { ok: false; message: string }

/**
 * Checks a `?data=` link before anything is fetched: only http(s) datasets on this site can be opened
 * by link (the page's Content-Security-Policy allows no other origin).
 */
export function resolveDatasetLink(value: string, here: string): DatasetLink {
  let url: URL
  try {
    url = new URL(value, here)
  } catch {
    return { ok: false, message: `The dataset link “${value.slice(0, 100)}” is not a web address.` }
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      message: `The dataset link “${value.slice(0, 100)}” is not an http or https address.`,
    }
  }
  if (url.origin !== new URL(here).origin) {
    return {
      ok: false,
      message: `Only datasets on this site can be opened by link, not from ${url.origin}. Download the file and open it with “Open dataset…” instead.`,
    }
  }
  return { ok: true, url: `${url.pathname}${url.search}` }
}
