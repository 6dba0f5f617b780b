import { readFileSync } from 'node:fs'
import { expect, test } from './fixtures'
import { type PlainHost, startPlainHost } from './plain-host'

// A link must never show another site's story under this site's address. Tried on a host that sends
// no Content-Security-Policy header at all (the policy is then the page's meta element, which does not
// reach the load worker), with the forms of address that look like paths but name another host.
const FORGED = readFileSync('e2e/data/small-story.json', 'utf8').replace('A small test story', 'FORGED')

let app: PlainHost
let other: PlainHost
test.beforeAll(async () => {
  other = await startPlainHost('/nonexistent', () => ({
    status: 200,
    headers: { 'content-type': 'application/json', 'access-control-allow-origin': '*' },
    body: FORGED,
  }))
  const otherHost = other.origin.replace('http://', '')
  app = await startPlainHost('dist', (path) =>
    path === '/go.json'
      ? { status: 302, headers: { location: `${other.origin}/story.json` }, body: '' }
      : null,
  )
  test.info().annotations.push({ type: 'note', description: `other site at ${otherHost}` })
})
test.afterAll(async () => {
  await app.close()
  await other.close()
})

const forms = (host: string) => [
  `/.//${host}/story.json`,
  `/%2e//${host}/story.json`,
  `/./%2e/..//${host}/story.json`,
  `/a/..//${host}/story.json`,
  `/\\/${host}/story.json`,
  `//${host}/story.json`,
  `http://${host}/story.json`,
  '/go.json',
]

test('no link reaches another site, on a host that sends no policy header', async ({ page, pageErrors }) => {
  const host = other.origin.replace('http://', '')
  for (const form of forms(host)) {
    await page.goto(`${app.origin}/?data=${encodeURIComponent(form)}`)
    await expect(page.getByRole('alert'), form).toBeVisible()
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('FORGED')
    await expect(page.getByText('FORGED')).toHaveCount(0)
  }
  expect(other.requests, 'requests that reached the other site').toEqual([])
  // What the browser itself logs for the 404s and the redirect this host answered: nothing else.
  const fromServer =
    /^console\.error: Failed to load resource: the server responded with a status of (404|302)/
  pageErrors.splice(0, pageErrors.length, ...pageErrors.filter((error) => !fromServer.test(error)))
})

test('a dataset on the plain host still opens by link', async ({ page }) => {
  await page.goto(`${app.origin}/?data=/data/kim-putin-letters.json`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim and Putin pledge closer ties')
})
