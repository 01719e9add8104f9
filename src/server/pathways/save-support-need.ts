import 'server-only'
import { recordAudit } from '../audit/record-audit'
import { prisma, type Tx } from '../db'
import { AppError, invalid, notFound } from '../errors'
import { oneAtATime } from '../submissions/same-content'
import type { Pathway } from '../../generated/prisma/enums'
import { authorize, type Actor } from '../policy'
import { ZSupportNeedActive, ZSupportNeedCreate, ZSupportNeedUpdate } from './pathway.schemas'

/**
 * Refuses wording another need of the pathway already has, in either language and any letter case (break 52 F14: the
 * same need could be added again and again, and assessors then had two boxes for one thing). Checked under a lock on
 * the pathway, so two administrators adding it at once are checked one after the other. Raises VALIDATION
 * `supportNeedExists` on the field that repeats.
 */
async function refuseRepeatedWording(tx: Tx, pathway: Pathway, wording: { label: string; labelCy: string }, except?: string) {
  await oneAtATime(tx, 'support-need', pathway)
  const same = (value: string) => ({ equals: value, mode: 'insensitive' as const })
  const others = await tx.supportNeed.findMany({
    where: { pathway, ...(except ? { id: { not: except } } : {}), OR: [{ label: same(wording.label) }, { labelCy: same(wording.labelCy) }] },
    select: { label: true, labelCy: true },
  })
  const repeats = (field: 'label' | 'labelCy') => others.some((o) => o[field].toLowerCase() === wording[field].toLowerCase())
  if (repeats('label')) throw invalid('label', 'supportNeedExists')
  if (repeats('labelCy')) throw invalid('labelCy', 'supportNeedExists')
}

/** Adds a need to the end of its pathway's list, in both languages; wording the pathway already has is refused. */
export async function createSupportNeed(actor: Actor, input: unknown) {
  authorize(actor, 'service.manage')
  const data = ZSupportNeedCreate.parse(input)
  return prisma.$transaction(async (tx) => {
    await refuseRepeatedWording(tx, data.pathway, data)
    const last = await tx.supportNeed.aggregate({ where: { pathway: data.pathway }, _max: { sortOrder: true } })
    const need = await tx.supportNeed.create({ data: { ...data, sortOrder: (last._max.sortOrder ?? 0) + 1 }, select: { id: true } })
    await recordAudit(tx, actor, { action: 'supportNeed.create', subjectType: 'SupportNeed', subjectId: need.id, detail: data })
    return need
  })
}

/** Claims the need at the version the administrator saw; someone else's change in between is a CONFLICT. */
async function claim(tx: Tx, supportNeedId: string, version: number, data: { label?: string; labelCy?: string; active?: boolean }) {
  const { count } = await tx.supportNeed.updateMany({ where: { id: supportNeedId, version }, data: { ...data, version: { increment: 1 } } })
  if (count === 0) throw (await tx.supportNeed.count({ where: { id: supportNeedId } })) ? new AppError('CONFLICT') : notFound()
}

/**
 * Corrects a need's wording (not to another need's of the pathway); assessments that chose it show the new wording,
 * since they hold the need, not its text. The wording it already has is refused (`_form` nothingChanged).
 */
export async function updateSupportNeed(actor: Actor, input: unknown) {
  authorize(actor, 'service.manage')
  const { supportNeedId, version, label, labelCy } = ZSupportNeedUpdate.parse(input)
  return prisma.$transaction(async (tx) => {
    const need = await tx.supportNeed.findUnique({ where: { id: supportNeedId }, select: { pathway: true, label: true, labelCy: true, version: true } })
    if (need?.version === version && need.label === label && need.labelCy === labelCy) throw invalid('_form', 'nothingChanged')
    if (need) await refuseRepeatedWording(tx, need.pathway, { label, labelCy }, supportNeedId)
    await claim(tx, supportNeedId, version, { label, labelCy })
    await recordAudit(tx, actor, { action: 'supportNeed.update', subjectType: 'SupportNeed', subjectId: supportNeedId, detail: { label, labelCy } })
    return { id: supportNeedId }
  })
}

/** A withdrawn need stays on the assessments that chose it but can no longer be newly chosen; it can come back. */
export async function setSupportNeedActive(actor: Actor, input: unknown) {
  authorize(actor, 'service.manage')
  const { supportNeedId, version, active } = ZSupportNeedActive.parse(input)
  return prisma.$transaction(async (tx) => {
    await claim(tx, supportNeedId, version, { active })
    await recordAudit(tx, actor, { action: active ? 'supportNeed.reactivate' : 'supportNeed.deactivate', subjectType: 'SupportNeed', subjectId: supportNeedId })
    return { id: supportNeedId }
  })
}
