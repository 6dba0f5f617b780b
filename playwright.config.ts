import { defineConfig, devices } from '@playwright/test'
import { chromiumLaunchOptions } from './scripts/chromium'

// Not the preview port (4173), so a preview left running by hand does not collide with the tests;
// E2E_PORT gives a second run on the same machine (a clean clone's, say) a port of its own.
const PORT = Number(process.env.E2E_PORT ?? 4327)

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env.CI),
  // In CI a failed test runs once more, and the list reports it as flaky: the shared two-core machine
  // has stalled a page for seconds (the charts once stayed "Loading charts…" for 10 s after their
  // code had arrived, not reproduced in 40 tries). A test that fails twice still fails the run.
  retries: process.env.CI ? 1 : 0,
  // Two cores run two browsers, the server and axe: give assertions room without hiding real failures.
  expect: { timeout: 10_000 },
  timeout: 45_000,
  workers: 2,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      testIgnore: [/fuzz\.spec\.ts$/, /engines[\\/]/],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromiumLaunchOptions(),
      },
    },
    {
      // After the rest, alone on the machine: the fuzz suite's pages are heavy, and the other worker's
      // pages on the same two cores once stretched a 0.2 s task to 1.6 s (its long tasks are logged).
      name: 'fuzz',
      testMatch: /fuzz\.spec\.ts$/,
      dependencies: ['chromium'],
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromiumLaunchOptions(),
      },
    },
    {
      // `npm run test:engines`, not `npm test`: DuckDB-WASM against the index on every filter, and
      // ACLED files by CSV and Parquet (the engine is 34 MB; a light check is in wasm-engine.spec.ts).
      name: 'engines',
      testMatch: /engines[\\/].*\.spec\.ts$/,
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1440, height: 900 },
        launchOptions: chromiumLaunchOptions(),
      },
    },
  ],
  // The end-to-end tests drive the built app, as it ships, and the query engine's page beside it
  // (e2e/engine-page/, built on its own into dist/engine/).
  webServer: {
    command: `npm run build && vite build --config e2e/engine-page/vite.config.ts && npm run preview -- --port ${PORT}`,
    url: `http://127.0.0.1:${PORT}`,
    reuseExistingServer: !process.env.CI,
    timeout: 180_000,
  },
})
