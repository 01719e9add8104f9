import PgBoss from 'pg-boss'
import { prisma } from '../../../src/server/db'
import { BOSS_SCHEMA } from '../../../src/server/jobs/boss'
import { sealSecret } from '../../../src/server/two-step/secret-box'
import { newTotpSecret } from '../../../src/server/two-step/totp'
import { createOffender } from '../../factories'
import type { World } from '../../support/world'

const DAY = 86_400_000
const day = (offset: number) => new Date(`${new Date(Date.now() + offset * DAY).toISOString().slice(0, 10)}T00:00:00Z`)

/** The registered job "Run now" queues: any registered name would do; its unfinished runs are cancelled before and after. */
export const RUN_NOW_JOB = 'service-level-breaches'

/**
 * The rest of the records the realistic inputs change (issue 17, the suite): sentences of people the world's officer
 * manages; second factors of three world users (a code is good once, so each of the three steps has its own user);
 * pg-boss's schema with a failed job in a queue of this file's own and no run of RUN_NOW_JOB waiting; and the current
 * wording of a letter template and a unit cost, and a local authority of its own in an LDU, which are one row per kind and shared by every test file, so their
 * inputs submit them unchanged (only the version moves on). Output: the records, with the base32 secrets.
 */
export async function otherRecords(w: World) {
  const sentence = async (type: 'COMMUNITY_ORDER' | 'CUSTODY') => {
    const person = await createOffender(prisma, { responsibleAgencyId: w.nps.id, teamId: w.teamA.id, lduId: w.cardiff.id, offenderManagerId: w.staff.officer.id })
    return prisma.sentence.create({ data: { offenderId: person.id, type, indexOffence: 'Burglary', lengthMonths: 24, lengthDays: 0, startDate: day(-200), expectedEndDate: day(530) } })
  }
  const factor = async (userId: string, confirmed: boolean) => {
    const secret = newTotpSecret()
    await prisma.twoStepFactor.create({ data: { userId, secret: sealSecret(secret), confirmedAt: confirmed ? new Date() : null } })
    return secret
  }
  return {
    custody: await sentence('CUSTODY'),
    order: await sentence('COMMUNITY_ORDER'),
    secrets: { enrolling: await factor(w.staff.manager.id, false), regenerating: await factor(w.staff.officer.id, true), disabling: await factor(w.staff.police.id, true) },
    failedJob: await failedJob(w.tag),
    letter: await prisma.letterTemplate.findFirstOrThrow({ where: { kind: 'BREACH' } }),
    unitCost: await prisma.crimeUnitCost.findFirstOrThrow({ where: { category: 'OTHER' } }),
    // A local authority of this world's own in the Cardiff LDU, and a second South Wales LDU of its own to move it to
    // (an unchanged mapping is refused as nothing to save: walk 56 N1).
    localAuthority: await prisma.localAuthority.create({ data: { code: `LA-${w.tag}`.slice(0, 20), name: `Authority ${w.tag}`, region: 'SOUTH_WALES', lduId: w.cardiff.id } }),
    spareLdu: await prisma.area.create({ data: { code: `SP-${w.tag}`.toUpperCase(), name: `Spare ${w.tag}`, region: 'SOUTH_WALES', agencyId: w.nps.id }, select: { id: true } }),
    // An LDU nothing uses, as one added in error would be: the one an administrator may remove.
    removableLdu: await prisma.area.create({ data: { code: `RM-${w.tag}`.toUpperCase(), name: `Removable ${w.tag}`, region: 'GWENT', agencyId: w.nps.id }, select: { id: true, name: true } }),
  }
}

/**
 * pg-boss's schema as an instance makes it, a queue of this file's own with one job failed in it (no worker ever takes
 * it), and no run of RUN_NOW_JOB waiting. Output: the failed job's queue and id.
 */
async function failedJob(tag: string): Promise<{ name: string; id: string }> {
  const boss = new PgBoss({ connectionString: process.env.DATABASE_URL!, schema: BOSS_SCHEMA, supervise: false, schedule: false })
  await boss.start()
  try {
    const name = `realistic-${tag}`
    await boss.createQueue(name)
    await boss.createQueue(RUN_NOW_JOB)
    await cancelRunsNow()
    const id = (await boss.send(name, {}, { retryLimit: 0 }))!
    await boss.fetch(name)
    await boss.fail(name, id, { message: 'The database went away' })
    return { name, id }
  } finally {
    await boss.stop({ graceful: false })
  }
}

/** Cancels the waiting runs of RUN_NOW_JOB, so this file's "Run now" is not refused and leaves nothing for a worker. */
export async function cancelRunsNow(): Promise<void> {
  await prisma.$executeRaw`UPDATE pgboss.job SET state = 'cancelled', completed_on = now() WHERE name = ${RUN_NOW_JOB} AND state IN ('created', 'retry')`
}

export type OtherRecords = Awaited<ReturnType<typeof otherRecords>>
