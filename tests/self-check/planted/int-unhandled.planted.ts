import { expect, it } from 'vitest'

it('passes but leaves an unhandled rejection (self-check)', async () => {
  void Promise.reject(new Error('an unhandled rejection on purpose (self-check)'))
  await new Promise((resolve) => setTimeout(resolve, 50))
  expect(1).toBe(1)
})
