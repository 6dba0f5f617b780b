// Which Chromium the end-to-end tests and the benchmark drive: Playwright's own build where it is
// installed (the usual developer machine), else the system's Chromium (Debian's /usr/bin/chromium on
// machines that cannot download browsers). CHROMIUM_PATH overrides both.
import { existsSync } from 'node:fs'
import { chromium, type LaunchOptions } from '@playwright/test'

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

// Flags for a locked-down, offline machine: no sandbox as root, no GPU, no background traffic.
const SYSTEM_FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

function bundledChromium(): string | null {
  try {
    const path = chromium.executablePath()
    return existsSync(path) ? path : null
  } catch {
    return null
  }
}

/** Launch options for the Chromium found here; throws with a fix if there is none. */
export function chromiumLaunchOptions(): LaunchOptions {
  const override = process.env.CHROMIUM_PATH
  if (override) return { executablePath: override, args: SYSTEM_FLAGS }
  if (bundledChromium()) return {}
  const system = SYSTEM_CHROMIUMS.find((path) => existsSync(path))
  if (system) return { executablePath: system, args: SYSTEM_FLAGS }
  throw new Error(
    'No Chromium found. Run `node scripts/ensure-dependencies.mjs --browser` (installs Debian’s chromium or Playwright’s), or set CHROMIUM_PATH.',
  )
}
