import './request-mocks'
import { beforeAll, describe, expect, it } from 'vitest'
import { createAgencyAction } from '../../../src/server/agencies/actions'
import { createContactAction, updateContactAction } from '../../../src/server/contacts/actions'
import { prisma } from '../../../src/server/db'
import { uploadDocumentAction } from '../../../src/server/documents/actions'
import { saveItemDraftAction } from '../../../src/server/mappa/meeting-actions'
import { createOffenderAction } from '../../../src/server/offenders/create-actions'
import { updatePersonalDetailsAction } from '../../../src/server/offenders/personal-details-actions'
import { createUserAction, resetPasswordAction } from '../../../src/server/users/actions'
import { switchLocaleAction } from '../../../src/server/users/locale-actions'
import { buildWorld, type World } from '../../support/world'
import { formOf, signedIn } from './support'

// Issue 17 item 4: a NUL byte in notes, names or descriptions gave "Something went wrong", and in an upload's file name
// an unhandled error. Every form action answers a field message and writes nothing.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const NUL = 'Jones\u0000'
const pdf = (name: string) => new File([Buffer.from('%PDF-1.4\n%%EOF\n')], name, { type: 'application/pdf' })
type Result = { ok: boolean; code?: string; fieldErrors?: Record<string, string[]> } | null

describe('control characters in any form get a field message and save nothing', () => {
  it.each([
    ['new person (surname)', 'officer', () => createOffenderAction(null, formOf({ surname: NUL, forenames: 'Sian' })), 'surname'],
    ['personal details (forenames)', 'officer', () => updatePersonalDetailsAction(null, formOf({ offenderId: w.people.mine.id, forenames: NUL })), 'forenames'],
    ['new contact (notes)', 'officer', () => createContactAction(null, formOf({ offenderId: w.people.mine.id, type: 'CASE_NOTE', notes: NUL })), 'notes'],
    ['edited contact (notes)', 'officer', () => updateContactAction(null, formOf({ contactId: w.people.mine.id, notes: NUL })), 'notes'],
    ['MAPPA item draft (risk assessment)', 'mappa', () => saveItemDraftAction(formOf({ meetingId: w.people.mine.id, itemId: w.people.mine.id, version: '1', riskAssessment: NUL })), 'riskAssessment'],
    ['new agency (name)', 'admin', () => createAgencyAction(null, formOf({ name: NUL, nameCy: 'Asiantaeth', kind: 'PROBATION' })), 'name'],
    ['new user (name)', 'admin', () => createUserAction(null, formOf({ name: NUL, email: 'nul@llwybr.test', password: 'a-long-enough-passphrase' })), 'name'],
    ['password reset (password)', 'admin', () => resetPasswordAction(null, formOf({ userId: w.staff.officer.id, password: `long-enough-pass${'\u0000'}` })), 'password'],
    ['upload (description)', 'officer', () => uploadDocumentAction(null, formOf({ offenderId: w.people.mine.id, description: NUL, file: pdf('report.pdf') })), 'description'],
    ['upload (NUL in file name)', 'officer', () => uploadDocumentAction(null, formOf({ offenderId: w.people.mine.id, file: pdf('report\u0000.pdf') })), 'file'],
    ['upload (right-to-left override in file name)', 'officer', () => uploadDocumentAction(null, formOf({ offenderId: w.people.mine.id, file: pdf('report\u202Eexe.pdf') })), 'file'],
  ] as const)('%s', async (_name, who, submit, field) => {
    signedIn.actor = w.actors[who]
    const before = await Promise.all([prisma.offender.count(), prisma.contact.count(), prisma.offenderDocument.count(), prisma.agency.count(), prisma.user.count()])
    const result = (await submit()) as Result
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' })
    // A file's name is told to be renamed, not edited as text (break 51 F8).
    expect(result?.fieldErrors?.[field]).toEqual([field === 'file' ? 'fileNameControlCharacters' : 'controlCharacters'])
    expect(await Promise.all([prisma.offender.count(), prisma.contact.count(), prisma.offenderDocument.count(), prisma.agency.count(), prisma.user.count()])).toEqual(before)
  })
})

