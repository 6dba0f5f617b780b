import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'

// The built page's Content-Security-Policy: no inline scripts, no eval, nothing from other origins.
// Styles set from script (vis-timeline positions, React style props) go through the CSSOM, which a
// policy without 'unsafe-inline' still allows. The dev server needs inline scripts for hot reload, so
// the policy applies to the build (and `npm run preview`) only.
const CONTENT_SECURITY_POLICY = [
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

function contentSecurityPolicy(): Plugin {
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

// main.tsx loads the app's code with import(), so that the dataset's worker starts before that code is
// parsed. The HTML names the app's chunk (and its styles) too, so their download starts with the page
// instead of after main.tsx has run.
function preloadAppChunk(): Plugin {
  let base = '/'
  return {
    name: 'story-timeline:preload-app-chunk',
    apply: 'build',
    configResolved: (config) => {
      base = config.base
    },
    transformIndexHtml: {
      order: 'post',
      handler: (html, { chunk, bundle }) => {
        const app = chunk?.dynamicImports
          .map((file) => bundle?.[file])
          .find((output) => output?.type === 'chunk' && output.facadeModuleId?.endsWith('/mount-app.tsx'))
        if (app?.type !== 'chunk') return html
        const scripts = [app.fileName, ...app.imports.filter((file) => file !== chunk?.fileName)].map(
          (file) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
            injectTo: 'head' as const,
          }),
        )
        const styles = [...(app.viteMetadata?.importedCss ?? [])].map((file) => ({
          tag: 'link',
          attrs: { rel: 'stylesheet', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }))
        return { html, tags: [...scripts, ...styles] }
      },
    },
  }
}

export default defineConfig({
  plugins: [react(), contentSecurityPolicy(), preloadAppChunk()],
  build: {
    target: 'es2022',
    sourcemap: true,
    // The benchmark (npm run bench) also builds its bare vis-timeline baseline page.
    rolldownOptions: process.env.STORY_TIMELINE_BENCH
      ? { input: { main: 'index.html', bare: 'bench/bare.html' } }
      : undefined,
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
  },
})
