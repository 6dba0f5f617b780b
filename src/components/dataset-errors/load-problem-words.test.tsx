import { render } from '@testing-library/react'
import { afterEach, expect, test } from 'vitest'
import {
  isLoadProblem,
  LOAD_PROBLEM_CODES,
  type LoadProblem,
  loadProblemInEnglish,
} from '../../dataset/load/load-problem'
import { activateLanguage, ENGLISH } from '../../i18n/i18n-store'
import { loadLanguage } from '../../i18n/load-language'
import { loadProblemWords } from './load-problem-words'

afterEach(() => activateLanguage(ENGLISH))

const MB = 1024 * 1024
const PROBLEMS: LoadProblem[] = [
  { code: 'notOnSite', url: 'https://elsewhere.example/story.json' },
  { code: 'noAnswer', url: '/data/story.json', seconds: 30 },
  { code: 'unreachable', url: '/data/story.json' },
  { code: 'redirects', url: '/data/story.json' },
  { code: 'serverRefused', url: '/gone.json', status: 404 },
  { code: 'webPage', url: '/index.html' },
  { code: 'stoppedSending', url: '/big.json', seconds: 20, received: 12.5 * MB },
  { code: 'tooLarge', name: 'story.json', size: 300 * MB, limit: 256 * MB },
  { code: 'tooLarge', name: 'story.json', size: null, limit: 256 * MB },
  { code: 'checkerNotLoaded', detail: 'Failed to fetch dynamically imported module' },
  { code: 'notADataset' },
  { code: 'unreadable', detail: 'Unexpected token < in JSON at position 0' },
  { code: 'workbookTooSlow', seconds: 60 },
]

const shown = (problem: LoadProblem) => {
  const { container, unmount } = render(<p>{loadProblemWords(problem)}</p>)
  const text = container.textContent
  const data = Array.from(container.querySelectorAll('bdi'), (bdi) => bdi.textContent)
  unmount()
  return { text, data }
}

test('the page’s English says each load problem as the error’s message does', () => {
  expect(new Set(PROBLEMS.map((problem) => problem.code))).toEqual(new Set(LOAD_PROBLEM_CODES))
  for (const problem of PROBLEMS) {
    expect(isLoadProblem(problem)).toBe(true)
    expect(shown(problem).text).toBe(loadProblemInEnglish(problem))
  }
  expect(isLoadProblem({ code: 'tooLarge', name: 'x', size: '3', limit: 1 })).toBe(false)
  expect(isLoadProblem({ code: 'elsewhere' })).toBe(false)
})

test('in Ukrainian and Arabic a load problem is in the language, its address isolated as data', async () => {
  for (const language of ['uk', 'ar'] as const) {
    activateLanguage(await loadLanguage(language))
    for (const problem of PROBLEMS) {
      const { text, data } = shown(problem)
      expect(text).not.toMatch(/could|server|dataset|answer|site|MB\b/i)
      if ('url' in problem) expect(data).toContain(problem.url)
    }
  }
  expect(shown({ code: 'stoppedSending', url: '/big.json', seconds: 20, received: 12.5 * MB }).text).toMatch(
    /12[.,]5/,
  )
})