// fix16b item 1: a right-to-left mark alone or a Hangul filler alone passed as a required name through the real action,
// while a zero-width space was refused. Now text of only such characters is no value; nothing is saved.
describe('text with no visible character is refused by a real action', () => {
  it.each([
    // Only invisible characters is blank, a bidi mark among them too: the field's own message (break 38).
    ['right-to-left mark', '\u200F', 'required'],
    ['zero-width space, left-to-right mark and Hangul filler', '\u200B\u200E\u3164', 'required'],
    ['Hangul filler', '\u3164', 'required'],
    ['Halfwidth Hangul filler and a soft hyphen', '\uFFA0\u00AD', 'required'],
  ] as const)('new agency named only by a %s', async (_name, invisible, key) => {
    signedIn.actor = w.actors.admin
    const before = await prisma.agency.count()
    const result = (await createAgencyAction(null, formOf({ name: invisible, nameCy: 'Asiantaeth', kind: 'NPS', code: 'INVISIBLE-NAME' }))) as Result
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(result?.fieldErrors?.name).toEqual([key])
    expect(await prisma.agency.count()).toBe(before)
  })
})

// Issue 16 (MAPPA break test item 5): the first refusal named only the control characters; the user fixed those and
// was then refused again for the other fields. One refusal names them all, still saving nothing.
describe('a form with control characters is told every other field error in the same refusal', () => {
  it('new agency: a NUL in the name and a code that breaks its rule are both named', async () => {
    signedIn.actor = w.actors.admin
    const before = await prisma.agency.count()
    const result = (await createAgencyAction(null, formOf({ name: NUL, nameCy: 'Asiantaeth', kind: 'NPS', code: 'no spaces!' }))) as Result
    expect(result).toMatchObject({ ok: false, code: 'VALIDATION' })
    expect(result?.fieldErrors?.name).toEqual(['controlCharacters'])
    expect(result?.fieldErrors?.code).toEqual(['codeFormat'])
    expect(await prisma.agency.count()).toBe(before)
  })

  it('new agency whose other fields are all valid: only the control characters are named and nothing is saved', async () => {
    signedIn.actor = w.actors.admin
    const before = await prisma.agency.count()
    const result = (await createAgencyAction(null, formOf({ name: NUL, nameCy: 'Asiantaeth', kind: 'NPS', code: 'NUL-CLEAN' }))) as Result
    expect(result?.fieldErrors).toEqual({ name: ['controlCharacters'] })
    expect(await prisma.agency.count()).toBe(before)
    expect(await prisma.agency.count({ where: { code: 'NUL-CLEAN' } })).toBe(0)
  })

  it('upload: a NUL in the description and no file are both named', async () => {
    signedIn.actor = w.actors.officer
    const result = (await uploadDocumentAction(null, formOf({ offenderId: w.people.mine.id, description: NUL }))) as Result
    expect(result?.fieldErrors?.description).toEqual(['controlCharacters'])
    expect(Object.keys(result?.fieldErrors ?? {})).toContain('file')
  })
})

// Issue 17 item 5: hand-made POSTs whose argument is not a form (or whose return address is hostile) answered 500.
describe('malformed action input is answered, not a server error', () => {
  it('the autosave of a MAPPA item answers a validation result to a non-form argument', async () => {
    signedIn.actor = w.actors.mappa
    for (const argument of [undefined, null, 'x', 42, { meetingId: 'x' }]) {
      await expect(saveItemDraftAction(argument as unknown as FormData)).resolves.toMatchObject({ ok: false, code: 'VALIDATION' })
    }
  })

  it('the language switch goes home for a non-form argument or a return address off this site or unsafe in a header', async () => {
    signedIn.actor = w.actors.officer
    const cases: [unknown, string][] = [
      [undefined, '/'],
      ['x', '/'],
      [formOf({ locale: 'cy', returnTo: '//evil.example/' }), '/'],
      [formOf({ locale: 'cy', returnTo: 'https://evil.example/' }), '/'],
      [formOf({ locale: 'en', returnTo: '/offenders?q=a\r\nSet-Cookie: x=1' }), '/offenders?q=aSet-Cookie:%20x=1'],
      [formOf({ locale: 'en', returnTo: '/search/Llŷr' }), '/search/Ll%C5%B7r'],
      [formOf({ locale: 'en', returnTo: '/caseload?page=2' }), '/caseload?page=2'],
    ]
    for (const [argument, url] of cases) {
      await expect(switchLocaleAction(argument as FormData)).rejects.toMatchObject({ url })
    }
  })
})
