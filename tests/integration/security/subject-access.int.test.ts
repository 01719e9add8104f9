import { beforeAll, describe, expect, it } from 'vitest'
import JSZip from 'jszip'
import { ZodError } from 'zod'
import { prisma } from '../../../src/server/db'
import { todayInLondon } from '../../../src/lib/dates'
import { sectionKeys, type SubjectAccessBundle } from '../../../src/server/subject-access/bundle.types'
import { openBreakGlass } from '../../../src/server/break-glass/open-break-glass'
import { buildBundleZip } from '../../../src/server/subject-access/bundle-zip'
import { exportSubjectAccess } from '../../../src/server/subject-access/export-subject-access'
import { addAccessEntry } from '../../../src/server/limited-access/change-access-list'
import { recordAudit } from '../../../src/server/audit/record-audit'
import { buildWorld, type World } from '../../support/world'
import { fillEverySection, INTEL_MARKER, MINUTES_MARKER, VICTIM_MARKER, VOLUNTEER_MARKER } from './subject-access.fixture'

// Issue 17 "Subject access request": everything held on one person, third-party information marked, audited.
let w: World
let bundle: SubjectAccessBundle
const REQUEST = { reference: 'SAR/2026/017', receivedOn: '2026-11-02' }
// Why a member of staff is excluded from the person: it says who knows them, so it is reviewed before it is sent (sec19b).
const EXCLUSION_REASON = 'Lives on the same street as the officer'
// Why someone broke glass: the form asks who asked them, so it names people too (break 50 F4).
const BREAK_GLASS_REASON = 'DS Hughes at Cardiff Bay custody asked who supervises him'
// What another agency wrote on the record is theirs to be asked about before it is disclosed (walk 52 F4).
const POLICE_NOTE = 'Seen in the town centre with known associates; advice given.'
// The same in every section: a referral's update by another agency too (re-break 53 F7).
const PARTNER_NOTE = 'Attends the peer-support group in Canton.'
const POLICE_RAG_NOTE = 'Arrested for shoplifting on Queen Street overnight.'
const POLICE_PANEL_REASON = 'Eleven acquisitive offences in the last year.'

beforeAll(async () => {
  w = await buildWorld()
  await fillEverySection(w, w.people.colleagues.id)
  await addAccessEntry(w.actors.senior, { offenderId: w.people.colleagues.id, kind: 'EXCLUSION', userId: w.staff.officer.id, reason: EXCLUSION_REASON })
  await openBreakGlass(w.actors.northOfficer, { target: w.people.colleagues.id, reason: BREAK_GLASS_REASON })
  await prisma.contact.create({ data: { offenderId: w.people.colleagues.id, type: 'PARTNER_UPDATE', occurredAt: new Date('2026-09-02T10:00:00Z'), notes: POLICE_NOTE, authorId: w.staff.police.id, authorAgencyId: w.police.id } })
  const referral = await prisma.partnerReferral.findFirstOrThrow({ where: { offenderId: w.people.colleagues.id } })
  await prisma.partnerReferralUpdate.create({ data: { referralId: referral.id, kind: 'NOTE', note: PARTNER_NOTE, authorId: w.staff.police.id, authorAgencyId: w.police.id } })
  // IOM is held with the police: the force leads the membership, changes its RAG and decides at panel (re-break 54).
  const member = await prisma.iomMember.findFirstOrThrow({ where: { offenderId: w.people.colleagues.id } })
  await prisma.iomMember.update({ where: { id: member.id }, data: { policeLeadId: w.staff.police.id, probationLeadId: w.staff.senior.id } })
  await prisma.iomMemberEvent.create({ data: { memberId: member.id, kind: 'RAG', fromValue: 'AMBER', toValue: 'RED', note: POLICE_RAG_NOTE, byId: w.staff.police.id } })
  await prisma.iomPanelDecision.create({ data: { cohortId: member.cohortId, offenderId: member.offenderId, selected: true, reason: POLICE_PANEL_REASON, panelOn: new Date('2026-03-01T00:00:00Z'), panelists: ['police'], decidedById: w.staff.police.id } })
  // Police reading the person's intelligence: that police hold and read it is theirs to be asked about (walk 54 F2).
  await recordAudit(prisma, w.actors.police, { action: 'iom.intel.view', subjectType: 'Offender', subjectId: w.people.colleagues.id, offenderId: w.people.colleagues.id })
  bundle = await exportSubjectAccess(w.actors.senior, w.people.colleagues.id, REQUEST)
})

const rowsWith = (marker: string) => Object.entries(bundle.sections).flatMap(([section, rows]) => rows.filter((r) => JSON.stringify(r).includes(marker)).map((r) => ({ section, ...r })))

