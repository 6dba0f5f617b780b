import type { Plugin } from 'vite'

// The built page's Content-Security-Policy: no inline scripts, no eval, nothing from other origins.
// Styles set from script (vis-timeline positions, React style props) go through the CSSOM, which a
// policy without 'unsafe-inline' still allows. The dev server needs inline scripts for hot reload, so
// the policy applies to the build (and `npm run preview`) only.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ')

/** Writes the policy into the built page, as a meta element. */
export function contentSecurityPolicy(): Plugin {
  return {
    name: 'story-timeline:content-security-policy',
    apply: 'build',
    transformIndexHtml: (html) =>
      html.replace(
        '<meta charset="UTF-8" />',
        `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${CONTENT_SECURITY_POLICY}" />`,
      ),
  }
}
