import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { recordRequirementProgress } from '../../../src/server/sentences/record-progress'
import { buildWorld, type World } from '../../support/world'

let w: World
let unpaidWork: string
let curfewNotCounted: string
beforeAll(async () => {
  w = await buildWorld()
  const sentence = await prisma.sentence.create({
    data: {
      offenderId: w.people.mine.id,
      type: 'COMMUNITY_ORDER',
      indexOffence: 'Criminal damage',
      startDate: new Date('2026-01-05'),
      expectedEndDate: new Date('2027-01-04'),
      requirements: { create: [{ kind: 'UNPAID_WORK', description: '60 hours unpaid work', unitsOrdered: 60, unitsCompleted: 50 }, { kind: 'CURFEW', description: 'Curfew 19:00-07:00' }] },
    },
    include: { requirements: true },
  })
  unpaidWork = sentence.requirements.find((r) => r.kind === 'UNPAID_WORK')!.id
  curfewNotCounted = sentence.requirements.find((r) => r.kind === 'CURFEW')!.id
})

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
const entry = (extra: Record<string, unknown> = {}) => ({ requirementId: unpaidWork, units: '7', workedOn: today(), note: 'Community garden project', ...extra })

describe('requirement progress', () => {
  it('adds hours to the running total, keeps each entry, and audits it', async () => {
    expect(await recordRequirementProgress(w.actors.officer, entry())).toMatchObject({ total: 57 })
    const record = await getOffender(w.actors.officer, w.people.mine.id)
    const requirement = record.sentences.flatMap((s) => s.requirements).find((r) => r.id === unpaidWork)!
    expect(requirement).toMatchObject({ unitsCompleted: 57, progress: [{ units: 7, note: 'Community garden project' }] })
    expect(await prisma.auditEvent.findFirst({ where: { action: 'requirement.progress', subjectId: unpaidWork } })).toMatchObject({ offenderId: w.people.mine.id, detail: { units: 7, total: 57, ordered: 60 } })
  })

  it('never takes the total past what the court ordered, even when two officers save at once', async () => {
    const results = await Promise.allSettled([recordRequirementProgress(w.actors.officer, entry({ units: '3' })), recordRequirementProgress(w.actors.officer, entry({ units: '3' }))])
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    expect(results.find((r) => r.status === 'rejected')).toMatchObject({ reason: { code: 'VALIDATION', fieldErrors: { units: ['moreThanOrdered'] } } })
    expect(await prisma.sentenceRequirement.findUniqueOrThrow({ where: { id: unpaidWork } })).toMatchObject({ unitsCompleted: 60 })
  })

  it('explains bad input and saves nothing', async () => {
    const before = await prisma.requirementProgress.count()
    for (const [bad, field, key] of [
      [{ units: '0' }, 'units', 'wholeNumber'],
      [{ units: '2.5' }, 'units', 'numberBetween'],
      [{ units: 'lots' }, 'units', 'invalidNumber'],
      [{ workedOn: '2098-01-01' }, 'workedOn', 'notInFuture'],
    ] as const) {
      const error = await recordRequirementProgress(w.actors.officer, entry(bad)).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ZodError)
      expect((error as ZodError).issues[0]).toMatchObject({ path: [field], message: key })
    }
    await expect(recordRequirementProgress(w.actors.officer, entry({ requirementId: curfewNotCounted }))).rejects.toMatchObject({ fieldErrors: { units: ['notCounted'] } })
    await expect(recordRequirementProgress(w.actors.officer, entry({ workedOn: '2025-12-01', units: '1' }))).rejects.toMatchObject({ fieldErrors: { workedOn: ['beforeSentence'] } })
    await expect(recordRequirementProgress(w.actors.officer, entry({ units: '1' }))).rejects.toMatchObject({ fieldErrors: { units: ['moreThanOrdered'] } })
    expect(await prisma.requirementProgress.count()).toBe(before)
  })

  it('is for the case owner only; others out of scope see nothing', async () => {
    await expect(recordRequirementProgress(w.actors.colleague, entry({ units: '1' }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordRequirementProgress(w.actors.police, entry({ units: '1' }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordRequirementProgress(w.actors.northOfficer, entry({ units: '1' }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
  })
})
