import { createReadStream } from 'node:fs'
import { realpath, stat } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import { extname, relative, resolve, sep } from 'node:path'
import { pipeline } from 'node:stream'
import { CONTENT_SECURITY_POLICY } from '../../vite-plugins/content-security-policy'

// The built app (`dist/`) served by the engine service itself, so that the page and the service it asks
// share one origin (`http://127.0.0.1:8787/?engine=/query`): no CORS, and the page's policy
// (connect-src 'self') holds as it is. Only files: no directory is ever listed, and no path (`..`,
// an encoded `%2e%2e`, a symbolic link) reaches past the folder. The headers are the preview's (the
// page's Content-Security-Policy, one definition in vite-plugins/), and a text file's gzip twin
// (written by the build beside it) goes to a browser that accepts gzip, as the preview sends it.

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.wasm': 'application/wasm',
  '.woff2': 'font/woff2',
}

/** The headers of every file served: the app's policy, and no guessing a type from the bytes. */
export const APP_FILE_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
}

export type AppFiles = {
  /** The folder's real path (symbolic links resolved), so that a file's real path is compared with it. */
  root: string
}

/** The built app's folder, checked once: it must hold an index.html. */
export async function appFiles(folder: string): Promise<AppFiles> {
  const root = await realpath(folder).catch(() => {
    throw new Error(`--app ${folder}: no such folder (run npm run build first)`)
  })
  if (!(await isFile(resolve(root, 'index.html'))))
    throw new Error(`--app ${folder}: no index.html in it (run npm run build first)`)
  return { root }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (found) => found.isFile(),
    () => false,
  )
}

/**
 * Answers a GET or HEAD for a file of the app (the page at `/`), or false when the request is not
 * one (another method) or names no file of the folder: the caller answers 404.
 */
export async function serveAppFile(
  files: AppFiles,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<boolean> {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  const file = await fileOf(files, request.url ?? '/')
  if (file === null) return false
  const twin = acceptsGzip(request) ? await freshTwin(files, file) : null
  const sent = twin ?? file
  const { size } = await stat(sent)
  response.writeHead(200, {
    ...APP_FILE_HEADERS,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Length': size,
    // The build names its chunks by their content: they never change under a name. The page does.
    'Cache-Control': relative(files.root, file).startsWith(`assets${sep}`)
      ? 'public, max-age=31536000, immutable'
      : 'no-cache',
    Vary: 'Accept-Encoding',
    ...(twin ? { 'Content-Encoding': 'gzip' } : {}),
  })
  if (request.method === 'HEAD') response.end()
  // pipeline, not pipe: a read that fails after the head (a file removed meanwhile, unreadable) ends the
  // response instead of throwing out of the service, and a client gone closes the file.
  else pipeline(createReadStream(sent), response, (error) => error && response.destroy())
  return true
}

/** The file a request's path names inside the folder, or null: none, a folder, or outside it. */
async function fileOf(files: AppFiles, url: string): Promise<string | null> {
  let path: string
  try {
    path = decodeURIComponent(new URL(url, 'http://app').pathname)
  } catch {
    return null
  }
  if (path.includes('\0') || path.includes('\\')) return null
  const asked = resolve(files.root, `.${path === '/' ? '/index.html' : path}`)
  if (!asked.startsWith(files.root + sep)) return null
  // A symbolic link inside the folder may point out of it: its real path is what is read.
  const real = await realpath(asked).catch(() => null)
  if (real === null || !real.startsWith(files.root + sep) || !(await isFile(real))) return null
  return real
}

/** Whether the request takes gzip: "gzip" listed, and not with q=0. */
function acceptsGzip(request: IncomingMessage): boolean {
  return String(request.headers['accept-encoding'] ?? '')
    .split(',')
    .some((coding) => {
      const [name, ...parameters] = coding.trim().split(';')
      const q = parameters
        .map((parameter) => parameter.trim())
        .find((parameter) => parameter.startsWith('q='))
      return name?.trim().toLowerCase() === 'gzip' && (q === undefined || Number(q.slice(2)) > 0)
    })
}

/**
 * `file`'s gzip twin written after it (a file written again has a stale twin), or null. The twin is a
 * path of its own: a symbolic link named `x.js.gz` may point out of the folder, so its real path is
 * checked as the file's was.
 */
async function freshTwin(files: AppFiles, file: string): Promise<string | null> {
  const twin = await realpath(`${file}.gz`).catch(() => null)
  if (twin === null || !twin.startsWith(files.root + sep)) return null
  const [original, written] = await Promise.all([stat(file), stat(twin).catch(() => null)])
  return written?.isFile() === true && written.mtimeMs >= original.mtimeMs ? twin : null
}
