import { addDays, subMinutes } from 'date-fns'
import { beforeAll, describe, expect, it } from 'vitest'
import { dateToLondonLocal } from '../../../src/lib/dates'
import { prisma } from '../../../src/server/db'
import { closeReferral, decideReferral, recordFirstAppointment } from '../../../src/server/partners/partner-work'
import { referToPartner } from '../../../src/server/partners/refer'
import { buildPartnerWorld, referral, type PartnerWorld } from './partner-world'

// Issue 15 item 16: a referral closes only with an outcome that fits the stage it has reached.
let p: PartnerWorld
let referralId: string
const current = () => prisma.partnerReferral.findUniqueOrThrow({ where: { id: referralId }, include: { updates: true } })
const close = async (outcome: string) => ({ referralId, version: (await current()).version, outcome, outcomeNote: 'Closing the referral.' })

beforeAll(async () => {
  p = await buildPartnerWorld()
  referralId = (await referToPartner(p.actors.officer, referral(p))).id
  await decideReferral(p.caseworker, { referralId, version: 1, decision: 'ACCEPTED' })
  await recordFirstAppointment(p.caseworker, { referralId, version: 2, appointmentAt: dateToLondonLocal(addDays(new Date(), 3)) })
})

describe('closing a referral before the person has been seen', () => {
  it('refuses "achieved" and "partly achieved" with a field message on the outcome, and saves nothing', async () => {
    const before = await current()
    for (const outcome of ['ACHIEVED', 'PARTLY_ACHIEVED']) {
      await expect(closeReferral(p.caseworker, await close(outcome))).rejects.toMatchObject({ code: 'VALIDATION', fieldErrors: { outcome: ['partnerOutcomeNotFitting'] } })
    }
    const after = await current()
    expect(after).toMatchObject({ status: 'ACCEPTED', outcome: null, closedAt: null, version: before.version })
    expect(after.updates).toHaveLength(before.updates.length)
  })

  it('accepts "did not engage" (disengaged)', async () => {
    await closeReferral(p.caseworker, await close('DISENGAGED'))
    expect(await current()).toMatchObject({ status: 'COMPLETED', outcome: 'DISENGAGED' })
  })
})

describe('closing a referral once the first appointment has been held', () => {
  it('accepts "achieved"', async () => {
    referralId = (await referToPartner(p.actors.officer, referral(p))).id
    await decideReferral(p.caseworker, { referralId, version: 1, decision: 'ACCEPTED' })
    await prisma.partnerReferral.update({ where: { id: referralId }, data: { firstAppointmentAt: subMinutes(new Date(), 5) } })
    await closeReferral(p.caseworker, await close('ACHIEVED'))
    expect(await current()).toMatchObject({ status: 'COMPLETED', outcome: 'ACHIEVED' })
  })
})
