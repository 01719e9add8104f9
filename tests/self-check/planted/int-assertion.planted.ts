import { expect, it } from 'vitest'

it('fails on purpose (self-check)', () => expect(1).toBe(2))
