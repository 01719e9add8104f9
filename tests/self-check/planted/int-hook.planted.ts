import { beforeAll, expect, it } from 'vitest'

beforeAll(() => {
  throw new Error('a hook that throws on purpose (self-check)')
})

it('would pass', () => expect(1).toBe(1))
