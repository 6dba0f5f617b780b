import { afterEach, describe, expect, it } from 'vitest'
import { chooseTheme, currentTheme, linkedTheme, startTheme } from './theme'

afterEach(() => {
  localStorage.clear()
  delete document.documentElement.dataset.theme
})

describe('the theme', () => {
  it('is the one the address asks for, over the reader’s choice', () => {
    chooseTheme('dark')
    startTheme('?embed=1&theme=light')
    expect(currentTheme()).toBe('light')
  })

  it('is the reader’s choice when the address asks for none or for something unknown', () => {
    chooseTheme('dark')
    startTheme('?theme=sepia')
    expect(currentTheme()).toBe('dark')
  })

  it('reads only light and dark from the address', () => {
    expect(linkedTheme('?theme=dark')).toBe('dark')
    expect(linkedTheme('?theme=light')).toBe('light')
    expect(linkedTheme('?theme=DARK')).toBeNull()
    expect(linkedTheme('')).toBeNull()
  })
})
