import { expect, test } from 'vitest'
import { iframeCode } from './iframe-code'

test('an iframe pointing at the embed, with its title and height', () => {
  expect(
    iframeCode({
      src: 'https://stories.example/?event=camp-david-summit&embed=1',
      title: 'Kim and Putin — Story Timeline',
      heightPx: 640,
    }),
  ).toBe(
    '<iframe src="https://stories.example/?event=camp-david-summit&amp;embed=1" title="Kim and Putin — Story Timeline" width="100%" height="640" style="border: 0; max-width: 100%;" loading="lazy" allow="clipboard-write; fullscreen"></iframe>',
  )
})

test('a title with markup and quotes stays text in the attribute', () => {
  const code = iframeCode({ src: 'https://x.example/', title: '"><script>alert(1)</script>', heightPx: 600 })
  const parsed = new DOMParser().parseFromString(code, 'text/html')
  const frames = parsed.querySelectorAll('iframe')
  expect(frames).toHaveLength(1)
  expect(frames[0]?.getAttribute('title')).toBe('"><script>alert(1)</script>')
  expect(parsed.querySelector('script')).toBeNull()
})

test('the height is kept within what an embed can use', () => {
  expect(iframeCode({ src: 'https://x.example/', title: 't', heightPx: 10 })).toContain('height="320"')
  expect(iframeCode({ src: 'https://x.example/', title: 't', heightPx: 99_999 })).toContain('height="2400"')
  expect(iframeCode({ src: 'https://x.example/', title: 't', heightPx: 700.6 })).toContain('height="701"')
  expect(iframeCode({ src: 'https://x.example/', title: 't', heightPx: Number.NaN })).toContain(
    'height="640"',
  )
})

test('the address reads back from the attribute as it was', () => {
  const src = 'https://x.example/app/?data=/data/a%26b.csv&q=%22missiles%22&embed=1'
  const parsed = new DOMParser().parseFromString(iframeCode({ src, title: 't', heightPx: 600 }), 'text/html')
  expect(parsed.querySelector('iframe')?.getAttribute('src')).toBe(src)
})
