import { expect, test } from 'vitest'
import { EVENT_COLUMNS } from '../../../dataset/import/sheet/event-columns'
import { ROLE_GROUPS } from './role-labels'

test('the menu offers every role a column can be read as, each once', () => {
  const offered = ROLE_GROUPS.flatMap((group) => group.roles)
  expect(new Set(offered).size).toBe(offered.length)
  expect([...offered].sort()).toEqual([...EVENT_COLUMNS, 'number'].sort())
})
