import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { SEED } from './editor/editor-page'
import { expect, seriousAxeViolations, test } from './fixtures'

// Each language the app is written in opens as itself (issue 35): the dashboard, story mode and the
// embed in its words, its direction and its `lang`, taken from the catalogs (so a message dropped
// from a language, or a page left to English, fails here). And Arabic, right to left, is axe-clean in
// every part a reader reaches: story mode, the mapping step, the editor and the embed as well as the
// dashboard (languages.spec.ts checks the dashboard and that no English is left).

const LANGUAGES = ['ar', 'uk', 'es', 'fr'] as const
const STORY_TITLE = 'Kim and Putin pledge closer ties'

function catalog(language: string): Record<string, string> {
  return JSON.parse(readFileSync(`src/i18n/catalogs/${language}.json`, 'utf8'))
}

/** A message's words as shown when it has no arguments. */
function words(language: string, id: string): string {
  const text = catalog(language)[id]
  if (!text) throw new Error(`${language} has no message ${id}`)
  return text
}

async function storyShown(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(STORY_TITLE, { timeout: 30_000 })
}

for (const language of LANGUAGES) {
  test(`${language}: the dashboard, story mode and the embed in its own words and direction`, async ({
    page,
  }) => {
    const direction = language === 'ar' ? 'rtl' : 'ltr'
    await page.goto(`/?lang=${language}`)
    await storyShown(page)
    await expect(page.locator('html')).toHaveAttribute('lang', language)
    await expect(page.locator('html')).toHaveAttribute('dir', direction)
    await expect(
      page.getByRole('region', { name: words(language, 'eventList.title'), exact: true }),
    ).toBeVisible()
    await expect(
      page.getByRole('button', { name: words(language, 'share.embed'), exact: true }),
    ).toBeVisible()

    await page.getByRole('button', { name: words(language, 'storyMode.button'), exact: true }).click()
    await expect(page.locator('.story-cover')).toBeVisible({ timeout: 30_000 })
    await expect(page).toHaveURL(new RegExp(`[?&]lang=${language}(&|$)`))
    await expect(page.locator('html')).toHaveAttribute('dir', direction)

    await page.goto(`/?lang=${language}&embed=1`)
    await expect(page.locator('.embed-title')).toHaveText(STORY_TITLE, { timeout: 30_000 })
    await expect(page.locator('html')).toHaveAttribute('dir', direction)
    await expect(
      page.getByRole('link', { name: new RegExp(words(language, 'share.openInApp')) }),
    ).toBeVisible()
  })
}

test.describe('Arabic is axe-clean beyond the dashboard', () => {
  test('story mode: its cover and a step', async ({ page }) => {
    await page.goto('/?lang=ar&story=as-the-article-tells-it')
    await expect(page.locator('.story-cover')).toBeVisible({ timeout: 30_000 })
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.goto('/?lang=ar&story=as-the-article-tells-it&step=3')
    await expect(page.locator('.story-step-title')).toBeVisible({ timeout: 30_000 })
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  test('the mapping step of a sheet whose columns need choosing', async ({ page }) => {
    await page.goto('/?lang=ar')
    await storyShown(page)
    const sheet = [
      'متى,ماذا,ملاحظات,البلد,النوع',
      '24/02/2022,غزو واسع النطاق,عبرت القوات الحدود.,Ukraine,حرب',
      '03/03/2022,محادثات في بيلاروس,,Belarus,دبلوماسية',
      '16/03/2022,,,Ukraine,حرب',
      '29/03/2022,محادثات في إسطنبول,,Turkey,دبلوماسية',
      '32/03/2022,هجوم,,Ukraine,حرب',
    ].join('\n')
    await page
      .locator('input[type="file"][multiple]')
      .setInputFiles({ name: 'أحداث.csv', mimeType: 'text/csv', buffer: Buffer.from(sheet) })
    const dialog = page.getByRole('dialog')
    await expect(dialog.locator('.columns-preview li').first()).toBeVisible({ timeout: 30_000 })
    expect(await seriousAxeViolations(page)).toEqual([])
  })

  test('the editor, with an article and an event', async ({ page }) => {
    test.setTimeout(120_000)
    await page.goto('/?lang=ar&stories')
    await expect(page.locator('.my-stories-header')).toBeVisible({ timeout: 30_000 })
    expect(await seriousAxeViolations(page)).toEqual([])
    await page.locator('.my-stories-header .primary-button').click()
    await expect(page).toHaveURL(/\?edit=/)
    await page.locator('.article-text-input').fill(SEED)
    await expect(page.locator('.article-view')).toBeVisible()
    await page.locator('.article-view').evaluate((view) => {
      const words = view.querySelector('[data-paragraph="2"]')?.firstChild
      if (!words?.textContent || words.textContent.length < 20) throw new Error('no words in paragraph 2')
      const range = document.createRange()
      range.setStart(words, 0)
      range.setEnd(words, 20)
      document.getSelection()?.removeAllRanges()
      document.getSelection()?.addRange(range)
    })
    const make = page.locator('.selection-bar button')
    await expect(make.last()).toBeEnabled()
    await make.last().click()
    await expect(page.locator('.item-form select').first()).toBeVisible()
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl')
    expect(await seriousAxeViolations(page)).toEqual([])
    // The parts' tabs run right to left: the left arrow moves to the next one, the right arrow back.
    const tabs = page.locator('.editor-tabs [role="tab"]')
    await tabs.first().focus()
    await page.keyboard.press('ArrowLeft')
    await expect(tabs.nth(1)).toBeFocused()
    await expect(tabs.nth(1)).toHaveAttribute('aria-selected', 'true')
    await page.keyboard.press('ArrowRight')
    await expect(tabs.first()).toBeFocused()
  })

  test('the embed, with an event chosen', async ({ page }) => {
    await page.goto('/?lang=ar&embed=1&event=camp-david-summit')
    await expect(page.locator('.embed-title')).toHaveText(STORY_TITLE, { timeout: 30_000 })
    expect(await seriousAxeViolations(page)).toEqual([])
  })
})
