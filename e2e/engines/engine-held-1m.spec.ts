import { checkEngineHeldDashboard } from '../engine-held-checks'
import { type EngineService, serviceOverRows } from '../engine-service'
import { test } from '../fixtures'

// e2e/engine-held.spec.ts at 1,000,000 rows (`npm run test:engines`): the service's start and the
// first view's time are logged.

const ROWS = 1_000_000
let service: EngineService

test.beforeAll(async () => {
  // Making the file (once per machine, ~15 s) and loading it (~25–60 s) take longer than a test.
  test.setTimeout(600_000)
  service = await serviceOverRows(ROWS)
})
test.afterAll(() => service?.stop())

test('a million rows held by the engine: the dashboard from its answers, no dataset fetched', async ({
  page,
}, testInfo) => {
  test.setTimeout(120_000)
  await checkEngineHeldDashboard(page, service, ROWS, testInfo)
})
