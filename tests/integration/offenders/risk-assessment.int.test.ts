import { beforeAll, describe, expect, it } from 'vitest'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { getOffender } from '../../../src/server/offenders/get-offender'
import { getRisk } from '../../../src/server/risk/get-risk'
import { recordRiskAssessment } from '../../../src/server/risk/record-assessment'
import { buildWorld, type World } from '../../support/world'

let w: World
beforeAll(async () => {
  w = await buildWorld()
})

const today = () => new Date().toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
const community = { COMMUNITY_CHILDREN: 'LOW', COMMUNITY_PUBLIC: 'MEDIUM', COMMUNITY_KNOWN_ADULT: 'HIGH', COMMUNITY_STAFF: 'LOW' }
const assessment = (extra: Record<string, unknown> = {}) => ({ offenderId: w.people.mine.id, basedOnVersion: 1, assessedOn: today(), ...community, ogrs3Year2: '81.5', rsr: '', ...extra })
const saveErrors = (e: unknown) => Object.fromEntries((e as ZodError).issues.map((i) => [i.path.join('.'), i.message]))

describe('recording a RoSH assessment', () => {
  it('replaces the profile in force, keeps the assessment in the history, moves the tier, and is audited', async () => {
    expect((await getOffender(w.actors.officer, w.people.mine.id)).tier).toBe('D')
    const saved = await recordRiskAssessment(w.actors.officer, assessment())
    expect(saved.version).toBe(2)
    const record = await getOffender(w.actors.officer, w.people.mine.id)
    expect(record.risk?.overallRosh).toBe('HIGH')
    expect(record.tier).toBe('B')
    expect(record.priorityGroups).toContain('HIGH_REOFFENDING')
    expect(record.risk?.predictors.find((p) => p.key === 'ogrs3Year2')).toEqual({ key: 'ogrs3Year2', score: 81.5, band: 'HIGH' })
    const risk = await getRisk(w.actors.officer, w.people.mine.id)
    expect(risk.profile?.ratings).toHaveLength(4)
    expect(risk.assessments).toHaveLength(1)
    expect(risk.assessments[0]).toMatchObject({ overallRosh: 'HIGH', authorId: w.staff.officer.id })
    const audit = await prisma.auditEvent.findFirstOrThrow({ where: { action: 'risk.assess', subjectId: saved.id } })
    expect(audit).toMatchObject({ offenderId: w.people.mine.id, actorUserId: w.staff.officer.id, detail: { overallRosh: 'HIGH', previous: 'MEDIUM', version: 2 } })
  })

  it('takes the highest rating in either setting as the overall level', async () => {
    const custody = { CUSTODY_CHILDREN: 'LOW', CUSTODY_PUBLIC: 'LOW', CUSTODY_KNOWN_ADULT: 'LOW', CUSTODY_STAFF: 'LOW', CUSTODY_PRISONERS: 'VERY_HIGH' }
    await recordRiskAssessment(w.actors.officer, assessment({ basedOnVersion: 2, ...custody }))
    const risk = await getRisk(w.actors.officer, w.people.mine.id)
    expect(risk.profile).toMatchObject({ overallRosh: 'VERY_HIGH', version: 3 })
    expect(risk.profile?.ratings).toHaveLength(9)
    expect(risk.assessments.map((a) => a.overallRosh)).toEqual(['VERY_HIGH', 'HIGH'])
  })

  it('refuses a save based on an assessment that has since been replaced', async () => {
    await expect(recordRiskAssessment(w.actors.officer, assessment({ basedOnVersion: 2 }))).rejects.toMatchObject({ code: 'CONFLICT', details: { version: 3 } })
  })

  it('explains bad input field by field and saves nothing', async () => {
    const before = await prisma.riskAssessment.count()
    const cases: [Record<string, unknown>, Record<string, string>][] = [
      [{ COMMUNITY_STAFF: '' }, { COMMUNITY_STAFF: 'chooseOption' }],
      [{ ogrs3Year2: '101' }, { ogrs3Year2: 'percentage' }],
      [{ ogp: '12.345' }, { ogp: 'percentage' }],
      [{ ovp: 'high' }, { ovp: 'invalidNumber' }],
      [{ assessedOn: '2098-01-01' }, { assessedOn: 'notInFuture' }],
      [{ CUSTODY_PUBLIC: 'HIGH' }, { CUSTODY_CHILDREN: 'custodyComplete', CUSTODY_PRISONERS: 'custodyComplete' }],
    ]
    for (const [bad, expected] of cases) {
      const error = await recordRiskAssessment(w.actors.officer, assessment({ basedOnVersion: 3, ...bad })).catch((e: unknown) => e)
      expect(error).toBeInstanceOf(ZodError)
      expect(saveErrors(error)).toMatchObject(expected)
    }
    expect(await prisma.riskAssessment.count()).toBe(before)
  })

  it('lets only the case owner record it, and hides the person from everyone out of scope', async () => {
    await expect(recordRiskAssessment(w.actors.colleague, assessment({ basedOnVersion: 3 }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordRiskAssessment(w.actors.manager, assessment({ basedOnVersion: 3 }))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    await expect(recordRiskAssessment(w.actors.northOfficer, assessment({ basedOnVersion: 3 }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordRiskAssessment(w.actors.officer, assessment({ offenderId: w.people.excluded.id, basedOnVersion: 0 }))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.riskProfile.findUniqueOrThrow({ where: { offenderId: w.people.mine.id } })).toMatchObject({ version: 3 })
  })
})
