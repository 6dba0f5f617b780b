import react from '@vitejs/plugin-react'
import type { Plugin } from 'vite'
import { defineConfig } from 'vitest/config'
import { precompressedFiles } from './vite-plugins/precompressed-files.ts'

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
        const files = [app.fileName, ...app.imports.filter((file) => file !== chunk?.fileName)]
        const scripts = files.map((file) => ({
          tag: 'link',
          attrs: { rel: 'modulepreload', crossorigin: true, href: `${base}${file}` },
          injectTo: 'head' as const,
        }))
        const css = files.flatMap((file) => {
          const output = bundle?.[file]
          return output?.type === 'chunk' ? [...(output.viteMetadata?.importedCss ?? [])] : []
        })
        const styles = css.map((file) => ({
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
  plugins: [react(), contentSecurityPolicy(), preloadAppChunk(), precompressedFiles()],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The first view's code in two halves of about the same size (vis-timeline and what it uses;
        // React and the app) rather than one chunk: the browser parses each on its own background
        // thread while the page waits, so both cores work (built-in story: ~0.1 s sooner, A/B).
        codeSplitting: {
          groups: [
            {
              name: 'vis',
              test: /node_modules[\\/](vis-[a-z]+|moment|@egjs[\\/]hammerjs|propagating-hammerjs|xss|cssfilter|keycharm|component-emitter|uuid)[\\/]/,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
          ],
        },
      },
    },
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'vite-plugins/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
  },
})
