import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { changeRag, recordReview, setArrangements, updateJointPlan } from '../../../src/server/iom/member-changes'
import { changeStatus } from '../../../src/server/iom/member-status'
import { buildWorld, type World } from '../../support/world'
import { cohort, iso, issues, select, sentence, setOgrs } from './support'

let w: World
let memberId: string
let offenderId: string
const v = async (id = memberId) => (await prisma.iomMember.findUniqueOrThrow({ where: { id } })).version
const events = async (kind: string) => prisma.iomMemberEvent.findMany({ where: { memberId, kind }, orderBy: { id: 'asc' } })
const audited = async (action: string) => prisma.auditEvent.count({ where: { action, subjectId: memberId, offenderId } })

beforeAll(async () => {
  w = await buildWorld()
  offenderId = w.people.mine.id
  await sentence(offenderId)
  await setOgrs(offenderId, 99)
  memberId = (await select(w, w.actors.police, (await cohort(w)).id, offenderId)).id
})

describe('managing an IOM member', () => {
  it('changes the RAG rating with the reason for the change', async () => {
    expect(issues(await changeRag(w.actors.officer, { memberId, version: await v(), rag: 'PURPLE', reason: '' }).catch((e: unknown) => e))).toEqual({ rag: 'chooseOption', reason: 'required' })
    await expect(changeRag(w.actors.officer, { memberId, version: await v(), rag: 'AMBER', reason: 'No change' })).rejects.toMatchObject({ fieldErrors: { rag: ['iomRagUnchanged'] } })
    await changeRag(w.actors.officer, { memberId, version: await v(), rag: 'RED', reason: 'Arrested for shop theft on Friday.' })
    expect(await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ rag: 'RED', ragReason: 'Arrested for shop theft on Friday.' })
    expect(await events('RAG')).toMatchObject([{ fromValue: 'AMBER', toValue: 'RED', note: 'Arrested for shop theft on Friday.', byId: w.staff.officer.id }])
    expect(await audited('iom.member.rag')).toBe(1)
    await expect(changeRag(w.actors.police, { memberId, version: 1, rag: 'GREEN', reason: 'stale' })).rejects.toMatchObject({ code: 'CONFLICT' })
  })

  it('records a review, moving the next review and the registration’s review date', async () => {
    const review = { memberId, reviewedOn: iso(-1), rag: 'RED', ragReason: '', notes: 'Still offending; drug tests positive.', nextReviewOn: iso(27) }
    expect(issues(await recordReview(w.actors.police, { ...review, version: await v(), reviewedOn: iso(1), notes: '', nextReviewOn: iso(0) }).catch((e: unknown) => e))).toEqual({ reviewedOn: 'notInFuture', notes: 'required', nextReviewOn: 'iomNextReviewOrder' })
    await expect(recordReview(w.actors.police, { ...review, version: await v(), rag: 'AMBER' })).rejects.toMatchObject({ fieldErrors: { ragReason: ['reasonRequired'] } })
    expect(await events('REVIEW')).toEqual([])
    await recordReview(w.actors.police, { ...review, version: await v() })
    const member = await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })
    expect(member.nextReviewOn.toISOString().slice(0, 10)).toBe(iso(27))
    expect(member.rag).toBe('RED')
    const flag = await prisma.riskFlag.findFirstOrThrow({ where: { offenderId, type: 'IOM', deregisteredAt: null } })
    expect(flag.nextReviewDate?.toISOString().slice(0, 10)).toBe(iso(27))
    // A review that changes the rating is one history entry, carrying the change and its reason (issue 15 item 17).
    const before = await prisma.iomMemberEvent.count({ where: { memberId } })
    await recordReview(w.actors.officer, { ...review, version: await v(), reviewedOn: iso(0), rag: 'AMBER', ragReason: 'Negative tests for three weeks.', nextReviewOn: iso(28) })
    expect(await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ rag: 'AMBER', ragReason: 'Negative tests for three weeks.' })
    expect(await prisma.iomMemberEvent.count({ where: { memberId } })).toBe(before + 1)
    expect((await events('REVIEW')).map((e) => [e.fromValue, e.toValue])).toEqual([[null, 'RED'], ['RED', 'AMBER']])
    expect((await events('REVIEW')).at(-1)!.note).toBe('Still offending; drug tests positive.\n\nNegative tests for three weeks.')
    expect(await audited('iom.member.review')).toBe(2)
  })

  it('keeps the joint case plan and the leads and flags', async () => {
    expect(issues(await updateJointPlan(w.actors.police, { memberId, version: await v(), jointPlan: ' ' }).catch((e: unknown) => e))).toEqual({ jointPlan: 'required' })
    await updateJointPlan(w.actors.police, { memberId, version: await v(), jointPlan: 'Police: weekly visits.\nProbation: Thinking Skills.' })
    expect((await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })).jointPlan).toContain('Thinking Skills')
    expect(await events('PLAN')).toHaveLength(1)
    expect(await audited('iom.member.plan')).toBe(1)

    const arrangements = { memberId, policeLeadId: w.staff.police.id, probationLeadId: w.staff.colleague.id, flags: ['drugTesting', 'electronicMonitoring'] }
    await expect(setArrangements(w.actors.officer, { ...arrangements, version: await v(), probationLeadId: w.staff.northOfficer.id })).rejects.toMatchObject({ fieldErrors: { probationLeadId: ['chooseOption'] } })
    expect(issues(await setArrangements(w.actors.officer, { ...arrangements, version: await v(), policeLeadId: '', flags: ['tagged'] }).catch((e: unknown) => e))).toEqual({ policeLeadId: 'chooseOption', 'flags.0': 'chooseOption' })
    await setArrangements(w.actors.officer, { ...arrangements, version: await v() })
    expect(await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ probationLeadId: w.staff.colleague.id, drugTesting: true, electronicMonitoring: true })
    await setArrangements(w.actors.officer, { ...arrangements, version: await v(), flags: 'drugTesting' })
    expect(await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ drugTesting: true, electronicMonitoring: false })
    expect(await audited('iom.member.arrangements')).toBe(2)
  })

  it('is refused to other roles and other force areas, and changes nothing', async () => {
    const version = await v()
    for (const actor of [w.actors.mappa, w.actors.admin, w.actors.manager]) {
      await expect(changeRag(actor, { memberId, version, rag: 'GREEN', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
      await expect(changeStatus(actor, { memberId, version, status: 'RESET', reason: 'x' })).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    await expect(changeRag(w.actors.northOfficer, { memberId, version, rag: 'GREEN', reason: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(updateJointPlan(w.actors.northOfficer, { memberId, version, jointPlan: 'x' })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(recordReview(w.actors.northOfficer, { memberId, version, reviewedOn: iso(0), rag: 'GREEN', ragReason: 'x', notes: 'x', nextReviewOn: iso(9) })).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await v()).toBe(version)
  })

  it('changes status with a reason; de-selection ends the membership and the IOM registration', async () => {
    expect(issues(await changeStatus(w.actors.police, { memberId, version: await v(), status: 'IN_CUSTODY', reason: '' }).catch((e: unknown) => e))).toEqual({ reason: 'reasonRequired' })
    await expect(changeStatus(w.actors.police, { memberId, version: await v(), status: 'ACTIVE' })).rejects.toMatchObject({ fieldErrors: { status: ['iomSameStatus'] } })
    await changeStatus(w.actors.police, { memberId, version: await v(), status: 'IN_CUSTODY', reason: 'Remanded at HMP Cardiff.' })
    await changeStatus(w.actors.police, { memberId, version: await v(), status: 'ACTIVE', reason: '' })
    expect(await prisma.riskFlag.count({ where: { offenderId, type: 'IOM', deregisteredAt: null } })).toBe(1)
    await changeStatus(w.actors.officer, { memberId, version: await v(), status: 'DESELECTED', reason: 'No offending for six months; stepped down.' })
    expect(await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId } })).toMatchObject({ status: 'DESELECTED', statusReason: 'No offending for six months; stepped down.' })
    const flag = await prisma.riskFlag.findFirstOrThrow({ where: { offenderId, type: 'IOM' } })
    expect(flag.deregisteredAt).not.toBeNull()
    expect(flag.deregisterReason).toBe('No offending for six months; stepped down.')
    expect((await events('STATUS')).map((e) => e.toValue)).toEqual(['IN_CUSTODY', 'ACTIVE', 'DESELECTED'])
    expect(await audited('iom.member.status')).toBe(3)
    // Once de-selected, only a panel brings them back.
    await expect(changeRag(w.actors.police, { memberId, version: await v(), rag: 'GREEN', reason: 'x' })).rejects.toMatchObject({ fieldErrors: { _form: ['iomMemberClosed'] } })
    // Break 60 F5: said as a record that moved on (handed to the page without the script), with a wrong answer too.
    await expect(changeRag(w.actors.police, { memberId, version: await v(), rag: 'PURPLE', reason: '' })).rejects.toMatchObject({ fieldErrors: { _form: ['iomMemberClosed'] }, details: { stale: true } })
  })

  it('keeps the IOM registration while the person is still in another cohort', async () => {
    const { colleagues } = w.people
    await sentence(colleagues.id)
    await setOgrs(colleagues.id, 99)
    const first = await select(w, w.actors.police, (await cohort(w)).id, colleagues.id)
    await select(w, w.actors.police, (await cohort(w, { strand: 'FREE' })).id, colleagues.id)
    await changeStatus(w.actors.police, { memberId: first.id, version: await v(first.id), status: 'DESELECTED', reason: 'Moved to the Free cohort.' })
    expect(await prisma.riskFlag.count({ where: { offenderId: colleagues.id, type: 'IOM', deregisteredAt: null } })).toBe(1)
  })
})
