import { defineConfig } from 'vite'
import { precompressedFiles } from '../vite-plugins/precompressed-files.ts'

// The bare vis-timeline page is built on its own (`npm run bench` runs this after the app's build),
// so the app's chunks are exactly those `npm run build` makes and the bare page shares none of them:
// it loads what a hand-made page would, its one bundle.
export default defineConfig({
  // Served as the app's files are: compressed once, at build time.
  plugins: [precompressedFiles()],
  build: {
    target: 'es2022',
    outDir: 'dist',
    emptyOutDir: false,
    rolldownOptions: { input: { bare: 'bench/bare.html' } },
  },
})
