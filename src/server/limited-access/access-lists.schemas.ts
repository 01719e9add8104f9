import { z } from 'zod'
import { trimmedText } from '../zod-fields'

export const accessListKinds = ['EXCLUSION', 'RESTRICTION'] as const

/**
 * Staff who can be named on a list: active users of every role that reads a person's record or a part of it through
 * the record's scope (officers, seniors, police, MAPPA, COSA coordinators, partner caseworkers), so a coordinator or a
 * charity worker related to the person can be kept from them (walk 27, D2: the picker offered only probation, police
 * and MAPPA), and COSA volunteers, who read the core member's first name, circle, meetings and minutes on their
 * portal: since break 28 D6 (h17e) an exclusion takes effect for them too — the circle leaves their portal, calendar
 * and steps (policy volunteerCircleVisible) and the rota no longer counts or offers them for it — where before it was
 * offered and changed nothing. The data protection lead reads the name, CRN and break-glass reasons of every opening
 * (find-break-glass.ts), so a lead related to a person can be kept from them too (break 50 F2). Strategic managers and
 * administrators see no one's record.
 */
export const listableRoles = ['PROBATION_OFFICER', 'SENIOR_PROBATION_OFFICER', 'POLICE_OFFENDER_MANAGER', 'MAPPA_COORDINATOR', 'COSA_COORDINATOR', 'COSA_VOLUNTEER', 'PARTNER_CASEWORKER', 'DATA_PROTECTION_LEAD'] as const

/** Why someone goes on or comes off a list, or a list is lifted: required, kept in the audit. */
const listReason = trimmedText().min(1, 'reasonRequired').max(500)

export const ZAddAccessEntry = z.object({
  offenderId: z.uuid(),
  kind: z.enum(accessListKinds, 'chooseOption'),
  userId: z.uuid('accessChooseUser'),
  reason: listReason,
})

/** Taking someone off a list says why, as adding them did: the audit keeps both (issue 17, left item 4). */
export const ZRemoveAccessEntry = z.object({ offenderId: z.uuid(), entryId: z.uuid(), reason: listReason })

/** Lifting a restriction list altogether: a senior says why (issue 17 item 2). */
export const ZLiftRestriction = z.object({ offenderId: z.uuid(), reason: listReason })
