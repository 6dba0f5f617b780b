import type { Page } from '@playwright/test'
import { withTimeout } from './samples'

/** How long the frames took while the map was dragged: their median and the longest, in ms. */
export type PanFrames = { median: number; longest: number }

// A drag of the map by a mouse, one move per animation frame for `moves` frames, timed by the frames'
// own timestamps: at frame rate each is ~16.7 ms; a move whose work runs longer makes its frame late.
// Driven inside the page: Playwright's mouse would add a protocol round trip to every move.
async function inPage(moves: number): Promise<PanFrames> {
  const frame = document.querySelector<HTMLElement>('.map-frame')
  if (!frame) throw new Error('no map')
  const world = document.querySelector('.map-panel svg > g')
  const before = world?.getAttribute('transform')
  const box = frame.getBoundingClientRect()
  const start = { x: box.left + box.width / 2, y: box.top + box.height / 2 }
  const pointer = (type: string, x: number, y: number) =>
    frame.dispatchEvent(
      new PointerEvent(type, {
        pointerId: 1,
        pointerType: 'mouse',
        isPrimary: true,
        button: 0,
        buttons: type === 'pointerup' ? 0 : 1,
        clientX: x,
        clientY: y,
        bubbles: true,
        cancelable: true,
      }),
    )
  const nextFrame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve))
  pointer('pointerdown', start.x, start.y)
  const stamps: number[] = [await nextFrame()]
  for (let step = 1; step <= moves; step++) {
    // Back and forth, 4 px a frame: a reader's slow drag, kept within the world's bounds.
    const dx = 4 * (step % 40 < 20 ? step % 20 : 20 - (step % 20))
    pointer('pointermove', start.x + dx, start.y + dx / 2)
    stamps.push(await nextFrame())
  }
  pointer('pointerup', start.x, start.y)
  if (world?.getAttribute('transform') === before) throw new Error('the drag did not move the map')
  const lengths = stamps
    .slice(1)
    .map((stamp, index) => stamp - (stamps[index] ?? stamp))
    .sort((a, b) => a - b)
  return { median: lengths[Math.floor(lengths.length / 2)] ?? 0, longest: lengths.at(-1) ?? 0 }
}

/** Drags the map for `moves` frames and times them (see inPage); null if it could not. */
export async function timeMapPan(page: Page, moves: number, timeoutMs: number): Promise<PanFrames | null> {
  try {
    const source = `((__name) => (${inPage.toString()})(${moves}))((f) => f)`
    return await withTimeout(page.evaluate(source) as Promise<PanFrames>, timeoutMs)
  } catch (error) {
    if (process.env.BENCH_DEBUG) console.error(error)
    return null
  }
}
