import '../security/request-mocks'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAgencyAction } from '../../../src/server/agencies/actions'
import { createContactAction } from '../../../src/server/contacts/actions'
import { prisma } from '../../../src/server/db'
import { uploadDocumentAction } from '../../../src/server/documents/actions'
import { createOffenderAction } from '../../../src/server/offenders/create-actions'
import { STALE_CLAIM_MS } from '../../../src/server/submissions/claim'
import { buildWorld, type World } from '../../support/world'
import { formOf, Redirected, signedIn } from '../security/support'

// Issue 17 defect 2: the same upload posted twice stored two documents, and 5 of 6 racing new-person submits were
// told "Nothing was saved" although it had been. Every create form posts a submission key; the server runs it once.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

type Result = { ok: boolean; code?: string; data?: { id: string }; notice?: string } | null
const pdf = (name: string) => new File([Buffer.from('%PDF-1.4\n%%EOF\n')], name, { type: 'application/pdf' })
// A file named for its submission: the same file again within minutes is refused as sent from a second tab (break 17 F5).
const upload = (submissionKey: string) => formOf({ offenderId: w.people.mine.id, description: 'Pre-sentence report', file: pdf(`psr-${submissionKey.slice(0, 8)}.pdf`), submissionKey })
// A form posts the same fields on each send of one render, its own older idempotency key included.
const person = (submissionKey: string, lastName: string) =>
  formOf({ firstName: 'Siwan', lastName, dateOfBirth: '1990-04-03', sex: 'FEMALE', idempotencyKey: submissionKey, submissionKey })
const contact = (submissionKey: string, notes: string, idempotencyKey = submissionKey) =>
  formOf({ offenderId: w.people.mine.id, type: 'CASE_NOTE', occurredAt: '2026-11-02T10:00', notes, idempotencyKey, submissionKey })
/** A create action that redirects on success answers with where it sent the user. */
const redirectOf = (p: Promise<unknown>) => p.then((r) => `no redirect: ${JSON.stringify(r)}`, (e) => (e instanceof Redirected ? e.url : `threw: ${String(e)}`))

describe('the same submission key twice makes one row', () => {
  it('a document uploaded twice is stored once and the second is told it was already saved, with the first id', async () => {
    signedIn.actor = w.actors.officer
    const key = randomUUID()
    const before = await prisma.offenderDocument.count()
    const first = (await uploadDocumentAction(null, upload(key))) as Result
    const second = (await uploadDocumentAction(null, upload(key))) as Result
    expect(first).toMatchObject({ ok: true })
    expect(first?.notice).toBeUndefined()
    expect(second).toMatchObject({ ok: true, notice: 'alreadySaved', data: { id: first?.data?.id } })
    expect(await prisma.offenderDocument.count()).toBe(before + 1)
  })

  it('a new person sent twice is created once and both go to the same record', async () => {
    signedIn.actor = w.actors.officer
    const key = randomUUID()
    const urls = [await redirectOf(createOffenderAction(null, person(key, 'Ddwywaith'))), await redirectOf(createOffenderAction(null, person(key, 'Ddwywaith')))]
    expect(urls[0]).toMatch(/^\/offenders\/[0-9a-f-]{36}$/)
    expect(urls[1]).toBe(urls[0])
    expect(await prisma.offender.count({ where: { lastName: 'Ddwywaith' } })).toBe(1)
  })

  it('a new agency sent twice is created once', async () => {
    signedIn.actor = w.actors.admin
    const key = randomUUID()
    const form = () => formOf({ name: 'Twice Trust', nameCy: 'Ymddiriedolaeth Ddwywaith', kind: 'THIRD_SECTOR', code: `T-${key.slice(0, 8)}`, submissionKey: key })
    const results = [(await createAgencyAction(null, form())) as Result, (await createAgencyAction(null, form())) as Result]
    expect(results.map((r) => r?.ok)).toEqual([true, true])
    expect(results[1]?.notice).toBe('alreadySaved')
    expect(await prisma.agency.count({ where: { name: 'Twice Trust' } })).toBe(1)
  })
})

