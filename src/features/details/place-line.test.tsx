import { render } from '@testing-library/react'
import { expect, test, vi } from 'vitest'
import { indexStory } from '../../dataset/story-index'
import { buildActor, buildDataset, buildEvent } from '../../testing/builders'
import { EventExtras } from './event-extras'
import { PlaceLine } from './place-line'

// The details' place line (both dashboards): the name and the coordinates each isolated, the space
// between them outside both, so a right-to-left page does not run them together
// ("(50.6858, 52.3678)Ulrara", seen in Arabic).

/** The line's parts: each isolate's text, and the text between them. */
const parts = (line: Element) =>
  [...line.childNodes].map((node) =>
    node.nodeName === 'BDI' ? { bdi: node.textContent, dir: (node as HTMLElement).dir } : node.textContent,
  )

test('the in-page details isolate the place’s name and its coordinates apart', () => {
  const event = buildEvent({
    actors: ['kim'],
    place: { name: 'Ulrara', latitude: 50.6858, longitude: 52.3678, precision: 'near' },
  })
  const story = indexStory(
    buildDataset({
      actors: [buildActor({ id: 'kim', name: 'Kim', kind: 'person' })],
      events: [event],
      quotes: [],
    }),
  )
  const indexed = story.eventsById.get(event.id)
  if (!indexed) throw new Error('the event is not indexed')
  const { container } = render(
    <dl>
      <EventExtras story={story} event={indexed} onFilterBy={vi.fn()} />
    </dl>,
  )
  const line = container.querySelector('dd')
  if (!line) throw new Error('no place line')
  expect(parts(line)).toEqual([
    { bdi: 'Ulrara', dir: '' },
    ' ',
    { bdi: '(50.686°N, 52.368°E; near this place)', dir: '' },
  ])
})

test('the engine’s coordinates (bare numbers) are isolated left to right, apart from the name', () => {
  const { container } = render(
    <p>
      <PlaceLine name="Ulrara" coordinates="50.6858, 52.3678" className="chip-note" ltr />
    </p>,
  )
  const line = container.querySelector('p')
  if (!line) throw new Error('no place line')
  expect(parts(line)).toEqual([{ bdi: 'Ulrara', dir: '' }, ' ', { bdi: '(50.6858, 52.3678)', dir: 'ltr' }])
})