describe('subject access export', () => {
  it('holds every section, each with the person’s data, in the documented shape', () => {
    expect(bundle).toMatchObject({ format: 'llwybr.subject-access', version: 1, request: { ...REQUEST, dueOn: '2026-12-02' }, subject: { crn: w.people.colleagues.crn } })
    expect(Object.keys(bundle.sections).sort()).toEqual([...sectionKeys].sort())
    for (const key of sectionKeys) expect(bundle.sections[key].length, key).toBeGreaterThan(0)
    expect(bundle.sections.record[0]).toMatchObject({ lastName: w.people.colleagues.lastName, responsibleAgency: w.nps.name, team: 'TA' })
  })

  it('includes sensitive contacts, marked, and lists documents without their bytes', () => {
    // Marked for redaction review too: a reviewer going by the mark alone must not miss them (walk 17 of issue 17).
    expect(bundle.sections.contacts[0]).toMatchObject({ notes: 'Sensitive note', isSensitive: true, author: 'senior', redactionReview: true, redactionReasons: 'SENSITIVE_CONTACT' })
    expect(bundle.sections.riskFlags).toEqual([expect.objectContaining({ type: 'DOMESTIC_ABUSE_PERPETRATOR', redactionReview: true, redactionReasons: 'VICTIM' })])
    expect(bundle.sections.documents[0]).toMatchObject({ filename: 'psr.pdf', contentType: 'application/pdf', uploadedBy: 'senior' })
    expect(bundle.sections.documents[0]).not.toHaveProperty('content')
  })

  it('marks third-party information for redaction review with a reason, and nothing else', () => {
    expect(rowsWith(VICTIM_MARKER)).toEqual([expect.objectContaining({ section: 'riskPlans', redactionReview: true, redactionReasons: 'VICTIM' })])
    // Police-only: a probation senior's bundle lists the entry with its words withheld for the force (break 54 F7).
    expect(rowsWith(INTEL_MARKER)).toEqual([])
    expect(bundle.sections.policeIntelligence).toEqual([expect.objectContaining({ summary: null, summaryWithheld: true, grading: 'B2P', authorAgency: w.police.name, redactionReview: true, redactionReasons: 'POLICE_INTELLIGENCE; OTHER_AGENCY' })])
    expect(rowsWith(MINUTES_MARKER)).toEqual([expect.objectContaining({ section: 'mappaMeetingItems', redactionReview: true, redactionReasons: 'MAPPA_MINUTES' })])
    const volunteerRows = rowsWith(VOLUNTEER_MARKER)
    expect(volunteerRows.map((r) => r.section).sort()).toEqual(['circleMeetings', 'circleVolunteers', 'cosaConcerns'])
    // The circle's provider wrote the minutes and holds the concerns (break 54 F6).
    expect(Object.fromEntries(volunteerRows.map((r) => [r.section, r.redactionReasons]))).toEqual({ circleVolunteers: 'THIRD_PARTY_NAME; OTHER_AGENCY', circleMeetings: 'THIRD_PARTY_NAME; OTHER_AGENCY', cosaConcerns: 'THIRD_PARTY_NAME; OTHER_AGENCY' })
    expect(bundle.sections.cosaReferrals.every((r) => r.redactionReasons === 'OTHER_AGENCY')).toBe(true)
    expect(bundle.sections.partnerReferrals.every((r) => r.redactionReasons === 'OTHER_AGENCY')).toBe(true)
    // Who at another agency looked, and at what (walk 54 F2: police reading intelligence went unmarked); staff of the
    // responsible agency are not marked.
    expect(bundle.sections.recordAudit.filter((r) => r.action === 'iom.intel.view')).toEqual([expect.objectContaining({ actorAgency: w.police.name, redactionReview: true, redactionReasons: 'OTHER_AGENCY' })])
    expect(bundle.sections.recordAudit.filter((r) => r.action === 'offender.view').every((r) => !r.redactionReview)).toBe(true)
    expect(rowsWith(EXCLUSION_REASON)).toEqual([expect.objectContaining({ section: 'recordAudit', action: 'offender.access.add', redactionReview: true, redactionReasons: 'THIRD_PARTY_NAME' })])
    expect(rowsWith(POLICE_NOTE)).toEqual([expect.objectContaining({ section: 'contacts', redactionReview: true, redactionReasons: 'OTHER_AGENCY' })])
    expect(rowsWith(PARTNER_NOTE)).toEqual([expect.objectContaining({ section: 'partnerReferralUpdates', redactionReview: true, redactionReasons: 'OTHER_AGENCY' })])
    // IOM rows the police wrote, and the membership they hold jointly with their lead, are theirs (re-break 54).
    expect(rowsWith(POLICE_RAG_NOTE)).toEqual([expect.objectContaining({ section: 'iomEvents', recordedAgency: w.police.name, redactionReview: true, redactionReasons: 'OTHER_AGENCY' })])
    expect(rowsWith(POLICE_PANEL_REASON)).toEqual([expect.objectContaining({ section: 'iomDecisions', recordedAgency: w.police.name, redactionReview: true, redactionReasons: 'OTHER_AGENCY' })])
    expect(bundle.sections.iomMemberships).toEqual([expect.objectContaining({ policeLeadAgency: w.police.name, redactionReasons: 'OTHER_AGENCY' })])
    // What the responsible agency wrote is not marked for it.
    expect([...bundle.sections.iomEvents, ...bundle.sections.iomDecisions].filter((r) => !r.redactionReview).map((r) => r.note ?? r.reason)).toEqual(['Selected at panel', 'Prolific'])
    expect(bundle.sections.pathwayUpdates.every((r) => !r.redactionReview)).toBe(true)
    expect(rowsWith(BREAK_GLASS_REASON)).toEqual([expect.objectContaining({ section: 'recordAudit', action: 'offender.breakGlass', redactionReview: true, redactionReasons: 'THIRD_PARTY_NAME' })])
    // The plan version without victim safety planning and the record are not marked.
    expect(bundle.sections.riskPlans.find((p) => p.planVersion === 1)).toMatchObject({ redactionReview: false })
    for (const key of ['record', 'sentences', 'pathways'] as const) expect(bundle.sections[key].every((r) => !r.redactionReview), key).toBe(true)
  })

  it('names each support need in words, English and Welsh, beside its id (break 72 F2)', () => {
    const named = { needs: `No fixed abode ${w.tag}`, needsCy: `Dim cyfeiriad sefydlog ${w.tag}` }
    for (const key of ['pathways', 'pathwayUpdates', 'partnerReferrals'] as const) expect(bundle.sections[key], key).toEqual([expect.objectContaining(named)])
  })

  it('includes who viewed the record, by name', () => {
    expect(bundle.sections.recordAudit).toContainEqual(expect.objectContaining({ action: 'offender.view', actorUser: 'colleague', actorAgency: w.nps.name }))
  })

  it('packs bundle.pdf, bundle.json and a CSV per section into the ZIP', async () => {
    const zip = await JSZip.loadAsync(await buildBundleZip(bundle, (key) => key, 'cy'))
    expect(Object.keys(zip.files).sort()).toEqual(['bundle.json', 'bundle.pdf', 'csv/', ...sectionKeys.map((k) => `csv/${k}.csv`)].sort())
    expect(JSON.parse(await zip.file('bundle.json')!.async('string'))).toEqual(bundle)
    expect((await zip.file('bundle.pdf')!.async('string')).startsWith('%PDF')).toBe(true)
    const csv = await zip.file('csv/policeIntelligence.csv')!.async('string')
    expect(csv.split('\r\n')[0]).toContain('redactionReview')
    expect(csv.split('\r\n')[0]).toContain('summaryWithheld')
    expect(csv).not.toContain(INTEL_MARKER)
  })

  it('writes one audit row with the request reference', async () => {
    const rows = await prisma.auditEvent.findMany({ where: { action: 'offender.subjectAccessExport', offenderId: w.people.colleagues.id } })
    expect(rows).toHaveLength(1)
    expect(rows[0]).toMatchObject({ actorUserId: w.staff.senior.id, reason: REQUEST.reference, detail: { receivedOn: REQUEST.receivedOn, dueOn: '2026-12-02' } })
  })

  it('refuses users without the permission, and is NOT_FOUND out of scope or under Limited Access', async () => {
    for (const actor of [w.actors.officer, w.actors.police, w.actors.mappa, w.actors.admin, w.actors.manager, w.actors.volunteer]) {
      await expect(exportSubjectAccess(actor, w.people.colleagues.id, REQUEST)).rejects.toMatchObject({ code: 'FORBIDDEN' })
    }
    await expect(exportSubjectAccess(w.actors.senior, w.people.north.id, REQUEST)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(exportSubjectAccess(w.actors.otherSenior, w.people.restricted.id, REQUEST)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await prisma.accessRestriction.create({ data: { offenderId: w.people.mine.id, kind: 'EXCLUSION', userId: w.staff.otherSenior.id, reason: 'Relative of staff' } })
    await expect(exportSubjectAccess(w.actors.otherSenior, w.people.mine.id, REQUEST)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    // Break-glass opens a record for urgent reading only, never for a disclosure.
    await openBreakGlass(w.actors.senior, { target: w.people.north.id, reason: 'Court duty: the person is in the cells this morning' })
    await expect(exportSubjectAccess(w.actors.senior, w.people.north.id, REQUEST)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    await expect(exportSubjectAccess(w.actors.senior, 'not-an-id', REQUEST)).rejects.toMatchObject({ code: 'NOT_FOUND' })
    expect(await prisma.auditEvent.count({ where: { action: 'offender.subjectAccessExport', offenderId: { in: [w.people.north.id, w.people.restricted.id, w.people.mine.id] } } })).toBe(0)
  })

  it('rejects a missing reference, a future date or one before the UK GDPR, and writes nothing', async () => {
    const tomorrow = new Date(Date.now() + 36 * 3600_000).toLocaleDateString('en-CA', { timeZone: 'Europe/London' })
    for (const input of [{ reference: '', receivedOn: '2026-11-02' }, { reference: 'SAR 1', receivedOn: tomorrow }, { reference: 'SAR 1', receivedOn: '1900-01-01' }, { reference: '<script>', receivedOn: todayInLondon() }, { reference: 'SAR 1' }]) {
      await expect(exportSubjectAccess(w.actors.senior, w.people.mine.id, input)).rejects.toBeInstanceOf(ZodError)
    }
    expect(await prisma.auditEvent.count({ where: { action: 'offender.subjectAccessExport', offenderId: w.people.mine.id } })).toBe(0)
  })
})
