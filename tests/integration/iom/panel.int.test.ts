import { beforeAll, describe, expect, it } from 'vitest'
import { prisma } from '../../../src/server/db'
import { changeStatus } from '../../../src/server/iom/member-status'
import { findCandidates } from '../../../src/server/iom/candidates'
import { decideCandidate } from '../../../src/server/iom/panel'
import { offenderVisible, type Actor } from '../../../src/server/policy'
import { buildWorld, type World } from '../../support/world'
import { cohort, iso, issues, panel, sentence, setOgrs } from './support'

let w: World
let cohortId: string
const policeSees = async (actor: Actor, id: string) => (await prisma.offender.count({ where: { AND: [{ id }, offenderVisible(actor)] } })) > 0
const counts = async () => [await prisma.iomPanelDecision.count(), await prisma.iomMember.count(), await prisma.riskFlag.count({ where: { type: 'IOM' } })]

beforeAll(async () => {
  w = await buildWorld()
  for (const p of Object.values(w.people)) {
    await sentence(p.id)
    await setOgrs(p.id, 99)
  }
  cohortId = (await cohort(w, { reviewEveryWeeks: 4 })).id
})

describe('the selection panel', () => {
  it('selects a candidate: membership with leads and RAG, the first review after the cadence, an IOM registration and police scope', async () => {
    const { mine } = w.people
    expect(await policeSees(w.actors.police, mine.id)).toBe(false)
    const { memberId } = await decideCandidate(w.actors.police, panel(w, cohortId, mine.id, { panelOn: iso(-7) }))
    const member = await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId! }, include: { events: true } })
    expect(member).toMatchObject({ status: 'ACTIVE', policeLeadId: w.staff.police.id, probationLeadId: w.staff.officer.id, rag: 'AMBER', ragReason: 'Engaging but still using.' })
    expect(member.selectedOn.toISOString().slice(0, 10)).toBe(iso(-7))
    expect(member.nextReviewOn.toISOString().slice(0, 10)).toBe(iso(21))
    expect(member.events).toMatchObject([{ kind: 'SELECTED', toValue: 'AMBER', byId: w.staff.police.id }])
    const decision = await prisma.iomPanelDecision.findFirstOrThrow({ where: { cohortId, offenderId: mine.id } })
    expect(decision).toMatchObject({ selected: true, panelists: ['South Wales Police', 'Probation', 'Cardiff Council'], decidedById: w.staff.police.id })
    const flag = await prisma.riskFlag.findFirstOrThrow({ where: { offenderId: mine.id, type: 'IOM', deregisteredAt: null } })
    expect(flag.nextReviewDate?.toISOString().slice(0, 10)).toBe(iso(21))
    expect(await policeSees(w.actors.police, mine.id)).toBe(true)
    expect(await prisma.auditEvent.count({ where: { action: 'iom.panel.decide', subjectId: decision.id, offenderId: mine.id } })).toBe(1)
    // Already a member: the panel cannot select them twice.
    await expect(decideCandidate(w.actors.officer, panel(w, cohortId, mine.id))).rejects.toMatchObject({ fieldErrors: { _form: ['iomAlreadyMember'] }, details: { stale: true } })
    // A second tab's decision, drawn before and with a wrong answer too, is told the same, not asked to correct it (walk 60 F2).
    await expect(decideCandidate(w.actors.police, { ...panel(w, cohortId, mine.id), reason: '', rag: 'PURPLE' })).rejects.toMatchObject({ fieldErrors: { _form: ['iomAlreadyMember'] }, details: { stale: true } })
  })

  it('records a decision not to select, with no membership and no registration', async () => {
    const { colleagues } = w.people
    await decideCandidate(w.actors.officer, { ...panel(w, cohortId, colleagues.id), decision: 'NOT_SELECT', policeLeadId: '', probationLeadId: '', rag: '', ragReason: '' })
    expect(await prisma.iomPanelDecision.findFirstOrThrow({ where: { cohortId, offenderId: colleagues.id } })).toMatchObject({ selected: false, decidedById: w.staff.officer.id })
    expect(await prisma.iomMember.count({ where: { offenderId: colleagues.id } })).toBe(0)
    expect(await prisma.riskFlag.count({ where: { offenderId: colleagues.id, type: 'IOM' } })).toBe(0)
  })

  it('refuses bad input and writes nothing', async () => {
    const before = await counts()
    const bad = { ...panel(w, cohortId, w.people.otherTeam.id), panelOn: iso(2), panelists: ' , ', reason: '', policeLeadId: '', probationLeadId: '', rag: '', ragReason: '' }
    expect(issues(await decideCandidate(w.actors.police, bad).catch((e: unknown) => e))).toEqual({
      panelOn: 'notInFuture',
      panelists: 'iomPanelists',
      reason: 'required',
      policeLeadId: 'required',
      probationLeadId: 'required',
      rag: 'required',
      ragReason: 'reasonRequired',
    })
    expect(issues(await decideCandidate(w.actors.police, { ...panel(w, cohortId, ''), decision: 'MAYBE' }).catch((e: unknown) => e))).toEqual({ offenderId: 'chooseOption', decision: 'chooseOption' })
    // Leads must be police and probation staff of the cohort's force area.
    await expect(decideCandidate(w.actors.police, panel(w, cohortId, w.people.otherTeam.id, { probationLeadId: w.staff.northOfficer.id }))).rejects.toMatchObject({ fieldErrors: { probationLeadId: ['chooseOption'] } })
    await expect(decideCandidate(w.actors.police, panel(w, cohortId, w.people.otherTeam.id, { policeLeadId: w.staff.officer.id }))).rejects.toMatchObject({ fieldErrors: { policeLeadId: ['chooseOption'] } })
    await expect(decideCandidate(w.actors.police, panel(w, cohortId, w.people.otherTeam.id, { probationLeadId: w.staff.mappa.id }))).rejects.toMatchObject({ fieldErrors: { probationLeadId: ['chooseOption'] } })
    expect(await counts()).toEqual(before)
  })

  it('is refused to other roles, other force areas and people out of reach', async () => {
    const before = await counts()
    for (const actor of [w.actors.mappa, w.actors.admin, w.actors.manager]) {
      await expect(decideCandidate(actor, panel(w, cohortId, w.people.otherTeam.id))).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    await expect(decideCandidate(w.actors.northOfficer, panel(w, cohortId, w.people.otherTeam.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Supervised in another force area, or a Limited Access Offender for this actor: as if they did not exist.
    await expect(decideCandidate(w.actors.police, panel(w, cohortId, w.people.north.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(decideCandidate(w.actors.officer, panel(w, cohortId, w.people.excluded.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(decideCandidate(w.actors.police, panel(w, cohortId, w.people.restricted.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(decideCandidate(w.actors.police, panel(w, cohortId, crypto.randomUUID()))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await counts()).toEqual(before)
  })

  it('selects again someone de-selected earlier, and registers them again', async () => {
    const { otherTeam } = w.people
    const { memberId } = await decideCandidate(w.actors.police, panel(w, cohortId, otherTeam.id))
    await changeStatus(w.actors.police, { memberId, version: 1, status: 'DESELECTED', reason: 'Stopped offending for six months.' })
    expect(await prisma.riskFlag.count({ where: { offenderId: otherTeam.id, type: 'IOM', deregisteredAt: null } })).toBe(0)
    const { drawnAs } = await findCandidates(w.actors.police, cohortId)
    const again = await decideCandidate(w.actors.police, panel(w, cohortId, otherTeam.id, { drawnAs, rag: 'RED', ragReason: 'Three burglaries since release.' }))
    expect(again.memberId).toBe(memberId)
    expect(await prisma.iomMember.findUniqueOrThrow({ where: { id: memberId! } })).toMatchObject({ status: 'ACTIVE', statusReason: null, rag: 'RED', version: 3 })
    expect(await prisma.riskFlag.count({ where: { offenderId: otherTeam.id, type: 'IOM', deregisteredAt: null } })).toBe(1)
  })

  it('records one of six decisions on the same candidate made at once; the others are told they are a member (break 61 F1)', async () => {
    const { mappaCardiff } = w.people
    const decide = (rag: string) => decideCandidate(w.actors.police, panel(w, cohortId, mappaCardiff.id, { rag }))
    const results = await Promise.allSettled(['RED', 'AMBER', 'GREEN', 'RED', 'AMBER', 'GREEN'].map(decide))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { fieldErrors?: unknown; details?: unknown }] : []))
    expect(refused.map((e) => [e.fieldErrors, e.details])).toEqual([1, 2, 3, 4, 5].map(() => [{ _form: ['iomAlreadyMember'] }, { stale: true }]))
    const member = await prisma.iomMember.findFirstOrThrow({ where: { cohortId, offenderId: mappaCardiff.id }, include: { events: true } })
    expect(member.events.filter((e) => e.kind === 'SELECTED')).toHaveLength(1)
    expect(await prisma.iomPanelDecision.count({ where: { cohortId, offenderId: mappaCardiff.id } })).toBe(1)
  })

  // Break 62 F1: "Select" and "Do not select" sent at once were both saved (the second found no member yet, as the first
  // had not selected); walk 61 F9: "Do not select" twice from two tabs, both recorded. A decision on the person since
  // the form was drawn makes it stale, whatever either decided.
  it('records one decision of several on the same candidate drawn at the same time, whatever they decide (break 62 F1)', async () => {
    const { mappaCardiff } = w.people
    const other = await cohort(w, { name: `Second panel ${w.tag}` })
    const { drawnAs } = await findCandidates(w.actors.police, other.id)
    const decisions = [{ decision: 'NOT_SELECT' }, { decision: 'SELECT', rag: 'RED' }, { decision: 'NOT_SELECT' }, { decision: 'SELECT', rag: 'GREEN' }]
    const thunks = decisions.map((d) => () => decideCandidate(w.actors.police, panel(w, other.id, mappaCardiff.id, { ...d, drawnAs })))
    const results = await Promise.allSettled(thunks.map((decide) => decide()))
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1)
    const refused = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as { fieldErrors?: { _form?: string[] }; details?: unknown }] : []))
    for (const e of refused) {
      expect(['iomDecidedMeanwhile', 'iomAlreadyMember']).toContain(e.fieldErrors?._form?.[0])
      expect(e.details).toEqual({ stale: true })
    }
    expect(await prisma.iomPanelDecision.count({ where: { cohortId: other.id, offenderId: mappaCardiff.id } })).toBe(1)
    // One after the other too: a second "Do not select" from a form drawn before the first is told, even with a wrong
    // answer (no reason); one drawn after it is recorded.
    const another = await cohort(w, { name: `Third panel ${w.tag}` })
    await decideCandidate(w.actors.police, panel(w, another.id, mappaCardiff.id, { decision: 'NOT_SELECT', drawnAs }))
    for (const late of [{ drawnAs }, { drawnAs, reason: '' }])
      await expect(decideCandidate(w.actors.police, panel(w, another.id, mappaCardiff.id, { decision: 'NOT_SELECT', ...late }))).rejects.toMatchObject({ fieldErrors: { _form: ['iomDecidedMeanwhile'] }, details: { stale: true } })
    await decideCandidate(w.actors.police, panel(w, another.id, mappaCardiff.id, { decision: 'NOT_SELECT', drawnAs: (await findCandidates(w.actors.police, another.id)).drawnAs }))
    expect(await prisma.iomPanelDecision.count({ where: { cohortId: another.id, offenderId: mappaCardiff.id } })).toBe(2)
  })

  // Review 62 item 2: the form said when it was drawn by the app server's clock, and a decision then still being
  // recorded was stamped before it, so a second decision from that page passed as one drawn after the first.
  it('tells a form drawn while a decision on the candidate was being recorded that it was decided meanwhile', async () => {
    const { mappaCardiff } = w.people
    const sitting = await cohort(w, { name: `Fourth panel ${w.tag}` })
    let drawnAs = ''
    await prisma.$transaction(async (tx) => {
      await tx.iomPanelDecision.create({ data: { cohortId: sitting.id, offenderId: mappaCardiff.id, selected: false, reason: 'Not now', panelOn: new Date(iso(-1)), panelists: ['Probation'], decidedById: w.staff.police.id } })
      drawnAs = (await findCandidates(w.actors.police, sitting.id)).drawnAs
    })
    await expect(decideCandidate(w.actors.police, panel(w, sitting.id, mappaCardiff.id, { decision: 'NOT_SELECT', drawnAs }))).rejects.toMatchObject({ fieldErrors: { _form: ['iomDecidedMeanwhile'] }, details: { stale: true } })
    expect(await prisma.iomPanelDecision.count({ where: { cohortId: sitting.id, offenderId: mappaCardiff.id } })).toBe(1)
  })

  // Break 63 F1: a form posting no drawing time, or one in the future, passed as drawn after every decision, so a
  // second and third decision on one candidate were saved. A form must say what it was drawn in, and no page can have
  // been drawn in a snapshot the database has not reached.
  it('refuses a form that says no snapshot, or one the database has not reached, and saves nothing', async () => {
    const { mappaCardiff } = w.people
    const sitting = await cohort(w, { name: `Fifth panel ${w.tag}` })
    const now = (await findCandidates(w.actors.police, sitting.id)).drawnAs
    const ahead = `${BigInt(now.split(':')[1]!) + 1_000n}:${BigInt(now.split(':')[1]!) + 1_000n}:`
    const { drawnAs: _drawn, ...without } = panel(w, sitting.id, mappaCardiff.id, { decision: 'NOT_SELECT' })
    for (const form of [without, { ...without, drawnAs: ahead }, { ...without, drawnAs: '18446744073709551615:18446744073709551615:' }])
      await decideCandidate(w.actors.police, form).then(
        () => expect.unreachable('a form the database had not reached was saved'),
        (e: { issues?: unknown; fieldErrors?: unknown }) => expect(e.issues ? issues(e) : e.fieldErrors).toEqual(e.issues ? { drawnAs: 'formVersionUnreadable' } : { drawnAs: ['formVersionUnreadable'] }),
      )
    expect(await prisma.iomPanelDecision.count({ where: { cohortId: sitting.id } })).toBe(0)
    await decideCandidate(w.actors.police, { ...without, drawnAs: now })
    expect(await prisma.iomPanelDecision.count({ where: { cohortId: sitting.id } })).toBe(1)
  })

  it('refuses a person of the force area outside the cohort’s own LDU, as if they did not exist (break 61 F11)', async () => {
    const elsewhere = await prisma.area.create({ data: { code: `ELSEWHERE-${w.tag}`, name: `Elsewhere ${w.tag}`, region: 'SOUTH_WALES', agencyId: w.nps.id } })
    const local = await cohort(w, { name: `Local ${w.tag}`, lduId: elsewhere.id })
    const before = await counts()
    await expect(decideCandidate(w.actors.police, panel(w, local.id, w.people.colleagues.id))).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await counts()).toEqual(before)
  })
})
