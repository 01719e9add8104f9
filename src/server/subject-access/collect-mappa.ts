import 'server-only'
import type { Tx } from '../db'
import { anyText, toRow } from './bundle-row'
import type { Sections } from './bundle.types'

/**
 * MAPPA (issue 17): the nominal and its level changes, referrals (MAPPA A), what each meeting recorded about the
 * person (their agenda item of the minutes, with the meeting's date and level), actions, and serious case reviews.
 * Redaction review: a minutes item holds what agencies shared, dissent and disclosure decisions, which name or
 * describe other people (MAPPA_MINUTES); its risk assessment and victim safety planning describe victims and
 * potential victims (VICTIM, MAPPA guidance); a serious case review describes the further offence and its victim.
 */
export async function collectMappa(tx: Tx, offenderId: string): Promise<Partial<Sections>> {
  const [nominal, referrals, items, actions, reviews] = await Promise.all([
    tx.mappaNominal.findUnique({ where: { offenderId }, include: { levelChanges: { orderBy: { changedAt: 'asc' } } } }),
    tx.mappaReferral.findMany({ where: { offenderId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
    tx.mappaAgendaItem.findMany({ where: { offenderId }, include: { meeting: { select: { startsAt: true, area: true, level: true, status: true } } }, orderBy: [{ meeting: { startsAt: 'asc' } }, { id: 'asc' }] }),
    tx.mappaAction.findMany({ where: { offenderId }, orderBy: [{ dueDate: 'asc' }, { id: 'asc' }] }),
    tx.mappaSeriousCaseReview.findMany({ where: { offenderId }, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] }),
  ])
  const mappaNominal = nominal ? [toRow({ ...nominal, levelChanges: undefined })] : []
  return {
    mappaNominal,
    mappaLevelChanges: (nominal?.levelChanges ?? []).map((c) => toRow(c)),
    mappaReferrals: referrals.map((r) => toRow(r)),
    mappaMeetingItems: items.map(({ meeting, ...item }) =>
      toRow({ meetingStartsAt: meeting.startsAt, meetingArea: meeting.area, meetingLevel: meeting.level, meetingStatus: meeting.status, ...item }, [
        anyText(item.victimSafetyPlanning, item.riskAssessment) && 'VICTIM',
        anyText(item.informationShared, item.dissent, item.disclosureTo, item.disclosureReason, item.riskAssessment) && 'MAPPA_MINUTES',
      ]),
    ),
    mappaActions: actions.map((a) => toRow(a)),
    mappaReviews: reviews.map((r) => toRow(r, ['VICTIM'])),
  }
}
