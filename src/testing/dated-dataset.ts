import { FORMAT_VERSION } from '../dataset/format/format-constants'
import type { Dataset } from '../dataset/format/schema'

/** A one-event dataset dated `date`, not validated (buildDataset would read the date, with edtf.js). */
export const datasetDated = (date: string): Dataset => ({
  format: FORMAT_VERSION,
  title: 'A story',
  source: { title: 'An article', published: '2023-08-15', paragraphs: 3 },
  actors: [{ id: 'north-korea', name: 'North Korea', kind: 'country', country: 'KP' }],
  events: [
    {
      id: 'letters',
      title: 'Letters exchanged',
      date,
      status: 'occurred',
      actors: ['north-korea'],
      source: { paragraphs: [1] },
    },
  ],
  quotes: [],
})
