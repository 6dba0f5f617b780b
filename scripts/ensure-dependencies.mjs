// Makes a fresh machine ready, so that `npm start` and `npm test` need no hand steps:
// installs node_modules when they are missing or older than the lock file and, with --browser, a
// Chromium for the end-to-end tests (Playwright's where it can be downloaded, else Debian's package).
// Uses only Node's own modules: it runs before anything is installed.
import { execSync, spawnSync } from 'node:child_process'
import { existsSync, statSync } from 'node:fs'

const wantBrowser = process.argv.includes('--browser')

function run(command) {
  console.log(`> ${command}`)
  const result = spawnSync(command, { shell: true, stdio: 'inherit' })
  return result.status === 0
}

function dependenciesCurrent() {
  const installed = 'node_modules/.package-lock.json'
  if (!existsSync(installed)) return false
  return statSync(installed).mtimeMs >= statSync('package-lock.json').mtimeMs
}

if (!dependenciesCurrent()) {
  if (!run('npm ci --no-audit --no-fund')) process.exit(1)
}

function chromiumFound() {
  if (process.env.CHROMIUM_PATH) return existsSync(process.env.CHROMIUM_PATH)
  try {
    const path = execSync(
      `node --input-type=module -e "import { chromium } from '@playwright/test'; console.log(chromium.executablePath())"`,
      { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    ).trim()
    if (path && existsSync(path)) return true
  } catch {
    // Playwright's browser is not installed: look for the system's.
  }
  return ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].some((path) =>
    existsSync(path),
  )
}

if (wantBrowser && !chromiumFound()) {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0
  const hasApt = existsSync('/usr/bin/apt-get')
  const installed =
    (hasApt &&
      (isRoot
        ? run('apt-get update -q && apt-get install -y -q chromium')
        : run('sudo -n apt-get install -y -q chromium'))) ||
    run('npx playwright install chromium')
  if (!installed || !chromiumFound()) {
    console.error('Could not install a Chromium for the end-to-end tests. Install one and set CHROMIUM_PATH.')
    process.exit(1)
  }
}
