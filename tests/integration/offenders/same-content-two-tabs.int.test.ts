import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { createContact } from '../../../src/server/contacts/create-contact'
import { prisma } from '../../../src/server/db'
import { uploadDocument } from '../../../src/server/documents/documents'
import { buildWorld, type World } from '../../support/world'

// Break 17 F5: a submission key stops a double click or a replay, but the same contact or upload sent from two tabs
// (two keys) was saved twice. The second is refused with a form message, also when both are sent at once.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const minuteAgo = () => new Date(Date.now() - 60_000).toISOString().slice(0, 16)
const alreadySaved = (key: string) => ({ code: 'VALIDATION', fieldErrors: { _form: [key] } })

describe('the same record sent from two tabs', () => {
  it('saves a contact once, sequentially and at once; a different note or time is a new contact', async () => {
    const at = minuteAgo()
    const contact = (notes: string, occurredAt = at) => ({ offenderId: w.people.mine.id, type: 'HOME_VISIT', occurredAt, notes, idempotencyKey: randomUUID() })
    const count = (notes: string) => prisma.contact.count({ where: { offenderId: w.people.mine.id, notes } })

    await createContact(w.actors.officer, contact('Home visit: spoke on the doorstep'))
    await expect(createContact(w.actors.officer, contact('Home visit: spoke on the doorstep'))).rejects.toMatchObject(alreadySaved('contactAlreadySaved'))
    expect(await count('Home visit: spoke on the doorstep')).toBe(1)

    const results = await Promise.allSettled([1, 2, 3].map(() => createContact(w.actors.officer, contact('Home visit: no answer'))))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    for (const r of results.filter((r) => r.status === 'rejected')) expect(r.reason).toMatchObject(alreadySaved('contactAlreadySaved'))
    expect(await count('Home visit: no answer')).toBe(1)

    // Not the same contact: another time, or another note, or another author.
    await createContact(w.actors.officer, contact('Home visit: no answer', new Date(Date.now() - 120_000).toISOString().slice(0, 16)))
    await createContact(w.actors.officer, contact('Home visit: no answer, card left'))
    await createContact(w.actors.senior, contact('Home visit: no answer'))
    // Nor one marked sensitive, or with an outcome, where the first was not (break 50 F8).
    await createContact(w.actors.officer, { ...contact('Home visit: no answer'), isSensitive: 'on' })
    await createContact(w.actors.officer, { ...contact('Home visit: no answer'), outcome: 'ATTENDED' })
    expect(await count('Home visit: no answer')).toBe(5)
  })

  it('stores an upload once, sequentially and at once; another file or name is a new document', async () => {
    const pdf = (name: string, body = 'same') => new File([Buffer.from(`%PDF-1.4\n% ${body}\n%%EOF\n`)], name, { type: 'application/pdf' })
    const upload = (file: File) => uploadDocument(w.actors.officer, { offenderId: w.people.mine.id, description: 'Licence', file })
    const count = (filename: string) => prisma.offenderDocument.count({ where: { offenderId: w.people.mine.id, filename } })

    await upload(pdf('licence.pdf'))
    await expect(upload(pdf('licence.pdf'))).rejects.toMatchObject(alreadySaved('documentAlreadyUploaded'))
    const results = await Promise.allSettled([1, 2].map(() => upload(pdf('variation.pdf'))))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(await count('licence.pdf')).toBe(1)
    expect(await count('variation.pdf')).toBe(1)

    await upload(pdf('licence.pdf', 'revised'))
    await upload(pdf('licence-signed.pdf'))
    expect(await count('licence.pdf')).toBe(2)
  })
})
