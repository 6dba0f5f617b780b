import react from '@vitejs/plugin-react'
import { defineConfig } from 'vitest/config'
import { CONTENT_SECURITY_POLICY, contentSecurityPolicy } from './vite-plugins/content-security-policy.ts'
import { firstViewChunk } from './vite-plugins/first-view-chunk.ts'
import { precompileMessages } from './vite-plugins/messages/precompile-messages.ts'
import { precompressedFiles } from './vite-plugins/precompressed-files.ts'
import { preloadAppChunk } from './vite-plugins/preload-app-chunk.ts'
import { socialMeta } from './vite-plugins/social-meta.ts'

const firstView = firstViewChunk()

export default defineConfig({
  plugins: [
    firstView.plugin,
    precompileMessages(),
    react(),
    contentSecurityPolicy(),
    socialMeta('public/data/kim-putin-letters.json'),
    preloadAppChunk(),
    precompressedFiles(),
  ],
  build: {
    target: 'es2022',
    sourcemap: true,
    rolldownOptions: {
      output: {
        // The first view's code in two halves of about the same size (vis-timeline and what it uses;
        // React and the app) rather than one chunk: the browser parses each on its own background
        // thread while the page waits, so both cores work (see docs/decisions/load-order.md).
        codeSplitting: {
          groups: [
            {
              name: 'vis',
              // moment's locales are not the first view's: each loads with its language (use-moment-locale.ts).
              test: /node_modules[\\/](vis-[a-z]+|moment(?![\\/](?:dist[\\/])?locale)|@egjs[\\/]hammerjs|propagating-hammerjs|xss|cssfilter|keycharm|component-emitter|uuid)[\\/]/,
            },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // The rest of what the app's code imports statically: one chunk (first-view-chunk.ts says why).
            { name: 'app', test: firstView.inFirstView, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  resolve: {
    // The messages are parsed at build time (precompileMessages): the page needs no parser. (Tests
    // keep it: the catalogs' test parses every translation.)
    alias: process.env.VITEST
      ? []
      : [
          {
            find: /^@formatjs\/icu-messageformat-parser$/,
            replacement: '@formatjs/icu-messageformat-parser/no-parser.js',
          },
        ],
  },
  preview: { headers: { 'Content-Security-Policy': CONTENT_SECURITY_POLICY } },
  worker: { format: 'es' },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts', 'vite-plugins/**/*.test.ts'],
    setupFiles: ['src/testing/setup-tests.ts'],
    restoreMocks: true,
    // A test waits for states, not for time; on a busy machine a test may take long without being wrong.
    testTimeout: 120_000,
  },
})