describe('racing duplicates are all answered with the one record', () => {
  it('6 racing new-person submits make one person and all six go to it', async () => {
    signedIn.actor = w.actors.officer
    const key = randomUUID()
    const urls = await Promise.all(Array.from({ length: 6 }, () => redirectOf(createOffenderAction(null, person(key, 'Rasio')))))
    expect(urls[0]).toMatch(/^\/offenders\/[0-9a-f-]{36}$/)
    expect(new Set(urls)).toEqual(new Set([urls[0]]))
    expect(await prisma.offender.count({ where: { lastName: 'Rasio' } })).toBe(1)
  })

  it('6 racing uploads store one document and all six are answered with its id', async () => {
    signedIn.actor = w.actors.officer
    const key = randomUUID()
    const before = await prisma.offenderDocument.count()
    const results = (await Promise.all(Array.from({ length: 6 }, () => uploadDocumentAction(null, upload(key))))) as Result[]
    expect(results.every((r) => r?.ok)).toBe(true)
    expect(new Set(results.map((r) => r?.data?.id)).size).toBe(1)
    expect(results.filter((r) => r?.notice === 'alreadySaved')).toHaveLength(5)
    expect(await prisma.offenderDocument.count()).toBe(before + 1)
  })
})

describe('claims that fail, crash or belong to someone else', () => {
  it('a refused first attempt releases the key, so the corrected form with the same key is saved once', async () => {
    signedIn.actor = w.actors.officer
    const key = randomUUID()
    const refused = (await createContactAction(null, contact(key, ''))) as Result
    expect(refused).toMatchObject({ ok: false, code: 'VALIDATION' })
    const saved = (await createContactAction(null, contact(key, 'Corrected after a refusal'))) as Result
    expect(saved).toMatchObject({ ok: true })
    expect(saved?.notice).toBeUndefined()
    expect(await prisma.contact.count({ where: { notes: 'Corrected after a refusal' } })).toBe(1)
  })

  it('a claim left pending by a crash is taken over after the timeout', async () => {
    signedIn.actor = w.actors.admin
    const key = randomUUID()
    const form = () => formOf({ name: 'Crashed Trust', nameCy: 'Ymddiriedolaeth a Chwalodd', kind: 'THIRD_SECTOR', code: `T-${key.slice(0, 8)}`, submissionKey: key })
    await createAgencyAction(null, form())
    await prisma.agency.deleteMany({ where: { name: 'Crashed Trust' } })
    await prisma.formSubmission.update({ where: { userId_key: { userId: w.actors.admin.userId, key } }, data: { status: 'PENDING', result: undefined, claimedAt: new Date(Date.now() - STALE_CLAIM_MS - 1000) } })
    const retried = (await createAgencyAction(null, form())) as Result
    expect(retried).toMatchObject({ ok: true })
    expect(retried?.notice).toBeUndefined()
    expect(await prisma.agency.count({ where: { name: 'Crashed Trust' } })).toBe(1)
  })

  it("another user's key is that user's own: a new record, nothing of the first user's", async () => {
    const key = randomUUID()
    signedIn.actor = w.actors.officer
    const mine = (await createContactAction(null, contact(key, 'First user note'))) as Result
    signedIn.actor = w.actors.senior
    const theirs = (await createContactAction(null, contact(key, 'Second user note', randomUUID()))) as Result
    expect(theirs).toMatchObject({ ok: true })
    expect(theirs?.notice).toBeUndefined()
    expect(theirs?.data?.id).not.toBe(mine?.data?.id)
  })

  it('the same key sent again with other values is refused, not answered with the first record', async () => {
    signedIn.actor = w.actors.officer
    const key = randomUUID()
    await createContactAction(null, contact(key, 'Original note'))
    const other = (await createContactAction(null, contact(key, 'Different note'))) as Result
    expect(other).toMatchObject({ ok: false, code: 'CONFLICT' })
    expect(await prisma.contact.count({ where: { notes: 'Different note' } })).toBe(0)
  })
})
