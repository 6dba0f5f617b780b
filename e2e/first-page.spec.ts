import { expect, seriousAxeViolations, test } from './fixtures'

test('the built-in story opens with its title, source and every event dated', async ({ page }) => {
  await page.goto('/')
  await expect(
    page.getByRole('heading', { level: 1, name: 'Kim and Putin pledge closer ties' }),
  ).toBeVisible()
  await expect(page.getByText(/, published 15 August 2023/)).toBeVisible()
  const events = page.getByRole('region', { name: 'Events' }).getByRole('listitem')
  await expect(events).toHaveCount(16)
  await expect(events.first()).toContainText('1910–1945')
  await expect(
    events.filter({ hasText: 'Russia’s defence minister at a Pyongyang military parade' }),
  ).toContainText('July 2023')
  await expect(events.filter({ hasText: 'Trilateral summit at Camp David' })).toContainText('18 August 2023')
  await expect(events.filter({ hasText: 'US accuses North Korea of arming Russia' })).toContainText('Alleged')
})

test('the first page has no serious accessibility violations', async ({ page }) => {
  test.setTimeout(60_000)
  await page.goto('/')
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  expect(await seriousAxeViolations(page)).toEqual([])
})

test('a dataset that fails validation shows its errors, not a blank page', async ({ page }) => {
  await page.route('**/data/kim-putin-letters.json', (route) =>
    route.fulfill({ contentType: 'application/json', body: '{"format": "story-timeline/1", "title": ""}' }),
  )
  await page.goto('/')
  const alert = page.getByRole('alert')
  await expect(alert).toContainText('The dataset could not be opened')
  await expect(alert).toContainText('title: expected a non-empty text, found ""')
  await expect(alert).toContainText('events: expected a list, found nothing (the field is missing)')
})
