import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * The test every spec uses: it fails on any console error, uncaught exception, dialog or
 * Content-Security-Policy violation in the page, and offers an accessibility check.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page }, use) => {
      const errors: string[] = []
      // Content-Security-Policy violations are reported to the console as errors too; this makes sure.
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (event) => {
          console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI}`)
        })
      })
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(`console.error: ${message.text()}`)
      })
      page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`))
      page.on('dialog', (dialog) => {
        errors.push(`dialog opened: ${dialog.message()}`)
        void dialog.dismiss()
      })
      await use(errors)
      expect(errors, 'the page logged errors').toEqual([])
    },
    { auto: true },
  ],
})

/** Serious and critical axe violations on the page as it is now. */
export async function seriousAxeViolations(page: Page): Promise<string[]> {
  // WCAG 2.2's target size too (axe leaves it out by default): controls of at least 24 px, or spaced.
  const results = await new AxeBuilder({ page })
    .options({ rules: { 'target-size': { enabled: true } } })
    .analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.help} (${violation.nodes.length} nodes)`)
}

export { expect }
