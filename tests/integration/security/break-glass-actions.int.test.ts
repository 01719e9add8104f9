import './request-mocks'
import { randomUUID } from 'node:crypto'
import { beforeAll, describe, expect, it } from 'vitest'
import { openBreakGlassAction } from '../../../src/server/break-glass/actions'
import { referToCosaAction } from '../../../src/server/cosa/actions'
import { getOffenderCosa } from '../../../src/server/cosa/referrals'
import { getOffenderMappa } from '../../../src/server/mappa/queries'
import { submitReferralAction } from '../../../src/server/mappa/actions'
import { prisma } from '../../../src/server/db'
import { addAccessEntryAction, removeAccessEntryAction } from '../../../src/server/limited-access/actions'
import { buildWorld, type World } from '../../support/world'
import { formOf, Redirected, signedIn } from './support'

// Issue 17: the break-glass and Limited Access forms as raw POSTs (security.md AC-2, IV-1): the matrix holds, bad
// input gets field messages in the user's language (here: catalogue keys) and writes nothing.
let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const REASON = 'Court duty: the person is in the cells and asked for their officer'
const rows = () => Promise.all([prisma.breakGlassAccess.count(), prisma.accessRestriction.count()])

describe('break-glass and Limited Access actions as raw requests', () => {
  it('refuse roles without the permission, and anonymous requests', async () => {
    const before = await rows()
    for (const who of ['manager', 'admin', 'volunteer'] as const) {
      signedIn.actor = w.actors[who]
      expect(await openBreakGlassAction(null, formOf({ target: w.people.north.id, reason: REASON }))).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    for (const who of ['officer', 'police', 'admin'] as const) {
      signedIn.actor = w.actors[who]
      expect(await addAccessEntryAction(null, formOf({ offenderId: w.people.mine.id, kind: 'EXCLUSION', userId: w.staff.colleague.id, reason: 'x' }))).toMatchObject({ ok: false, code: 'FORBIDDEN' })
      expect(await removeAccessEntryAction(null, formOf({ offenderId: w.people.mine.id, entryId: w.people.mine.id }))).toMatchObject({ ok: false, code: 'FORBIDDEN' })
    }
    signedIn.actor = null
    expect(await openBreakGlassAction(null, formOf({ target: w.people.north.id, reason: REASON }))).toMatchObject({ ok: false, code: 'UNAUTHENTICATED' })
    expect(await rows()).toEqual(before)
  })

  it('answer a missing, short or hostile reason with a field message, and a good one with the record', async () => {
    signedIn.actor = w.actors.officer
    const before = await rows()
    const send = (reason: string) => openBreakGlassAction(null, formOf({ target: w.people.north.crn, reason, submissionKey: randomUUID() }))
    expect(await send('')).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { reason: ['breakGlassReasonRequired'] } })
    expect(await send('too short')).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { reason: ['breakGlassReasonShort'] } })
    expect(await send('urgent urgent urgent urgent')).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { reason: ['breakGlassReasonWords'] } })
    expect(await send(`${REASON}\u0000`)).toMatchObject({ ok: false, code: 'VALIDATION', fieldErrors: { reason: ['controlCharacters'] } })
    expect(await openBreakGlassAction(null, formOf({ target: w.people.excluded.id, reason: REASON, submissionKey: randomUUID() }))).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await rows()).toEqual(before)
    await expect(send(REASON)).rejects.toEqual(new Redirected(`/offenders/${w.people.north.id}`))
  })

  it('open a record for reading only: a MAPPA or COSA referral of it is refused and writes nothing (s17 item 2)', async () => {
    signedIn.actor = w.actors.officer
    await expect(openBreakGlassAction(null, formOf({ target: w.people.mappaNorth.id, reason: REASON, submissionKey: randomUUID() }))).rejects.toBeInstanceOf(Redirected)
    const provider = await prisma.agency.create({ data: { code: `BG-COSA-${w.tag}`.toUpperCase(), name: `Circles ${w.tag}`, kind: 'THIRD_SECTOR' } })
    await prisma.user.create({ data: { email: `bg-coordinator-${w.tag}@llwybr.test`, name: 'Coordinator', roles: ['COSA_COORDINATOR'], agencyId: provider.id } })
    const referrals = () => Promise.all([prisma.mappaReferral.count(), prisma.cosaReferral.count()])
    const before = await referrals()
    const mappa = formOf({ offenderId: w.people.mappaNorth.id, category: '2', levelSought: '2', area: 'NORTH_WALES', indexOffence: 'Wounding', sentence: '6 years custody', reason: 'Escalating threats to a former partner', submissionKey: randomUUID() })
    expect(await submitReferralAction(null, mappa)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    const cosa = formOf({ offenderId: w.people.mappaNorth.id, providerAgencyId: provider.id, programme: 'COMMUNITY', eligibility: 'Sexual offence; on licence', suitability: 'Motivated', consentToShare: 'on', submissionKey: randomUUID() })
    expect(await referToCosaAction(null, cosa)).toMatchObject({ ok: false, code: 'NOT_FOUND' })
    expect(await referrals()).toEqual(before)
    // The record's MAPPA and COSA pages open for reading, without the referral forms.
    expect((await getOffenderMappa(w.actors.officer, w.people.mappaNorth.id)).canRefer).toBe(false)
    expect((await getOffenderCosa(w.actors.officer, w.people.mappaNorth.id)).canRefer).toBe(false)
    expect((await getOffenderCosa(w.actors.officer, w.people.mine.id)).canRefer).toBe(true)
  })
})
