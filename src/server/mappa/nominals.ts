import 'server-only'
import { parseAsDrawn } from '../as-drawn'
import type { Region } from '../../generated/prisma/enums'
import { londonToday } from '../../lib/dates'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, forbidden, notFound } from '../errors'
import { authorize, laoVisible, type Actor } from '../policy'
import { ZChangeLevel } from './mappa.schemas'

/** The coordinator's MAPPA area: every MAPPA write is confined to it. */
export function areaOf(actor: Actor): Region {
  if (!actor.region) throw forbidden()
  return actor.region
}

/** Keeps the person's active MAPPA registration in step with the nominal (tier and scope read it). */
export async function mirrorRegistration(tx: Tx, actor: Actor, offenderId: string, n: { level: number; category: number; nextReviewDate: Date }) {
  const flag = await tx.riskFlag.findFirst({ where: { offenderId, type: 'MAPPA', deregisteredAt: null }, select: { id: true } })
  const data = { level: n.level, category: n.category, nextReviewDate: n.nextReviewDate }
  if (flag) await tx.riskFlag.update({ where: { id: flag.id }, data: { ...data, version: { increment: 1 } } })
  else await tx.riskFlag.create({ data: { ...data, offenderId, type: 'MAPPA', registeredAt: new Date(), registeredById: actor.userId } })
}

/**
 * Makes a person a nominal at a level, or moves an existing nominal to it, recording the change and its reason.
 * Used when a referral is accepted and when a coordinator changes a level.
 */
export async function setNominalLevel(
  tx: Tx,
  actor: Actor,
  n: { offenderId: string; area: Region; category: number; level: number; leadAgencyId: string; nextReviewDate: Date; reason: string; meetingId?: string },
) {
  const { reason, meetingId, ...fields } = n
  const existing = await tx.mappaNominal.findUnique({ where: { offenderId: n.offenderId } })
  const nominal = existing
    ? await tx.mappaNominal.update({
        where: { id: existing.id },
        data: { category: n.category, level: n.level, area: n.area, nextReviewDate: n.nextReviewDate, endedAt: null, version: { increment: 1 } },
      })
    : await tx.mappaNominal.create({ data: { ...fields, startDate: londonToday() } })
  if (existing?.level !== n.level || existing?.endedAt) {
    await tx.mappaLevelChange.create({ data: { nominalId: nominal.id, fromLevel: existing && !existing.endedAt ? existing.level : null, toLevel: n.level, reason, meetingId: meetingId ?? null, changedById: actor.userId } })
  }
  await mirrorRegistration(tx, actor, n.offenderId, n)
  await markOpenAgendas(tx, n.offenderId, n.level)
  return nominal
}

/**
 * An agenda not yet approved shows the level the nominal is managed at now (break 41 F3): changed to level 3 on the
 * person's page while listed for a level 2 meeting, the agenda, the run page and the minutes say "managed at level 3,
 * heard at this level 2 meeting", as when a level 3 nominal is added directly. Approved minutes keep the level heard.
 */
async function markOpenAgendas(tx: Tx, offenderId: string, level: number) {
  const listed = await tx.mappaAgendaItem.findMany({ where: { offenderId, status: 'LISTED', meeting: { status: { in: ['SCHEDULED', 'PUBLISHED'] } } }, select: { id: true, meeting: { select: { level: true } } } })
  for (const item of listed) await tx.mappaAgendaItem.update({ where: { id: item.id }, data: { managedLevel: item.meeting.level === level ? null : level } })
}

// A register page link may carry a limited-access nominal's id (issue 16 item 4): the id alone must not let the
// coordinator change a person they may not see. A nominal since ended or changed is NOT_FOUND or a CONFLICT.
async function nominalAsDrawn(tx: Tx, actor: Actor, nominalId: string, version: number) {
  const nominal = await tx.mappaNominal.findFirst({ where: { id: nominalId, area: areaOf(actor), endedAt: null, offender: laoVisible(actor) } })
  if (!nominal) throw notFound()
  if (nominal.version !== version) throw new AppError('CONFLICT')
  return nominal
}

/** A level decision outside a meeting (e.g. after a new risk assessment); the reason is kept in the history. */
export async function changeNominalLevel(actor: Actor, input: unknown) {
  authorize(actor, 'mappa.manage')
  const { nominalId, version, level, reason, nextReviewDate } = await parseAsDrawn(ZChangeLevel, input, { id: 'nominalId', check: (tx, id, v) => nominalAsDrawn(tx, actor, id, v) })
  return prisma.$transaction(async (tx) => {
    const nominal = await nominalAsDrawn(tx, actor, nominalId, version)
    const { offenderId, area: nominalArea, category, leadAgencyId } = nominal
    await setNominalLevel(tx, actor, { offenderId, area: nominalArea, category, leadAgencyId, level, nextReviewDate, reason })
    await recordAudit(tx, actor, { action: 'mappa.level', subjectType: 'MappaNominal', subjectId: nominalId, offenderId: nominal.offenderId, reason, detail: { from: nominal.level, to: level } })
    return { id: nominalId, offenderId: nominal.offenderId }
  })
}
