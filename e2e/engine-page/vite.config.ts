import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { contentSecurityPolicy } from '../../vite-plugins/content-security-policy.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// The engine's page (engine-page.ts) is built on its own after the app (the end-to-end tests'
// server and `npm run bench:wasm` do), so the app's chunks are exactly those `npm run build` makes.
// It lands in dist/engine/ and is served by the app's preview at /engine/engine.html, under the
// app's Content-Security-Policy: its meta element from the same plugin, the preview's header.
export default defineConfig({
  root: here('.'),
  base: '/engine/',
  plugins: [contentSecurityPolicy()],
  build: {
    target: 'es2022',
    outDir: here('../../dist/engine'),
    emptyOutDir: false,
    rolldownOptions: { input: { engine: here('engine.html') } },
  },
})
