// Usage: npm run social-card   (with `npm run preview` running; BASE_URL when it is not at :4173)
// Makes public/social-card.png, the picture a link preview shows (Open Graph's og:image, 1200×630):
// the built-in story's embed (its title, the timeline and an event's details) in the light theme.
// Run again when the built-in story or the embed's look changes, and commit the file.
import { chromium } from '@playwright/test'
import { chromiumLaunchOptions } from './chromium'

const base = process.env.BASE_URL ?? 'http://127.0.0.1:4173'
const browser = await chromium.launch(chromiumLaunchOptions())
const page = await browser.newPage({ viewport: { width: 1200, height: 630 }, colorScheme: 'light' })
await page.goto(new URL('/?embed=1&theme=light&event=kim-letter-to-putin', base).toString())
await page.getByRole('region', { name: 'Event details' }).getByRole('heading', { level: 3 }).waitFor()
// The timeline's items are laid out in the frame after the first paint.
await page.waitForTimeout(1000)
await page.screenshot({ path: 'public/social-card.png' })
await browser.close()
console.log('wrote public/social-card.png (1200×630)')
