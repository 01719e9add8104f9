import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { countersignEnforcement } from '../../../src/server/enforcement/countersign-enforcement'
import { decideEnforcement } from '../../../src/server/enforcement/decide-enforcement'
import { getEnforcementLetter } from '../../../src/server/letters/enforcement-letter'
import { renderLetterPdf } from '../../../src/server/letters/letter-pdf'
import { findLetterTemplates, updateLetterTemplate } from '../../../src/server/letters/letter-templates'
import { buildWorld, type World } from '../../support/world'
import { failureToAttend, freshPerson } from './support'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const disclosures = (id: string) => prisma.auditEvent.findMany({ where: { action: 'enforcement.letter', subjectId: id } })

describe('enforcement letters (issue 13)', () => {
  it('gives the officer the warning letter in both languages, preferred language first, audited as a disclosure', async () => {
    const person = await freshPerson(w)
    await prisma.offender.update({ where: { id: person.id }, data: { preferredLanguage: 'cy' } })
    const id = await failureToAttend(w, w.actors.officer, person.id)
    await decideEnforcement(w.actors.officer, { enforcementId: id, version: 1, kind: 'WARNING', reason: 'Missed supervision without a reason.' })
    const letter = await getEnforcementLetter(w.actors.officer, { offenderId: person.id, enforcementId: id })
    expect(letter.letters.map((l) => l.lang)).toEqual(['cy', 'en'])
    expect(letter.letters[0]!.body).toContain(`Annwyl ${person.firstName} ${person.lastName}`)
    expect(letter.letters[1]!.body).toContain(`Case reference: ${person.crn}`)
    expect(letter.letters[1]!.body).toContain('Missed supervision without a reason.')
    expect(letter.letters.every((l) => !/\{\w+\}/.test(l.body))).toBe(true)
    const [audit] = await disclosures(id)
    expect(audit).toMatchObject({ actorUserId: w.staff.officer.id, offenderId: person.id, reason: 'Enforcement letter' })
    expect(audit!.detail).toMatchObject({ kind: 'WARNING', templateVersion: expect.any(Number), recipients: ['PERSON'], disclosure: true })
    const pdf = await renderLetterPdf(letter, 'SWYDDOGOL-SENSITIF / OFFICIAL-SENSITIVE')
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-')
  })

  it('produces the breach paperwork only once a senior has countersigned; police and people out of scope get nothing', async () => {
    const person = await freshPerson(w)
    const id = await failureToAttend(w, w.actors.officer, person.id)
    await expect(getEnforcementLetter(w.actors.officer, { offenderId: person.id, enforcementId: id })).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { _form: ['letterNotIssued'] } })
    await decideEnforcement(w.actors.officer, { enforcementId: id, version: 1, kind: 'BREACH', reason: 'Breach.' })
    await expect(getEnforcementLetter(w.actors.officer, { offenderId: person.id, enforcementId: id })).rejects.toMatchObject({ code: 'VALIDATION' })
    await countersignEnforcement(w.actors.senior, { enforcementId: id, version: 2, decision: 'APPROVE' })
    expect((await getEnforcementLetter(w.actors.officer, { offenderId: person.id, enforcementId: id })).letters[0]!.title).toBe('Breach of your order: court proceedings')
    await expect(getEnforcementLetter(w.actors.police, { offenderId: person.id, enforcementId: id })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(getEnforcementLetter(w.actors.northOfficer, { offenderId: person.id, enforcementId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(getEnforcementLetter(w.actors.officer, { offenderId: person.id, enforcementId: 'not-a-uuid' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Another person's record in the address, though the officer may see both: not found (found by trying to break it).
    await expect(getEnforcementLetter(w.actors.officer, { offenderId: w.people.mine.id, enforcementId: id })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect((await disclosures(id)).map((a) => a.actorUserId)).toEqual([w.staff.officer.id])
  })
})

describe('letter templates, kept by administrators', () => {
  it('lets an administrator reword a letter (versioned, audited); the next letter uses it', async () => {
    const [warning] = (await findLetterTemplates(w.actors.admin)).filter((t) => t.kind === 'WARNING')
    const input = { kind: 'WARNING', version: warning!.version, titleEn: 'Final warning', titleCy: 'Rhybudd terfynol', bodyEn: 'Dear {name}, {reason}', bodyCy: 'Annwyl {name}, {reason}' }
    await expect(updateLetterTemplate(w.actors.admin, input)).resolves.toEqual({ kind: 'WARNING', version: warning!.version + 1 })
    await expect(updateLetterTemplate(w.actors.admin, input)).rejects.toMatchObject({ code: 'CONFLICT' })
    expect(await prisma.auditEvent.count({ where: { action: 'letterTemplate.update', actorUserId: w.staff.admin.id } })).toBe(1)
    const person = await freshPerson(w)
    const id = await failureToAttend(w, w.actors.officer, person.id)
    await decideEnforcement(w.actors.officer, { enforcementId: id, version: 1, kind: 'WARNING', reason: 'Late again.' })
    expect((await getEnforcementLetter(w.actors.officer, { offenderId: person.id, enforcementId: id })).letters[0]).toMatchObject({ title: 'Final warning', body: `Dear ${person.firstName} ${person.lastName}, Late again.` })
  })

  it('refuses officers, and a template with an unknown placeholder, changing nothing', async () => {
    const before = await prisma.letterTemplate.findUniqueOrThrow({ where: { kind: 'RECALL' } })
    const input = { kind: 'RECALL', version: before.version, titleEn: 'x', titleCy: 'x', bodyEn: 'Dear {name}', bodyCy: 'Annwyl {enw}' }
    await expect(updateLetterTemplate(w.actors.officer, input)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(findLetterTemplates(w.actors.senior)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(updateLetterTemplate(w.actors.admin, input)).rejects.toBeInstanceOf(ZodError)
    expect(await prisma.letterTemplate.findUniqueOrThrow({ where: { kind: 'RECALL' } })).toEqual(before)
  })
})
