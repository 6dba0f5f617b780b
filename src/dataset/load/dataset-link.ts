import { engineEndpoint } from './engine-param'

export type DatasetLink = { ok: true; url: string } | { ok: false; message: string }

/**
 * Checks a `?data=` link before anything is fetched: only http(s) datasets on this site can be opened
 * by link (the page's Content-Security-Policy allows no other origin, and a worker on a host that sends
 * the policy only in the page's meta element is not under it).
 *
 * The address is resolved as the browser will resolve it, and what is fetched is that whole address:
 * a path that a second resolution would read differently (`/.//other.example/x.json` resolves to the
 * path `//other.example/x.json`, which, fetched as it is, names another host) never leaves here.
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
  // The path alone reads better in messages; it is used only when it resolves to this site again.
  const path = `${url.pathname}${url.search}`
  return { ok: true, url: isOnSite(path, here) ? path : url.href }
}

/** Whether `address`, resolved against `here` as fetch resolves it, is on `here`'s origin. */
export function isOnSite(address: string, here: string): boolean {
  try {
    return new URL(address, here).origin === new URL(here).origin
  } catch {
    return false
  }
}

/**
 * Which story an address opens, read once for everyone who asks (the page's first script, which
 * starts its load, and the app): a file opened in this tab (`?file=name`), a linked dataset
 * (`?data=`), a link that cannot be opened and why, or the built-in story.
 */
export type StoryAddress =
  | { kind: 'file'; name: string }
  | { kind: 'link'; url: string }
  | { kind: 'bad-link'; message: string }
  | { kind: 'builtin'; url: string }
  /** `?engine=` with no dataset: the story is the engine service's, and the page loads none. */
  | { kind: 'engine'; endpoint: string }

export function storyAddress(search: string, here: string, builtinUrl: string): StoryAddress {
  const params = new URLSearchParams(search)
  const file = params.get('file')
  if (file !== null) return { kind: 'file', name: file }
  const data = params.get('data')
  if (data === null) {
    const endpoint = engineEndpoint(search, new URL(here).origin)
    return endpoint === null ? { kind: 'builtin', url: builtinUrl } : { kind: 'engine', endpoint }
  }
  const link = resolveDatasetLink(data, here)
  return link.ok ? { kind: 'link', url: link.url } : { kind: 'bad-link', message: link.message }
}

/**
 * Whether a linked dataset is a Parquet file (by its path's extension): the importers have no reader
 * for it, so it opens in the query engine in the page by HTTP range requests, never downloaded whole
 * (docs/decisions/query-engine.md, "Opening a large file").
 */
export function isParquetLink(url: string): boolean {
  try {
    return /\.parquet$/i.test(new URL(url, 'http://here.invalid/').pathname)
  } catch {
    return false
  }
}

/** An address of the editor's: a story being made (`?edit=`), its preview (`?preview=`), My stories. */
export type EditorRoute = { page: 'edit' | 'preview'; id: string } | { page: 'stories' }

export function editorRoute(search: string): EditorRoute | null {
  const params = new URLSearchParams(search)
  const edit = params.get('edit')
  if (edit) return { page: 'edit', id: edit }
  const preview = params.get('preview')
  if (preview) return { page: 'preview', id: preview }
  return params.has('stories') ? { page: 'stories' } : null
}
