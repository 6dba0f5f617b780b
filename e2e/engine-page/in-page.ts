import { expect, type JSHandle, type Page } from '@playwright/test'
import type { Answer } from '../../src/dataset/query/answers'
import type { EngineCheck } from './engine-page'

// Driving the engine's page (engine-page.ts) from a test or the bench, through its window.engineCheck.

export type EnginePage = { page: Page; check: JSHandle<EngineCheck | undefined> }

/** The engine's page, opened and started; with the engine's cold start in ms. */
export async function openEngine(page: Page): Promise<{ engine: EnginePage; startMs: number }> {
  await page.goto('/engine/engine.html')
  await page.waitForFunction(() => window.engineCheck !== undefined)
  const check = await page.evaluateHandle(() => window.engineCheck)
  const startMs = await check.evaluate((check) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.start()
  })
  return { engine: { page, check }, startMs }
}

/** A description answered in the page, which checks it first as one from outside (parse-query.ts). */
export const answerInPage = ({ check }: EnginePage, question: unknown): Promise<Answer> =>
  check.evaluate((check, question) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.answer(question)
  }, question)

export const loadStoryInPage = ({ check }: EnginePage, url: string) =>
  check.evaluate((check, url) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.loadStory(url)
  }, url)

export const loadFileInPage = (
  { check }: EnginePage,
  kind: 'csv' | 'parquet',
  url: string,
  as: 'url' | 'file',
) =>
  check.evaluate(
    (check, { kind, url, as }) => {
      if (!check) throw new Error('the engine page has not loaded')
      return kind === 'csv' ? check.loadCsv(url, as) : check.loadParquet(url, as)
    },
    { kind, url, as },
  )

/** The last Parquet load's progress reports: rows read, of rows. */
export const progressInPage = ({ check }: EnginePage) =>
  check.evaluate((check) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.progress()
  })

export const restartInPage = ({ check }: EnginePage) =>
  check.evaluate((check) => {
    if (!check) throw new Error('the engine page has not loaded')
    return check.restart()
  })

/** Every request the page made went to its own origin. */
export function expectOnlyOwnOrigin(page: Page, requested: readonly string[]): void {
  const origin = new URL(page.url()).origin
  expect(requested.filter((url) => !url.startsWith(origin) && !url.startsWith('data:'))).toEqual([])
}
