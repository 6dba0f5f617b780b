import type { Plugin } from 'vite'

// The built page's Content-Security-Policy: no inline scripts, no eval, nothing from other origins.
// 'wasm-unsafe-eval' lets the page compile WebAssembly (the query engine, DuckDB-WASM, served by
// the app) and nothing else: JavaScript's eval and new Function stay refused. The one policy for
// the page's meta element, the preview's header (workers' scripts too) and a host's _headers.
// Styles set from script (vis-timeline positions, React style props) go through the CSSOM, which a
// policy without 'unsafe-inline' still allows. The dev server needs inline scripts for hot reload, so
// the policy applies to the build (and `npm run preview`) only.
const PAGE_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
]

/**
 * In the page itself, as a meta element: it holds wherever the files are served. A browser ignores
 * `frame-ancestors` there (and says so in the console), so it is not in it.
 */
export const META_CONTENT_SECURITY_POLICY = PAGE_POLICY.join('; ')

/**
 * As the server's header (the preview's, and `_headers` for a static host): the same, and which pages
 * may put the app in an iframe. Any page may: embedding in articles is what `?embed=1` is for, and the
 * app has no account or action a framing page could trick a reader into (docs/decisions/embedding.md).
 */
export const CONTENT_SECURITY_POLICY = [...PAGE_POLICY, 'frame-ancestors *'].join('; ')

/** Writes the policy into the built page, as a meta element, and the header's into `_headers`. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'story-timeline:content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${META_CONTENT_SECURITY_POLICY}" />`,
      ),
    // Netlify's and Cloudflare Pages' form of headers for every path; other hosts: see the README.
    generateBundle() {
      this.emitFile({
        type: 'asset',
        fileName: '_headers',
        source: `/*\n  Content-Security-Policy: ${CONTENT_SECURITY_POLICY}\n`,
      })
    },
  }
}
