import { createReadStream, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import type { IncomingMessage, OutgoingHttpHeaders, ServerResponse } from 'node:http'
import { extname, join, resolve, sep } from 'node:path'
import { gzipSync } from 'node:zlib'
import type { Plugin } from 'vite'

// Files a browser fetches as text, worth compressing; the smallest is not worth a second file.
const COMPRESSIBLE = /\.(html|js|mjs|css|json|svg|txt|csv)$/
const SMALLEST = 1024

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
}

/** Writes `file.gz` beside `file`, compressed as hard as gzip can (once, at build time). */
export function writePrecompressed(file: string): void {
  writeFileSync(`${file}.gz`, gzipSync(readFileSync(file), { level: 9 }))
}

/** The size of `file`'s twin, or null when it has none or the file was written again after it. */
function freshTwinSize(file: string): number | null {
  try {
    const twin = statSync(`${file}.gz`)
    return twin.mtimeMs < statSync(file).mtimeMs ? null : twin.size
  } catch {
    return null
  }
}

/** Every compressible file under `dir`, at any depth. */
function compressibleFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((file) => COMPRESSIBLE.test(file) && statSync(file).size >= SMALLEST)
}

/**
 * The preview's answer for a request whose file has a precompressed twin, or false to let Vite's own
 * static server answer (it compresses on the fly).
 */
export function servePrecompressed(
  root: string,
  headers: OutgoingHttpHeaders,
  request: IncomingMessage,
  response: ServerResponse,
): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false
  if (!/\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''))) return false
  // A range of a file is of its bytes as they are (the query engine reads a remote file by ranges):
  // Vite's static server answers those.
  if (request.headers.range) return false
  let path: string
  try {
    path = decodeURIComponent(new URL(request.url ?? '/', 'http://preview').pathname)
  } catch {
    return false
  }
  const file = resolve(root, `.${path.endsWith('/') ? `${path}index.html` : path}`)
  if (!file.startsWith(root + sep)) return false
  // A file written again after the build (a regenerated dataset) has a stale twin: not that one.
  const size = freshTwinSize(file)
  if (size === null) return false
  response.writeHead(200, {
    ...headers,
    'Content-Type': CONTENT_TYPES[extname(file)] ?? 'application/octet-stream',
    'Content-Encoding': 'gzip',
    'Content-Length': size,
    Vary: 'Accept-Encoding',
  })
  if (request.method === 'HEAD') response.end()
  else createReadStream(`${file}.gz`).pipe(response)
  return true
}

/**
 * A static host serves files it compressed once (nginx's gzip_static, a CDN's cache); Vite's preview
 * compresses every response again, costing a core that the browser shares when both run on one
 * machine (the tests and the benchmark; see docs/decisions/load-order.md). So the build writes `name.gz`
 * beside each text file, and the preview sends it to a browser that accepts gzip.
 */
export function precompressedFiles(): Plugin {
  let outDir = 'dist'
  return {
    name: 'story-timeline:precompressed-files',
    apply: (_config, env) => env.command === 'build' || env.isPreview === true,
    configResolved: (config) => {
      outDir = resolve(config.root, config.build.outDir)
    },
    closeBundle: {
      order: 'post',
      handler: () => {
        // A second build into the same folder (the bench's bare page) leaves fresh twins as they are.
        for (const file of compressibleFiles(outDir))
          if (freshTwinSize(file) === null) writePrecompressed(file)
      },
    },
    configurePreviewServer: (server) => {
      const root = resolve(server.config.root, server.config.build.outDir)
      const headers = server.config.preview.headers ?? {}
      server.middlewares.use((request, response, next) => {
        if (!servePrecompressed(root, headers, request, response)) next()
      })
    },
  }
}
