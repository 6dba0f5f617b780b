import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vite'
import { precompressedFiles } from '../../../vite-plugins/precompressed-files.ts'

const here = (path: string) => fileURLToPath(new URL(path, import.meta.url))

// The bare vis-timeline page is built on its own (`npm run bench` runs this after the app's build),
// so the app's chunks are exactly those `npm run build` makes and the bare page shares none of them:
// it loads what a hand-made page would, its one bundle. It lands in dist/bench/, beside the bench's
// datasets, and is served at /bench/bare.html.
export default defineConfig({
  root: here('.'),
  base: '/bench/',
  // Served as the app's files are: compressed once, at build time.
  plugins: [precompressedFiles()],
  build: {
    target: 'es2022',
    outDir: here('../../../dist/bench'),
    emptyOutDir: false,
    rolldownOptions: { input: { bare: here('bare.html') } },
  },
})
