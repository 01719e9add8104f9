import fc from 'fast-check'
import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { isAppError } from '../../../src/server/errors'
import { createContact } from '../../../src/server/contacts/create-contact'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

// security.md IV-2: hostile strings, huge inputs and wrong types never cause a server error or a partial write.
const hostile = fc.oneof(
  fc.string({ maxLength: 50 }),
  fc.string({ minLength: 4000, maxLength: 5000 }),
  fc.constantFrom("'; DROP TABLE \"Contact\"; --", '<script>alert(1)</script>', '\u0000', '2026-13-45T99:99', 'APPOINTMENT', '∞'),
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(fc.string(), { maxLength: 3 }),
)

describe('createContact under fuzzing', () => {
  it('answers only validation or access errors, and writes nothing for bad input', async () => {
    const before = await prisma.contact.count({ where: { offenderId: w.people.mine.id } })
    await fc.assert(
      fc.asyncProperty(fc.record({ type: hostile, occurredAt: hostile, outcome: hostile, notes: hostile, isSensitive: hostile, idempotencyKey: hostile }), async (input) => {
        const error = await createContact(w.actors.officer, { ...input, offenderId: w.people.mine.id }).then(
          () => null,
          (e: unknown) => e,
        )
        expect(error instanceof ZodError || isAppError(error)).toBe(true)
      }),
      { numRuns: 150 },
    )
    expect(await prisma.contact.count({ where: { offenderId: w.people.mine.id } })).toBe(before)
  })
})
