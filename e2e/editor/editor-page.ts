import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import type { Locator, Page } from '@playwright/test'
import { expect, test } from '../fixtures'

// Driving the editor as a person does: the article's words selected in its text, items made and
// filled in through their forms. Shared by the editor's specs.

export const SEED_PATH = '../shared/seeds/000_7006243c123d49bb.txt'
export const SEED = readFileSync(SEED_PATH, 'utf8')
export const SEED_PARAGRAPHS = SEED.split(/\r?\n/).filter((line) => line.trim() !== '')

export const story = (page: Page) => page.getByRole('region', { name: 'The story' })
export const articleText = (page: Page) => page.getByRole('textbox', { name: /^The text of / })
export const tab = (page: Page, name: RegExp) => story(page).getByRole('tab', { name })

/** Opens a new story in the editor, from My stories. */
export async function newStory(page: Page): Promise<string> {
  await page.goto('/?stories')
  await page.getByRole('button', { name: 'New story' }).click()
  await expect(page).toHaveURL(/\?edit=/)
  await expect(page.getByLabel('Article text')).toBeVisible()
  return new URL(page.url()).searchParams.get('edit') ?? ''
}

/** Selects characters of a paragraph of the article shown, as a mouse drag would. */
export async function selectWords(page: Page, paragraph: number, start: number, end: number): Promise<void> {
  await articleText(page).evaluate(
    (view, [number, from, to]) => {
      const text = view.querySelector(`[data-paragraph="${number}"]`)
      if (!text) throw new Error(`no paragraph ${number}`)
      const range = document.createRange()
      let seen = 0
      const walker = document.createTreeWalker(text, NodeFilter.SHOW_TEXT)
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const length = node.textContent?.length ?? 0
        if (from >= seen && from <= seen + length) range.setStart(node, from - seen)
        if (to >= seen && to <= seen + length) {
          range.setEnd(node, to - seen)
          break
        }
        seen += length
      }
      const selection = window.getSelection()
      selection?.removeAllRanges()
      selection?.addRange(range)
    },
    [paragraph, start, end] as const,
  )
  await expect(page.getByText(`Paragraph ${paragraph}: “`)).toBeVisible()
}

/** Where words stand in a paragraph of the seed, the occurrence the text before them points at. */
export function placeOf(paragraph: number, words: string, before = ''): { start: number; end: number } {
  const text = SEED_PARAGRAPHS[paragraph - 1] ?? ''
  const at = text.indexOf(`${before}${words}`)
  if (at < 0) throw new Error(`“${words}” is not in paragraph ${paragraph}`)
  return { start: at + before.length, end: at + before.length + words.length }
}

/** Picks an option of a select in a scope by the option's words. */
export async function choose(select: Locator, label: string): Promise<void> {
  const value = await select.locator('option', { hasText: label }).first().getAttribute('value')
  await select.selectOption(value ?? '')
}

/** Exports the story as JSON and saves the file; its path. */
export async function exportJson(page: Page, name: string): Promise<string> {
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export JSON' }).first().click()
  const download = await downloading
  const path = test.info().outputPath(name)
  await download.saveAs(path)
  return path
}

/** The checker's verdict on a file: its exit code and what it printed. */
export function checkDataset(...args: string[]): { code: number; output: string } {
  try {
    const output = execFileSync('npx', ['tsx', 'scripts/check-dataset.ts', ...args], { encoding: 'utf8' })
    return { code: 0, output }
  } catch (error) {
    // execFileSync's error carries the child's exit status and what it printed.
    const failed = error as { status?: number; stdout?: string; stderr?: string }
    return { code: failed.status ?? 1, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}` }
  }
}

export { expect, test }
